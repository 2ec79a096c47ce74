/**
 * Generic `html` connector: a list on a web page without a feed (a county's agenda page, a
 * state agency's notices). The operator names CSS selectors in policywatch.yml:
 *
 *   params: { url, selectors: { item, title, link?, date?, summary? }, jurisdiction?, kind?, agency?, maxBytes? }
 *
 * Identity: the entry's link, else its title. Version: title, date and summary, so an edited
 * entry is a follow-up. Conditional GET with the stored validators; the SafeHttp layer guards
 * against private addresses and oversized pages; the poller backs off a failing source.
 */
import type { FetchContext, FetchOutcome, Item, SourceConnector } from '../../src/domain/index.ts';
import { parseHtmlList, selectorProblem, type HtmlListSelectors } from '../parse/html.ts';
import { buildItem } from './build-item.ts';
import { isoDate } from './dates.ts';
import { configFailure, failed, fromHttpFailure } from './failures.ts';
import { kindParam, numParam, strParam } from './params.ts';
import { isRecord } from './values.ts';

export const HTML_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** The selectors from params, or a config message naming what is wrong. */
export function selectorsParam(params: Record<string, unknown>): HtmlListSelectors | string {
  const raw = params.selectors;
  if (!isRecord(raw)) return 'params.selectors is required for an html source: { item, title, link?, date?, summary? }';
  const pick = (k: string) => (typeof raw[k] === 'string' && (raw[k] as string).trim() ? (raw[k] as string).trim() : undefined);
  const item = pick('item');
  const title = pick('title');
  if (!item || !title) return 'params.selectors needs at least "item" and "title" (CSS selectors)';
  const sel: HtmlListSelectors = { item, title };
  for (const k of ['link', 'date', 'summary'] as const) {
    const v = pick(k);
    if (v) sel[k] = v;
  }
  const problem = selectorProblem(sel);
  return problem ?? sel;
}

/** Dates as pages print them: ISO, 'March 5, 2026', 'March 2026', '03/05/2026'. */
export function pageDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const monthYear = /^([A-Z][a-z]+)\.?\s+(\d{4})$/.exec(text.trim());
  if (monthYear) return isoDate(`${monthYear[1]} 1, ${monthYear[2]} UTC`);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (us) return isoDate(`${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`);
  return /\d{4}/.test(text) ? isoDate(/[zZ]|[+-]\d\d:?\d\d$|T/.test(text) ? text : `${text} UTC`) : undefined;
}

export const htmlConnector: SourceConnector = {
  type: 'html',
  description: 'Any list on a web page without a feed, read with CSS selectors (item, title, link, date, summary); conditional GET.',
  async fetch(ctx: FetchContext): Promise<FetchOutcome> {
    const { params } = ctx.source;
    const url = strParam(params, 'url');
    if (!url) return configFailure(`source ${ctx.source.id}: params.url is required for an html source`);
    const sel = selectorsParam(params);
    if (typeof sel === 'string') return configFailure(`source ${ctx.source.id}: ${sel}`);
    const jurisdiction = (strParam(params, 'jurisdiction') ?? 'XX').toUpperCase();
    const kind = kindParam(params, 'news');
    const agency = strParam(params, 'agency');
    const maxBytes = params.maxBytes !== undefined ? numParam(params, 'maxBytes', 5_242_880, 65_536, 52_428_800) : undefined;
    const res = await ctx.http.request(url, {
      etag: ctx.state.etag,
      lastModified: ctx.state.lastModified,
      headers: { accept: HTML_ACCEPT },
      ...(maxBytes ? { maxBytes } : {}),
    });
    if (res.status === 'not-modified') return { status: 'not-modified', state: { etag: res.etag, lastModified: res.lastModified } };
    if (res.status === 'failed') {
      if (res.httpStatus === 410) return failed('gone', `page ${url} is gone (HTTP 410); remove or replace this source`);
      return fromHttpFailure(res, `page ${url}`);
    }
    const parsed = parseHtmlList(res.body, res.finalUrl, sel);
    if (!parsed.ok) return configFailure(`source ${ctx.source.id}: ${parsed.message}`);
    if (parsed.entries.length === 0) {
      return failed(
        'parse',
        `page ${url}: no entries matched selectors.item "${sel.item}" (has the page changed? try \`policywatch sources test ${ctx.source.id}\`)`,
      );
    }
    if (parsed.skipped) ctx.log.warn({ source: ctx.source.id, skipped: parsed.skipped }, 'page entries without a title skipped');
    const items = new Map<string, Item>();
    for (const e of parsed.entries) {
      const publishedAt = pageDate(e.date);
      const item = buildItem(
        ctx.source.id,
        e.link ?? e.title,
        { kind, jurisdiction, title: e.title, summary: e.summary, url: e.link ?? res.finalUrl, agency, publishedAt },
        [e.summary, e.date],
      );
      if (!items.has(item.id)) items.set(item.id, item);
    }
    return { status: 'ok', items: [...items.values()], state: { etag: res.etag, lastModified: res.lastModified } };
  },
};
