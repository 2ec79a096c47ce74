import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderConsoleMessage } from '../../../adapters/console/render.ts';
import { CONSOLE_CHANNEL } from '../../../adapters/console/adapter.ts';
import { loadEnv } from '../../config/env.ts';
import type { SourceConfig } from '../../domain/index.ts';
import { createLogger } from '../../log.ts';
import type { CliCommand } from '../command.ts';
import { write } from '../command.ts';
import { parseCliArgs } from '../args.ts';
import { startDemoServer } from '../demo-server.ts';

function demoSources(base: string): SourceConfig[] {
  const src = (id: string, type: string, name: string, params: Record<string, unknown>): SourceConfig => ({
    id,
    type,
    name,
    enabled: true,
    intervalMinutes: 60,
    params,
  });
  return [
    src('demo-federal-register', 'federal-register', 'Federal Register (sample)', {
      baseUrl: `${base}/api/v1`,
      agencies: ['u-s-immigration-and-customs-enforcement', 'homeland-security-department'],
      maxPages: 1,
    }),
    src('demo-usaspending', 'usaspending', 'USAspending ICE awards (sample)', { baseUrl: base, maxPages: 1 }),
    src('demo-sam-justifications', 'sam-opportunities', 'SAM.gov justifications (sample)', {
      baseUrl: base,
      ptype: ['u', 'k'],
      maxPages: 1,
    }),
    src('demo-ct-bills', 'rss', 'Connecticut bills (sample)', { url: `${base}/ct-bills.xml`, jurisdiction: 'CT', kind: 'bill' }),
    src('demo-ca-bills', 'rss', 'California bills (sample)', { url: `${base}/ca-bills.xml`, jurisdiction: 'CA', kind: 'bill' }),
  ];
}

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Offline demo: serve bundled sample feeds on 127.0.0.1, run one full poll, print the alerts and a digest.',
  usage: 'policywatch demo',
  async run(argv, io) {
    parseCliArgs(argv, {});
    const dataDir = mkdtempSync(join(tmpdir(), 'policywatch-demo-'));
    const server = await startDemoServer();
    const env = loadEnv({
      DATA_DIR: dataDir,
      POLICYWATCH_CONFIG: join(dataDir, 'none.yml'),
      ALLOW_PRIVATE_HOSTS: '127.0.0.1',
      SAM_API_KEY: 'demo-key',
      TZ: io.env.TZ || 'UTC',
      LOG_LEVEL: 'warn',
    });
    const log = createLogger({ level: 'warn', pretty: false, fd: 2 });
    const { createApp } = await import('../../main.ts');
    const app = await createApp({ env, log, out: io.stdout, sources: demoSources(server.url) });
    try {
      write(io.stdout, `policywatch demo — sample feeds served from ${server.url}, data in ${dataDir}\n`);
      await app.prepare();
      const cycle = await app.engine.cycle({ force: true });
      const fetched = cycle.polled.reduce((n, p) => n + p.fetched, 0);
      write(
        io.stdout,
        `\n— ${fetched} items fetched from ${cycle.polled.length} sources; ${cycle.created} matched and were alerted (${cycle.dispatch.sent} sent); the rest were off-topic.`,
      );
      for (const p of cycle.polled.filter((x) => x.outcome === 'failed')) write(io.stdout, `  ! ${p.sourceId}: ${p.message}`);
      const sub = await app.store.getSubscription(CONSOLE_CHANNEL);
      if (sub) {
        write(io.stdout, "\n— This week's digest, as the Monday post would show it:\n");
        for (const m of await app.digest.preview(sub, new Date())) write(io.stdout, renderConsoleMessage(m));
      }
      write(io.stdout, '\nNext: `npm start` runs the real thing; see README.md to connect Slack or Discord.');
      return cycle.polled.some((p) => p.outcome === 'failed') ? 1 : 0;
    } finally {
      await app.stop();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
