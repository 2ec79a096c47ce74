/**
 * USAspending API v2 (no key): spending_by_award for contracts (award types A–D) whose
 * last_modified_date falls in [cursor, today], by awarding sub-agency and/or keywords,
 * paging on page_metadata.hasNext up to params.maxPages.
 *
 * params: { agencies?: string[] (awarding sub-tier names; default ICE), keywords?: string[],
 *           lookbackDays? (7), limit? (100), maxPages? (3), baseUrl? }
 * cursor: { since: 'YYYY-MM-DD' }, the end of the last complete window (inclusive next time).
 */
import type { FetchContext, FetchOutcome, Item, SourceConnector } from '../../src/domain/index.ts';
import { buildItem } from './build-item.ts';
import { isoDate, isoDay } from './dates.ts';
import { fetchJson } from './json-api.ts';
import { maxPagesParam } from './paging.ts';
import { baseUrlParam, listParam, numParam } from './params.ts';
import { isRecord, stringValue, truncate, usd } from './values.ts';

const USASPENDING_BASE = 'https://api.usaspending.gov';
const ICE_SUBTIER = 'U.S. Immigration and Customs Enforcement';
export const USASPENDING_FIELDS = [
  'Award ID',
  'Recipient Name',
  'Award Amount',
  'Description',
  'Start Date',
  'Awarding Agency',
  'Awarding Sub Agency',
  'Last Modified Date',
  'Place of Performance State Code',
];

function buildUsaspendingBody(params: Record<string, unknown>, start: string, end: string, page: number): Record<string, unknown> {
  const keywords = listParam(params, 'keywords');
  let agencies = listParam(params, 'agencies');
  if (!agencies.length && !keywords.length) agencies = [ICE_SUBTIER];
  const filters: Record<string, unknown> = {
    award_type_codes: ['A', 'B', 'C', 'D'],
    time_period: [{ start_date: start, end_date: end, date_type: 'last_modified_date' }],
  };
  if (agencies.length) filters.agencies = agencies.map((name) => ({ type: 'awarding', tier: 'subtier', name }));
  if (keywords.length) filters.keywords = keywords;
  return {
    filters,
    fields: USASPENDING_FIELDS,
    limit: numParam(params, 'limit', 100, 1, 100),
    page,
    sort: 'Last Modified Date',
    order: 'desc',
    subawards: false,
  };
}

function usaspendingItem(sourceId: string, row: Record<string, unknown>): Item | undefined {
  const awardId = stringValue(row['Award ID']);
  const generated = stringValue(row.generated_internal_id);
  if (!awardId || !generated) return undefined;
  const recipient = stringValue(row['Recipient Name']);
  const description = stringValue(row.Description);
  const amount = typeof row['Award Amount'] === 'number' ? row['Award Amount'] : Number(row['Award Amount']);
  const lastModified = stringValue(row['Last Modified Date']);
  const agency = stringValue(row['Awarding Sub Agency']) ?? stringValue(row['Awarding Agency']);
  const state = stringValue(row['Place of Performance State Code']);
  // Not among the documented spending_by_award fields (so not requested); kept when a row has it.
  const office = stringValue(row['Awarding Office']);
  const title = truncate([recipient, description].filter(Boolean).join(': ') || `Contract ${awardId}`, 300);
  const summary = [
    description,
    Number.isFinite(amount) ? `Award amount ${usd(amount)}.` : undefined,
    recipient ? `Recipient: ${recipient}.` : undefined,
    state ? `Place of performance: ${state}.` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const status = Number.isFinite(amount) ? `Award amount ${usd(amount)}` : undefined;
  return buildItem(
    sourceId,
    generated,
    {
      kind: 'contract',
      jurisdiction: 'US',
      identifier: awardId,
      title,
      summary: summary || undefined,
      url: `https://www.usaspending.gov/award/${encodeURIComponent(generated)}`,
      agency,
      office,
      contractor: recipient,
      place: state,
      status,
      publishedAt: isoDate(row['Start Date']),
      updatedAt: isoDate(lastModified),
    },
    [Number.isFinite(amount) ? String(amount) : undefined, lastModified, description],
  );
}

export const usaspendingConnector: SourceConnector = {
  type: 'usaspending',
  description: 'USAspending contract awards (types A–D) recently modified, by awarding sub-agency (default ICE) and/or keywords; no key.',
  async fetch(ctx: FetchContext): Promise<FetchOutcome> {
    const { params } = ctx.source;
    const url = `${baseUrlParam(params, USASPENDING_BASE)}/api/v2/search/spending_by_award/`;
    const since = ctx.state.cursor?.since ?? isoDay(ctx.now, numParam(params, 'lookbackDays', 7, 1, 365));
    const today = isoDay(ctx.now);
    const maxPages = maxPagesParam(params, 3);
    const items = new Map<string, Item>();
    let hasNext = true;
    let page = 1;
    for (; hasNext && page <= maxPages; page++) {
      const body = JSON.stringify(buildUsaspendingBody(params, since, today, page));
      const res = await fetchJson(ctx.http, url, { method: 'POST', body, headers: { 'content-type': 'application/json' } }, 'USAspending');
      if (!res.ok) return res.failure;
      const data = isRecord(res.data) ? res.data : {};
      for (const row of Array.isArray(data.results) ? data.results : []) {
        const item = isRecord(row) ? usaspendingItem(ctx.source.id, row) : undefined;
        if (item) items.set(item.id, item);
      }
      hasNext = isRecord(data.page_metadata) && data.page_metadata.hasNext === true;
    }
    if (hasNext) ctx.log.warn({ source: ctx.source.id, pages: maxPages }, 'USAspending: page limit reached; cursor kept');
    return { status: 'ok', items: [...items.values()], state: { cursor: { since: hasNext ? since : today } } };
  },
};
