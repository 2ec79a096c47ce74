/**
 * A temporary data directory and config file that replace the built-in source catalog with
 * one RSS feed served on 127.0.0.1, as environment variables for loadEnv or a child process.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function oneFeedEnv(feedUrl: string): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'pw-app-'));
  const config = join(dir, 'policywatch.yml');
  writeFileSync(
    config,
    `catalog: false\nsources:\n  - id: ct-bills\n    type: rss\n    name: CT bills\n    params: { url: "${feedUrl}", jurisdiction: CT, kind: bill }\n`,
  );
  return { dir, env: { DATA_DIR: join(dir, 'data'), POLICYWATCH_CONFIG: config, ALLOW_PRIVATE_HOSTS: '127.0.0.1' } };
}
