/** Section headings for jurisdictions, and their digest order: federal first, then states A→Z, unknown last. */

const NAMES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'U.S. Virgin Islands',
  AS: 'American Samoa',
  MP: 'Northern Mariana Islands',
};

const FEDERAL = 'US';
const UNKNOWN = 'XX';

/** 'Federal', 'Connecticut (CT)', 'Other / unknown jurisdiction'. */
export function jurisdictionHeading(code: string): string {
  if (code === FEDERAL) return 'Federal';
  if (code === UNKNOWN || !code) return 'Other / unknown jurisdiction';
  const name = NAMES[code];
  return name ? `${name} (${code})` : code;
}

/** Sort comparator for jurisdiction codes in digest order. */
export function compareJurisdictions(a: string, b: string): number {
  const rank = (c: string) => (c === FEDERAL ? 0 : c === UNKNOWN || !c ? 2 : 1);
  return rank(a) - rank(b) || jurisdictionHeading(a).localeCompare(jurisdictionHeading(b), 'en');
}
