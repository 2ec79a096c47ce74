/**
 * Lists on web pages, read with cheerio (a real HTML parser, never regular expressions):
 * one entry per element matching the item selector, each field found inside it by its own
 * selector. Used by the generic `html` connector and by connectors for agency pages without
 * a feed (the DHS privacy library).
 *
 * A field selector is a CSS selector, optionally followed by `@attr` to read an attribute
 * instead of the text ('a@href', 'time@datetime'). An empty selector or '.' means the item
 * element itself.
 */
import { load, type CheerioAPI } from 'cheerio';

/** A node of a loaded page (cheerio's own node type, without importing its parser's package). */
type AnyNode = Parameters<CheerioAPI['contains']>[1];

export interface HtmlListSelectors {
  /** CSS selector of one list entry. */
  item: string;
  title: string;
  /** Default: the first `a[href]` inside the entry ('a@href'). */
  link?: string;
  date?: string;
  summary?: string;
}

export interface HtmlEntry {
  title: string;
  /** Absolute http(s) URL, resolved against the page URL. */
  link?: string;
  /** Text or attribute as found (parse it with the date helper of your choice). */
  date?: string;
  summary?: string;
}

export type HtmlListResult = { ok: true; entries: HtmlEntry[]; skipped: number } | { ok: false; message: string };

/** Whitespace-collapsed text; undefined when empty. */
export function cleanText(s: string | undefined): string | undefined {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || undefined;
}

/** An http(s) URL resolved against `base`, else undefined (javascript:, mailto:, junk). */
export function absoluteHttpUrl(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function splitSelector(spec: string): { css: string; attr?: string } {
  const at = spec.lastIndexOf('@');
  // An '@' inside brackets belongs to an attribute selector value, not to our suffix.
  if (at > 0 && !spec.slice(at).includes(']')) return { css: spec.slice(0, at).trim(), attr: spec.slice(at + 1).trim() };
  if (at === 0) return { css: '', attr: spec.slice(1).trim() };
  return { css: spec.trim() };
}

/** One field of one entry: the first match's text or attribute. Throws on an invalid selector. */
function fieldOf($: CheerioAPI, scope: AnyNode, spec: string | undefined): string | undefined {
  if (spec === undefined) return undefined;
  const { css, attr } = splitSelector(spec);
  const el = css === '' || css === '.' ? $(scope) : $(scope).find(css).first();
  if (el.length === 0) return undefined;
  return attr ? cleanText(el.attr(attr)) : cleanText(el.text());
}

/** Loads a page once; `parseHtmlList` and connectors that need more than a list share it. */
export function loadHtml(html: string): CheerioAPI {
  return load(html);
}

/** Every entry of the list; entries without a title are skipped and counted. */
export function parseHtmlList(html: string | CheerioAPI, pageUrl: string, sel: HtmlListSelectors): HtmlListResult {
  const $ = typeof html === 'string' ? loadHtml(html) : html;
  const entries: HtmlEntry[] = [];
  let skipped = 0;
  try {
    for (const node of $(sel.item).toArray()) {
      const title = fieldOf($, node, sel.title);
      if (!title) {
        skipped++;
        continue;
      }
      const link = absoluteHttpUrl(fieldOf($, node, sel.link ?? 'a[href]@href'), pageUrl);
      const date = fieldOf($, node, sel.date);
      const summary = fieldOf($, node, sel.summary);
      entries.push({ title, ...(link ? { link } : {}), ...(date ? { date } : {}), ...(summary ? { summary } : {}) });
    }
  } catch (err) {
    return { ok: false, message: `invalid CSS selector (${(err as Error).message.split('\n')[0]})` };
  }
  return { ok: true, entries, skipped };
}

/** Checks selectors up front so a typo is a config error, not an empty source. */
export function selectorProblem(sel: Partial<HtmlListSelectors>): string | undefined {
  const $ = loadHtml('<div></div>');
  for (const [name, spec] of Object.entries(sel)) {
    if (typeof spec !== 'string') continue;
    const { css } = splitSelector(spec);
    if (css === '' || css === '.') continue;
    try {
      $('div').find(css);
    } catch (err) {
      return `selectors.${name}: invalid CSS selector "${spec}" (${(err as Error).message.split('\n')[0]})`;
    }
  }
  return undefined;
}
