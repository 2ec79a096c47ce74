/** The labelled items the second opinion learns from, in the shape the trainer reads. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseLabelledLines, type LabelledItem } from '../eval.ts';
import type { TrainItem } from './train.ts';

export const toTrainItem = (i: LabelledItem & { doc?: string }): TrainItem => ({
  id: i.id,
  doc: i.doc,
  title: i.title,
  summary: i.summary,
  agency: i.agency,
  office: i.office,
  contractor: i.contractor,
  identifier: i.identifier,
  place: i.place,
  kind: i.source,
  labels: i.labels,
});

/**
 * Items of a labelled .jsonl file, or of every .jsonl file of a folder (in name order), and
 * the SHA-256 of those bytes in that order.
 */
export function loadTrainFile(path: string): { items: TrainItem[]; sha256: string } {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const hash = createHash('sha256');
  const items = files.flatMap((file) => {
    const bytes = readFileSync(file);
    hash.update(bytes);
    return parseLabelledLines(bytes.toString('utf8'), file).map(toTrainItem);
  });
  return { items, sha256: hash.digest('hex') };
}
