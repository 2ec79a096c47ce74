/**
 * `npm run corpus -- add FILE...` adds newly collected real records to the labelled corpus
 * (tests/fixtures/labelled-real/): checks each line, gives it its id, sends it to the split its
 * source document belongs to, and skips records already there.
 * `npm run corpus -- check FILE...` is a dry run of `add`: what it would take and skip, and why.
 * `npm run corpus -- stats` rewrites the counts block of the corpus README.
 * `npm run corpus -- agreement [FILE]` compares a second, blind labelling of a sample (default
 * second-labeller.jsonl) with the corpus labels: agreement and Cohen's kappa per topic.
 *
 * Adding, counting and agreement never run the matcher: the corpus is labelled blind. Two commands for writing rules
 * do, on the dev split only (never the held-out split):
 * `npm run corpus -- trial FILE` tries candidate include rules (lines `imm|rule`, `db|rule`, `both|rule`) one by one
 * with their topic's exclusions: the dev positives each finds that the watchlist misses, its dev false alarms, and how
 * many positives it finds that the watchlist already finds (rule-trial.ts).
 * `npm run corpus -- compare FILE` checks narrowed rules (pairs of lines: old rule, new rule) against the old ones on
 * dev: positives lost, false alarms dropped, items newly read.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultWatchlist } from '../src/matching/index.ts';
import { compareRules, parseCandidates, parsePairs, trialRules } from './rule-trial.ts';
import {
  agreementWith,
  corpusStats,
  prepareAdditions,
  readCorpus,
  readJsonLines,
  renderStats,
  replaceStatsBlock,
  type CorpusSplit,
  type SecondLabel,
} from '../tests/fixtures/labelled-real/corpus.ts';

const dir = fileURLToPath(new URL('../tests/fixtures/labelled-real/', import.meta.url));
const [command, ...files] = process.argv.slice(2);

function stats(): void {
  const readme = `${dir}README.md`;
  const text = renderStats(corpusStats(readCorpus(dir)));
  writeFileSync(readme, replaceStatsBlock(readFileSync(readme, 'utf8'), text));
  console.log(text);
}

/** What `add` would do with the files' lines. */
function prepare(files: string[]) {
  const raw = files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, where: `${f}:${i + 1}` }))
      .filter((l) => l.line.trim() !== ''),
  );
  return prepareAdditions(readCorpus(dir), raw);
}

if (command === 'check' && files.length > 0) {
  // A dry run of `add` for collectors: which lines it would take and why it would skip the others. It names no
  // corpus record's text or labels, so a collector can use it while labelling blind.
  const { added, skipped } = prepare(files);
  console.log(`would add ${added.length} (dev ${added.filter((a) => a.split === 'dev').length}), skip ${skipped.length}`);
  for (const s of skipped) console.log(`skip ${s.where}: ${s.why}`);
} else if (command === 'add' && files.length > 0) {
  const { added, skipped } = prepare(files);
  for (const split of ['dev', 'heldout'] as CorpusSplit[]) {
    const lines = added.filter((a) => a.split === split).map((a) => `${JSON.stringify(a.item)}\n`);
    if (lines.length) appendFileSync(`${dir}${split}.jsonl`, lines.join(''));
    console.log(`${split}: +${lines.length}`);
  }
  for (const s of skipped) console.log(`skipped ${s.where}: ${s.why}`);
  stats();
} else if (command === 'stats') {
  stats();
} else if (command === 'agreement') {
  const file = files[0] ?? `${dir}second-labeller.jsonl`;
  for (const a of agreementWith(readCorpus(dir), readJsonLines<SecondLabel>(file))) {
    console.log(
      `${a.topic}: ${a.items} items, agreement ${a.agreement.toFixed(3)}, kappa ${a.kappa.toFixed(3)} ` +
        `(both ${a.both}, corpus only ${a.corpusOnly}, second labeller only ${a.secondOnly})`,
    );
  }
} else if ((command === 'trial' || command === 'compare') && files.length === 1) {
  const text = readFileSync(files[0]!, 'utf8');
  const dev = readCorpus(dir).dev;
  const ids = (xs: string[]) => (xs.length ? ` ${xs.slice(0, 8).join(' ')}${xs.length > 8 ? ' …' : ''}` : '');
  // Lines the rule language rejects are named and skipped; the rest are still tried.
  const problems: string[] = [];
  const skipped = () => problems.forEach((p) => console.log(`SKIP ${p}`));
  if (command === 'trial') {
    const candidates = parseCandidates(text, problems);
    skipped();
    for (const r of trialRules(defaultWatchlist(), dev, candidates)) {
      console.log(`+${r.found.length} -${r.falseAlarms.length} (=${r.already})\t${r.topic}|${r.rule}`);
      if (r.found.length) console.log(`  found:${ids(r.found)}`);
      if (r.falseAlarms.length) console.log(`  false alarms:${ids(r.falseAlarms)}`);
    }
  } else {
    const pairs = parsePairs(text, problems);
    skipped();
    for (const c of compareRules(defaultWatchlist(), dev, pairs)) {
      // OK: the rule alone reads the same positives and nothing new. SAME: it does not, but the whole topic does (other
      // rules read what it gave up). DIFF: the topic itself loses a positive or reads something new.
      const ok = c.lostPositives.length === 0 && c.extra.length === 0;
      const same = c.watchlistLost.length === 0 && c.watchlistExtra.length === 0;
      console.log(
        `${ok ? 'OK  ' : same ? 'SAME' : 'DIFF'} lost ${c.lostPositives.length}, dropped false alarms ${c.droppedFalseAlarms.length}, ` +
          `extra ${c.extra.length}; the topic: lost ${c.watchlistLost.length}, extra ${c.watchlistExtra.length}` +
          `\t${c.topic}|${c.new}${ids([...c.watchlistLost, ...c.watchlistExtra])}`,
      );
    }
  }
} else {
  console.error(
    'usage: npm run corpus -- add FILE.jsonl...  |  check FILE.jsonl...  |  stats  |  agreement [FILE.jsonl]  |  trial FILE  |  compare FILE',
  );
  process.exit(2);
}
