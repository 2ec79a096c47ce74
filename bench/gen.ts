/**
 * Seeded, deterministic generators for the benchmark: the same seed always yields the same
 * bytes. Payloads are in the real formats the connectors read: RSS 2.0 (RSS Advisory Board
 * spec, with dc:creator and HTML descriptions), Atom (RFC 4287), Federal Register API v1
 * documents.json pages, and FPDS-NG ATOM pages (ns1:award content, VERSION=1.5.3), plus
 * StoredItems as the store holds them and extra watchlist terms as a workspace adds them.
 * About one item in ten carries an on-topic phrase, the rest are near-misses or unrelated.
 */
import type { ItemKind, StoredItem, WatchAddition } from '../src/domain/index.ts';
import { itemId, TOPIC_DATABASES, TOPIC_IMMIGRATION } from '../src/domain/index.ts';
import { realCorpus, realText } from './real-text.ts';

// ─── PRNG ─────────────────────────────────────────────────────────────────────────────
export interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)]!,
    chance: (p) => next() < p,
  };
}

// ─── Text ─────────────────────────────────────────────────────────────────────────────
const ON_TOPIC = [
  'U.S. Immigration and Customs Enforcement',
  'license plate reader data',
  'the 287(g) program',
  'a regional fusion center',
  'the CalGang database',
  'DMV records shared with ICE',
  'immigration detainers',
  'criminal history records',
  'facial recognition searches',
  'deportation proceedings',
  'NCIC and Nlets queries',
  'Enforcement and Removal Operations',
];
const NEAR_MISS = [
  'snow and ice removal',
  'ICE vehicle fleet',
  'Intercontinental Exchange data feeds',
  'juvenile detention facilities',
  'stormwater detention basins',
  'wildlife sanctuary',
  'broadband map data',
  'teacher certification database',
  'hunting and fishing licenses',
  'the duty to collect sales tax',
];
const SUBJECTS = [
  'public school funding',
  'highway maintenance',
  'rural hospitals',
  'water infrastructure',
  'veterans benefits',
  'small business grants',
  'property tax relief',
  'election administration',
  'child care licensing',
  'state parks',
  'energy efficiency standards',
  'workforce training',
  'transit safety',
  'housing vouchers',
  'consumer protection',
  'pharmacy benefit managers',
  'agricultural exports',
  'cybersecurity of state agencies',
  'tribal consultation',
  'disaster relief',
];
const VERBS = [
  'concerning',
  'relating to',
  'establishing',
  'amending provisions on',
  'appropriating funds for',
  'prohibiting',
  'requiring reports on',
];
const FILLER =
  'This bill would require the department to adopt rules and report annually to the legislature on the implementation of the program, including costs, staffing and outcomes, and would make conforming changes to related provisions of existing law'.split(
    ' ',
  );
const AGENCIES = [
  'Homeland Security Department; U.S. Immigration and Customs Enforcement',
  'Justice Department; Federal Bureau of Investigation',
  'Transportation Department; Federal Highway Administration',
  'Agriculture Department; Forest Service',
  'Health and Human Services Department',
  'Environmental Protection Agency',
  'Commerce Department; National Oceanic and Atmospheric Administration',
];
const STATES = ['CT', 'CA', 'NY', 'TX', 'IL', 'WA', 'OR', 'MD', 'NJ', 'FL', 'AZ', 'GA', 'CO', 'MA', 'PA'];
const VENDORS = [
  'WEST PUBLISHING CORPORATION',
  'LEXISNEXIS RISK SOLUTIONS',
  'GEO GROUP INC',
  'ACME FACILITIES LLC',
  'NORTHWIND SUPPLY CO',
  'PALANTIR USG INC',
  'BLUE RIVER CATERING',
];

interface GenText {
  title: string;
  summary: string;
}

