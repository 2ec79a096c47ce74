/**
 * Open States (Plural) API v3 `GET /bills` (docs/sources.md §6): state bills in all 50 states,
 * full-text searched with Postgres websearch syntax (quoted phrases, OR, -term).
 *
 * params: baseUrl, q (string | string[]), jurisdictions (string[]: 'ct', 'California', or an
 * ocd id; default: all states), maxPages (default 3), perPage (≤20), lookbackDays (default 14),
 * maxRequestsPerPoll (default 8: the default tier allows 10/minute),
 * quotaLimit/quotaPeriod (default 250/day). Every (jurisdiction, q) pair is one query.
 * The key goes in the X-API-KEY header. A page past `max_page` answers 404: paging ends there.
 * The version follows `latest_action_description`, so a status change is a follow-up.
 */
import type { FetchContext, FetchOutcome, Item, SourceConnector } from '../../src/domain/index.ts';
import { budgetFromParams } from './quota.ts';
import { buildItem } from './build-item.ts';
import { isoDate } from './dates.ts';
import { baseUrlParam, listParam, numParam } from './params.ts';
import { isRecord, stringValue } from './values.ts';
import { DAY_MS, keyedConnector, withQuery, type KeyedApi, type PageResult } from './keyed-api.ts';

/** 'ocd-jurisdiction/country:us/state:ct/government' → 'CT'; federal → 'US'; unknown → 'XX'. */
export function jurisdictionFromOcd(id: string | undefined): string {
  const m = /\/(?:state|district|territory):([a-z]{2})\b/i.exec(id ?? '');
  if (m) return m[1]!.toUpperCase();
  return /^ocd-jurisdiction\/country:us\/government/.test(id ?? '') ? 'US' : 'XX';
}

function mapOpenStatesBill(sourceId: string, raw: Record<string, unknown>): Item | undefined {
  const id = stringValue(raw.id);
  if (!id) return undefined;
  const jurisdictionRecord = isRecord(raw.jurisdiction) ? raw.jurisdiction : {};
  const abstracts = Array.isArray(raw.abstracts) ? raw.abstracts.filter(isRecord) : [];
  const org = isRecord(raw.from_organization) ? stringValue(raw.from_organization.name) : undefined;
  const status = stringValue(raw.latest_action_description);
  return buildItem(
    sourceId,
    id,
    {
      kind: 'bill',
      jurisdiction: jurisdictionFromOcd(stringValue(jurisdictionRecord.id)),
      identifier: stringValue(raw.identifier),
      title: stringValue(raw.title),
      summary: stringValue(abstracts[0]?.abstract),
      url: stringValue(raw.openstates_url) ?? `https://openstates.org/`,
      agency: [stringValue(jurisdictionRecord.name), org].filter(Boolean).join(' ') || undefined,
      status,
      publishedAt: isoDate(raw.first_action_date) ?? isoDate(raw.created_at),
      updatedAt: isoDate(raw.updated_at),
    },
    [stringValue(raw.latest_action_date)],
  );
}

interface Query {
  jurisdiction?: string;
  q?: string;
}

async function fetchOpenStates(ctx: FetchContext, api: KeyedApi): Promise<FetchOutcome> {
  const p = ctx.source.params;
  const base = baseUrlParam(p, 'https://v3.openstates.org');
  const perPage = numParam(p, 'perPage', 20, 1, 20);
  const queries = new Map<string, Query>();
  const qs = listParam(p, 'q');
  const jurisdictions = listParam(p, 'jurisdictions');
  for (const j of jurisdictions.length ? jurisdictions : [undefined]) {
    for (const q of qs.length ? qs : [undefined]) queries.set(`${j ?? '*'}|${q ?? ''}`, { jurisdiction: j, q });
  }
  if (!qs.length && !jurisdictions.length) {
    return { status: 'failed', reason: 'config', message: `${api.label}: source ${ctx.source.id} needs params.q or params.jurisdictions` };
  }
  return api.sweep({
    jobs: [...queries.keys()],
    maxPages: numParam(p, 'maxPages', 3, 1, 50),
    maxRequestsPerPoll: numParam(p, 'maxRequestsPerPoll', 8, 1, 1000),
    budget: budgetFromParams(p, { limit: 250, period: 'day' }),
    lookbackMs: numParam(p, 'lookbackDays', 14, 1, 3650) * DAY_MS,
    overlapMs: 60 * 60_000,
    async fetchPage(key, job, page, { since }): Promise<PageResult> {
      const query = queries.get(job) ?? {};
      const url = withQuery(`${base}/bills`, [
        ['jurisdiction', query.jurisdiction],
        ['q', query.q],
        ['updated_since', since.toISOString().slice(0, 19)],
        ['sort', 'updated_desc'],
        ['include', 'actions'],
        ['include', 'abstracts'],
        ['per_page', perPage],
        ['page', page + 1],
      ]);
      const res = await api.fetchJson(url, { headers: { 'X-API-KEY': key } });
      if (!res.ok) return res.httpStatus === 404 && page > 0 ? { items: [], more: false } : res.failure; // past max_page
      if (!isRecord(res.data) || !Array.isArray(res.data.results)) return api.parseFailure('no results');
      const items = res.data.results
        .filter(isRecord)
        .map((r) => mapOpenStatesBill(ctx.source.id, r))
        .filter((i): i is Item => i !== undefined);
      const pagination = isRecord(res.data.pagination) ? res.data.pagination : {};
      const maxPage = Number(pagination.max_page ?? 1);
      return { items, more: page + 1 < maxPage };
    },
  });
}

export const openStatesConnector: SourceConnector = keyedConnector({
  type: 'openstates',
  label: 'Open States',
  secret: 'OPENSTATES_API_KEY',
  description: 'Open States (Plural): bills in all 50 state legislatures, searched by keyword',
  run: fetchOpenStates,
});
