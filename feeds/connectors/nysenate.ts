/**
 * New York State Open Legislation API (docs/sources.md §8): `GET /api/3/bills/{year}/search?term=…&key=K`
 * → `result.items[].result{basePrintNo, printNo, session, title, status{statusType, statusDesc,
 * actionDate}, publishedDateTime, sponsor}`. New York sessions start in odd years.
 *
 * params: baseUrl, terms (string | string[]; ElasticSearch query syntax, one query each),
 * session (year; default the current session), sort (optional, e.g. 'status.actionDate:DESC'),
 * limit (≤1000, default 100), maxPages (default 2). No published rate limit: no quota kept.
 * Amendments (printNo S1234A) are versions of the base bill, like status changes.
 */
import type { FetchContext, FetchOutcome, Item, SourceConnector } from '../../src/domain/index.ts';
import { buildItem } from './build-item.ts';
import { isoDate } from './dates.ts';
import { baseUrlParam, listParam, numParam, strParam } from './params.ts';
import { isRecord, stringValue } from './values.ts';
import { DAY_MS, keyedConnector, withQuery, type KeyedApi, type PageResult } from './keyed-api.ts';

/** 2026 → 2025: New York's two-year sessions start in odd years. */
export function nySessionYear(now: Date): number {
  const y = now.getUTCFullYear();
  return y % 2 === 1 ? y : y - 1;
}

function mapNyBill(sourceId: string, raw: Record<string, unknown>): Item | undefined {
  const base = stringValue(raw.basePrintNo) ?? stringValue(raw.printNo);
  const session = stringValue(raw.session);
  if (!base || !session) return undefined;
  const status = isRecord(raw.status) ? raw.status : {};
  const sponsor = isRecord(raw.sponsor) && isRecord(raw.sponsor.member) ? stringValue(raw.sponsor.member.fullName) : undefined;
  const chamber = base.startsWith('A') ? 'New York Assembly' : 'New York Senate';
  return buildItem(
    sourceId,
    `${session}-${base}`,
    {
      kind: 'bill',
      jurisdiction: 'NY',
      identifier: stringValue(raw.printNo) ?? base,
      title: stringValue(raw.title),
      summary: stringValue(raw.summary) ?? (sponsor ? `Sponsor: ${sponsor}` : undefined),
      url: `https://www.nysenate.gov/legislation/bills/${encodeURIComponent(session)}/${encodeURIComponent(base)}`,
      agency: chamber,
      status: stringValue(status.statusDesc),
      publishedAt: isoDate(raw.publishedDateTime),
      updatedAt: isoDate(status.actionDate),
    },
    [stringValue(raw.printNo), stringValue(status.actionDate)],
  );
}

async function fetchNySenate(ctx: FetchContext, api: KeyedApi): Promise<FetchOutcome> {
  const p = ctx.source.params;
  const base = baseUrlParam(p, 'https://legislation.nysenate.gov');
  const terms = listParam(p, 'terms');
  if (!terms.length) return { status: 'failed', reason: 'config', message: `${api.label}: source ${ctx.source.id} needs params.terms` };
  const session = numParam(p, 'session', nySessionYear(ctx.now), 2009, 2999);
  const limit = numParam(p, 'limit', 100, 1, 1000);
  return api.sweep({
    jobs: terms,
    maxPages: numParam(p, 'maxPages', 2, 1, 50),
    lookbackMs: DAY_MS,
    overlapMs: 0,
    async fetchPage(key, term, page): Promise<PageResult> {
      const url = withQuery(`${base}/api/3/bills/${session}/search`, [
        ['term', term],
        ['sort', strParam(p, 'sort')],
        ['limit', limit],
        ['offset', page * limit + 1],
        ['key', key],
      ]);
      const res = await api.fetchJson(url);
      if (!res.ok) return res.failure;
      if (!isRecord(res.data)) return api.parseFailure('not an object');
      if (res.data.success === false) {
        return { status: 'failed', reason: 'http', message: `${api.label}: ${stringValue(res.data.message) ?? 'request failed'}` };
      }
      const result = isRecord(res.data.result) ? res.data.result : undefined;
      if (!result || !Array.isArray(result.items)) return api.parseFailure('no result.items');
      const items = result.items
        .filter(isRecord)
        .map((entry) => (isRecord(entry.result) ? mapNyBill(ctx.source.id, entry.result) : undefined))
        .filter((i): i is Item => i !== undefined);
      const total = Number(res.data.total ?? 0);
      return { items, more: (page + 1) * limit < total };
    },
  });
}

export const nySenateConnector: SourceConnector = keyedConnector({
  type: 'nysenate',
  label: 'NY Senate Open Legislation',
  secret: 'NYSENATE_API_KEY',
  description: 'New York State Open Legislation: Senate and Assembly bills searched by keyword',
  run: fetchNySenate,
});
