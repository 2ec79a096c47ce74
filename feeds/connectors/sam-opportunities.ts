/**
 * SAM.gov Get Opportunities Public API v2 (docs/sources.md §3): solicitations, justifications
 * (J&A/JOFOC, ptype `u`), award and special notices, filtered by posting window and agency.
 *
 * params: baseUrl, organizationCode (string | string[], one query each; ICE = 7012 [I]),
 * organizationName, ptype (string[]; default u,o,k,p,a,s,r), limit (≤1000, default 1000),
 * maxPages (default 1), offsetMode ('record' | 'page', default 'record': the docs call
 * `offset` a page index, clients use record offsets), lookbackDays (default 7, ≤ 364),
 * quotaLimit/quotaPeriod (default 10/day: a non-federal key without a role).
 * There is no keyword parameter: the matcher filters titles.
 */
import type { FetchContext, FetchOutcome, Item, SourceConnector } from '../../src/domain/index.ts';
import { budgetFromParams } from './quota.ts';
import { buildItem } from './build-item.ts';
import { deadlineOf, isoDate } from './dates.ts';
import { baseUrlParam, listParam, numParam, strParam } from './params.ts';
import { isRecord, stringValue } from './values.ts';
import { DAY_MS, keyedConnector, mdy, withQuery, type KeyedApi, type PageResult } from './keyed-api.ts';

const SAM_DEFAULT_PTYPES = ['u', 'o', 'k', 'p', 'a', 's', 'r'];

/**
 * The office that posted the notice: the `office` field, else what follows department and
 * sub-tier in `fullParentPathName` ("HOMELAND SECURITY, DEPARTMENT OF.US IMMIGRATION AND
 * CUSTOMS ENFORCEMENT.DETENTION COMPLIANCE AND REMOVALS").
 */
function officeOf(raw: Record<string, unknown>): string | undefined {
  const office = stringValue(raw.office);
  if (office) return office;
  const path = (stringValue(raw.fullParentPathName) ?? '')
    .split('.')
    .map((s) => s.trim())
    .filter(Boolean);
  return path.length > 2 ? path.slice(2).join(' / ') : undefined;
}

/** 'DEPARTMENT.SUB-TIER.OFFICE': fullParentPathName, or older responses' department/subTier/office. */
function agencyPath(raw: Record<string, unknown>): string | undefined {
  return (
    stringValue(raw.fullParentPathName) ??
    ([stringValue(raw.department), stringValue(raw.subTier), stringValue(raw.office)].filter(Boolean).join('.') || undefined)
  );
}

function mapOpportunity(sourceId: string, raw: Record<string, unknown>): Item | undefined {
  const noticeId = stringValue(raw.noticeId);
  if (!noticeId) return undefined;
  const type = stringValue(raw.type) ?? stringValue(raw.baseType);
  const special = /special notice/i.test(type ?? '') || /special notice/i.test(stringValue(raw.baseType) ?? '');
  const pop = isRecord(raw.placeOfPerformance) ? raw.placeOfPerformance : {};
  const city = isRecord(pop.city) ? stringValue(pop.city.name) : undefined;
  const state = isRecord(pop.state) ? stringValue(pop.state.code) : undefined;
  const award = isRecord(raw.award) ? raw.award : undefined;
  const awardee = award && isRecord(award.awardee) ? stringValue(award.awardee.name) : undefined;
  const parts = [
    type,
    city || state ? `Place of performance: ${[city, state].filter(Boolean).join(', ')}` : undefined,
    awardee ? `Awarded to ${awardee}${stringValue(award?.amount) ? ` ($${stringValue(award?.amount)})` : ''}` : undefined,
    stringValue(raw.responseDeadLine) ? `Responses due ${stringValue(raw.responseDeadLine)}` : undefined,
    stringValue(raw.naicsCode) ? `NAICS ${stringValue(raw.naicsCode)}` : undefined,
  ].filter(Boolean);
  return buildItem(
    sourceId,
    noticeId,
    {
      kind: special ? 'notice' : 'contract',
      jurisdiction: 'US',
      identifier: stringValue(raw.solicitationNumber) ?? noticeId,
      title: stringValue(raw.title),
      summary: parts.join(' · ') || undefined,
      url: stringValue(raw.uiLink) ?? `https://sam.gov/opp/${encodeURIComponent(noticeId)}/view`,
      agency: agencyPath(raw),
      office: officeOf(raw),
      contractor: awardee,
      place: [city, state].filter(Boolean).join(', ') || undefined,
      status: type,
      publishedAt: isoDate(raw.postedDate),
      deadlines: [deadlineOf('response', raw.responseDeadLine)].filter((d) => d !== undefined),
    },
    [stringValue(raw.archiveDate), awardee],
  );
}

async function fetchOpportunities(ctx: FetchContext, api: KeyedApi): Promise<FetchOutcome> {
  const p = ctx.source.params;
  const base = baseUrlParam(p, 'https://api.sam.gov');
  const limit = numParam(p, 'limit', 1000, 1, 1000);
  const byPage = strParam(p, 'offsetMode') === 'page';
  const ptype = (listParam(p, 'ptype').length ? listParam(p, 'ptype') : SAM_DEFAULT_PTYPES).join(',');
  const codes = listParam(p, 'organizationCode');
  const lookbackDays = numParam(p, 'lookbackDays', 7, 1, 364);
  return api.sweep({
    jobs: codes.length ? codes : ['*'],
    maxPages: numParam(p, 'maxPages', 1, 1, 50),
    budget: budgetFromParams(p, { limit: 10, period: 'day' }),
    lookbackMs: lookbackDays * DAY_MS,
    overlapMs: DAY_MS,
    async fetchPage(key, job, page, { since, until }): Promise<PageResult> {
      // The API allows a posting window of at most one year.
      const from = new Date(Math.max(since.getTime(), until.getTime() - 364 * DAY_MS));
      const url = withQuery(`${base}/opportunities/v2/search`, [
        ['api_key', key],
        ['postedFrom', mdy(from)],
        ['postedTo', mdy(until)],
        ['ptype', ptype],
        ['organizationCode', job === '*' ? undefined : job],
        ['organizationName', strParam(p, 'organizationName')],
        ['limit', limit],
        ['offset', byPage ? page : page * limit],
      ]);
      const res = await api.fetchJson(url);
      if (!res.ok) return res.httpStatus === 404 ? { items: [], more: false } : res.failure; // 404 = no data
      if (!isRecord(res.data) || !Array.isArray(res.data.opportunitiesData)) return api.parseFailure('no opportunitiesData');
      const rows = res.data.opportunitiesData.filter(isRecord);
      const items = rows.map((r) => mapOpportunity(ctx.source.id, r)).filter((i): i is Item => i !== undefined);
      const total = Number(res.data.totalRecords ?? 0);
      return { items, more: rows.length === limit && (page + 1) * limit < total };
    },
  });
}

export const samOpportunitiesConnector: SourceConnector = keyedConnector({
  type: 'sam-opportunities',
  label: 'SAM.gov opportunities',
  secret: 'SAM_API_KEY',
  description: 'SAM.gov contract opportunities: solicitations, justifications (J&A/JOFOC), award and special notices',
  run: fetchOpportunities,
});
