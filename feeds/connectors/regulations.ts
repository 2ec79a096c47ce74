/**
 * Regulations.gov API v4 `GET /v4/documents` (docs/sources.md §9): rules, proposed rules and
 * notices of the agencies watched, changed since the cursor. JSON:API shape
 * `{data:[{id,type,attributes{…},links{self}}], meta{…}}`.
 *
 * params: baseUrl, agencyIds (string[], default DHS, ICE, CBP, USCIS), searchTerms
 * (string[], one query each; default: none, every document of those agencies),
 * pageSize (≤250, default 250), maxPages (≤20, default 4), lookbackDays (default 14),
 * quotaLimit/quotaPeriod (default 1,000/hour, api.data.gov).
 * `filter[lastModifiedDate][ge]` takes 'YYYY-MM-DD HH:mm:ss' in Eastern time; the sweep
 * overlaps by six hours to absorb the offset (repeats are no-ops downstream).
 * The key goes in the X-Api-Key header.
 */
import type { FetchContext, FetchOutcome, Item, ItemKind, SourceConnector } from '../../src/domain/index.ts';
import { budgetFromParams } from './quota.ts';
import { buildItem } from './build-item.ts';
import { deadlineOf, isoDate } from './dates.ts';
import { baseUrlParam, listParam, numParam } from './params.ts';
import { isRecord, stringValue } from './values.ts';
import { DAY_MS, keyedConnector, withQuery, type KeyedApi, type PageResult } from './keyed-api.ts';

const REGULATIONS_DEFAULT_AGENCIES = ['DHS', 'ICE', 'CBP', 'USCIS'];

export function kindForDocumentType(documentType: string | undefined): ItemKind {
  return /rule/i.test(documentType ?? '') ? 'rule' : 'notice';
}

function mapRegulationsDocument(sourceId: string, raw: Record<string, unknown>): Item | undefined {
  const id = stringValue(raw.id);
  if (!id) return undefined;
  const a = isRecord(raw.attributes) ? raw.attributes : {};
  const documentType = stringValue(a.documentType);
  const withdrawn = a.withdrawn === true;
  const commentEnd = isoDate(a.commentEndDate);
  return buildItem(sourceId, id, {
    kind: kindForDocumentType(documentType),
    jurisdiction: 'US',
    identifier: stringValue(a.frDocNum) ?? id,
    title: stringValue(a.title),
    summary:
      [
        stringValue(a.docketId) ? `Docket ${stringValue(a.docketId)}` : undefined,
        stringValue(a.subtype),
        a.openForComment === true && commentEnd ? `Open for comment until ${commentEnd.slice(0, 10)}` : undefined,
      ]
        .filter(Boolean)
        .join(' · ') || undefined,
    url: `https://www.regulations.gov/document/${encodeURIComponent(id)}`,
    agency: stringValue(a.agencyId),
    status: withdrawn ? `${documentType ?? 'Document'} (withdrawn)` : documentType,
    publishedAt: isoDate(a.postedDate),
    updatedAt: isoDate(a.lastModifiedDate),
    deadlines:
      a.openForComment === true && commentEnd
        ? [deadlineOf('comment', commentEnd, `https://www.regulations.gov/commenton/${encodeURIComponent(id)}`)].filter(
            (d) => d !== undefined,
          )
        : undefined,
  });
}

/** 'YYYY-MM-DD HH:mm:ss' as the API's lastModifiedDate filter wants it. */
function regulationsDateTime(d: Date): string {
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

async function fetchRegulations(ctx: FetchContext, api: KeyedApi): Promise<FetchOutcome> {
  const p = ctx.source.params;
  const base = baseUrlParam(p, 'https://api.regulations.gov');
  const agencies = listParam(p, 'agencyIds');
  const terms = listParam(p, 'searchTerms');
  const pageSize = numParam(p, 'pageSize', 250, 5, 250);
  return api.sweep({
    jobs: terms.length ? terms : ['*'],
    maxPages: numParam(p, 'maxPages', 4, 1, 20),
    budget: budgetFromParams(p, { limit: 1000, period: 'hour' }),
    lookbackMs: numParam(p, 'lookbackDays', 14, 1, 3650) * DAY_MS,
    overlapMs: 6 * 60 * 60_000,
    async fetchPage(key, term, page, { since }): Promise<PageResult> {
      const url = withQuery(`${base}/v4/documents`, [
        ['filter[agencyId]', (agencies.length ? agencies : REGULATIONS_DEFAULT_AGENCIES).join(',')],
        ['filter[searchTerm]', term === '*' ? undefined : term],
        ['filter[lastModifiedDate][ge]', regulationsDateTime(since)],
        ['sort', 'lastModifiedDate,documentId'],
        ['page[size]', pageSize],
        ['page[number]', page + 1],
      ]);
      const res = await api.fetchJson(url, { headers: { 'X-Api-Key': key, accept: 'application/vnd.api+json' } });
      if (!res.ok) return res.failure;
      if (!isRecord(res.data) || !Array.isArray(res.data.data)) return api.parseFailure('no data[]');
      const rows = res.data.data.filter(isRecord);
      const items = rows.map((r) => mapRegulationsDocument(ctx.source.id, r)).filter((i): i is Item => i !== undefined);
      const meta = isRecord(res.data.meta) ? res.data.meta : {};
      const more = typeof meta.hasNextPage === 'boolean' ? meta.hasNextPage : rows.length === pageSize;
      return { items, more };
    },
  });
}

export const regulationsConnector: SourceConnector = keyedConnector({
  type: 'regulations',
  label: 'Regulations.gov',
  secret: 'REGULATIONS_API_KEY',
  description: 'Regulations.gov: rules, proposed rules and notices (DHS, ICE, CBP, USCIS by default)',
  run: fetchRegulations,
});
