/**
 * DHS Privacy Office documents: Privacy Impact Assessments (with their updates and
 * appendices), System of Records Notices and privacy threshold/compliance documents, from the
 * public privacy library on dhs.gov (an HTML list; DHS offers no feed for it). See README.md
 * beside this file for the page's shape.
 *
 * params: {
 *   baseUrl?       'https://www.dhs.gov'
 *   path?          '/publications-library/privacy' (a listing sorted newest-updated first)
 *   components?    ['ICE', 'CBP', 'USCIS', 'ALL']: keep documents numbered for these components
 *   maxPages?      listing pages per poll (10 entries each; default 2)
 *   maxDetails?    publication pages fetched per poll for PDF links and cited SORNs (default 8)
 *   selectors?     override the list selectors if DHS changes its markup
 * }
 *
 * Identity: the document number without its update suffix ('DHS/ICE/PIA-039' for
 * 'DHS/ICE/PIA-039(a)'), so an updated PIA is a change of the same item; else the page link.
 * Cursor: `d:<number>` → '<listing date>|<pdf url>|<cited numbers>' for documents on the
 * latest listing, so a publication page is fetched again only when its listing entry changes.
 */
import type { FetchContext, FetchOutcome, Item, SourceConnector } from '../../src/domain/index.ts';
import { absoluteHttpUrl, cleanText, loadHtml, parseHtmlList, type HtmlEntry, type HtmlListSelectors } from '../parse/html.ts';
import { buildItem } from './build-item.ts';
import { failed, fromHttpFailure } from './failures.ts';
import { baseUrlParam, listParam, numParam, strParam } from './params.ts';
import { truncate } from './values.ts';
import { HTML_ACCEPT, pageDate, selectorsParam } from './html.ts';

const DHS_BASE = 'https://www.dhs.gov';
const DHS_PRIVACY_PATH = '/publications-library/privacy';

/** Listing markup (a Drupal view of USWDS collection items); params.selectors may override. */
const DHS_LIST_SELECTORS: HtmlListSelectors = {
  item: '.usa-collection__item, .views-row',
  title: '.usa-collection__heading, h2, h3',
  link: '.usa-collection__heading a@href',
  date: 'time@datetime',
  summary: '.usa-collection__description, p',
};

const COMPONENT_NAMES: Record<string, string> = {
  ICE: 'U.S. Immigration and Customs Enforcement',
  CBP: 'U.S. Customs and Border Protection',
  USCIS: 'U.S. Citizenship and Immigration Services',
  ALL: 'Department of Homeland Security (DHS-wide)',
  OBIM: 'DHS Office of Biometric Identity Management',
  'I&A': 'DHS Office of Intelligence and Analysis',
};

const DOC_TYPES: Record<string, string> = {
  PIA: 'Privacy Impact Assessment',
  PTA: 'Privacy Threshold Analysis',
  PCTS: 'Privacy Compliance document',
  SORN: 'System of Records Notice',
};

export interface DhsDocNumber {
  /** 'DHS/ICE/PIA-055', 'DHS/ICE-011' (a SORN). */
  number: string;
  component: string;
  type: keyof typeof DOC_TYPES;
  /** 'a' in 'DHS/ICE/PIA-039(a)': an update. */
  update?: string;
}

/**
 * The document number in a listing title, in the forms DHS prints: 'DHS/ICE/PIA-055',
 * 'DHS/ICE/PIA – 001', 'DHS/ICE/PIA-039(a)', a SORN 'DHS/ICE-011', or the page-slug form
 * 'dhs-ice-pia-045-…' some entries carry as their title.
 */
export function parseDocNumber(text: string): DhsDocNumber | undefined {
  const t = text.replace(/[\u2013\u2014]/g, '-');
  const pia = /\bDHS\s*\/\s*([A-Z&]+)\s*\/\s*(PIA|PTA|PCTS)\s*-\s*(\d{1,3})\s*(?:\(\s*([a-z])\s*\)|([a-z])\b)?/i.exec(t);
  if (pia) {
    const component = pia[1]!.toUpperCase();
    const type = pia[2]!.toUpperCase() as DhsDocNumber['type'];
    const update = (pia[4] ?? pia[5])?.toLowerCase();
    return { number: `DHS/${component}/${type}-${pia[3]!.padStart(3, '0')}`, component, type, ...(update ? { update } : {}) };
  }
  const slug = /^dhs-([a-z]+)-(pia|pta|pcts)-(\d{1,3})([a-z])?\b/i.exec(t.trim());
  if (slug) {
    const component = slug[1]!.toUpperCase();
    const type = slug[2]!.toUpperCase() as DhsDocNumber['type'];
    return {
      number: `DHS/${component}/${type}-${slug[3]!.padStart(3, '0')}`,
      component,
      type,
      ...(slug[4] ? { update: slug[4].toLowerCase() } : {}),
    };
  }
  const sorn = /\bDHS\s*\/\s*([A-Z&]+)\s*-\s*(\d{3})\b/i.exec(t);
  if (sorn) return { number: `DHS/${sorn[1]!.toUpperCase()}-${sorn[2]}`, component: sorn[1]!.toUpperCase(), type: 'SORN' };
  return undefined;
}

