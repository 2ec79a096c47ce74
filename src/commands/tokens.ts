/**
 * Splits command text into tokens. Double quotes (straight or the curly ones chat apps
 * substitute) group a phrase; a quote may sit inside a token (`-"gang database"`,
 * `topic:"state-databases"`). An unclosed quote runs to the end of the text.
 */
export interface Token {
  /** The token without quote marks. */
  text: string;
  /** The token as typed, quotes included (watch rules keep their quotes). */
  raw: string;
  /** Some part of it was inside quotes. */
  quoted: boolean;
}

const OPEN = new Set(['"', '“', '”', '„']);
const CLOSE = new Set(['"', '“', '”']);

export function tokenizeCommand(input: string): Token[] {
  const out: Token[] = [];
  const s = input.replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ');
  let i = 0;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (i >= s.length) break;
    let text = '';
    let raw = '';
    let quoted = false;
    while (i < s.length && !/\s/.test(s[i]!)) {
      const c = s[i]!;
      if (OPEN.has(c)) {
        quoted = true;
        i++;
        let inner = '';
        while (i < s.length && !CLOSE.has(s[i]!)) inner += s[i++];
        i++; // closing quote (or past the end)
        text += inner;
        raw += `"${inner}"`;
        continue;
      }
      text += c;
      raw += c;
      i++;
    }
    out.push({ text, raw, quoted });
  }
  return out;
}
