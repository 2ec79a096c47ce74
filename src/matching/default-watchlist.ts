/**
 * The default watchlist (topic definitions: src/matching/README.md). Rule syntax: rule-parser.ts / README.md.
 * Precision first: an acronym that is also an English word is case-sensitive (=ICE, =COLLECT),
 * generic words (detention, removal, sanctuary, detainer, sole source) only count next to the
 * words that make them about this subject, and exclusions hide known look-alikes.
 * Tuned against tests/fixtures/labelled (never the other way round).
 */
import { TOPIC_DATABASES, TOPIC_IMMIGRATION } from '../domain/index.ts';
import type { Watchlist } from './watchlist.ts';

/** Rules are at most 400 characters: long term lists become several OR-groups, each used in its own rule. */
function orGroups(terms: string[], budget = 80): string[] {
  const groups: string[][] = [[]];
  for (const t of terms) {
    const last = groups[groups.length - 1]!;
    if (last.length && [...last, t].join(' OR ').length > budget) groups.push([t]);
    else last.push(t);
  }
  return groups.map((g) => `(${g.join(' OR ')})`);
}

const IMMIGRATION_CONTEXT = '(immigra* OR =ICE OR =ERO OR =DHS OR "Homeland Security" OR alien* OR noncitizen* OR migrant*)';

/**
 * ICE as an agency: names, components and its PIID prefixes. In an agency line or identifier
 * these are context only (compile.ts): they support a content term but never match alone.
 */
const ICE_CONTEXT =
  '("Immigration and Customs Enforcement" OR =ICE OR =ERO OR =HSI OR =DRO OR "Enforcement and Removal" OR "Homeland Security Investigations" OR "service processing center*" OR 70cdcr* OR 70cmsd* OR 70cmsw*)';

/** ICE's names and PIID prefixes, short enough to combine in an exclusion. */
const ICE_NAMES =
  '("Immigration and Customs Enforcement" OR =ICE OR =ERO OR =HSI OR =DRO OR "Enforcement and Removal" OR 70cdcr* OR 70cmsd* OR 70cmsw*)';

/**
 * Routine facilities and supplies (labelled set README: the clarified topic definition). When an
 * item is about these, the ICE names above are hidden from the topic, so an ICE snow-removal,
 * janitorial, ice-machine, furniture or parking-lot contract does not match, while real
 * content in the same item (detention services, deportation, data access) still does.
 */
const ROUTINE_FACILITIES = orGroups([
  'janitorial',
  'custodial',
  '"snow removal"',
  '"snow and ice"',
  '"snow plowing"',
  '"ice machine*"',
  '"ice maker*"',
  'furniture',
  '"parking lot*"',
  '"parking area*"',
  '"parking garage*"',
  'landscap*',
  '"grounds maintenance"',
  'mowing',
  '"pest control"',
  '"pest management"',
  '=HVAC',
  '"air conditioning"',
  'elevator*',
  'roofing',
  '"carpet cleaning"',
  '"carpet install*"',
  '"carpet replace*"',
  'carpeting',
  'plumbing',
  '"fire alarm*"',
  '"office supplies"',
  'toner',
  '"kitchen equipment"',
  '"combination oven*"',
  '"tilt skillet*"',
  '"food service equipment"',
  '"break room*"',
  '"office relocation"',
  '"window blind*"',
]);

/**
 * ICE's enforcement and removal side as the awarding office of an award or notice. The office
 * carries the meaning when the description is generic ("Guard Services", "Transportation
 * Services", an option-year funding line), so a hit here decides on its own (field-scoped).
 */
const ENFORCEMENT_OFFICE =
  '(office:"Detention Compliance" OR office:removal* OR office:"Detention Management" OR office:"Enforcement and Removal" OR office:"Detention and Removal" OR office:=ERO OR office:=DRO OR office:"Field Office")';

/** The same offices in fewer characters, for exclusions that combine them with long lists. */
const ENFORCEMENT_OFFICE_WORDS = '(office:detention OR office:removal* OR office:=ERO OR office:=DRO OR office:"Field Office")';

/**
 * Generic ICE administration, not on topic even when an enforcement office bought it:
 * furniture, paper, couriers and mail, software and licences, IT support, counselling,
 * arbitration, conference booths, gym equipment, power supplies, safes, waste, vehicles for
 * facilities, and the student-visa fee programme (SEVP, I-901).
 */
