/**
 * SAM.gov Contract Awards API v1 (docs/sources.md §2, the FPDS ATOM replacement): contract actions
 * signed in a window, by contracting sub-tier (ICE = 7012 [I]) and/or free text `q`.
 * One item per contract (PIID + referenced IDV); a new modification is a new version of it,
 * so it arrives as a follow-up in the contract's thread.
 *
 * params: baseUrl, contractingSubtierCode (default '7012'; '' for none), q (string | string[],
 * one query each), limit (≤100, default 100), maxPages (default 1), offsetMode ('page' |
 * 'record', default 'page': the docs call offset "the page index"), lookbackDays (default 14),
 * quotaLimit/quotaPeriod (default 10/day).
 * Populated responses are `{totalRecords, limit, offset, awardSummary[]}`; empty ones
 * `{awardResponse:{totalRecords:"0",…}, message}` with string numbers.
 */
import type { FetchContext, FetchOutcome, Item, SourceConnector } from '../../src/domain/index.ts';
import { budgetFromParams } from './quota.ts';
import { buildItem } from './build-item.ts';
import { isoDate } from './dates.ts';
import { baseUrlParam, listParam, numParam, strParam } from './params.ts';
import { isRecord, stringValue } from './values.ts';
import { DAY_MS, keyedConnector, mdy, withQuery, type KeyedApi, type PageResult } from './keyed-api.ts';

const recordOf = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

function named(v: unknown): string | undefined {
  return isRecord(v) ? (stringValue(v.name) ?? stringValue(v.code)) : stringValue(v);
}

export function mapAward(sourceId: string, raw: Record<string, unknown>): Item | undefined {
  const contractId = recordOf(raw.contractId);
  const piid = stringValue(contractId.piid);
  if (!piid) return undefined;
  const mod = stringValue(contractId.modificationNumber) ?? stringValue(contractId.modNumber) ?? '0';
  const idv = stringValue(contractId.referencedIDVPiid) ?? stringValue(recordOf(contractId.referencedIDV).piid);
  const core = recordOf(raw.coreData);
  const org = recordOf(recordOf(core.federalOrganization).contractingInformation);
  const subtier = recordOf(org.contractingSubtier);
  const details = recordOf(raw.awardDetails);
  const dates = recordOf(details.dates);
  const dollars = recordOf(details.dollars);
  const psi = recordOf(details.productOrServiceInformation);
  const awardee =
    stringValue(recordOf(recordOf(details.awardeeData).awardeeHeader).awardeeName) ??
    stringValue(recordOf(recordOf(raw.awardeeData).awardeeHeader).awardeeName);
  const description = stringValue(psi.descriptionOfContractRequirement);
  const amount = stringValue(dollars.actionObligation);
  const reason = named(contractId.reasonForModification);
  const isMod = mod !== '0';
  const status = isMod ? `Modification ${mod}${reason ? ` (${reason})` : ''}` : 'Award';
  const subtierCode = stringValue(subtier.code) ?? stringValue(contractId.subtier);
  const pop = recordOf(core.principalPlaceOfPerformance);
  const place = [named(pop.city), stringValue(recordOf(pop.state).code) ?? named(pop.state)].filter(Boolean).join(', ');
  // Real responses carry it under awardDetails.transactionData; the top level is a fallback.
  const lastModified =
    stringValue(recordOf(details.transactionData).lastModifiedDate) ??
    stringValue(recordOf(raw.transactionData).lastModifiedDate) ??
    stringValue(core.lastModifiedDate);
  // The solicitation this award answers (J&A ↔ award chains); the API spells its path more than one way.
  const solicitation =
    stringValue(core.solicitationId) ??
    stringValue(core.solicitationID) ??
    stringValue(recordOf(details.competitionInformation).solicitationId) ??
    stringValue(raw.solicitationId);
  const item = buildItem(
    sourceId,
    `${piid}|${idv ?? ''}`,
    {
      kind: 'contract',
      jurisdiction: 'US',
      identifier: piid,
      title: description
        ? `${description}${awardee ? ` (${awardee})` : ''}`
        : awardee
          ? `Contract ${piid} awarded to ${awardee}`
          : undefined,
      summary:
        [
          awardee ? `Awardee: ${awardee}` : undefined,
          amount ? `Obligated: $${amount}` : undefined,
          idv ? `Order under ${idv}` : undefined,
          named(org.contractingOffice) ? `Office: ${named(org.contractingOffice)}` : undefined,
        ]
          .filter(Boolean)
          .join(' · ') || undefined,
      url: subtierCode
        ? `https://www.usaspending.gov/award/CONT_AWD_${encodeURIComponent(piid)}_${subtierCode}_${idv ? encodeURIComponent(idv) : '-NONE-'}_-NONE-`
        : `https://sam.gov/search/?index=fpds&q=${encodeURIComponent(piid)}`,
      agency: [named(org.contractingDepartment), named(subtier)].filter(Boolean).join(' / ') || undefined,
      office: named(org.contractingOffice),
      contractor: awardee,
      place: place || undefined,
      status,
      publishedAt: isoDate(dates.dateSigned),
      updatedAt: isoDate(lastModified),
    },
    // A corrected record (new lastModifiedDate) is a new version, so the update is seen.
    [mod, stringValue(contractId.transactionNumber), lastModified],
  );
  const refs = [solicitation, idv].filter((r): r is string => !!r);
  if (refs.length) item.refs = refs;
  return item;
}

