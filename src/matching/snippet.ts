/** The text an item is matched over, and the ≤ 200-character snippet that explains a match. */
import type { Item } from '../domain/index.ts';
import { normalizeText } from './normalize.ts';

export const SNIPPET_MAX = 200;
const SEPARATOR = ' — ';
const ELLIPSIS = '…';

export interface ItemText {
  text: string;
  /** Character ranges of title, summary, agency, identifier (the non-empty ones) in `text`. */
  segments: Array<{ start: number; end: number }>;
}

/** title + summary + agency + identifier, each normalized once, joined by " — ". */
export function itemText(item: Pick<Item, 'title' | 'summary' | 'agency' | 'identifier'>): ItemText {
  let text = '';
  const segments: ItemText['segments'] = [];
  for (const field of [item.title, item.summary, item.agency, item.identifier]) {
    const norm = typeof field === 'string' ? normalizeText(field) : '';
    if (!norm) continue;
    if (text) text += SEPARATOR;
    segments.push({ start: text.length, end: text.length + norm.length });
    text += norm;
  }
  return { text, segments };
}

const isSpace = (c: string | undefined) => c === undefined || c === ' ';

/**
 * A window of at most SNIPPET_MAX characters (ellipses included) around the first hit,
 * cut at spaces, with every hit inside it as [start, end) ranges relative to the snippet.
 */
export function buildSnippet(text: string, hits: Array<[number, number]>): { snippet: string; highlights: Array<[number, number]> } {
  if (hits.length === 0) return { snippet: text.slice(0, SNIPPET_MAX), highlights: [] };
  const sorted = [...hits].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const [first0, first1] = sorted[0]!;
  let start = 0;
  if (text.length > SNIPPET_MAX && first1 > SNIPPET_MAX - 50) {
    start = Math.max(0, first0 - 60);
    if (start > 0 && !isSpace(text[start - 1])) {
      const sp = text.indexOf(' ', start);
      start = sp === -1 || sp >= first0 ? first0 : sp + 1;
    }
  }
  const lead = start > 0 ? ELLIPSIS : '';
  let end = Math.min(text.length, start + SNIPPET_MAX - lead.length);
  if (end < text.length) {
    end = start + SNIPPET_MAX - lead.length - ELLIPSIS.length;
    const sp = text.lastIndexOf(' ', end);
    if (sp > Math.max(start, first1)) end = sp;
  }
  const body = text.slice(start, end).trimEnd();
  const tail = end < text.length ? ELLIPSIS : '';
  const snippet = lead + body + tail;
  const shift = lead.length - start;
  const bodyEnd = start + body.length;
  const highlights: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    if (e <= start || s >= bodyEnd) continue;
    const hs = Math.max(s, start) + shift;
    const he = Math.min(e, bodyEnd) + shift;
    const last = highlights[highlights.length - 1];
    if (last && hs <= last[1]) last[1] = Math.max(last[1], he);
    else highlights.push([hs, he]);
  }
  return { snippet, highlights };
}