const ICE_ADMINISTRATION = orGroups([
  'furniture',
  '"copy paper"',
  '"courier service*"',
  '"mail service*"',
  'Microsoft',
  '"software support"',
  'Tableau',
  'modem*',
  '"counseling services"',
  '"EEO"',
  '"arbitration services"',
  'arbitrator*',
  'booth',
  '"pre-employment"',
  '"fitness for duty"',
  'gym',
  'fitness',
  'cardiovascular',
  '=UPS',
  'safes',
  '"solid waste"',
  '"bucket truck*"',
  '"street light*"',
  '=SEVP',
  'SEVIS',
  '"Student and Exchange"',
  '"I-901"',
  '"document scanning"',
  '"training management"',
  '"correspondence management"',
  '"correspondence tracking"',
  'Azure',
  '"GSA Schedule*"',
  '"Agile Development"',
]);

/** Presence without status, in the words state "illegal immigration" laws use. */
const UNLAWFUL_PRESENCE =
  '("illegal immigration" OR "not legally in the country" OR "without legal authorization" OR "unlawfully present" OR "unlawful presence" OR "illegally present" OR "without lawful status" OR "illegal entry" OR "illegal reentry")';

/** CBP and DHS as the agency: with people in custody or with plate-reader data. */
const CBP_CONTEXT = '(=CBP OR "Customs and Border Protection" OR "Border Patrol")';

/** Immigration detention facilities by name (also by acronym, as awards write them): evidence on their own. */
const FACILITY_NAMES =
  '(pidc OR bssa OR "Port Isabel" OR Krome OR "Buffalo Federal Detention" OR "Houston Cdf" OR "Florence Detention" OR "Florence SPC" OR "El Paso SPC" OR "Krome SPC" OR "Otero County Processing")';
/** ICE Health Service Corps: medical care in immigration detention. */
const DETENTION_HEALTH = '(=IHSC OR ihsc OR "Health Service Corps" OR "Health Services Corps")';

/** Where routine facilities work serves immigration detention (labelled-real README, ICE awards). */
const DETENTION_SITE =
  '(pidc OR bssa OR "Port Isabel" OR Krome OR "detention facilit*" OR "detention center*" OR "processing center*" OR =SPC OR =CDF OR "staging area")';

/** Detention facilities in general words: with ICE as the buyer. */
const DETENTION_FACILITY =
  '("detention center*" OR "detention facilit*" OR "processing center*" OR "contract detention" OR ncchc OR "correctional health care" OR "detention support" OR "detention & transportation")';

/** What officers carry and use: arms, ammunition, armour, ranges, evidence, tactical teams. */
const ENFORCEMENT_EQUIPMENT = orGroups([
  'ammunition',
  'ammo',
  'buckshot',
  'caliber',
  '"night vision"',
  '"thermal imaging"',
  '"body armor"',
  '"firing range*"',
  '"firearms range*"',
  'firearm*',
  'pepperball',
  'tactical',
  '=SRT',
  'evidence',
]);

