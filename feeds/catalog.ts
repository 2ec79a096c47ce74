/**
 * The default sources, aimed at the mission (README.md): where ICE's access to state police,
 * DMV and court data is bought, justified, noticed and legislated. Keyless sources are on;
 * keyed sources are listed and enabled too, and the pipeline reports each as disabled until
 * its key (the connector's requiredSecret) is set. Intervals respect each API's quota.
 * The operator's config file can override any entry by id or add more.
 */
import type { SourceConfig } from '../src/domain/index.ts';
import { connectors } from './registry.ts';

const DHS_FAMILY = [
  'u-s-immigration-and-customs-enforcement',
  'u-s-customs-and-border-protection',
  'u-s-citizenship-and-immigration-services',
  'homeland-security-department',
];
/** USAspending awarding sub-tier names for DHS's enforcement and procurement arms. */
const DHS_SUBTIERS = [
  'U.S. Immigration and Customs Enforcement',
  'U.S. Customs and Border Protection',
  'U.S. Citizenship and Immigration Services',
  'Office of Procurement Operations',
];
const DOJ_FAMILY = ['justice-department', 'executive-office-for-immigration-review'];

/** Immigration-enforcement and state-database phrases, in each API's query syntax. */
const OPENSTATES_QUERIES = [
  '"287(g)" OR detainer OR sanctuary OR "trust act" OR "values act" OR "immigration enforcement"',
  '"gang database" OR "license plate reader" OR "criminal justice information" OR "fusion center"',
  '"driver\'s license" immigration',
];
const LEGISCAN_QUERIES = [
  '"287(g)" OR detainer OR sanctuary OR "trust act" OR "immigration enforcement"',
  '("gang database" OR "license plate" OR "driver\'s license" OR "criminal justice information") AND immigration',
];

/**
 * Large cities and counties on Legistar whose councils and boards vote on license-plate-reader
 * contracts, jail/IGSA agreements and sanctuary policies: [client, jurisdiction].
 */
const LEGISTAR_CLIENTS: Array<[string, string]> = [
  ['seattle', 'Seattle, WA'],
  ['sfgov', 'San Francisco, CA'],
  ['oakland', 'Oakland, CA'],
  ['sanjose', 'San Jose, CA'],
  ['sacramento', 'Sacramento, CA'],
  ['denver', 'Denver, CO'],
  ['cook-county', 'Cook County, IL'],
  ['milwaukee', 'Milwaukee, WI'],
  ['phila', 'Philadelphia, PA'],
  ['boston', 'Boston, MA'],
  ['nashville', 'Nashville, TN'],
  ['mecknc', 'Mecklenburg County, NC'],
];

function source(id: string, type: string, name: string, intervalMinutes: number, params: Record<string, unknown>): SourceConfig {
  return { id, type, name, enabled: true, intervalMinutes, params };
}