/** One title + summary; ~10% on topic, ~10% near-miss, the rest unrelated. */
function genText(r: Rng, i: number): GenText {
  const roll = r.next();
  const topic = roll < 0.1 ? r.pick(ON_TOPIC) : roll < 0.2 ? r.pick(NEAR_MISS) : r.pick(SUBJECTS);
  const title = `${r.pick(VERBS)} ${topic}`.replace(/^./, (c) => c.toUpperCase()) + (r.chance(0.3) ? ` (${r.pick(SUBJECTS)})` : '');
  const words: string[] = [];
  const n = 25 + r.int(40);
  for (let w = 0; w < n; w++) words.push(r.chance(0.04) ? r.pick(SUBJECTS) : FILLER[(i + w) % FILLER.length]!);
  if (r.chance(0.5)) words.splice(r.int(words.length), 0, topic);
  return { title, summary: `${words.join(' ')}.` };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const DAY_MS = 86_400_000;
/** A fixed reference instant so dates never depend on when the bench runs. */
export const GEN_EPOCH = Date.UTC(2026, 10, 24, 12, 0, 0);

function dateAt(r: Rng, maxDaysBack: number): Date {
  return new Date(GEN_EPOCH - r.int(maxDaysBack * 24) * 3600_000);
}

// ─── Feeds ────────────────────────────────────────────────────────────────────────────
export interface FeedOptions {
  items: number;
  /** Distinguishes feeds (ids, links). */
  name: string;
}

/** RSS 2.0 as a state legislature or agency newsroom publishes it. */
export function rssFeed(seed: number, opts: FeedOptions): string {
  const r = rng(seed);
  const state = r.pick(STATES);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${esc(`${state} Legislature &amp; agencies: ${opts.name}`)}</title>`,
    `<link>https://legislature.example.gov/${opts.name}</link>`,
    `<atom:link href="https://legislature.example.gov/${opts.name}/rss" rel="self" type="application/rss+xml"/>`,
    `<description>Bills and notices (${opts.name})</description>`,
    '<language>en-us</language>',
  ];
  for (let i = 0; i < opts.items; i++) {
    const t = genText(r, i);
    const bill = `${r.pick(['HB', 'SB', 'AB', 'HF', 'SF'])} ${100 + r.int(9000)}`;
    const d = dateAt(r, 60);
    const html = r.chance(0.3);
    out.push(
      '<item>',
      `<title>${esc(`${bill} - ${t.title}`)}</title>`,
      `<link>https://legislature.example.gov/${opts.name}/bills/${i}?session=2027&amp;chamber=${r.pick(['house', 'senate'])}</link>`,
      `<guid isPermaLink="false">${opts.name}-${seed}-${i}</guid>`,
      `<pubDate>${d.toUTCString().replace('GMT', '+0000')}</pubDate>`,
      `<dc:creator>${esc(`Rep. ${r.pick(['Smith', 'Garcia', 'Nguyen', 'Okafor', 'Kowalski'])}`)}</dc:creator>`,
      `<category>${r.pick(['Introduced', 'In committee', 'Passed House', 'Signed by Governor'])}</category>`,
      html
        ? `<description><![CDATA[<p>${t.summary}</p><p>Status: <b>pending</b>&nbsp;&mdash; see <a href="/x">text</a></p>]]></description>`
        : `<description>${esc(t.summary)}</description>`,
      '</item>',
    );
  }
  out.push('</channel>', '</rss>');
  return out.join('\n');
}

