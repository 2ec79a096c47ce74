/**
 * Notice chains end to end, through the real app (connectors, safe HTTP to a loopback server,
 * store, router, dispatcher, console adapter, `/policy show`): a SAM.gov J&A is alerted; later
 * FPDS reports the award citing the J&A's solicitation number. `show` on the J&A shows the
 * chain and the channel gets the award as a follow-up in the J&A's thread.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_CHANNEL, createConsoleAdapter } from '../../adapters/console/adapter.ts';
import { loadEnv } from '../../src/config/env.ts';
import { richTextToPlain, type SourceConfig } from '../../src/domain/index.ts';
import { silentLogger } from '../../src/log.ts';
import { createApp } from '../../src/main.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';

const fixture = (p: string) => readFileSync(new URL(`../fixtures/feeds/${p}`, import.meta.url));
let server: FixtureServer | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  server = undefined;
  dir = undefined;
});

describe('notice chains', () => {
  it('links a J&A and its award by solicitation number: in show, in the alert, and as a follow-up in the J&A thread', async () => {
    server = await startFixtureServer({
      '/opportunities/v2/search': { headers: { 'Content-Type': 'application/json' }, body: fixture('keyed/sam-opportunities-p1.json') },
      '/ezsearch/FEEDS/ATOM': { headers: { 'Content-Type': 'application/atom+xml' }, body: fixture('fpds/award-for-ja.atom.xml') },
    });
    dir = mkdtempSync(join(tmpdir(), 'pw-chain-'));
    const env = loadEnv({
      DATA_DIR: join(dir, 'data'),
      POLICYWATCH_CONFIG: join(dir, 'none.yml'),
      SAM_API_KEY: 'test-key',
      ALLOW_PRIVATE_HOSTS: '127.0.0.1',
      LOG_LEVEL: 'silent',
    });
    const sources: SourceConfig[] = [
      {
        id: 'sam-opps-ice',
        type: 'sam-opportunities',
        name: 'SAM',
        enabled: true,
        intervalMinutes: 360,
        params: { baseUrl: server.url, organizationCode: '7012', limit: 2, maxPages: 1 },
      },
      {
        id: 'fpds-ice',
        type: 'fpds',
        name: 'FPDS',
        enabled: true,
        intervalMinutes: 720,
        params: { baseUrl: `${server.url}/ezsearch/FEEDS/ATOM`, agencyId: '7012', maxPages: 1 },
      },
    ];
    const out = new PassThrough();
    let printed = '';
    out.on('data', (c: Buffer) => (printed += c.toString()));
    const app = await createApp({ env, log: silentLogger(), sources, adapters: [createConsoleAdapter({ out })] });
    try {
      await app.prepare();
      await app.engine.cycle({ force: true, sourceId: 'sam-opps-ice' });
      const jaAlert = printed;
      expect(jaAlert).toContain('Access to State Criminal Justice Information System (COLLECT)');
      expect(jaAlert).not.toContain('follow-up to');

      printed = '';
      const summary = await app.engine.cycle({ force: true, sourceId: 'fpds-ice' });
      expect(summary.created).toBe(1);
      // The award arrives threaded under the J&A's alert and names it.
      expect(printed).toContain('STATE NETWORK QUERY SERVICES - SOLE SOURCE');
      const ja = (await app.store.listItems()).find((i) => i.identifier === '70CMSD26R00000012')!;
      const jaThread = await app.store.threadRefFor(ja.id, CONSOLE_CHANNEL);
      expect(jaThread).toMatch(/^console-/);
      expect(printed).toContain(`(follow-up to ${jaThread})`);
      expect(printed).toMatch(/Related: 70CMSD26R00000012 — Justification for Other Than Full and Open Competition/);

      const reply = await app.handler({
        platform: 'slack',
        workspaceId: 'T1',
        channelId: 'C1',
        userId: 'U1',
        text: 'show 70CMSD26R00000012',
        isManager: false,
      });
      const chain = reply.sections?.find((s) => s.heading === 'Notice chain');
      expect(chain).toBeDefined();
      expect(chain!.lines.map(richTextToPlain).join('\n')).toContain('STATE NETWORK QUERY SERVICES - SOLE SOURCE');
      expect(reply.fallbackText).toContain('Notice chain: contract');
    } finally {
      await app.stop();
    }
  });
});
