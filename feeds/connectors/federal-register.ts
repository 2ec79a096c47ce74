/**
 * Federal Register API v1 (no key): documents.json filtered by agency slugs, document types
 * and an optional term, from the publication-date cursor, newest first, following
 * next_page_url up to params.maxPages. Privacy Act system-of-records notices are type Notice.
 *
 * params: { agencies?: string[] (slugs), types?: ('NOTICE'|'RULE'|'PRORULE'|'PRESDOCU')[],
 *           term?, lookbackDays? (14), perPage? (100), maxPages? (3), baseUrl? }
 * cursor: { since: 'YYYY-MM-DD' }, the newest publication date seen (inclusive next time).
 */
import type { FetchContext, FetchOutcome, Item, ItemKind, SourceConnector } from '../../src/domain/index.ts';
import { buildItem } from './build-item.ts';
import { deadlineOf, isoDate, isoDay } from './dates.ts';
import { fetchJson } from './json-api.ts';
import { maxPagesParam, sameOriginNext } from './paging.ts';
import { baseUrlParam, listParam, numParam, strParam } from './params.ts';
import { isRecord, stringValue } from './values.ts';

const FEDERAL_REGISTER_BASE = 'https://www.federalregister.gov/api/v1';
const DEFAULT_AGENCIES = ['u-s-immigration-and-customs-enforcement'];
const DEFAULT_TYPES = ['NOTICE', 'RULE', 'PRORULE'];
const FIELDS = [
  'document_number',
  'title',
  'type',
  'abstract',
  'action',
  'publication_date',
  'html_url',
  'agencies',
  'comments_close_on',
  'effective_on',
  'citation',
  'comment_url',
  'regulations_dot_gov_info',
  'docket_ids',
];

function federalRegisterKind(type: string | undefined): ItemKind {
  return type === 'Rule' || type === 'Proposed Rule' ? 'rule' : 'notice';
}

function buildFederalRegisterUrl(base: string, params: Record<string, unknown>, since: string): string {
  const q = new URLSearchParams();
  const agencies = listParam(params, 'agencies');
  for (const slug of agencies.length ? agencies : DEFAULT_AGENCIES) q.append('conditions[agencies][]', slug);
  const types = listParam(params, 'types').map((t) => t.toUpperCase());
  for (const t of types.length ? types : DEFAULT_TYPES) q.append('conditions[type][]', t);
  const term = strParam(params, 'term');
  if (term) q.set('conditions[term]', term);
  q.set('conditions[publication_date][gte]', since);
  for (const f of FIELDS) q.append('fields[]', f);
  q.set('order', 'newest');
  q.set('per_page', String(numParam(params, 'perPage', 100, 1, 1000)));
  return `${base}/documents.json?${q.toString()}`;
}

function agencyNames(v: unknown): string | undefined {
  if (!Array.isArray(v)) return undefined;
  const names = v
    .map((a) => (isRecord(a) ? (stringValue(a.name) ?? stringValue(a.raw_name)) : undefined))
    .filter((n): n is string => Boolean(n));
  return names.length ? [...new Set(names)].join('; ') : undefined;
}

const REGULATIONS_GOV = 'https://www.regulations.gov';

/**
 * Where to comment on a document: the Regulations.gov comment form of the document
 * (`regulations_dot_gov_info.document_id`), else the API's own `comment_url`, else the docket
 * (`regulations_dot_gov_info.docket_id`, then the first of `docket_ids` that looks like one).
 */
function federalRegisterCommentUrl(doc: Record<string, unknown>): string | undefined {
  const info = isRecord(doc.regulations_dot_gov_info) ? doc.regulations_dot_gov_info : {};
  const safeId = (v: unknown) => {
    const id = stringValue(v);
    return id && /^[A-Za-z0-9][A-Za-z0-9._-]{2,80}$/.test(id) ? id : undefined;
  };
  const documentId = safeId(info.document_id);
  if (documentId) return `${REGULATIONS_GOV}/commenton/${documentId}`;
  const given = stringValue(doc.comment_url);
  if (given && /^https:\/\/(www\.)?regulations\.gov\//.test(given)) return given;
  const docket =
    safeId(info.docket_id) ?? (Array.isArray(doc.docket_ids) ? doc.docket_ids.map(safeId).find((d) => d && /-\d{4}-/.test(d)) : undefined);
  return docket ? `${REGULATIONS_GOV}/docket/${docket}` : undefined;
}

export function federalRegisterItem(sourceId: string, doc: Record<string, unknown>): Item | undefined {
  const number = stringValue(doc.document_number);
  const title = stringValue(doc.title);
  const url = stringValue(doc.html_url) ?? (number ? `https://www.federalregister.gov/d/${number}` : undefined);
  if (!number || !title || !url) return undefined;
  const type = stringValue(doc.type);
  const closes = stringValue(doc.comments_close_on);
  const status = type ? (closes ? `${type}; comments close ${closes}` : type) : undefined;
  return buildItem(
    sourceId,
    number,
    {
      kind: federalRegisterKind(type),
      jurisdiction: 'US',
      identifier: number,
      title,
      summary: stringValue(doc.abstract) ?? stringValue(doc.action),
      url,
      agency: agencyNames(doc.agencies),
      status,
      publishedAt: isoDate(doc.publication_date),
      deadlines: closes ? [deadlineOf('comment', closes, federalRegisterCommentUrl(doc))].filter((d) => d !== undefined) : undefined,
    },
    [stringValue(doc.effective_on)],
  );
}

export const federalRegisterConnector: SourceConnector = {
  type: 'federal-register',
  description: 'Federal Register documents (notices incl. Privacy Act SORNs, rules, proposed rules) for chosen agencies; no key.',
  async fetch(ctx: FetchContext): Promise<FetchOutcome> {
    const { params } = ctx.source;
    const base = baseUrlParam(params, FEDERAL_REGISTER_BASE);
    const since = ctx.state.cursor?.since ?? isoDay(ctx.now, numParam(params, 'lookbackDays', 14, 1, 365));
    const maxPages = maxPagesParam(params, 3);
    let url: string | undefined = buildFederalRegisterUrl(base, params, since);
    const items = new Map<string, Item>();
    let newest = since;
    let pages = 0;
    while (url && pages < maxPages) {
      const res = await fetchJson(ctx.http, url, {}, 'Federal Register');
      if (!res.ok) return res.failure;
      pages++;
      const data = isRecord(res.data) ? res.data : {};
      const results = Array.isArray(data.results) ? data.results : [];
      for (const doc of results) {
        if (!isRecord(doc)) continue;
        const item = federalRegisterItem(ctx.source.id, doc);
        if (!item) continue;
        items.set(item.id, item);
        const day = stringValue(doc.publication_date);
        if (day && /^\d{4}-\d{2}-\d{2}$/.test(day) && day > newest) newest = day;
      }
      url = sameOriginNext(data.next_page_url, base);
    }
    // Newest first: if pages remain unread, the older documents are still missing, so keep the cursor.
    const complete = url === undefined;
    if (!complete) ctx.log.warn({ source: ctx.source.id, pages }, 'Federal Register: page limit reached; cursor kept');
    return { status: 'ok', items: [...items.values()], state: { cursor: { since: complete ? newest : since } } };
  },
};
