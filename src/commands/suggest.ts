import { editDistance } from '../search/text.ts';

/** The option nearest to `input` (prefix first, then edit distance ≤ `max`), if any. */
export function closest(input: string, options: string[], max = 2): string | undefined {
  const s = input.toLowerCase();
  const prefixed = options.filter((o) => o.startsWith(s) || s.startsWith(o));
  if (s.length >= 2 && prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestD = max + 1;
  for (const o of options) {
    const d = editDistance(s, o, max);
    if (d < bestD) {
      best = o;
      bestD = d;
    }
  }
  return bestD <= max ? best : undefined;
}
