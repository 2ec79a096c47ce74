/**
 * `npm run bench:big-feed`: one poll of a 46,000-item feed (every item matching, ~5 MB, under
 * the default size cap) by the real daemon (createApp, the embedded SQLite store, Slack adapter in HTTP
 * mode) in a child process, while the parent sends a signed `/policy help` every 250 ms and
 * times each HTTP ack. Targets: peak RSS of the child under 400 MB, every ack under 1 s.
 * The feed server and a minimal Slack Web API stand-in run here in the parent, on 127.0.0.1.
 * Reports the poll's wall time, the longest event-loop block (perf_hooks), ack p50/max, peak RSS.
 *   node --import tsx bench/big-feed.ts [items]
 * Diagnostics: BENCH_CPU_PROF=<dir> writes a --cpu-prof profile of the child (and its worker
 * threads); BENCH_PRELOAD=<file.mjs> is imported into the child first (e.g. a lag or RSS logger).
 */
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SECRET = 'bench-signing-secret';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function bigFeed(n: number): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    items.push(`<item><title>${esc(`HB ${10000 + i} DMV records to ICE`)}</title><link>https://l.gov/${i}</link><guid>b${i}</guid></item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Big</title><link>https://legislature.example.gov/</link><description>x</description>${items.join('')}</channel></rss>`;
}

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; close: () => void }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

async function parent(n: number): Promise<void> {
  const body = Buffer.from(bigFeed(n));
  const feed = await listen((_req, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': body.length }).end(body),
  );
  let posts = 0;
  const slack = await listen((req, res) => {
    req.resume();
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '');
      if (method === 'chat.postMessage') posts++;
      const answer =
        method === 'auth.test'
          ? { ok: true, team_id: 'T0001', user_id: 'U0BOT', bot_id: 'B0BOT' }
          : method === 'users.info'
            ? { ok: true, user: { id: 'U1', is_admin: true } }
            : { ok: true, ts: `${1700000000 + posts}.000100`, channel: 'C0BIG' };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  const dir = mkdtempSync(join(tmpdir(), 'pw-bigfeed-'));
  const config = join(dir, 'policywatch.yml');
  writeFileSync(
    config,
    `catalog: false\nsources:\n  - id: big\n    type: rss\n    name: Big\n    params: { url: "${feed.url}/big.xml", jurisdiction: CT, kind: bill }\n`,
  );
  const env = {
    PATH: process.env.PATH ?? '',
    DATA_DIR: join(dir, 'data'),
    POLICYWATCH_CONFIG: config,
    ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: `${slack.url}/api/`,
    PORT: '0',
    LOG_LEVEL: 'warn',
  };
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      '--import',
      'tsx',
      ...(process.env.BENCH_PRELOAD ? ['--import', process.env.BENCH_PRELOAD] : []),
      fileURLToPath(import.meta.url),
      '--child',
    ],
    { env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  const acks: number[] = [];
  const failures: string[] = [];
  let port: number | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  const result = await new Promise<{ peakRssMB: number; pollMs: number; loopMaxMs: number; created: number; enqueued: number }>(
    (resolve, reject) => {
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const p = /^PORT (\d+)$/m.exec(out);
        if (p && !port) {
          port = Number(p[1]);
          timer = setInterval(
            () =>
              void ack(port!, `${slack.url}/respond`).then(
                (ms) => acks.push(ms),
                (err: Error) => failures.push(err.message),
              ),
            250,
          );
        }
        const done = /^RESULT (.+)$/m.exec(out);
        if (done) resolve(JSON.parse(done[1]!));
      });
      child.on('exit', (code, signal) => reject(new Error(`child exited ${code ?? signal}: ${out.slice(-500)}`)));
    },
  );
  clearInterval(timer);
  await new Promise((r) => setTimeout(r, 300)); // acks in flight
  child.kill('SIGTERM');
  feed.close();
  slack.close();
  const maxAck = Math.max(0, ...acks);
  const sorted = [...acks].sort((a, b) => a - b);
  const p50 = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `feed ${n} items (${(body.length / 1024 / 1024).toFixed(1)} MB): poll ${result.pollMs} ms, created ${result.created}, queued ${result.enqueued}`,
  );
  console.log(`peak RSS ${result.peakRssMB} MB (target < 400): ${result.peakRssMB < 400 ? 'pass' : 'FAIL'}`);
  console.log(`longest event-loop block during the poll: ${result.loopMaxMs} ms`);
  console.log(
    `/policy help acks during the poll: ${acks.length} (${failures.length} failed), p50 ${p50} ms, slowest ${maxAck} ms (target < 1000): ${acks.length > 0 && !failures.length && maxAck < 1000 ? 'pass' : 'FAIL'}`,
  );
}

/** POST a signed `/policy help`; ms until Slack's HTTP ack. */
async function ack(port: number, respondUrl: string): Promise<number> {
  const form = new URLSearchParams({
    token: 'x',
    team_id: 'T0001',
    team_domain: 'x',
    channel_id: 'C0BIG',
    channel_name: 'big',
    user_id: 'U1',
    user_name: 'u',
    command: '/policy',
    text: 'help',
    response_url: respondUrl,
    trigger_id: '1.2.3',
    api_app_id: 'A1',
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const sig = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${form}`).digest('hex')}`;
  const t0 = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig },
    body: form,
  });
  await res.text();
  return Math.round(performance.now() - t0);
}

async function child(): Promise<void> {
  process.on('SIGTERM', () => process.exit(0)); // exit normally (a --cpu-prof profile is written)
  const { loadEnv } = await import('../src/config/env.ts');
  const { createLogger } = await import('../src/log.ts');
  const { createApp } = await import('../src/main.ts');
  const env = loadEnv(process.env);
  const app = await createApp({ env, log: createLogger({ level: 'warn', fd: 2, pretty: false }) });
  await app.store.upsertSubscription({
    id: 'slack:T0001:C0BIG',
    channel: { platform: 'slack', workspaceId: 'T0001', channelId: 'C0BIG' },
    topics: [],
    jurisdictions: [],
    kinds: [],
    digest: null,
    createdAt: new Date().toISOString(),
    createdBy: 'U1',
  });
  await app.prepare();
  // Adapters first (so commands are answered), then the poll, as `run` does.
  const slack = app.adapters.find((a) => a.platform === 'slack') as unknown as { start: (h: unknown) => Promise<void>; port?: number };
  await app.web?.start(); // Slack's HTTP mode is served by the shared web server
  await slack.start(app.handler);
  process.stdout.write(`PORT ${app.web?.port ?? slack.port}\n`);
  await new Promise((r) => setTimeout(r, 500)); // a few acks before the poll starts
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const t0 = performance.now();
  const cycle = await app.engine.cycle({ force: true });
  loop.disable();
  const loopMaxMs = Math.round(loop.max / 1e6);
  const pollMs = Math.round(performance.now() - t0);
  await new Promise((r) => setTimeout(r, 300));
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`RESULT ${JSON.stringify({ peakRssMB, pollMs, loopMaxMs, created: cycle.created, enqueued: cycle.enqueued })}\n`);
}

if (process.argv.includes('--child')) await child();
else await parent(Number(process.argv[2] ?? 46_000));