/** Atom 1.0 (RFC 4287) as a self-hosted agency or legislature site publishes it. */
export function atomFeed(seed: number, opts: FeedOptions): string {
  const r = rng(seed);
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<title>${esc(`Agency releases: ${opts.name}`)}</title>`,
    `<id>urn:policywatch:bench:${opts.name}</id>`,
    `<updated>${new Date(GEN_EPOCH).toISOString()}</updated>`,
    `<link rel="self" href="https://agency.example.gov/${opts.name}.atom"/>`,
  ];
  for (let i = 0; i < opts.items; i++) {
    const t = genText(r, i);
    const pub = dateAt(r, 60);
    out.push(
      '<entry>',
      `<title type="html">${esc(t.title)}</title>`,
      `<id>urn:${opts.name}:${seed}:${i}</id>`,
      `<link rel="alternate" href="/releases/${opts.name}/${i}"/>`,
      `<published>${pub.toISOString()}</published>`,
      `<updated>${new Date(pub.getTime() + r.int(48) * 3600_000).toISOString()}</updated>`,
      `<author><name>Office of Public Affairs</name></author>`,
      `<summary type="html">${esc(`<p>${t.summary}</p>`)}</summary>`,
      '</entry>',
    );
  }
  out.push('</feed>');
  return out.join('\n');
}

/** A Federal Register API v1 documents.json page (the fields the connector asks for). */
export function federalRegisterPage(seed: number, opts: { items: number }): string {
  const r = rng(seed);
  const results = [];
  for (let i = 0; i < opts.items; i++) {
    const t = genText(r, i);
    const day = new Date(dateAt(r, 60).getTime()).toISOString().slice(0, 10);
    const number = `2026-${String(10000 + ((seed * 131 + i) % 90000)).padStart(5, '0')}`;
    const type = r.pick(['Notice', 'Notice', 'Rule', 'Proposed Rule']);
    const agency = r.pick(AGENCIES).split('; ');
    results.push({
      document_number: number,
      title: type === 'Notice' && r.chance(0.2) ? 'Privacy Act of 1974; System of Records' : t.title,
      type,
      abstract: t.summary,
      action: type === 'Rule' ? 'Final rule.' : 'Notice.',
      publication_date: day,
      html_url: `https://www.federalregister.gov/documents/${day.replace(/-/g, '/')}/${number}/x`,
      agencies: agency.map((name, k) => ({
        raw_name: name.toUpperCase(),
        name,
        id: 200 + k,
        slug: name.toLowerCase().replace(/[^a-z]+/g, '-'),
      })),
      comments_close_on: r.chance(0.5) ? new Date(Date.parse(day) + 30 * DAY_MS).toISOString().slice(0, 10) : null,
      effective_on: type === 'Rule' ? new Date(Date.parse(day) + 60 * DAY_MS).toISOString().slice(0, 10) : null,
      citation: `91 FR ${70000 + r.int(20000)}`,
    });
  }
  return JSON.stringify({ description: 'Documents (bench)', count: opts.items, total_pages: 1, results }, null, 1);
}

/** An FPDS-NG ATOM page: `items` entries with full ns1:award content. */
export function fpdsPage(seed: number, opts: { items: number }): string {
  const r = rng(seed);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:ns1="https://www.fpds.gov/FPDS">',
    '<title type="html">FPDS-NG Search Results</title>',
    '<link rel="alternate" type="text/html" href="https://www.fpds.gov"/>',
    '<modified>2026-11-24 09:15:00</modified>',
  ];
  for (let i = 0; i < opts.items; i++) {
    const t = genText(r, i);
    const piid = `70CMSD27${r.pick(['F', 'P', 'C'])}${String(seed * 1000 + i).padStart(8, '0')}`;
    const vendor = r.pick(VENDORS);
    const amount = (r.int(5_000_000) + 1000).toFixed(2);
    const signed = dateAt(r, 30).toISOString().slice(0, 10);
    const mod = r.chance(0.3) ? String(1 + r.int(5)) : '0';
    out.push(
      '<entry>',
      `<title><![CDATA[New DELIVERY ORDER ${piid} awarded to ${vendor} for the amount of $${amount}]]></title>`,
      `<link rel="alternate" type="text/html" href="https://www.fpds.gov/ezsearch/search.do?q=${piid}+${mod}&amp;s=FPDS&amp;templateName=1.5.3&amp;indexName=awardfull"/>`,
      `<modified>${signed} 14:02:11</modified>`,
      '<content xmlns:ns1="https://www.fpds.gov/FPDS" type="application/xml">',
      '<ns1:award xmlns:ns1="https://www.fpds.gov/FPDS" version="1.5">',
      '<ns1:awardID><ns1:awardContractID>',
      '<ns1:agencyID name="U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT">7012</ns1:agencyID>',
      `<ns1:PIID>${piid}</ns1:PIID><ns1:modNumber>${mod}</ns1:modNumber><ns1:transactionNumber>0</ns1:transactionNumber>`,
      '</ns1:awardContractID></ns1:awardID>',
      `<ns1:relevantContractDates><ns1:signedDate>${signed} 00:00:00</ns1:signedDate><ns1:effectiveDate>${signed} 00:00:00</ns1:effectiveDate></ns1:relevantContractDates>`,
      `<ns1:dollarValues><ns1:obligatedAmount>${amount}</ns1:obligatedAmount></ns1:dollarValues>`,
      '<ns1:purchaserInformation><ns1:contractingOfficeAgencyID name="U.S. IMMIGRATION AND CUSTOMS ENFORCEMENT" departmentID="7000" departmentName="HOMELAND SECURITY, DEPARTMENT OF">7012</ns1:contractingOfficeAgencyID><ns1:contractingOfficeID name="ICE/OAQ">70CMSD</ns1:contractingOfficeID></ns1:purchaserInformation>',
      '<ns1:contractData>',
      `<ns1:contractActionType description="${r.pick(['DELIVERY ORDER', 'PURCHASE ORDER', 'DEFINITIVE CONTRACT'])}">C</ns1:contractActionType>`,
      '<ns1:typeOfContractPricing description="FIRM FIXED PRICE">J</ns1:typeOfContractPricing>',
      `<ns1:descriptionOfContractRequirement>${esc(t.title.toUpperCase())}</ns1:descriptionOfContractRequirement>`,
      '</ns1:contractData>',
      `<ns1:vendor><ns1:vendorHeader><ns1:vendorName>${vendor}</ns1:vendorName></ns1:vendorHeader></ns1:vendor>`,
      `<ns1:placeOfPerformance><ns1:principalPlaceOfPerformance><ns1:stateCode name="STATE">${r.pick(STATES)}</ns1:stateCode><ns1:countryCode name="UNITED STATES">USA</ns1:countryCode></ns1:principalPlaceOfPerformance></ns1:placeOfPerformance>`,
      '<ns1:competition><ns1:extentCompeted description="FULL AND OPEN COMPETITION">A</ns1:extentCompeted></ns1:competition>',
      '</ns1:award>',
      '</content>',
      '</entry>',
    );
  }
  out.push('</feed>');
  return out.join('\n');
}

