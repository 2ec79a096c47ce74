/** `policywatch sources` and `sources test <id>`: the real CLI, the real fetch path, a loopback server. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/index.ts';
import { captureIO } from '../../helpers/cli-io.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';

const fixture = (p: string) => readFileSync(new URL(`../../fixtures/feeds/${p}`, import.meta.url), 'utf8');
let server: FixtureServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function envWith(yaml: string): Record<string, string> {
  dir = mkdtempSync(join(tmpdir(), 'pw-sources-'));
  const config = join(dir, 'policywatch.yml');
  writeFileSync(config, yaml);
  return { DATA_DIR: join(dir, 'data'), POLICYWATCH_CONFIG: config, ALLOW_PRIVATE_HOSTS: '127.0.0.1', LOG_LEVEL: 'silent' };
}

describe('policywatch sources', () => {
  it('lists the DHS privacy source on by default and every source type, html included', async () => {
    const t = captureIO(envWith('sources: []\n'));
    expect(await main(['sources'], t.io)).toBe(0);
    expect(t.out()).toMatch(/^dhs-privacy\s+dhs-privacy\s+yes/m);
    expect(t.out()).toMatch(/^ {2}html\s+Any list on a web page/m);
  });

  it('test <id> fetches an html source once and prints the items it would produce', async () => {
    server = await startFixtureServer({
      '/notices': { headers: { 'Content-Type': 'text/html' }, body: fixture('html/county-notices.html') },
    });
    const env = envWith(
      [
        'catalog: false',
        'sources:',
        '  - id: county-notices',
        '    type: html',
        '    enabled: false',
        `    params: { url: "${server.url}/notices", jurisdiction: AZ, kind: notice, selectors: { item: "tr.notice", title: "td.title", link: "td.title a@href", date: "td.date", summary: "td.desc" } }`,
        '',
      ].join('\n'),
    );
    const t = captureIO(env);
    expect(await main(['sources', 'test', 'county-notices'], t.io)).toBe(0);
    expect(t.out()).toContain('source county-notices (html, disabled): 3 item(s)');
    expect(t.out()).toContain('● Intergovernmental Service Agreement with U.S. Immigration and Customs Enforcement: renewal');
    expect(t.out()).toContain(`${server.url}/notices/2026-114`);
    expect(t.out()).toContain('○ Snow and ice removal bids (no link)');
    expect(t.out()).toMatch(/\d of 3 would match the watchlist\. Nothing was stored\./);
  });

  it('test <id> works for the dhs-privacy type, and says why a source cannot run', async () => {
    server = await startFixtureServer({
      '/publications-library/privacy': { headers: { 'Content-Type': 'text/html' }, body: fixture('dhs-privacy/listing.html') },
      '/publication/dhs-ice-pia-039-acquisition-and-use-license-plate-reader-data-commercial-service': {
        headers: { 'Content-Type': 'text/html' },
        body: fixture('dhs-privacy/pia-039.html'),
      },
    });
    const env = envWith(`sources:\n  - id: dhs-privacy\n    params: { baseUrl: "${server.url}", maxPages: 1 }\n`);
    const t = captureIO(env);
    expect(await main(['sources', 'test', 'dhs-privacy'], t.io)).toBe(0);
    expect(t.out()).toContain('DHS/ICE/PIA-039 Acquisition and Use of License Plate Reader Data from a Commercial Service');
    expect(t.out()).toContain('cites: DHS/ICE-009, DHS/ICE-011');
    const keyed = captureIO(env);
    expect(await main(['sources', 'test', 'sam-awards-ice'], keyed.io)).toBe(1);
    expect(keyed.out()).toContain('needs SAM_API_KEY (not set)');
    const unknown = captureIO(env);
    expect(await main(['sources', 'test', 'nope'], unknown.io)).toBe(1);
    expect(unknown.out()).toContain('no source "nope"');
    const usage = captureIO(env);
    expect(await main(['sources', 'probe'], usage.io)).toBe(2);
  });
});
