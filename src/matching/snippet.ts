/** The text an item is matched over, and the ≤ 200-character snippet that explains a match. */
import type { Item } from '../domain/index.ts';
import { prepareText, type PreparedText } from './normalize.ts';

const SNIPPET_MAX = 200;
const SEPARATOR = ' — ';
const ELLIPSIS = '…';

export type ItemField = 'title' | 'summary' | 'agency' | 'identifier' | 'office' | 'contractor' | 'place';
/**
 * Where a match is evidence: the title and summary say what an item is about; agency,
 * identifier, office, contractor and place are context, unless a rule scopes a term to one of
 * them (office:"Detention Management").
 */
export const CONTENT_FIELDS: ReadonlySet<ItemField> = new Set(['title', 'summary']);
/** The award fields whose matched terms are shown with their field name ("office: …"). */
export const STRUCTURED_FIELDS: ReadonlySet<ItemField> = new Set(['office', 'contractor', 'place']);

export interface ItemText {
  /** What the matcher reads: the fields normalized (see prepareText) and joined by " — ". */
  text: string;
  /** What users see: the same fields as written (tags stripped, entities decoded), joined the same way. */
  display: string;
  /** Character ranges of title, summary, agency, identifier (the non-empty ones) in `text`. */
  segments: Array<{ start: number; end: number; field: ItemField }>;
  /** Maps a [start, end) range of `text` to the range of `display` it came from. */
  toDisplay(start: number, end: number): [number, number];
}

const FIELDS: ItemField[] = ['title', 'summary', 'agency', 'identifier', 'office', 'contractor', 'place'];

/** title + summary + agency + identifier + office + contractor + place, each prepared once, joined by " — ". */
export function itemText(item: Pick<Item, ItemField>): ItemText {
  let text = '';
  let display = '';
  const segments: ItemText['segments'] = [];
  const parts: Array<{ start: number; end: number; displayStart: number; p: PreparedText }> = [];
  for (const field of FIELDS) {
    const raw = item[field];
    const p = typeof raw === 'string' ? prepareText(raw) : null;
    if (!p?.norm) continue;
    if (text) {
      text += SEPARATOR;
      display += SEPARATOR;
    }
    segments.push({ start: text.length, end: text.length + p.norm.length, field });
    parts.push({ start: text.length, end: text.length + p.norm.length, displayStart: display.length, p });
    text += p.norm;
    display += p.display;
  }
  /** Display position of a text position: inside a field through its map, elsewhere (separators) by offset. */
  const at = (pos: number, edge: 'start' | 'end'): number => {
    for (const part of parts) {
      if (pos < part.start || pos >= part.end) continue;
      const i = pos - part.start;
      const map = edge === 'start' ? part.p.normStart : part.p.normEnd;
      return part.displayStart + (map ? map[i]! : edge === 'start' ? i : i + 1);
    }
    let shift = 0;
    for (const part of parts) if (part.end <= pos) shift = part.displayStart + part.p.display.length - part.end;
    return pos + shift + (edge === 'end' ? 1 : 0);
  };
  const toDisplay = (start: number, end: number): [number, number] => {
    if (end <= start) {
      const d = at(start, 'start');
      return [d, d];
    }
    return [at(start, 'start'), at(end - 1, 'end')];
  };
  return { text, display, segments, toDisplay };
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