const immigrationInclude = [
  // Agencies and components
  '=ICE NOT ("Securities and Exchange Commission" OR "Commodity Futures Trading Commission" OR "Intercontinental Exchange" OR "internal combustion")',
  '"Immigration and Customs Enforcement"',
  '"Enforcement and Removal Operations"',
  '=ERO NOT ("Electric Reliability" OR "Energy Regulatory Commission" OR "Education Review" OR "Te Tari" OR kura OR electoral OR canvass OR "Registration Officer")',
  '"Homeland Security Investigations"',
  '=HSI NOT ("Hispanic-Serving" OR "Hispanic Serving")',
  '"Border Patrol"',
  '=CBP NEAR/6 (agent* OR arrest* OR apprehen* OR detain* OR detention OR deport* OR removal OR raid*)',
  '"ICE Air"',
  '70cdcr*',
  // Programs
  '"287(g)"',
  '"Secure Communities"',
  '"Warrant Service Officer*"',
  '"Alternatives to Detention"',
  // A US Marshals jail agreement for federal prisoners is not immigration detention, unless it says so.
  '(=IGSA OR "intergovernmental service agreement*" OR "Inter-Governmental Service Agreement*") NOT (("Marshals Service" OR =USMS) NOT (immigra* OR =ICE OR alien* OR detainee*))',
  '"service processing center*"',
  '"family residential center*"',
  '"criminal alien*" NOT "Bureau of Prisons"',
  '"illegal alien*"',
  '"alien registration"',
  '"State Criminal Alien Assistance Program"',
  '"fugitive operations"',
  // Legal terms
  'deport*',
  `detainer* NEAR/10 ${IMMIGRATION_CONTEXT}`,
  '"immigration hold*"',
  '"expedited removal"',
  '"removal proceeding*"',
  '"removal order*"',
  '"order* of removal"',
  '"removal flight*"',
  '"removal operations"',
  `remov* NEAR/4 (alien* OR noncitizen* OR immigrant* OR deport*)`,
  // States making presence without status a state crime
  `(crime OR criminal* OR offense OR misdemeanor OR felony) NEAR/15 ${UNLAWFUL_PRESENCE}`,
  `"administrative warrant*" NEAR/10 ${IMMIGRATION_CONTEXT}`,
  '"immigration court*" NOT ("Electronic Case Access" OR "electronic filing" OR "e-filing")',
  '"immigration proceeding*"',
  '"illegal entry" OR "illegal reentry" OR "unlawfully present"',
  `detention NEAR/6 (immigra* OR =ICE OR alien* OR noncitizen* OR migrant* OR asylum)`,
  `detain* NEAR/6 (immigra* OR alien* OR noncitizen* OR "non-U.S. national*" OR migrant*)`,
  '"detention services" NOT ("Marshals Service" OR "Bureau of Prisons" OR "federal prisoners" OR juvenile OR interlocal OR "city jail")',
  'alien* NEAR/5 (custody OR removable OR inadmissible OR apprehen* OR depart)',
  'enforc* NEAR/4 immigra*',
  'immigra* NEAR/2 (agent* OR officer* OR official* OR authorit* OR arrest* OR raid* OR custody)',
  '"immigration status" NEAR/8 (inquir* OR ask* OR question* OR determine OR stop OR arrest* OR "law enforcement" OR police OR jail*)',
  '"courthouse arrest*"',
  '"civil arrest*" NEAR/8 court*',
  '"Protect Our Courts"',
  // Cooperation with ICE, civil immigration law, worksite enforcement, status questions by police
  'cooperat* NEAR/4 (=ICE OR "Immigration and Customs Enforcement" OR "immigration authorit*" OR "federal immigration")',
  '"civil immigration" OR "immigration violation*"',
  '"stay of removal" OR "stays of removal" OR "federal immigration law*" NEAR/12 (complian* OR comply OR enforc* OR cooperat* OR role OR ordinance OR police)',
  '"proof of" NEAR/3 (citizenship OR "legal status" OR "lawful status") AND (police OR officer* OR "traffic stop*" OR arrest*)',
  'verif* NEAR/6 ("lawful status" OR "work authorization" OR "employment eligibility" OR "immigration status") AND (employ* OR worker*)',
  '(=CBP OR "Customs and Border Protection") AND ("medical screening" OR "in CBP custody" OR "in custody")',
  'apprehen* NEAR/6 (migrant* OR immigrant* OR alien* OR noncitizen* OR "border crosser*") OR "migrant encounters"',
  '"unauthorized alien*" NEAR/8 (employ* OR hir* OR work*) OR "no-match letter*"',
  '("undocumented status" OR "suspicion of undocumented" OR "citizenship or immigration status") NEAR/8 (stop* OR detain* OR question* OR arrest* OR "law enforcement" OR police)',
  '(immigra* OR alien*) AND ("law enforcement" NEAR/8 ("identifying information" OR cross-referenc* OR "immigration status"))',
  'alien* NEAR/10 ("correctional facilit*" OR jail* OR inquir*) OR "right to be or remain"',
  '"Border Crossing Information" OR =ENFORCE NEAR/2 =IDENT',
  '(=FALCON OR Palantir) AND ("Immigration and Customs Enforcement" OR =ICE OR =HSI OR "Homeland Security Investigations")',
  // Policies
  '"sanctuary city" OR "sanctuary jurisdiction*" OR "sanctuary polic*" OR "sanctuary state" OR "sanctuary county" OR "sanctuary law*" OR "sanctuary promise" OR "sanctuary status"',
  '"Trust Act" NEAR/15 (immigra* OR =ICE OR detainer* OR "law enforcement" OR police OR Illinois OR Connecticut OR California)',
  '"Immigrant Trust Act"',
  '"Values Act" NEAR/15 (immigra* OR =ICE OR "law enforcement" OR police OR California OR Maryland)',
  '"Keep Washington Working"',
  '"Green Light law" OR "Green Light NY"',
  '"New York for All"',
  '"Dignity Not Detention"',
  // Enforcement by other names: worksite verification mandates, entry/exit biometrics of travellers
  '"E-Verify"',
  'biometric* NEAR/20 ("port of entry" OR "ports of entry" OR "land port*" OR "entry/exit" OR "entry-exit" OR "biometric exit" OR "border crossing*")',
  '(expos* OR shar* OR disclos* OR hand* OR turn*) NEAR/10 (undocumented OR "without legal status" OR "lawful presence")',
  '("information sharing" OR "information-sharing" OR "data sharing" OR "data-sharing") NEAR/8 (=ICE OR "federal agenc*" OR "federal immigration")',
  '"personal information" NEAR/12 ("license holder*" OR "AB 60")',
  // ICE's enforcement and removal side as the awarding office, unless the award is routine administration
  ENFORCEMENT_OFFICE,
  // Work at a named immigration detention facility, and what officers carry, bought by ICE
  FACILITY_NAMES,
  DETENTION_HEALTH,
  `${ICE_CONTEXT} AND ${DETENTION_FACILITY}`,
  ...ENFORCEMENT_EQUIPMENT.map((equipment) => `${ICE_CONTEXT} AND ${equipment}`),
  // Medical care bought by ICE is care in immigration detention (ICE Health Service Corps)
  `${ICE_CONTEXT} AND ("medical staffing" OR "medical services" OR "health care staffing" OR "healthcare staffing" OR "nursing services" OR "medical care")`,
  // CBP with people in its custody (holding facilities, detainee property, children arriving at the border)
  `${CBP_CONTEXT} AND (detainee* OR "unaccompanied alien child*" OR "family units" OR "holding facilit*" OR "soft-sided facilit*" OR (detain* NEAR/4 (individual* OR people OR person* OR famil*)))`,
  // DHS, CBP or ICE collecting or buying plate-reader data
  `(${CBP_CONTEXT} OR =DHS OR "Homeland Security" OR =ICE OR "Immigration and Customs Enforcement") AND ("license plate reader*" OR "plate reader*" OR "license plate reading" OR =LPR OR =ALPR)`,
  '"Detention and Removal Operations" OR "Office of Detention and Removal"',
  `${ICE_CONTEXT} AND =DRO`,
  '"removal case" OR (=EARM OR earm) NEAR/10 (=EID OR "ENFORCE" OR removal OR data)',
  // ICE as the agency (often only in the agency line) together with what the contract is for
  `${ICE_CONTEXT} AND (detainee* OR "detention services" OR "detention bed*" OR "bed space" OR "detention standards" OR "detention management")`,
  `${ICE_CONTEXT} AND (repatriat* OR "charter flight*" OR "air charter" OR (transport* NEAR/6 (detainee* OR noncitizen* OR guard* OR escort*)))`,
  `${ICE_CONTEXT} AND (surveillance OR "social media" OR "open source intelligence" OR "pole camera*" OR "cell site" OR wiretap*)`,
  `${ICE_CONTEXT} AND ("electronic monitoring" OR "ankle monitor*" OR forensic* OR undercover OR informant*)`,
  `${ICE_CONTEXT} AND ((record* OR data OR databas* OR "data system") NEAR/6 (access OR subscription* OR quer* OR search* OR locat*))`,
  `${ICE_CONTEXT} AND (justification OR "sole source" OR "limited source*" OR JOFOC OR "J&A")`,
];