/** Every DHS document number cited in a text (a PIA's associated SORNs), deduplicated. */
export function citedDocNumbers(text: string): string[] {
  const out = new Set<string>();
  const t = text.replace(/[\u2013\u2014]/g, '-');
  for (const m of t.matchAll(/\bDHS\s*\/\s*[A-Z&]+\s*(?:\/\s*(?:PIA|PTA|PCTS)\s*)?-\s*\d{1,3}/gi)) {
    const n = parseDocNumber(m[0]);
    if (n) out.add(n.number);
  }
  return [...out];
}

/** The program: the title without its document number and separators. */
function programOf(title: string): string {
  return (
    cleanText(
      title
        .replace(/[\u2013\u2014]/g, '-')
        .replace(/\bDHS\s*\/\s*[A-Z&]+\s*(?:\/\s*(?:PIA|PTA|PCTS)\s*)?-\s*\d{1,3}\s*(?:\(\s*[a-z]\s*\)|[a-z]\b)?/i, '')
        .replace(/^[\s:\-–]+/, ''),
    ) ?? title
  );
}

interface Detail {
  pdf?: string;
  cites: string[];
}

/** A publication page: its first PDF attachment and the document numbers it cites. */
function parseDetailPage(html: string, pageUrl: string, own: string): Detail {
  const $ = loadHtml(html);
  const main = $('main').length ? $('main') : $('body');
  let pdf: string | undefined;
  for (const a of main.find('a[href]').toArray()) {
    const href = absoluteHttpUrl($(a).attr('href'), pageUrl);
    if (href && /\.pdf(?:$|[?#])/i.test(href)) {
      pdf = href;
      break;
    }
  }
  const cites = citedDocNumbers(main.text()).filter((n) => n !== own);
  return { ...(pdf ? { pdf } : {}), cites };
}

function sameOrigin(link: string, base: string): boolean {
  try {
    return new URL(link).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

function cursorEntry(date: string | undefined, d: Detail): string {
  return [date ?? '', d.pdf ?? '', d.cites.join(' ')].join('|');
}

function readCursorEntry(v: string | undefined): { date: string; detail: Detail } | undefined {
  if (v === undefined) return undefined;
  const [date = '', pdf = '', cites = ''] = v.split('|');
  return { date, detail: { ...(pdf ? { pdf } : {}), cites: cites ? cites.split(' ') : [] } };
}

function summaryOf(abstract: string | undefined, d: Detail): string | undefined {
  const parts = [abstract ? truncate(abstract, 1500) : undefined];
  if (d.cites.length) parts.push(`Cites: ${d.cites.join(', ')}.`);
  if (d.pdf) parts.push(`PDF: ${d.pdf}`);
  return cleanText(parts.filter(Boolean).join(' '));
}

export const dhsPrivacyConnector: SourceConnector = {
  type: 'dhs-privacy',
  description: 'DHS Privacy Office library: PIAs (and updates), SORNs, PTAs for ICE, CBP, USCIS and DHS-wide programs, with PDF links.',
  async fetch(ctx: FetchContext): Promise<FetchOutcome> {
    const { params } = ctx.source;
    const base = baseUrlParam(params, DHS_BASE);
    const path = strParam(params, 'path') ?? DHS_PRIVACY_PATH;
    const components = new Set(
      (listParam(params, 'components').length ? listParam(params, 'components') : ['ICE', 'CBP', 'USCIS', 'ALL']).map((c) =>
        c.toUpperCase(),
      ),
    );
    const maxPages = numParam(params, 'maxPages', 2, 1, 10);
    const maxDetails = numParam(params, 'maxDetails', 8, 0, 50);
    const sel = params.selectors !== undefined ? selectorsParam(params) : DHS_LIST_SELECTORS;
    if (typeof sel === 'string') return failed('config', `source ${ctx.source.id}: ${sel}`);

    const entries: HtmlEntry[] = [];
    let validators: { etag?: string; lastModified?: string } = {};
    for (let page = 0; page < maxPages; page++) {
      const url = new URL(`${base}${path}`);
      url.searchParams.set('sort_by', 'field_last_update_date_value');
      url.searchParams.set('sort_order', 'DESC');
      url.searchParams.set('page', String(page));
      // Only the first page is asked conditionally: if it has not changed, nothing newer exists.
      const conditional = page === 0 ? { etag: ctx.state.etag, lastModified: ctx.state.lastModified } : {};
      const res = await ctx.http.request(url.href, { ...conditional, headers: { accept: HTML_ACCEPT } });
      if (res.status === 'not-modified') {
        if (page === 0) return { status: 'not-modified', state: { etag: res.etag, lastModified: res.lastModified } };
        break;
      }
      if (res.status === 'failed') {
        if (page > 0 && entries.length) break; // keep what the first pages gave
        return fromHttpFailure(res, `DHS privacy library ${url.pathname}`);
      }
      if (page === 0) validators = { etag: res.etag, lastModified: res.lastModified };
      const parsed = parseHtmlList(res.body, res.finalUrl, sel);
      if (!parsed.ok) return failed('config', `source ${ctx.source.id}: ${parsed.message}`);
      if (parsed.entries.length === 0) {
        if (page === 0)
          return failed('parse', `DHS privacy library: no entries on ${url.pathname} (has the page markup changed? set params.selectors)`);
        break;
      }
      entries.push(...parsed.entries);
    }

    const cursorIn = ctx.state.cursor ?? {};
    const cursorOut: Record<string, string> = {};
    const items = new Map<string, Item>();
    let detailsFetched = 0;
    for (const e of entries) {
      const doc = parseDocNumber(e.title);
      const text = `${e.title} ${e.summary ?? ''}`;
      if (
        doc
          ? !components.has(doc.component)
          : ![...components].some((c) => COMPONENT_NAMES[c] && text.includes(COMPONENT_NAMES[c]!.replace(/^U\.S\. /, '')))
      )
        continue;
      const key = doc?.number ?? e.link ?? e.title;
      const publishedAt = pageDate(e.date);
      const known = readCursorEntry(cursorIn[`d:${key}`]);
      let detail: Detail = known?.detail ?? { cites: [] };
      const stale = !known || known.date !== (e.date ?? '');
      let read = !stale;
      if (stale && e.link && sameOrigin(e.link, base) && detailsFetched < maxDetails) {
        detailsFetched++;
        const res = await ctx.http.request(e.link, { headers: { accept: HTML_ACCEPT } });
        // A page that is not there (4xx) is not asked again until its listing entry changes.
        read =
          res.status === 'ok' ||
          (res.status === 'failed' && res.httpStatus !== undefined && res.httpStatus < 500 && res.httpStatus !== 429);
        if (res.status === 'ok') detail = parseDetailPage(res.body, res.finalUrl, key);
        else ctx.log.info({ source: ctx.source.id, page: e.link }, 'publication page not read; the listing entry is used alone');
      }
      // Remembered once read, so the page is fetched again only when its listing entry changes.
      if (read) cursorOut[`d:${key}`] = cursorEntry(e.date, detail);
      const status = doc
        ? doc.update || /\bupdate\b/i.test(e.title)
          ? `${DOC_TYPES[doc.type]} update`
          : DOC_TYPES[doc.type]
        : 'Privacy document';
      const item = buildItem(
        ctx.source.id,
        key,
        {
          kind: 'notice',
          jurisdiction: 'US',
          identifier: doc?.number,
          title: doc ? `${doc.number} ${programOf(e.title)}` : e.title,
          summary: summaryOf(e.summary, detail),
          url: e.link ?? `${base}${path}`,
          agency: doc ? (COMPONENT_NAMES[doc.component] ?? `DHS ${doc.component}`) : 'Department of Homeland Security',
          status,
          publishedAt,
          updatedAt: publishedAt,
        },
        [e.summary, e.date, detail.pdf],
      );
      if (detail.cites.length) item.refs = detail.cites;
      if (!items.has(item.id)) items.set(item.id, item);
    }
    return { status: 'ok', items: [...items.values()], state: { ...validators, cursor: cursorOut } };
  },
};