export function defaultCatalog(): SourceConfig[] {
  return [
    // ── Keyless ──────────────────────────────────────────────────────────────────────────
    source('fr-immigration', 'federal-register', 'Federal Register: ICE, CBP, USCIS, DHS, DOJ, EOIR notices and rules', 60, {
      agencies: [...DHS_FAMILY, ...DOJ_FAMILY],
      types: ['NOTICE', 'RULE', 'PRORULE'],
    }),
    source('fr-privacy-act', 'federal-register', 'Federal Register: DHS/DOJ Privacy Act system-of-records notices', 180, {
      agencies: [...DHS_FAMILY, ...DOJ_FAMILY],
      types: ['NOTICE'],
      term: '"system of records"',
    }),
    // DHS Privacy Office library (HTML; no feed): 2 listing pages + at most 8 publication pages a poll.
    source('dhs-privacy', 'dhs-privacy', 'DHS Privacy Office: PIAs, PIA updates, SORNs for ICE, CBP, USCIS and DHS-wide', 360, {
      components: ['ICE', 'CBP', 'USCIS', 'ALL'],
      maxPages: 2,
      maxDetails: 8,
    }),
    // Connecticut's own bill file (no key): one conditional GET every 6 hours.
    source('ct-bills', 'ct-bills', 'Connecticut General Assembly: bills of the current session (bill_info.csv)', 360, {}),
    source('usaspending-ice', 'usaspending', 'USAspending: ICE contract awards', 720, {
      agencies: ['U.S. Immigration and Customs Enforcement'],
    }),
    source('usaspending-dhs-data', 'usaspending', 'USAspending: DHS awards about data, plates and criminal-justice information', 720, {
      agencies: DHS_SUBTIERS,
      keywords: ['license plate', 'data', 'criminal justice information', 'biometric', 'facial recognition', 'fusion center'],
    }),
    source('fpds-ice', 'fpds', 'FPDS: ICE contract actions (feed may be retired in 2026)', 720, {
      agencyId: '7012', // the connector queries CONTRACTING_AGENCY_ID:7012 LAST_MOD_DATE:[…]
    }),
    source('govinfo-bills', 'rss', 'GovInfo: new congressional bill texts', 120, {
      url: 'https://www.govinfo.gov/rss/bills.xml',
      jurisdiction: 'US',
      kind: 'bill',
    }),
    source('govinfo-plaw', 'rss', 'GovInfo: new public laws', 720, {
      url: 'https://www.govinfo.gov/rss/plaw.xml',
      jurisdiction: 'US',
      kind: 'bill',
    }),
    source('tx-filed-house', 'rss', 'Texas Legislature: bills filed today (House)', 240, {
      url: 'https://capitol.texas.gov/MyTLO/RSS/RSS.aspx?Type=todaysfiledhouse',
      jurisdiction: 'TX',
      kind: 'bill',
    }),
    source('tx-filed-senate', 'rss', 'Texas Legislature: bills filed today (Senate)', 240, {
      url: 'https://capitol.texas.gov/MyTLO/RSS/RSS.aspx?Type=todaysfiledsenate',
      jurisdiction: 'TX',
      kind: 'bill',
    }),
    source('ks-bill-introductions', 'rss', 'Kansas Legislature: bill introductions', 240, {
      url: 'https://kslegislature.gov/li/rss/bill_introductions.xml',
      jurisdiction: 'KS',
      kind: 'bill',
    }),

    // ── Local government (Legistar Web API, no key): off by default, one line turns one on ──
    ...LEGISTAR_CLIENTS.map(([client, jurisdiction]) => ({
      ...source(`legistar-${client}`, 'legistar', `Legistar: ${jurisdiction} council/board matters and agendas`, 360, {
        client,
        jurisdiction,
      }),
      enabled: false,
    })),

    // ── Keyed (disabled with a notice until the key is set) ─────────────────────────────
    // SAM.gov: a non-federal key may allow only 10 requests a day per API.
    source('sam-opps-ice', 'sam-opportunities', 'SAM.gov: ICE solicitations, justifications (J&A/JOFOC) and notices', 360, {
      organizationCode: '7012',
      ptype: ['u', 'o', 'k', 'p', 'a', 's', 'r'],
      maxPages: 1,
    }),
    source('sam-awards-ice', 'sam-awards', 'SAM.gov: ICE contract awards', 720, {
      contractingSubtierCode: '7012',
      maxPages: 1,
    }),
    // Open States default tier: 10/minute, 250/day. Three queries every 2 hours ≈ 36–108/day.
    source('openstates-bills', 'openstates', 'Open States: state bills on immigration enforcement and police/DMV data', 120, {
      q: OPENSTATES_QUERIES,
      maxPages: 3,
    }),
    // LegiScan Public tier: 30,000/month.
    source('legiscan-bills', 'legiscan', 'LegiScan: state and federal bills on immigration enforcement and state databases', 240, {
      query: LEGISCAN_QUERIES,
      maxPages: 2,
    }),
    source('congress-bills', 'congress', 'Congress.gov: federal bills updated recently (matched by title)', 120, { maxPages: 4 }),
    source('regulations-dhs', 'regulations', 'Regulations.gov: DHS, ICE, CBP, USCIS documents', 180, {
      agencyIds: ['DHS', 'ICE', 'CBP', 'USCIS'],
      maxPages: 4,
    }),
    source('nysenate-bills', 'nysenate', 'NY Open Legislation: bills on immigration enforcement and state data', 360, {
      terms: ['"immigration enforcement"', 'detainer', '"license plate"', '"New York for All"', '"driver\'s license" AND immigration'],
      maxPages: 1,
    }),
  ];
}

const LIMITS: Record<string, string> = {
  rss: 'Whatever the feed allows; conditional GET keeps polls cheap.',
  html: 'One page a poll, conditional GET; set intervalMinutes to what the site can bear (≥ 60 is polite).',
  legistar: "No key for most clients (New York City needs a token). ≤ 3 pages of matters + ≤ 4 meetings' agendas a poll, every 6 hours.",
  'ct-bills': 'No key. One file (several MB in session) every 6 hours with conditional GET; size cap raised to 20 MB for it.',
  'dhs-privacy':
    'No key. dhs.gov HTML: ≤ 2 listing pages + ≤ 8 publication pages a poll, every 6 hours; conditional GET on the first page.',
  'federal-register': 'No key. 5 requests/second; 10,000 results per query.',
  usaspending: 'No key. No published rate limit; at most 100 results a page.',
  fpds: 'No key. 10 entries a page; updated daily. The ATOM feed may be retired in 2026 (use SAM.gov awards).',
  'sam-opportunities':
    'SAM.gov public key: 10 requests/day for a non-federal user without a role, 1,000/day with one. Posting window ≤ 1 year.',
  'sam-awards': 'SAM.gov public key: the same 10 or 1,000 requests/day, counted separately per API. 100 results a page.',
  openstates: 'Default tier 10 requests/minute and 250/day (bronze 40/1,000). 20 bills a page.',
  legiscan: 'Free Public tier: 30,000 queries/month. 50 results a page. Data CC BY 4.0.',
  congress: 'api.data.gov key: 5,000 requests/hour. 250 bills a page. No keyword search.',
  regulations: 'api.data.gov key: 1,000 requests/hour. 250 a page, 20 pages per query.',
  nysenate: 'Free key from legislation.nysenate.gov. No published rate limit.',
};

/** One row per connector type, for the README and `policywatch sources --help`. */
export function catalogDocs(): Array<{ type: string; description: string; key?: string; limits: string }> {
  return connectors.map((c) => ({
    type: c.type,
    description: c.description,
    ...(c.requiredSecret ? { key: c.requiredSecret } : {}),
    limits: LIMITS[c.type] ?? 'See the provider documentation.',
  }));
}