/** ICE that is not the agency: trains, engines, the exchange operator. Guards for both topics. */
const ICE_HOMONYMS = [
  // German ICE trains (Deutsche Bahn), in English and German
  '=ICE AND (Bahn OR Zug OR Züge OR Zuges OR Zugverkehr OR railway* OR railroad* OR "high-speed" OR passengers OR "train recall")',
  '=ICE NEAR/2 (vehicle* OR engine* OR car OR cars OR truck* OR powertrain*)',
  '"internal combustion" NEAR/6 =ICE',
  '"Intercontinental Exchange" NEAR/8 =ICE',
  '"Intercontinental Exchange" OR IntercontinentalExchange',
  // ICE the exchange operator: futures, clearing and its stock ticker
  '=ICE NEAR/8 (futures OR swapnote OR Liffe OR Brent OR "clearing house*" OR NYSE)',
];

const immigrationExclude = [
  ...ICE_HOMONYMS,
  '"snow and ice"',
  'snow NEAR/3 removal',
  // Ammunition and arms bought through ICE for the Federal Protective Service
  ...ENFORCEMENT_EQUIPMENT.map((equipment) => `(=FPS OR "Federal Protective Service" OR Fps) AND ${equipment}`),
  // New Zealand's Education Review Office and British electoral registration officers (ERO)
  '=ERO AND ("Education Review" OR "Te Tari" OR "early learning" OR kura OR electoral OR canvass)',
  // "Sanctuary" as an analogy for gun laws
  'sanctuar* AND ("Second Amendment" OR "2nd Amendment" OR gun OR guns OR firearm*)',
  // Goods, not people: CBP detaining shipments (withhold-release orders)
  'detain* NEAR/4 (shipment* OR goods OR merchandise OR cargo OR imports)',
  // A surveillance system promised not to serve immigration enforcement is not an enforcement measure
  '(=ALPR OR =LPR OR "plate reader*" OR camera*) AND (("not be used" OR "won\'t be used" OR "never be used") NEAR/6 ("immigration enforcement" OR "immigration purposes"))',
  '=ICE NEAR/1 (Clear OR Futures OR NGX OR Endex)',
  '="ICE Data Services" OR ="ICE Benchmark Administration" OR ="ICE Trade Vault"',
  '"Electric Reliability Organization" NEAR/8 =ERO',
  '"Hispanic-Serving" NEAR/6 =HSI',
  '"wildlife sanctuary"',
  '"Second Amendment sanctuary"',
  'sanctuar* NEAR/6 (wildlife OR game OR marine OR bird* OR fish* OR animal* OR refuge OR habitat OR nature)',
  '"detention basin*" OR "detention pond*"',
  'stormwater NEAR/4 detention',
  'juvenile NEAR/4 detention',
  '"youth detention"',
  '"invasive alien" OR "alien species" OR "alien plant*"',
  '"Agreement on Detainers"',
  '"Alien Land Law"',
  'Acadian* NEAR/6 deport*',
  // Deportations of history (Crimean Tatars, Chechens, wartime) and deferred action, which protects from deportation
  'deport* NEAR/8 (1944 OR Stalin* OR Soviet OR Tatar* OR Chechen* OR Holocaust OR Nazi*)',
  '(DACA OR "Deferred Action") NEAR/12 deport*',
  'detention NEAR/6 (merchandise OR goods OR shipment* OR cargo OR imports)',
  '"Directed Trust" OR "Uniform Trust" OR "Trust Code"',
  '"ice jam*" OR "ice storm*" OR "Institution of Civil Engineers"',
  '=ICE AND (London OR "civil engineer*" OR "Director General")',
  // Routine work at an ICE office is administration; at an immigration detention facility it serves detention.
  ...ROUTINE_FACILITIES.flatMap((routine) => [
    `(${ICE_NAMES} AND ${routine}) NOT ${DETENTION_SITE}`,
    `(${ENFORCEMENT_OFFICE_WORDS} AND ${routine}) NOT ${DETENTION_SITE}`,
  ]),
  // Generic administration hides ICE's names and its enforcement offices (named facilities still count).
  ...ICE_ADMINISTRATION.flatMap((admin) => [
    `(${ICE_NAMES} OR "Homeland Security Investigations") AND ${admin}`,
    `${ENFORCEMENT_OFFICE_WORDS} AND ${admin}`,
  ]),
];