async function fetchAwards(ctx: FetchContext, api: KeyedApi): Promise<FetchOutcome> {
  const p = ctx.source.params;
  const base = baseUrlParam(p, 'https://api.sam.gov');
  const limit = numParam(p, 'limit', 100, 1, 100);
  const byRecord = strParam(p, 'offsetMode') === 'record';
  const subtier = typeof p.contractingSubtierCode === 'string' ? p.contractingSubtierCode.trim() : '7012';
  const queries = listParam(p, 'q');
  return api.sweep({
    jobs: queries.length ? queries : ['*'],
    maxPages: numParam(p, 'maxPages', 1, 1, 50),
    budget: budgetFromParams(p, { limit: 10, period: 'day' }),
    lookbackMs: numParam(p, 'lookbackDays', 14, 1, 364) * DAY_MS,
    overlapMs: DAY_MS,
    async fetchPage(key, job, page, { since, until }): Promise<PageResult> {
      const url = withQuery(`${base}/contract-awards/v1/search`, [
        ['api_key', key],
        ['contractingSubtierCode', subtier || undefined],
        ['q', job === '*' ? undefined : job],
        ['dateSigned', `[${mdy(since)},${mdy(until)}]`],
        ['limit', limit],
        ['offset', byRecord ? page * limit : page],
      ]);
      const res = await api.fetchJson(url);
      if (!res.ok) return res.httpStatus === 404 ? { items: [], more: false } : res.failure;
      if (!isRecord(res.data)) return api.parseFailure('not an object');
      if (isRecord(res.data.awardResponse)) return { items: [], more: false }; // "No Data found"
      if (!Array.isArray(res.data.awardSummary)) return api.parseFailure('no awardSummary');
      const rows = res.data.awardSummary.filter(isRecord);
      const items = rows.map((r) => mapAward(ctx.source.id, r)).filter((i): i is Item => i !== undefined);
      const total = Number(res.data.totalRecords ?? 0);
      return { items, more: rows.length === limit && (page + 1) * limit < total };
    },
  });
}

export const samAwardsConnector: SourceConnector = keyedConnector({
  type: 'sam-awards',
  label: 'SAM.gov contract awards',
  secret: 'SAM_API_KEY',
  description: 'SAM.gov Contract Awards: contract actions signed by an agency (ICE by default), the FPDS replacement',
  run: fetchAwards,
});