// ─── Stored items and watchlist additions ─────────────────────────────────────────────
const KINDS: ItemKind[] = ['bill', 'bill', 'bill', 'contract', 'notice', 'rule', 'news'];

/**
 * `n` StoredItems as the store keeps them (each with a match and a short history): real-text
 * titles and summaries (real-text.ts), first seen over the past year, a third of them changed
 * since (later activity time, second history entry).
 */
export function storedItems(seed: number, n: number): StoredItem[] {
  return [...iterStoredItems(seed, n)];
}

/** The same items as `storedItems(seed, n)`, one at a time (for sizes that do not fit in memory at once). */
export function* iterStoredItems(seed: number, n: number): Generator<StoredItem> {
  const r = rng(seed);
  for (let i = 0; i < n; i++) {
    const t = realText(r);
    const kind = r.pick(KINDS);
    const jurisdiction = kind === 'bill' ? r.pick(STATES) : 'US';
    const identifier =
      kind === 'bill'
        ? `${r.pick(['HB', 'SB', 'AB'])} ${100 + r.int(9000)}`
        : kind === 'contract'
          ? `70CMSD27F${String(i).padStart(8, '0')}`
          : `2026-${String(i % 100000).padStart(5, '0')}`;
    const seenMs = GEN_EPOCH - r.int(365 * 24) * 3600_000;
    const seen = new Date(seenMs).toISOString();
    const changed = r.chance(0.33)
      ? new Date(seenMs + r.int(Math.max(1, Math.floor((GEN_EPOCH - seenMs) / 3600_000))) * 3600_000).toISOString()
      : undefined;
    const version = (seed * 7919 + i).toString(36);
    const topics = r.chance(0.6) ? [TOPIC_IMMIGRATION] : r.chance(0.7) ? [TOPIC_DATABASES] : [TOPIC_IMMIGRATION, TOPIC_DATABASES];
    yield {
      id: itemId(`bench-${i % 200}`, `${seed}-${i}`),
      sourceId: `bench-${i % 200}`,
      kind,
      jurisdiction,
      identifier,
      title: t.title,
      summary: t.summary,
      url: `https://example.gov/items/${seed}/${i}`,
      ...(kind === 'bill' ? {} : { agency: r.pick(AGENCIES) }),
      status: r.pick(['Introduced', 'In committee', 'Notice', 'DELIVERY ORDER, base award']),
      publishedAt: seen,
      version,
      firstSeenAt: seen,
      lastSeenAt: changed ?? seen,
      match: {
        topics,
        terms: ['"license plate reader*"'],
        snippet: t.summary.slice(0, 160),
        highlights: [[10, 30]],
        priority: topics.length === 2,
      },
      history: [
        { version, status: 'Introduced', title: t.title, seenAt: seen },
        ...(changed ? [{ version: `${version}-2`, status: 'In committee', title: t.title, seenAt: changed }] : []),
      ],
    };
  }
}

