/**
 * FPDS-NG public ATOM feed (no key; slated for retirement in favour of SAM.gov Contract
 * Awards). Query: CONTRACTING_AGENCY_ID:<id> LAST_MOD_DATE:[from,to], 10 entries a page,
 * following <link rel="next"> up to params.maxPages. Parsed with the rss-parser FeedParser
 * (hostile-XML guard first), reading the ns1:award content from its xml2js tree.
 *
 * Identity: one item per contract, agencyID + PIID (+ referenced IDV PIID). The version
 * includes modNumber + transactionNumber and the action type, so each modification is a new
 * version of the same item (a threaded follow-up). params.identity = 'transaction' makes each
 * transaction its own item instead.
 *
 * params: { agencyId? ('7012' = ICE), query? (extra FIELD:value terms), lookbackDays? (7),
 *           maxPages? (5), identity? ('contract'|'transaction'), baseUrl? }
 * cursor: { since: 'yyyy/mm/dd' }. HTTP 404/410 → failed 'gone' and state.disabledReason.
 */
import type { FetchContext, FetchOutcome, Item, SourceConnector } from '../../src/domain/index.ts';
import { createThreadedFeedParser, type ParsedEntry } from '../parse/index.ts';
import { buildItem } from './build-item.ts';
import { isoDate, isoDay } from './dates.ts';
import { failed, fromHttpFailure } from './failures.ts';
import { maxPagesParam, sameOriginNext } from './paging.ts';
import { baseUrlParam, numParam, strParam } from './params.ts';
import { isRecord, stringValue, truncate, usd } from './values.ts';

const FPDS_BASE = 'https://www.fpds.gov/ezsearch/FEEDS/ATOM';
const FPDS_GONE_MESSAGE =
  'The FPDS ATOM feed is gone (retired by GSA). Contract awards now come from the SAM.gov Contract Awards API: ' +
  'enable the "sam-awards" source with a SAM_API_KEY (sam.gov → Account Details → Public API Key).';

const parser = createThreadedFeedParser({ extraItemFields: ['content', 'modified'] });

// ─── xml2js tree helpers (element names carry a namespace prefix such as 'ns1:') ─────
type Node = Record<string, unknown>;

function child(node: unknown, local: string): unknown {
  if (!isRecord(node)) return undefined;
  for (const key of Object.keys(node)) {
    if (key === '$' || key === '_') continue;
    if (key === local || (key.endsWith(local) && key.charCodeAt(key.length - local.length - 1) === 0x3a) /* : */) {
      const value = node[key];
      return Array.isArray(value) ? value[0] : value;
    }
  }
  return undefined;
}

function path(node: unknown, ...names: string[]): unknown {
  return names.reduce<unknown>((n, name) => child(n, name), node);
}

function text(node: unknown): string | undefined {
  if (typeof node === 'string') return stringValue(node);
  return isRecord(node) ? stringValue(node._) : undefined;
}

function attr(node: unknown, name: string): string | undefined {
  return isRecord(node) && isRecord(node.$) ? stringValue(node.$[name]) : undefined;
}

/** The ns1:award (or ns1:IDV) element inside an entry's <content>. */
function awardOf(entry: ParsedEntry): Node | undefined {
  const content = entry.extra?.content;
  const award = child(content, 'award') ?? child(content, 'IDV');
  return isRecord(award) ? award : undefined;
}

interface FpdsAward {
  agencyId?: string;
  piid: string;
  modNumber: string;
  transactionNumber: string;
  referencedIdv?: string;
  /** contractData/solicitationID: the solicitation the award answers. */
  solicitationId?: string;
  actionType?: string;
  description?: string;
  vendor?: string;
  obligated?: number;
  signedDate?: string;
  agencyName?: string;
  departmentName?: string;
  /** purchaserInformation/contractingOfficeID@name: the awarding office. */
  officeName?: string;
  stateCode?: string;
  /** placeOfPerformance/placeOfPerformanceZIPCode@city. */
  city?: string;
  extentCompeted?: string;
  reasonNotCompeted?: string;
}

function readAward(award: Node): FpdsAward | undefined {
  const id = path(award, 'awardID', 'awardContractID') ?? path(award, 'contractID', 'IDVID');
  const piid = text(child(id, 'PIID'));
  if (!piid) return undefined;
  const office = path(award, 'purchaserInformation', 'contractingOfficeAgencyID');
  const amount = Number(text(path(award, 'dollarValues', 'obligatedAmount')));
  return {
    agencyId: text(child(id, 'agencyID')),
    piid,
    modNumber: text(child(id, 'modNumber')) ?? '0',
    transactionNumber: text(child(id, 'transactionNumber')) ?? '0',
    referencedIdv: text(path(award, 'awardID', 'referencedIDVID', 'PIID')),
    solicitationId: text(path(award, 'contractData', 'solicitationID')),
    actionType: attr(path(award, 'contractData', 'contractActionType'), 'description'),
    description: text(path(award, 'contractData', 'descriptionOfContractRequirement')),
    vendor: text(path(award, 'vendor', 'vendorHeader', 'vendorName')),
    obligated: Number.isFinite(amount) ? amount : undefined,
    signedDate: text(path(award, 'relevantContractDates', 'signedDate')),
    agencyName: attr(office, 'name') ?? attr(child(id, 'agencyID'), 'name'),
    departmentName: attr(office, 'departmentName'),
    officeName: attr(path(award, 'purchaserInformation', 'contractingOfficeID'), 'name'),
    stateCode: text(path(award, 'placeOfPerformance', 'principalPlaceOfPerformance', 'stateCode')),
    city: attr(path(award, 'placeOfPerformance', 'placeOfPerformanceZIPCode'), 'city'),
    extentCompeted: attr(path(award, 'competition', 'extentCompeted'), 'description'),
    reasonNotCompeted: attr(path(award, 'competition', 'reasonNotCompeted'), 'description'),
  };
}

