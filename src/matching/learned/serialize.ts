/** The weights file's text: stable key order, one topic's weights per line block, newline at the end. */
import type { SecondOpinionModel } from './model.ts';

export function serializeModel(model: SecondOpinionModel): string {
  const topics = model.topics.map((t) => {
    const weights = Object.keys(t.weights)
      .sort()
      .map((f) => `      ${JSON.stringify(f)}: ${t.weights[f]}`)
      .join(',\n');
    return `    {"topic": ${JSON.stringify(t.topic)}, "bias": ${t.bias}, "threshold": ${t.threshold}, "weights": {\n${weights}\n    }}`;
  });
  return `{\n  "format": 1,\n  "meta": ${JSON.stringify(model.meta)},\n  "topics": [\n${topics.join(',\n')}\n  ]\n}\n`;
}
