/**
 * Large feeds are parsed off the main thread (feeds/parse/threaded.ts): the parse runs in a
 * worker, the main thread answers commands meanwhile, an abandoned parse (deadline, shutdown)
 * stops its worker, and small documents parse inline. Ordering is proven with a gate the
 * worker waits on (Atomics), never with timing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRssConnector } from '../../../feeds/connectors/rss.ts';
import { createRssFeedParser, createThreadedFeedParser, type ThreadedFeedParser } from '../../../feeds/parse/index.ts';
import { rss, type FeedEntry } from '../../fixtures/pipeline/feeds.ts';
import { setup as commandSetup, textOf } from '../../commands/harness.ts';
import { fetchContext } from '../../helpers/fetch-context.ts';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.ts';

const bills = (n: number): FeedEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    guid: `CT-2027-HB${10000 + i}`,
    title: `HB ${10000 + i} - An Act Concerning Access to COLLECT by Federal Immigration Authorities`,
    description: 'To limit Immigration and Customs Enforcement access to state police databases.',
    link: `https://www.cga.ct.gov/bill/${10000 + i}`,
    pubDate: 'Wed, 18 Nov 2026 16:30:00 GMT',
  }));

const parsers: ThreadedFeedParser[] = [];
let server: FixtureServer | undefined;
afterEach(async () => {
  for (const p of parsers.splice(0)) await p.close();
  await server?.close();
  server = undefined;
});

function threaded(opts: Parameters<typeof createThreadedFeedParser>[0] = {}): ThreadedFeedParser {
  const p = createThreadedFeedParser(opts);
  parsers.push(p);
  return p;
}

/** A gate the worker waits on before parsing: closed until `open()`. */
function gate() {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  return {
    cell,
    open() {
      Atomics.store(cell, 0, 1);
      Atomics.notify(cell, 0);
    },
  };
}

describe('the threaded feed parser', () => {
  it('parses a large document in a worker, with the same entries as the inline parser', async () => {
    const xml = rss(bills(800));
    const parser = threaded();
    expect(xml.length).toBeGreaterThan(64 * 1024);
    const off = await parser.parse(xml, 'https://www.cga.ct.gov/');
    const inline = await createRssFeedParser().parse(xml, 'https://www.cga.ct.gov/');
    expect(parser.workerParses).toBe(1);
    expect(off.ok && off.entries).toHaveLength(800);
    expect(off).toEqual(inline);
  }, 60_000);

  it('parses a small document on the calling thread', async () => {
    const parser = threaded();
    const result = await parser.parse(rss(bills(3)));
    expect(result.ok && result.entries).toHaveLength(3);
    expect(parser.workersStarted).toBe(0);
  });

  it('answers a /policy command on the main thread while a feed is being parsed', async () => {
    const held = gate();
    const parser = threaded({ inlineBelowBytes: 0, gate: held.cell });
    server = await startFixtureServer({ '/big.xml': { body: rss(bills(300)) } });
    const connector = createRssConnector(parser);
    const commands = await commandSetup();
    const order: string[] = [];

    const polled = connector
      .fetch(fetchContext({ id: 'big', type: 'rss', params: { url: `${server.url}/big.xml`, jurisdiction: 'CT', kind: 'bill' } }))
      .then((outcome) => {
        order.push('feed parsed');
        return outcome;
      });
    // The worker cannot parse until the gate opens, so the poll is in flight throughout.
    const help = await commands.run('help');
    order.push('command answered');
    expect(textOf(help)).toContain('/policy search');
    held.open();
    const outcome = await polled;

    expect(order).toEqual(['command answered', 'feed parsed']);
    expect(outcome.status === 'ok' && outcome.items).toHaveLength(300);
    expect(parser.workerParses).toBe(1);
  }, 60_000);

  it('stops the worker of an abandoned parse; the next parse gets a fresh worker', async () => {
    const held = gate();
    const parser = threaded({ inlineBelowBytes: 0, gate: held.cell });
    const abandon = new AbortController();
    const pending = parser.parse(rss(bills(5)), undefined, { signal: abandon.signal });
    abandon.abort();
    const result = await pending;
    expect(result).toMatchObject({ ok: false, reason: 'parse', message: expect.stringContaining('abandoned') });

    held.open();
    const again = await parser.parse(rss(bills(5)));
    expect(again.ok && again.entries).toHaveLength(5);
    expect(parser.workersStarted).toBe(2);
    expect(parser.workerParses).toBe(1);
  }, 60_000);

  it('fails the parse of a worker that runs out of heap as a value', async () => {
    const parser = threaded({ inlineBelowBytes: 0, maxHeapMb: 1 });
    const result = await parser.parse(rss(bills(20_000)));
    expect(result).toMatchObject({ ok: false, reason: 'parse', message: expect.stringContaining('parser worker failed') });
  }, 60_000);
});
