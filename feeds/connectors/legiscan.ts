/**
 * LegiScan API `op=getSearch` (docs/sources.md §7): full-text bill search across every state and
 * Congress. Results come back as an OBJECT keyed "0", "1", … plus "summary", never an array.
 * `change_hash` changes whenever LegiScan's record of the bill changes, so it drives the version.
 *
 * params: baseUrl, query (string | string[]; LegiScan boolean syntax), state (default 'ALL'),
 * year (default 2 = current sessions), maxPages (default 2; 50 results a page),
 * quotaLimit/quotaPeriod (default 30,000/month, the free Public tier).
 */
import type { FetchContext, FetchOutcome, Item, SourceConnector } from '../../src/domain/index.ts';
import { budgetFromParams } from './quota.ts';
import { buildItem } from './build-item.ts';
import { isoDate } from './dates.ts';
import { baseUrlParam, listParam, numParam, strParam } from './params.ts';
import { isRecord, stringValue } from './values.ts';
import { DAY_MS, keyedConnector, withQuery, type KeyedApi, type PageResult } from './keyed-api.ts';

function mapLegiScanResult(sourceId: string, raw: Record<string, unknown>): Item | undefined {
  const billId = stringValue(raw.bill_id);
  if (!billId) return undefined;
  const state = stringValue(raw.state)?.toUpperCase();
  const lastAction = stringValue(raw.last_action);
  return buildItem(
    sourceId,
    billId,
    {
      kind: 'bill',
      jurisdiction: state && /^[A-Z]{2}$/.test(state) ? state : 'XX',
      identifier: stringValue(raw.bill_number),
      title: stringValue(raw.title),
      url: stringValue(raw.url) ?? stringValue(raw.research_url) ?? `https://legiscan.com/`,
      status: lastAction,
      updatedAt: isoDate(raw.last_action_date),
    },
    [stringValue(raw.change_hash)],
  );
}

/** The numbered entries of a LegiScan result object, in key order. */
export function legiScanEntries(obj: Record<string, unknown>): Array<Record<string, unknown>> {
  return Object.keys(obj)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => obj[k])
    .filter(isRecord);
}

async function fetchLegiScan(ctx: FetchContext, api: KeyedApi): Promise<FetchOutcome> {
  const p = ctx.source.params;
  const base = baseUrlParam(p, 'https://api.legiscan.com');
  const queries = listParam(p, 'query');
  if (!queries.length) return { status: 'failed', reason: 'config', message: `${api.label}: source ${ctx.source.id} needs params.query` };
  return api.sweep({
    jobs: queries,
    maxPages: numParam(p, 'maxPages', 2, 1, 50),
    budget: budgetFromParams(p, { limit: 30_000, period: 'month' }),
    lookbackMs: DAY_MS,
    overlapMs: 0,
    async fetchPage(key, query, page): Promise<PageResult> {
      const url = withQuery(`${base}/`, [
        ['key', key],
        ['op', 'getSearch'],
        ['state', strParam(p, 'state') ?? 'ALL'],
        ['query', query],
        ['year', numParam(p, 'year', 2, 1, 9999)],
        ['page', page + 1],
      ]);
      const res = await api.fetchJson(url);
      if (!res.ok) return res.failure;
      if (!isRecord(res.data)) return api.parseFailure('not an object');
      if (res.data.status !== 'OK') {
        const alert = isRecord(res.data.alert) ? stringValue(res.data.alert.message) : undefined;
        const keyProblem = /key/i.test(alert ?? '');
        return {
          status: 'failed',
          reason: keyProblem ? 'config' : 'http',
          message: `${api.label}: ${alert ?? 'status ' + String(res.data.status)}${keyProblem ? `; check ${api.secretName}` : ''}`,
        };
      }
      const result = res.data.searchresult;
      if (!isRecord(result)) return api.parseFailure('no searchresult');
      const items = legiScanEntries(result)
        .map((r) => mapLegiScanResult(ctx.source.id, r))
        .filter((i): i is Item => i !== undefined);
      const summary = isRecord(result.summary) ? result.summary : {};
      const pageTotal = Number(summary.page_total ?? 1);
      return { items, more: page + 1 < pageTotal };
    },
  });
}

export const legiscanConnector: SourceConnector = keyedConnector({
  type: 'legiscan',
  label: 'LegiScan',
  secret: 'LEGISCAN_API_KEY',
  description: 'LegiScan: full-text search of bills in every state and Congress',
  run: fetchLegiScan,
});
