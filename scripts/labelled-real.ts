/**
 * `npm run corpus -- add FILE...` adds newly collected real records to the labelled corpus
 * (tests/fixtures/labelled-real/): checks each line, gives it its id, sends it to the split its
 * source document belongs to, and skips records already there.
 * `npm run corpus -- stats` rewrites the counts block of the corpus README.
 * `npm run corpus -- agreement [FILE]` compares a second, blind labelling of a sample (default
 * second-labeller.jsonl) with the corpus labels: agreement and Cohen's kappa per topic.
 *
 * Never runs the matcher: the corpus is labelled blind.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

if (command === 'add' && files.length > 0) {
  const corpus = readCorpus(dir);
  const raw = files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, where: `${f}:${i + 1}` }))
      .filter((l) => l.line.trim() !== ''),
  );
  const { added, skipped } = prepareAdditions(corpus, raw);
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
} else {
  console.error('usage: npm run corpus -- add FILE.jsonl...  |  stats  |  agreement [FILE.jsonl]');
  process.exit(2);
}
