import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../storage/sqlite/store.ts';
import { oneFeedEnv } from '../helpers/app-env.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';

const BIN = fileURLToPath(new URL('../../bin/policywatch.js', import.meta.url));

let server: FixtureServer;
afterEach(async () => server?.close());

describe('policywatch run (the daemon behind npm start)', () => {
  it('polls at start, prints alerts, and on SIGTERM flushes and exits 0', async () => {
    server = await startFixtureServer({ '/ct.xml': { body: rss(CT_BILLS) } });
    const { dir, env } = oneFeedEnv(`${server.url}/ct.xml`);
    const child = spawn(process.execPath, [BIN, 'run'], {
      env: { PATH: process.env.PATH, ...env, LOG_PRETTY: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('SB 212') && out.includes('HB 5001')) resolve(); // both sent (SIGTERM leaves unsent ones queued)
      }),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('HB 5001 - An Act Concerning the Trust Act');
    expect(out).not.toContain('Ice Fishing');
    expect(err).toContain('SIGTERM received');
    expect(err).toContain('stopped cleanly');
    expect(existsSync(join(dir, 'data', 'policywatch.lock'))).toBe(false);
    expect(existsSync(join(dir, 'data', 'policywatch.sqlite-wal'))).toBe(false); // checkpointed at shutdown
    const store = await openSqliteStore(join(dir, 'data'), { readOnly: true });
    try {
      const counts = await store.deliveryCounts();
      expect(counts.pending).toBe(0); // nothing left pending: sent deliveries keep only their key
      expect(counts.sent).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  }, 90_000); // the real `npm start` path (tsx): slow to start on a loaded machine
});
