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

/** Items of a labelled .jsonl file and the SHA-256 of its bytes. */
export function loadTrainFile(path: string): { items: TrainItem[]; sha256: string } {
  const bytes = readFileSync(path);
  return {
    items: parseLabelledLines(bytes.toString('utf8'), path).map(toTrainItem),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
