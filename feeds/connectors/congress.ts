/**
 * Congress.gov API v3 `GET /v3/bill` (docs/sources.md §5): federal bills updated since the cursor,
 * newest first. The API has no keyword search, so every updated bill is returned and the
 * matcher picks the relevant ones by title.
 *
 * params: baseUrl, congress (number, optional: limit to one Congress), limit (≤250, default 250),
 * maxPages (default 4), lookbackDays (default 7), quotaLimit/quotaPeriod (default 5,000/hour).
 * The key goes in the X-Api-Key header (api.data.gov convention), never in the URL.
 */
import type { FetchContext, FetchOutcome, Item, SourceConnector } from '../../src/domain/index.ts';
import { budgetFromParams } from './quota.ts';
import { buildItem } from './build-item.ts';
import { isoDate } from './dates.ts';
import { baseUrlParam, numParam } from './params.ts';
import { isRecord, stringValue } from './values.ts';
import { DAY_MS, keyedConnector, withQuery, type KeyedApi, type PageResult } from './keyed-api.ts';

const BILL_PATH: Record<string, string> = {
  HR: 'house-bill',
  S: 'senate-bill',
  HRES: 'house-resolution',
  SRES: 'senate-resolution',
  HJRES: 'house-joint-resolution',
  SJRES: 'senate-joint-resolution',
  HCONRES: 'house-concurrent-resolution',
  SCONRES: 'senate-concurrent-resolution',
};

/** 117 → '117th', 121 → '121st'. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The public congress.gov page of a bill. */
export function congressBillUrl(congress: number, type: string, number: string): string {
  const path = BILL_PATH[type.toUpperCase()] ?? 'house-bill';
  return `https://www.congress.gov/bill/${ordinal(congress)}-congress/${path}/${encodeURIComponent(number)}`;
}

function mapCongressBill(sourceId: string, raw: Record<string, unknown>): Item | undefined {
  const congress = Number(raw.congress);
  const type = stringValue(raw.type)?.toUpperCase();
  const number = stringValue(raw.number);
  if (!Number.isInteger(congress) || !type || !number) return undefined;
  const action = isRecord(raw.latestAction) ? raw.latestAction : {};
  const chamber = stringValue(raw.originChamber);
  return buildItem(
    sourceId,
    `${congress}-${type}-${number}`,
    {
      kind: 'bill',
      jurisdiction: 'US',
      identifier: `${type} ${number}`,
      title: stringValue(raw.title),
      summary: `${ordinal(congress)} Congress${chamber ? `, introduced in the ${chamber}` : ''}`,
      url: congressBillUrl(congress, type, number),
      agency: chamber ? `U.S. ${chamber}` : 'U.S. Congress',
      status: stringValue(action.text),
      publishedAt: isoDate(raw.introducedDate),
      updatedAt: isoDate(raw.updateDateIncludingText) ?? isoDate(raw.updateDate),
    },
    [stringValue(action.actionDate)],
  );
}

async function fetchCongress(ctx: FetchContext, api: KeyedApi): Promise<FetchOutcome> {
  const p = ctx.source.params;
  const base = baseUrlParam(p, 'https://api.congress.gov');
  const limit = numParam(p, 'limit', 250, 1, 250);
  const congress = numParam(p, 'congress', 0, 0, 999);
  const path = congress ? `/v3/bill/${congress}` : '/v3/bill';
  const iso = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;
  return api.sweep({
    jobs: ['bills'],
    maxPages: numParam(p, 'maxPages', 4, 1, 50),
    budget: budgetFromParams(p, { limit: 5000, period: 'hour' }),
    lookbackMs: numParam(p, 'lookbackDays', 7, 1, 365) * DAY_MS,
    overlapMs: 60 * 60_000,
    async fetchPage(key, _job, page, { since, until }): Promise<PageResult> {
      const url = withQuery(`${base}${path}`, [
        ['format', 'json'],
        ['fromDateTime', iso(since)],
        ['toDateTime', iso(until)],
        ['sort', 'updateDate+desc'],
        ['limit', limit],
        ['offset', page * limit],
      ]).replace('updateDate%2Bdesc', 'updateDate+desc');
      const res = await api.fetchJson(url, { headers: { 'X-Api-Key': key } });
      if (!res.ok) return res.failure;
      if (!isRecord(res.data) || !Array.isArray(res.data.bills)) return api.parseFailure('no bills');
      const items = res.data.bills
        .filter(isRecord)
        .map((b) => mapCongressBill(ctx.source.id, b))
        .filter((i): i is Item => i !== undefined);
      const next = isRecord(res.data.pagination) ? stringValue(res.data.pagination.next) : undefined;
      return { items, more: Boolean(next) && res.data.bills.length > 0 };
    },
  });
}

export const congressConnector: SourceConnector = keyedConnector({
  type: 'congress',
  label: 'Congress.gov',
  secret: 'CONGRESS_API_KEY',
  description: 'Congress.gov: federal bills updated recently (matched locally by title)',
  run: fetchCongress,
});