const RECORDS = '(record* OR data OR photo* OR photograph* OR "personal information" OR databas* OR disclos* OR shar*)';

/** Immigration enforcement as the receiver of shared records (sanctuary and Trust acts talk this way). */
const IMMIGRATION_AUTHORITY =
  '("federal immigration" OR (immigra* NEAR/3 (enforc* OR authorit* OR agent* OR official* OR officer*)) OR =ICE OR "Immigration and Customs Enforcement" OR "federal agent*" OR feds OR "criminal alien*")';
const SHARING = '(shar* OR disclos* OR communicat*)';

const databasesInclude = [
  // Criminal-justice networks and systems
  '=COLLECT',
  '"Connecticut On-Line Law Enforcement"',
  '=CLETS',
  '"California Law Enforcement Telecommunications System"',
  '=LEADS NEAR/12 ("law enforcement" OR police OR "data system" OR quer* OR immigra* OR audit*)',
  '"Law Enforcement Agencies Data System"',
  '=OHLEG OR "Ohio Law Enforcement Gateway"',
  '=NCIC OR "National Crime Information Center"',
  '"crime information center"',
  '=NGI OR "Next Generation Identification"',
  '=IDENT OR "Automated Biometric Identification System"',
  '"Homeland Advanced Recognition Technology"',
  '="N-DEx" OR "National Data Exchange"',
  'nlets',
  '=CJIS OR "criminal justice information"',
  '"criminal history" NEAR/4 (record* OR repository OR file* OR information OR check* OR quer* OR search* OR databas*)',
  '"criminal records" OR "criminal background check*" OR "arrest records" OR "conviction records"',
  // Records named instead of systems
  '"identification record*" OR "National Driver Register" OR "driving record*" OR "privileged information" NEAR/10 (motor OR DMV OR driver*)',
  '("matching program*" OR "computer matching") AND (prisoner* OR "law enforcement" OR fugitive* OR jail* OR "Bureau of Prisons" OR "Source Jurisdiction" OR "State and Local")',
  '"police information network" OR ("information network" NEAR/4 (police OR "law enforcement" OR justice))',
  '"Public Access to Court Electronic Records" OR =PACER',
  '(Medicaid OR utility OR utilities OR "customer data" OR "customer records") NEAR/12 (=ICE OR =DHS OR immigra* OR "law enforcement" OR police)',
  '"police buying data" OR ((buy* OR purchas*) NEAR/6 data NEAR/10 (police OR "law enforcement"))',
  '=CLEAR NEAR/6 ("Thomson Reuters" OR subscription* OR "law enforcement") OR LexisNexis NEAR/12 (police OR "law enforcement" OR =ICE OR immigra*) OR "Subscription Data Services"',
  '(expung* OR seal*) NEAR/4 (record* OR conviction*)',
  '=NICS OR "National Instant Criminal Background Check System"',
  '"state identification bureau*"',
  '"Clean Slate"',
  // Gang databases, intelligence, fusion centers
  'calgang',
  'gang NEAR/3 (databas* OR registry OR list OR designat*)',
  '"gang member*" NEAR/12 (databas* OR designat* OR notice)',
  '"fusion center*"',
  '"intelligence center"',
  // DMV records and photos
  '"DMV records" OR "DMV data" OR "motor vehicle records"',
  `(DMV OR "motor vehicle*" OR "driver* license*" OR "Department of Licensing" OR "Registry of Motor Vehicles" OR "Motor Vehicle Administration") NEAR/8 ${RECORDS}`,
  '"driver* privacy"',
  // Surveillance data and biometrics (British spellings: number plate, ANPR, licence)
  '"license plate reader*" OR "license plate recognition" OR "plate reader*" OR =ALPR OR =LPR',
  '"number plate recognition" OR "number plate data" OR "number plate camera*" OR =ANPR OR "licence plate*" OR "plate recognition"',
  '"Flock Safety" OR "Flock Group" OR "Fog Data" OR "Fog Reveal"',
  '"facial recognition" OR "face recognition"',
  'biometric* NEAR/8 (shar* OR =FBI OR "law enforcement" OR police OR interoperab* OR immigra* OR booking*)',
  'fingerprint* NEAR/8 (=FBI OR "criminal history" OR booking* OR repository OR arrest*)',
  '"DNA database" OR "DNA databank" OR "DNA identification index" OR =CODIS',
  // Court, probation, juvenile and registry records
  '"court records" OR "probation records" OR "juvenile records"',
  'probation NEAR/6 (record* OR data OR "personal information")',
  '"juvenile justice information"',
  '"sex offender*" NEAR/6 (regist* OR website OR databas*)',
  // Data brokers and commercial data sold to government
  '"data broker*" NEAR/20 (government* OR "law enforcement" OR police OR agenc* OR =ICE OR immigra*)',
  'Accurint OR "Vigilant Solutions" OR Clearview OR JusticeXchange OR "Appriss"',
  '"Thomson Reuters" NEAR/3 =CLEAR',
  '"booking data" OR "jail booking*"',
  '"location data" NEAR/10 ("law enforcement" OR police OR government*)',
  // Sharing of agency records with immigration enforcement
  '("personal information" OR "personal data" OR "nonpublic information") NEAR/10 (immigra* OR =ICE)',
  '("personal identifying information" OR "personally identifiable information" OR "identifying information") NEAR/15 (immigra* OR =ICE)',
  '"personal identifying information" NEAR/10 (disclos* OR access)',
  // Identifying data collected and checked against criminal databases (state immigration-crime laws)
  '"identifying information" NEAR/12 (databas* OR cross-referenc* OR cross-check*) OR "criminal databas*"',
  '("information sharing" OR "information-sharing" OR "data sharing" OR "data-sharing") NEAR/10 (=ICE OR immigra* OR "federal agenc*" OR "state agenc*")',
  '(shar* OR disclos* OR provid*) NEAR/4 information NEAR/12 ("federal immigration" OR (immigra* NEAR/2 authorit*) OR =ICE OR "federal agent*" OR feds)',
  '(stored OR shared OR disclos*) NEAR/12 ("immigration status" OR "citizenship status" OR "country of birth")',
  '(report* OR collect*) NEAR/8 ("immigration status" OR "citizenship status")',
  // Sharing with, or communicating with, immigration enforcement (sanctuary, Trust and anti-sanctuary acts)
  `${SHARING} NEAR/8 ${IMMIGRATION_AUTHORITY}`,
  'communicat* NEAR/10 ("Homeland Security" OR "Department of Homeland" OR "Immigration and Naturalization") AND (sanctuar* OR immigra*)',
  '"personal information" NEAR/12 (applicant* OR "license holder*" OR "AB 60" OR undocumented)',
  '("identification card*" OR "driver* licen*") NEAR/10 (disclos* OR "applicant documents")',
  '"system of records" NEAR/20 (criminal OR arrest* OR biometric* OR fingerprint*)',
  // ICE's answers to police status queries, SSA's prisoner records, intelligence sharing with state and local partners
  '"Law Enforcement Support Center" OR "immigration status inquir*" OR ("status inquir*" NEAR/10 (agenc* OR police OR "law enforcement"))',
  '("Social Security" OR =SSA) AND (prisoner* OR inmates) AND ("system of records" OR "matching program*" OR "computer matching")',
  '"information sharing" NEAR/8 ("state, local" OR "state and local") AND (intelligence OR "law enforcement" OR "personally identifiable")',
  // Records about a person's status, or non-public records, given to immigration authorities
  '("non-public information" OR "nonpublic information") NEAR/15 (immigra* OR federal OR =ICE)',
  '(send* OR receiv* OR report* OR communicat* OR exchang*) NEAR/8 information NEAR/12 ("immigration status" OR "citizenship status" OR "citizenship or immigration" OR "status of immigrants")',
  '(disclos* OR shar* OR access*) NEAR/6 (information OR records OR data) NEAR/20 ("immigration enforcement" OR "immigration purposes")',
  '(=ICE OR immigra*) NEAR/6 ("state data" OR "state databas*" OR "state records" OR "local data")',
  // Police records systems shared between agencies, and police misuse of them
  '"intelligence exchange" OR ("information exchange" NEAR/6 ("law enforcement" OR police OR crim*)) OR "Fusion Liaison"',
  '"records management system*" NEAR/15 (police OR "law enforcement" OR sheriff* OR regional OR interlocal) OR =RMS NEAR/6 (police OR sheriff* OR "law enforcement" OR =CAD)',
  '(shar* OR access*) NEAR/10 ("law enforcement records" OR "police records" OR "crime information" OR "criminal intelligence")',
  '"confidential databas*" OR "law enforcement databas*" OR "police databas*"',
  '(student* NEAR/3 (data OR records OR information)) NEAR/12 (police OR sheriff* OR "resource officer*" OR "law enforcement")',
  '=Flock NEAR/12 (camera* OR plate* OR police OR surveillance OR =ICE OR license OR data)',
  // Networks, terminals and shared systems by other names; police data purchases; surveillance-technology oversight
  '"Warrant Information Network" OR warrant* NEAR/4 ("information system" OR "information network" OR databas*)',
  '"Commercial Driver\'s License Information System" OR =CDLIS OR "Drug and Alcohol Clearinghouse" OR AAMVA OR "Digital Image Access"',
  '(purchas* OR buy* OR "in exchange for payment") NEAR/10 ("personal data" OR "personal information") AND (police OR "law enforcement" OR government*)',
  '"fingerprint identification system*" OR =AFIS OR "automated fingerprint" OR "Bureau of Criminal Apprehension"',
  '"criminal justice data" OR "immigration status information" OR "Joint Analysis Center" OR "analysis center" OR "crime center"',
  '"integrated justice" OR "law and justice agency" OR "justice information sharing" OR "booking consortium" OR "automated booking"',
  '"information sharing" NEAR/6 ("law enforcement" OR police OR justice) OR "educational data" NEAR/10 immigra*',
  '"surveillance technolog*" OR "surveillance report" OR "surveillance ordinance"',
  '"flock camera*" OR "flock safety" OR "plate scan*"',
  '(accessed OR misus* OR "looked up") NEAR/6 ("confidential information" OR "police databas*" OR "law enforcement databas*") AND (officer* OR police)',
  // Records and data bought by ICE (a data broker selling to government)
  `${ICE_CONTEXT} AND ((utilit* OR telecom* OR "public records" OR consumer* OR "commercial data") NEAR/6 (record* OR data) NEAR/8 (subscription* OR access OR locat*))`,
];