export function fpdsItem(sourceId: string, entry: ParsedEntry, identity: 'contract' | 'transaction'): Item | undefined {
  const award = awardOf(entry);
  const a = award ? readAward(award) : undefined;
  if (!a) return undefined;
  const contractKey = [a.agencyId ?? '', a.piid, a.referencedIdv ?? ''].join(':');
  const nativeId = identity === 'transaction' ? `${contractKey}:${a.modNumber}:${a.transactionNumber}` : contractKey;
  const title = truncate([a.description, a.vendor].filter(Boolean).join(' — ') || entry.title, 300);
  const status = [a.actionType ?? 'CONTRACT ACTION', a.modNumber === '0' ? 'base award' : `modification ${a.modNumber}`].join(', ');
  const summary = [
    a.obligated !== undefined ? `Obligated ${usd(a.obligated)}.` : undefined,
    a.vendor ? `Vendor: ${a.vendor}.` : undefined,
    a.referencedIdv ? `Order under IDV ${a.referencedIdv}.` : undefined,
    a.extentCompeted ? `Competition: ${a.extentCompeted}${a.reasonNotCompeted ? ` (${a.reasonNotCompeted})` : ''}.` : undefined,
    a.stateCode ? `Place of performance: ${a.stateCode}.` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const item = buildItem(
    sourceId,
    nativeId,
    {
      kind: 'contract',
      jurisdiction: 'US',
      identifier: a.referencedIdv ? `${a.piid} (IDV ${a.referencedIdv})` : a.piid,
      title,
      summary: summary || undefined,
      url: entry.link ?? `https://www.fpds.gov/ezsearch/search.do?q=${encodeURIComponent(a.piid)}`,
      agency: a.agencyName,
      office: a.officeName,
      contractor: a.vendor,
      place: [a.city, a.stateCode].filter(Boolean).join(', ') || undefined,
      status,
      publishedAt: isoDate(a.signedDate),
      updatedAt: isoDate(typeof entry.extra?.modified === 'string' ? entry.extra.modified : undefined),
    },
    [a.modNumber, a.transactionNumber, a.obligated !== undefined ? String(a.obligated) : undefined],
  );
  // Notice chains: the PIID itself, the solicitation it answers, the IDV it is ordered under.
  item.refs = [a.piid, a.solicitationId, a.referencedIdv].filter((r): r is string => !!r);
  return item;
}

const fpdsDay = (isoDayString: string) => isoDayString.replace(/-/g, '/');

function buildFpdsUrl(base: string, params: Record<string, unknown>, from: string, to: string): string {
  const agency = strParam(params, 'agencyId') ?? '7012';
  const extra = strParam(params, 'query');
  const q = [`CONTRACTING_AGENCY_ID:${agency}`, `LAST_MOD_DATE:[${from},${to}]`, extra].filter(Boolean).join(' ');
  return `${base}?${new URLSearchParams({ FEEDNAME: 'PUBLIC', VERSION: '1.5.3', q }).toString()}`;
}

export const fpdsConnector: SourceConnector = {
  type: 'fpds',
  description:
    'FPDS-NG ATOM contract actions for a contracting agency (default ICE, 7012); no key; may be retired in favour of sam-awards.',
  async fetch(ctx: FetchContext): Promise<FetchOutcome> {
    const { params } = ctx.source;
    const base = baseUrlParam(params, FPDS_BASE);
    const identity = strParam(params, 'identity') === 'transaction' ? 'transaction' : 'contract';
    const since = ctx.state.cursor?.since ?? fpdsDay(isoDay(ctx.now, numParam(params, 'lookbackDays', 7, 1, 365)));
    const today = fpdsDay(isoDay(ctx.now));
    const maxPages = maxPagesParam(params, 5);
    let url: string | undefined = buildFpdsUrl(base, params, since, today);
    const items = new Map<string, Item>();
    let pages = 0;
    while (url && pages < maxPages) {
      const res = await ctx.http.request(url, { headers: { accept: 'application/atom+xml, application/xml;q=0.9' } });
      if (res.status === 'failed') {
        if (res.httpStatus === 404 || res.httpStatus === 410) {
          return failed('gone', `${FPDS_GONE_MESSAGE} (HTTP ${res.httpStatus})`, { state: { disabledReason: FPDS_GONE_MESSAGE } });
        }
        return fromHttpFailure(res, 'FPDS ATOM feed');
      }
      if (res.status === 'not-modified') break;
      pages++;
      const feed = await parser.parse(res.body, res.finalUrl, { signal: ctx.signal });
      if (!feed.ok) return failed(feed.reason, `FPDS ATOM feed: ${feed.message}`);
      for (const entry of feed.entries) {
        const item = fpdsItem(ctx.source.id, entry, identity);
        if (!item) continue;
        // Several transactions of one contract in a poll: keep the most recently modified.
        const prev = items.get(item.id);
        if (!prev || (item.updatedAt ?? '') >= (prev.updatedAt ?? '')) items.set(item.id, item);
      }
      url = sameOriginNext(feed.links?.next, base);
    }
    const complete = url === undefined;
    if (!complete) ctx.log.warn({ source: ctx.source.id, pages }, 'FPDS: page limit reached; cursor kept');
    return { status: 'ok', items: [...items.values()], state: { cursor: { since: complete ? today : since } } };
  },
};
