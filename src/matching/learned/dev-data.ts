/** The labelled items the second opinion learns from, in the shape the trainer reads. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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

/** Items of labelled .jsonl files (in the order given) and the SHA-256 of their bytes in that order. */
export function loadTrainFile(...paths: string[]): { items: TrainItem[]; sha256: string } {
  const hash = createHash('sha256');
  const items = paths.flatMap((file) => {
    const bytes = readFileSync(file);
    hash.update(bytes);
    return parseLabelledLines(bytes.toString('utf8'), file).map(toTrainItem);
  });
  return { items, sha256: hash.digest('hex') };
}
