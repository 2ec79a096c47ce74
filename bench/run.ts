/**
 * `npm run bench`: every scenario on inputs generated once from fixed seeds, each number the
 * median of several runs next to its baseline measured in the same run. Prints the machine
 * and a table, writes bench/results.json; with --md also rewrites the table in bench/RESULTS.md
 * (keeping the notes below its marker).
 *   npm run bench -- --only=parse,matcher   (parse, matcher, poll, store, search, daemon, stores)
 *   npm run bench -- --sizes=10k,100k,1m     (sizes of the search and daemon rows; default 10k,100k)
 *   npm run bench -- --only=stores --store-items=100000,1000000   (store candidates; default 100k)
 * No timing assertion lives in `npm test`; this is the only place numbers are judged.
 * The whole bench, as the README's table is made: `npm run bench -- --sizes=10k,100k,1m` (about
 * 10 minutes on 2 quiet cores once bench/.cache holds the data; building the 1M daemon data the
 * first time adds 5–15 minutes). A section that throws becomes one FAIL row; the rest still run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchDaemon } from './daemon.ts';
import { storedItems } from './gen.ts';
import { describeMachine, parseSizes, watchMachine } from './machine.ts';
import { benchMatcher } from './matcher.ts';
import { benchParse, parseCorpus } from './parse.ts';
import { benchParsers } from './parsers.ts';
import { benchPoll } from './poll.ts';
import { benchSearch, benchSearchOnDaemonData } from './search.ts';
import { benchStore, type StoreFixture } from './store.ts';
import { candidateRows, runCandidates } from './store-candidates.ts';
import { fmt, table, type Row } from './util.ts';

const SCENARIOS = ['parse', 'matcher', 'poll', 'store', 'search', 'daemon', 'stores'] as const;
/** 1M-item rows take several minutes more (see bench/RESULTS.md): ask for them with --sizes=10k,100k,1m. */
const DEFAULT_SIZES = '10k,100k';
type Scenario = (typeof SCENARIOS)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string', default: DEFAULT_SIZES },
    md: { type: 'boolean', default: false },
    'store-items': { type: 'string', default: '100000' },
    // Runs the daemon section (child processes) beside the in-process ones: faster, noisier.
    concurrent: { type: 'boolean', default: false },
  },
});
const sizes = parseSizes(values.sizes!);
const only = new Set((values.only?.split(',').map((s) => s.trim()) ?? SCENARIOS) as Scenario[]);
for (const s of only) if (!SCENARIOS.includes(s)) throw new Error(`unknown scenario "${s}"; choose from ${SCENARIOS.join(', ')}`);
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();

const watch = watchMachine();
console.log(`policywatch bench — ${describeMachine(watch.machine)}; sizes ${sizes.map((n) => fmt(n)).join(', ')}`);

const started = performance.now();
const byScenario = new Map<Scenario, Row[]>();
const timings: Record<string, number> = {};
async function step(name: Scenario, fn: () => Promise<Row[]>): Promise<void> {
  if (!only.has(name)) return;
  process.stderr.write(`• ${name}…\n`);
  const t0 = performance.now();
  let out: Row[];
  try {
    out = await fn();
  } catch (err) {
    // One broken section must not cost the others' rows: it shows as a FAIL row, and the exit code is 1.
    const message = (err as Error).message.split('\n').find((l) => l.trim()) ?? String(err);
    process.stderr.write(`  ${name} failed: ${(err as Error).stack ?? message}\n`);
    process.exitCode = 1;
    out = [
      {
        scenario: name,
        measure: 'section failed',
        value: message.slice(0, 200),
        baseline: '—',
        ratio: '—',
        noise: '—',
        target: '',
        verdict: 'FAIL',
        raw: {},
      },
    ];
  }
  timings[name] = (performance.now() - t0) / 1000;
  process.stderr.write(`  ${name}: ${fmt(timings[name]!, 1)} s\n`);
  byScenario.set(name, out);
}