const SYLLABLES = ['ka', 'ro', 'mi', 'ten', 'vo', 'lu', 'shi', 'dra', 'pel', 'zor', 'quin', 'ba', 'ne', 'tu', 'gar', 'fis', 'mon', 'yel'];

/** A made-up word (vendor, program or place name) that occurs in no generated text. */
function pseudoWord(r: Rng): string {
  let w = '';
  const n = 2 + r.int(3);
  for (let i = 0; i < n; i++) w += r.pick(SYLLABLES);
  return w;
}

/** `n` distinct extra rules as workspaces add them: words, phrases with a real word, prefixes. */
export function extraTerms(seed: number, n: number): string[] {
  const r = rng(seed);
  const out = new Set<string>();
  while (out.size < n) {
    const roll = r.next();
    const w = pseudoWord(r);
    if (roll < 0.55) out.add(w);
    else if (roll < 0.9) out.add(`"${w} ${r.pick(['contract', 'database', 'program', 'county', 'sheriff', 'data'])}"`);
    else out.add(`${w}*`);
  }
  return [...out];
}

/** The extra terms as chat additions of one workspace, split over both default topics. */
export function extraAdditions(seed: number, n: number): WatchAddition[] {
  return extraTerms(seed, n).map((rule, i) => ({
    id: `bench-${i}`,
    workspaceId: 'T-bench',
    topic: i % 2 ? TOPIC_DATABASES : TOPIC_IMMIGRATION,
    rule,
    mode: 'include',
    addedBy: 'bench',
    addedAt: new Date(GEN_EPOCH).toISOString(),
  }));
}

const STOP = new Set([
  'that',
  'this',
  'with',
  'from',
  'shall',
  'which',
  'have',
  'been',
  'will',
  'would',
  'such',
  'their',
  'other',
  'under',
  'into',
  'there',
  'these',
  'than',
  'also',
  'they',
  'were',
  'more',
  'each',
  'when',
]);

/**
 * `n` distinct search queries as people type them, drawn from the real-text vocabulary: common
 * words, two-word phrases (quoted), typos, identifiers, and the grammar's filters (state,
 * kind, topic, since). Distinct by construction (a repeat is drawn again).
 */
export function searchQueries(
  seed: number,
  n: number,
): Array<{ text: string; jurisdictions?: string[]; kinds?: ItemKind[]; topics?: string[]; sinceDays?: number }> {
  const r = rng(seed);
  const c = realCorpus();
  const words = c.commonWords.filter((w) => !STOP.has(w)).slice(0, 400);
  const typo = (w: string) => {
    const k = 1 + r.int(w.length - 2);
    return w.slice(0, k) + w.slice(k + 1);
  };
  const shapes = [
    () => ({ text: r.pick(words) }),
    () => ({ text: `${r.pick(words)} ${r.pick(words)}` }),
    () => ({ text: `"${r.pick(c.phrases)}"` }),
    () => ({ text: typo(r.pick(words.filter((w) => w.length >= 6))) }),
    () => ({ text: `${r.pick(['HB', 'SB', 'AB'])} ${100 + r.int(9000)}` }),
    () => ({ text: r.pick(words), jurisdictions: [r.pick(STATES)] }),
    () => ({ text: r.pick(words), kinds: [r.pick(KINDS)] }),
    () => ({ text: r.pick(words), topics: [r.pick([TOPIC_IMMIGRATION, TOPIC_DATABASES])] }),
    () => ({ text: r.pick(words), sinceDays: r.pick([7, 30, 90]) }),
    () => ({ text: '', jurisdictions: [r.pick(STATES)], kinds: ['bill' as ItemKind] }),
  ];
  const out = new Map<string, ReturnType<(typeof shapes)[number]>>();
  while (out.size < n) {
    const q = r.pick(shapes)();
    out.set(JSON.stringify(q), q);
  }
  return [...out.values()];
}