const databasesExclude = [
  // NCIC is also an inmate telephone company
  '=NCIC AND (phone* OR telephone* OR calling)',
  // Eviction records kept from landlords, not police
  '("court records" OR record*) NEAR/20 ("unlawful detainer*" OR eviction* OR "forcible entry" OR "summary proceedings")',
  // Travellers' own identity checks at a port of entry (trusted-traveller kiosks, passport photos)
  '("facial recognition" OR "face recognition" OR "facial comparison") NEAR/20 (passport* OR "Global Entry" OR traveler* OR travellers OR "air entry" OR boarding OR =TSA OR airport* OR checkpoint* OR passenger*)',
  '"special license plate*" OR "specialty license plate*"',
  '"fusion energy"',
  ...ICE_HOMONYMS,
  '"duty to collect"',
  '"broadband data" OR "broadband map*"',
  // Criminal-history checks for a licence, a job or a credential (not records police query)
  '(fingerprint* OR "criminal history" OR "criminal record*" OR "background check*") AND ("licensing authorit*" OR "license applicant*" OR "applicant for a license" OR "issuance of licenses" OR "applicants for licensing" OR "licensing boards" OR pilots OR "badge holder*" OR "credential holder*")',
  '(fingerprint* OR "criminal history" OR "background check*") NEAR/15 (licens* OR applicant* OR employ* OR pilot* OR badge* OR credential* OR occupation* OR profession*)',
  // Biometrics kept by businesses and schools; plate readers for parking and traffic fines; laboratory plate readers
  '("facial recognition" OR "face recognition") NEAR/15 ("private entit*" OR business* OR consumer* OR commercial OR employer* OR school* OR student*)',
  '((=ANPR OR =ALPR OR =LPR OR "plate reader*" OR "license-plate reader*" OR "plate recognition") AND ("parking enforcement" OR "enforcing parking" OR "parking garage*" OR "parking permit*" OR "moving traffic")) NOT ("law enforcement" OR police OR sheriff* OR hotlist* OR "hot list*" OR stolen OR immigra* OR =ICE OR Customs)',
  'microplate OR "plate reader*" NEAR/10 (laboratory OR absorbance OR assay* OR wells OR samples)',
  '(design* OR specialty OR vanity OR personalized) NEAR/4 plate*',
  '"sex offender*" NEAR/10 (visitor* OR volunteer*)',
  // Federal tax records go from one federal agency to another: immigration enforcement, not state or local data
  '("data sharing" OR "data-sharing" OR access OR information OR shar*) NEAR/12 (=IRS OR "Internal Revenue Service" OR taxpayer*)',
];

export function defaultWatchlist(): Watchlist {
  const w: Watchlist = {
    topics: [
      { id: TOPIC_IMMIGRATION, label: 'Immigration enforcement', include: [...immigrationInclude], exclude: [...immigrationExclude] },
      { id: TOPIC_DATABASES, label: 'State & local databases', include: [...databasesInclude], exclude: [...databasesExclude] },
    ],
  };
  return w;
}