// The in-process search rows generate their items in memory (up to 100k); 1M searches the daemon's cached data.
const searchSizes = sizes.filter((n) => n <= 100_000);
const needItems = only.has('store') || only.has('search');
const all = needItems ? storedItems(1, Math.max(100_000, ...searchSizes)) : [];
let largest: StoreFixture | undefined;
const daemonStep = () =>
  step('daemon', async () => {
    const r = await benchDaemon(sizes, undefined, (line) => process.stderr.write(`  ${line}\n`));
    for (const [k, v] of Object.entries(r.sections)) timings[k] = v;
    return r.rows;
  });
const daemonRun = values.concurrent ? daemonStep() : undefined;
try {
  await step('parse', async () => [...(await benchParse(5)), ...(await benchParsers(parseCorpus(), 3))]);
  // Repetitions fit the whole bench in 10 minutes on 2 cores (caches warm).
  await step('matcher', () => benchMatcher(3, (line) => process.stderr.write(`  ${line}\n`)));
  await step('poll', () => benchPoll(3));
  await step('store', async () => {
    const r = await benchStore(all);
    largest = r.largest;
    return r.rows;
  });
  await step('search', async () => [
    ...(await benchSearch(all, searchSizes, (n) => (largest && largest.items.length === n ? largest : undefined))),
    // Larger sizes on the daemon's cached data (the same items the daemon rows start on).
    ...(await benchSearchOnDaemonData(
      sizes.filter((n) => n > 100_000),
      (line) => process.stderr.write(`  ${line}\n`),
    )),
  ]);
  await (daemonRun ?? daemonStep());
  // Store candidates (SQLite, PGlite, PostgreSQL when DATABASE_URL is set), each in fresh processes.
  await step('stores', async () => candidateRows(await runCandidates(values['store-items'].split(',').map(Number))));
} finally {
  largest?.cleanup();
}

const totalSeconds = (performance.now() - started) / 1000;
const machine = watch.stop();
const rows: Row[] = SCENARIOS.flatMap((name) => byScenario.get(name) ?? []);
const out = table(rows);
console.log(
  `\n${out}\n\nTotal ${fmt(totalSeconds, 0)} s (${Object.entries(timings)
    .map(([k, v]) => `${k} ${fmt(v, 0)} s`)
    .join(', ')}).`,
);

const here = (f: string) => fileURLToPath(new URL(f, import.meta.url));
writeFileSync(here('results.json'), `${JSON.stringify({ machine, sizes, totalSeconds, timings, rows }, null, 2)}\n`);
if (values.md) {
  const md = [
    '# Benchmark results',
    '',
    `Measured ${machine.date.slice(0, 10)} on ${describeMachine(machine)}.`,
    `\`${command}\` (scenarios ${[...only].join(', ')}; sizes ${values.sizes}) took ${fmt(totalSeconds, 0)} s: ${Object.entries(timings)
      .map(([k, v]) => `${k} ${fmt(v, 0)} s`)
      .join(', ')}.`,
    ...(values.concurrent
      ? ['The daemon section ran beside the in-process sections (--concurrent), so each section had less of the 2 cores.']
      : []),
    'Baselines ran in the same run on the same generated input; a ratio is ours ÷ the baseline named beside it (> 1: ours is better),',
    'and every such baseline was checked for the same answers in that run. Rows marked "info" have no target (strawman baselines are info only).',
    'The noise column gives min–max over the runs (or the number of runs, for rows measured once).',
    '',
    out,
    '',
  ].join('\n');
  // Hand-written notes below the marker survive regeneration.
  const MARKER = '<!-- notes: kept when the table is regenerated -->';
  const previous = existsSync(here('RESULTS.md')) ? readFileSync(here('RESULTS.md'), 'utf8') : '';
  const notes = previous.includes(MARKER) ? previous.slice(previous.indexOf(MARKER)) : `${MARKER}\n`;
  writeFileSync(here('RESULTS.md'), `${md}\n${notes}`);
  // The README's copy of the table, between its markers.
  const readme = here('../README.md');
  const text = readFileSync(readme, 'utf8');
  const [a, b] = [text.indexOf('<!-- bench-table:start'), text.indexOf('<!-- bench-table:end -->')];
  if (a < 0 || b < a) throw new Error('README.md: the bench-table markers are missing');
  const head = text.slice(0, text.indexOf('\n', a) + 1);
  writeFileSync(readme, `${head}${md.split('\n').slice(2).join('\n')}\n${text.slice(b)}`);
}
