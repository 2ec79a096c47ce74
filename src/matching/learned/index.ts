/** The learned second opinion: see README.md in this folder. */
import { readFileSync } from 'node:fs';
import type { SecondOpinionModel } from './model.ts';

export { itemFeatures, modelKind } from './features.ts';
export { scoreItem, withoutModel, withSecondOpinion, type SecondOpinionModel } from './model.ts';

/** Where `npm run train` writes the weights; read once, never downloaded. */
export const SECOND_OPINION_FILE = new URL('./second-opinion.json', import.meta.url);

let cached: SecondOpinionModel | undefined;

/** The committed weights (trained on the real-text dev split by `npm run train`). */
export function secondOpinionModel(): SecondOpinionModel {
  if (!cached) {
    const m = JSON.parse(readFileSync(SECOND_OPINION_FILE, 'utf8')) as SecondOpinionModel;
    if (m.format !== 1 || !Array.isArray(m.topics)) throw new Error(`${SECOND_OPINION_FILE.pathname}: not a second-opinion weights file`);
    cached = m;
  }
  return cached;
}
