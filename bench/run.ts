/**
 * `npm run bench`: every scenario on inputs generated once from fixed seeds, each number the
 * median of several runs next to its baseline measured in the same run. Prints the machine
 * and a table, writes bench/results.json; with --md also rewrites the table in bench/RESULTS.md
 * (keeping the notes below its marker).
 *   npm run bench -- --only=parse,matcher   (parse, matcher, poll, store, search, idle, stores)
 *   npm run bench -- --only=stores --store-items=100000,1000000   (store candidates; default 100k)
 * No timing assertion lives in `npm test`; this is the only place numbers are judged.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { storedItems } from './gen.ts';
import { benchIdle } from './idle.ts';
import { benchMatcher } from './matcher.ts';
import { benchParse, parseCorpus } from './parse.ts';
import { benchParsers } from './parsers.ts';
import { benchPoll } from './poll.ts';
import { benchSearch } from './search.ts';
import { benchStore, buildStoreDir, type StoreFixture } from './store.ts';
import { candidateRows, runCandidates } from './store-candidates.ts';
import { fmt, machineInfo, table, type Row } from './util.ts';

const SCENARIOS = ['parse', 'matcher', 'poll', 'store', 'search', 'idle', 'stores'] as const;
type Scenario = (typeof SCENARIOS)[number];

const { values } = parseArgs({ options: { only: { type: 'string' }, md: { type: 'boolean', default: false }, 'store-items': { type: 'string', default: '100000' } } });
const only = new Set((values.only?.split(',').map((s) => s.trim()) ?? SCENARIOS) as Scenario[]);
for (const s of only) if (!SCENARIOS.includes(s)) throw new Error(`unknown scenario "${s}"; choose from ${SCENARIOS.join(', ')}`);
if (values.md && only.size < SCENARIOS.length) throw new Error('--md rewrites the full results table: run it without --only');

const machine = machineInfo();
console.log(`policywatch bench — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, ${machine.platform}`);

const started = performance.now();
const rows: Row[] = [];
const timings: Record<string, number> = {};
async function step(name: Scenario, fn: () => Promise<Row[]>): Promise<void> {
  if (!only.has(name)) return;
  process.stderr.write(`• ${name}…`);
  const t0 = performance.now();
  const out = await fn();
  timings[name] = (performance.now() - t0) / 1000;
  process.stderr.write(` ${fmt(timings[name]!, 1)} s\n`);
  rows.push(...out);
}

const needItems = only.has('store') || only.has('search') || only.has('idle');
const all = needItems ? storedItems(1, 100_000) : [];
let largest: StoreFixture | undefined;
try {
  await step('parse', async () => [...(await benchParse(5)), ...(await benchParsers(parseCorpus(), 3))]);
  await step('matcher', () => benchMatcher(5));
  await step('poll', () => benchPoll(3));
  await step('store', async () => {
    const r = await benchStore(all);
    largest = r.largest;
    return r.rows;
  });
  await step('search', () => benchSearch(all, undefined, (n) => (largest && largest.items.length === n ? largest : undefined)));
  await step('idle', async () => {
    largest ??= await buildStoreDir(all);
    return benchIdle(largest.dir, 2);
  });
  // Store candidates (lowdb engine, PGlite, SQLite, PostgreSQL when DATABASE_URL is set), each in fresh processes.
  await step('stores', async () => candidateRows(await runCandidates(values['store-items'].split(',').map(Number))));
} finally {
  largest?.cleanup();
}

const totalSeconds = (performance.now() - started) / 1000;
const out = table(rows);
console.log(`\n${out}\n\nTotal ${fmt(totalSeconds, 0)} s (${Object.entries(timings).map(([k, v]) => `${k} ${fmt(v, 0)} s`).join(', ')}).`);

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
writeFileSync(here('results.json'), `${JSON.stringify({ machine, totalSeconds, timings, rows }, null, 2)}\n`);
if (values.md) {
  const md = [
    '# Benchmark results',
    '',
    `Measured ${machine.date.slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB RAM, Node ${machine.node} (${machine.platform}); \`npm run bench\` took ${fmt(totalSeconds, 0)} s.`,
    'Each number is the median of several runs; baselines ran in the same process on the same generated input.',
    '',
    out,
    '',
  ].join('\n');
  // Hand-written notes below the marker survive regeneration.
  const MARKER = '<!-- notes: kept when the table is regenerated -->';
  const previous = existsSync(here('RESULTS.md')) ? readFileSync(here('RESULTS.md'), 'utf8') : '';
  const notes = previous.includes(MARKER) ? previous.slice(previous.indexOf(MARKER)) : `${MARKER}\n`;
  writeFileSync(here('RESULTS.md'), `${md}\n${notes}`);
}
