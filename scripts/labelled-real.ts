/**
 * `npm run corpus -- add FILE...` adds newly collected real records to the labelled corpus
 * (tests/fixtures/labelled-real/): checks each line, gives it its id, sends it to the split its
 * source document belongs to, and skips records already there.
 * `npm run corpus -- stats` rewrites the counts block of the corpus README.
 *
 * Never runs the matcher: the corpus is labelled blind.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  corpusStats,
  prepareAdditions,
  readCorpus,
  renderStats,
  replaceStatsBlock,
  type CorpusSplit,
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
} else {
  console.error('usage: npm run corpus -- add FILE.jsonl...  |  npm run corpus -- stats');
  process.exit(2);
}
