import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { childEntry } from '../helpers/child-entry.ts';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.ts';
import { CT_BILLS, rss } from '../fixtures/pipeline/feeds.ts';

const CHILD = await childEntry(fileURLToPath(new URL('../fixtures/pipeline/crash-child.ts', import.meta.url)));

const FEED = [
  ...CT_BILLS,
  {
    guid: 'CT-2027-HB06100',
    title: 'HB 6100 - An Act Concerning DMV Records and License Plate Reader Data Sharing with ICE',
    description:
      'To bar the Department of Motor Vehicles from sharing records and license plate reader data with ICE absent a judicial warrant.',
    link: 'https://www.cga.ct.gov/asp/cgabillstatus/cgabillstatus.asp?bill_num=6100',
    pubDate: 'Thu, 19 Nov 2026 10:00:00 GMT',
  },
];

function runChild(
  mode: string,
  dataDir: string,
  feedUrl: string,
  killOn?: RegExp,
): Promise<{ out: string; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, mode, dataDir, feedUrl], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (killOn?.test(out)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => (code && code !== 0 ? reject(new Error(`child exited ${code}: ${err}`)) : resolve({ out, signal })));
  });
}

let server: FixtureServer;
afterEach(async () => server?.close());

describe('crash safety', () => {
  it('after kill -9 between enqueue and send, a restart delivers every pending alert exactly once and never repeats one marked sent', async () => {
    server = await startFixtureServer({ '/ct.xml': { body: rss(FEED) } });
    const dataDir = mkdtempSync(join(tmpdir(), 'pw-crash-'));
    const feedUrl = `${server.url}/ct.xml`;

    const crashed = await runChild('hang', dataDir, feedUrl, /HANG /);
    expect(crashed.signal).toBe('SIGKILL');
    const sentFirst = /SENT (.+)/.exec(crashed.out)![1]!;
    const inFlight = /HANG (.+)/.exec(crashed.out)![1]!;

    const restarted = await runChild('console', dataDir, feedUrl);
    expect(restarted.out).toContain('DONE');
    const matching = ['HB 5001', 'SB 212', 'HB 6100'];
    const firstId = matching.find((m) => sentFirst.includes(m))!;
    const pending = matching.filter((m) => m !== firstId);
    const headlines = (out: string, id: string) => out.split('\n').filter((l) => l.startsWith('● ') && l.includes(id)).length;
    for (const id of pending) expect(headlines(restarted.out, id)).toBe(1);
    expect(restarted.out).not.toContain(firstId);
    expect(pending.some((id) => inFlight.includes(id))).toBe(true);
    expect(restarted.out).not.toContain('Ice Fishing');

    const again = await runChild('console', dataDir, feedUrl);
    for (const id of matching) expect(again.out).not.toContain(id);
  }, 90_000); // three child processes
});
