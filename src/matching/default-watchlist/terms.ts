/**
 * Shared pieces of the default watchlist (topic definitions: src/matching/README.md): ICE as an
 * agency and its look-alikes, its enforcement offices, routine facilities work and generic
 * administration, detention sites, officers' equipment, and the OR-group helper that keeps
 * long term lists under the 400-character rule limit.
 */
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

export const IMMIGRATION_CONTEXT = '(immigra* OR =ICE OR =ERO OR =DHS OR "Homeland Security" OR alien* OR noncitizen* OR migrant*)';

/** ICE's names and PIID prefixes. */
const ICE_NAME_TERMS = [
  '"Immigration and Customs Enforcement"',
  '=ICE',
  '=ERO',
  'HSI',
  'DRO',
  '"Enforcement and Removal"',
  '70cdcr*',
  '70cmsd*',
  '70cmsw*',
];

/** ICE's names alone, short enough to combine with a long list in an exclusion. */
export const ICE_NAMES = `(${ICE_NAME_TERMS.join(' OR ')})`;

/**
 * ICE as an agency: its names, HSI's long name and its service processing centers. In an
 * agency line or identifier these are context only (compile.ts): they support a content term
 * but never match alone.
 */
export const ICE_CONTEXT = `(${[...ICE_NAME_TERMS, '"Homeland Security Investigations"', '"service processing center*"'].join(' OR ')})`;

/**
 * Routine facilities and supplies (labelled set README: the clarified topic definition). When an
 * item is about these, the ICE names above are hidden from the topic, so an ICE snow-removal,
 * janitorial, ice-machine, furniture or parking-lot contract does not match, while real
 * content in the same item (detention services, deportation, data access) still does.
 */
export const ROUTINE_FACILITIES = orGroups([
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
  '(landscap* NOT ("287(g)" OR investigat*))',
  '"grounds maintenance"',
  'mowing',
  '"pest control"',
  '"pest management"',
  'HVAC',
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
  'toner*',
  '"kitchen equipment"',
  '"combination oven*"',
  '"tilt skillet*"',
  '"food service equipment"',
  '"break room*"',
  '"office relocation"',
  '"window blind*"',
  'padlock*',
  '"security management system"',
]);

/**
 * ICE's enforcement and removal side as the awarding office of an award or notice. The office
 * carries the meaning when the description is generic ("Guard Services", "Transportation
 * Services", an option-year funding line), so a hit here decides on its own (field-scoped).
 */
export const ENFORCEMENT_OFFICE =
  '(office:"Detention Compliance" OR office:removal* OR office:"Detention Management" OR office:"Enforcement and Removal" OR office:"Detention and Removal" OR office:=ERO OR office:DRO OR office:"Field Office")';

/** The same offices in fewer characters, for exclusions that combine them with long lists. */
export const ENFORCEMENT_OFFICE_WORDS = '(office:detention OR office:removal* OR office:=ERO OR office:DRO OR office:"Field Office")';

/** ICE's privacy programme and a website's privacy policy: administration for enforcement, no records shared for state data. */
export const ICE_PRIVACY_PROGRAMME = '((website NEAR/12 "privacy policy") OR "privacy stewardship" OR "privacy culture")';

/**
 * Generic ICE administration, not on topic even when an enforcement office bought it:
 * furniture, paper, couriers and mail, software and licences, IT support, counselling,
 * arbitration, conference booths, gym equipment, power supplies, safes, waste, vehicles for
 * facilities, the student-visa fee programme (SEVP, I-901), and (from the nineteenth to
 * twenty-second collections and the rule's own words) shredding, chairs, cubicles, signs, cable
 * and internet service, floor mats, moving, fuel, parking, toner, copiers, printers, office
 * supplies, insurance, consulting and communications support, dumbbells and training mats, weapon
 * lockboxes, emergency broadcasting.
 */
export const ICE_ADMINISTRATION = orGroups([
  '"sanitation equipment"',
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
  'dumbbell*',
  'mats NEAR/3 training',
  'lockbox*',
  '"emergency broadcast*"',
  '"mass notification*"',
  'fitness',
  'cardiovascular',
  '=UPS',
  '"security safe*"',
  '"gun safe*"',
  '"storage container*"',
  'shredding',
  '"office chair*"',
  'cubicle*',
  '"building sign*"',
  '"cable service*"',
  '"floor mat*"',
  '"moving service*"',
  '"parking for gov*"',
  '"radio communication*"',
  '"emergency communication*"',
  '"radio system*"',
  '"new employee*"',
  '"air quality"',
  '"permit fee*"',
  '"Dun & Bradstreet"',
  'copier*',
  'printer*',
  '"internet service*"',
  '"wi-fi"',
  '"intrusion prevention"',
  '"management consulting"',
  '"strategic communication*"',
  '"employee recognition"',
  '"training management"',
  '(insurance NOT (detainer* OR subpoena* OR "driver* licen*" OR facial OR address* OR Medicaid OR =IRS OR deport*))',
  '(fuel NOT ("detention and transportation" OR "detention services"))',
  '"shutdown of office*"',
  '"financial data"',
  'signage',
  '"solid waste"',
  '"bucket truck*"',
  '"street light*"',
  'SEVP',
  'SEVIS',
  '"Student and Exchange"',
  '"I-901"',
  '"document scanning"',
  '"correspondence management"',
  '"correspondence tracking"',
  'Azure',
  '("GSA Schedule*" NOT (Palantir OR =FALCON))',
  '"Agile Development"',
  '"hurricane relief"',
  '"evacuation flight*"',
  '"disaster relief"',
  '"change management"',
  '"vehicle insurance"',
  '"outreach support"',
  'sandbag*',
  'mfds',
  '"parking space*"',
  '"secure parking"',
  '"laptop lock*"',
  '"Personal Identity Verification"',
  '"badges and credentials"',
  '"process automation"',
  '"monthly invoices"',
  // From the thirty-fourth (dev): office machines, phones, laptops, Microsoft 365 help desks, admin support staff
  '"multi-functional device*"',
  '"multifunctional device*"',
  '"multi-function device*"',
  '"multifunction device*"',
  'VoIP',
  '"telecom products"',
  '"hardware notebooks"',
  'M365',
  '"administrative support services"',
  '(floodplain NOT (detention OR detainee* OR "processing center*"))',
  '"vehicle storage"',
  // From the thirtieth: ICE's privacy programme and a website's privacy policy, its Visa Security Program (vetting visa
  // applicants abroad)
  ICE_PRIVACY_PROGRAMME,
  '"Visa Security Program"',
  // A probe at the thirty-first's end (the corpus rule: laptops and desktops are generic administration)
  '(laptop* NOT (seiz* OR search* OR arrest* OR raid* OR agents))',
  '"docking station*"',
  // From the thirty-fifth (dev): personnel security, the finance office and its systems, coaching and leadership
  // training, an air-conditioning split system
  '"personnel security"',
  '"Chief Financial Officer"',
  'OCFO',
  '"financial management"',
  '"executive coaching"',
  '"leadership training"',
  '"split system*"',
  // From the thirty-eighth (dev): mentoring, retirement conferences, communication support, source-selection classes and
  // badge holders
  '"mentoring program*"',
  '"retirement conference*"',
  '"communication support"',
  '"source selection"',
  '"badge holder*"',
]);

/**
 * Housing agencies asked to report tenants' immigration status: a benefits demand, neither
 * enforcement nor police records. A guard of both topics.
 */
export const HOUSING_STATUS_DEMAND =
  '(=HUD OR "Housing and Urban Development" OR "public housing" OR "housing authorit*") AND ("immigration status" OR "citizenship status")';

/** A state record system on unauthorized immigrants: enforcement and state data at once (both topics use it). */
export const UNAUTHORIZED_IMMIGRANT_RECORDS =
  '("unauthorized immigrant*" OR "illegal alien*" OR "undocumented immigrant*" OR "unlawful alien*" OR "aliens unlawfully present") NEAR/15 ("record system*" OR "reporting system*" OR databas* OR registry OR "registration to track")';

/** Presence without status, in the words state "illegal immigration" laws use. */
export const UNLAWFUL_PRESENCE =
  '("illegal immigration" OR "not legally in the country" OR "without legal authorization" OR "unlawfully present" OR "unlawful presence" OR "illegally present" OR "without lawful status" OR "illegal entry" OR "illegal reentry")';

/** An agency reporting people it believes are illegal aliens to a federal or immigration agency (both topics use it). */
export const REPORTS_ILLEGAL_ALIENS =
  '(report* NEAR/8 ("federal agenc*" OR =INS OR =ICE OR "immigration authorit*")) NEAR/20 ("illegal alien*" OR "unlawfully present" OR "illegally present")';

/** CBP and DHS as the agency: with people in custody or with plate-reader data. */
export const CBP_CONTEXT = '(=CBP OR "Customs and Border Protection" OR "Border Patrol")';

/** Immigration detention facilities by name (also by acronym, as awards write them): evidence on their own. */
export const FACILITY_NAMES =
  '(pidc OR bssa OR "Port Isabel" OR Krome OR "Buffalo Federal Detention" OR "Houston Cdf" OR "Florence Detention" OR "Florence SPC" OR "El Paso SPC" OR "Krome SPC" OR "Otero County Processing" OR "Alligator Alcatraz")';
/** More immigration detention facilities, by the names news and awards use (each with its facility word). */
export const FACILITY_NAMES_MORE = orGroups(
  [
    '"Stewart Detention"',
    '"Adelanto ICE"',
    '"Adelanto Detention"',
    '"Northwest Detention Center"',
    '"Northwest ICE Processing"',
    '"LaSalle ICE"',
    '"Karnes County Residential"',
    '"Karnes County Family"',
    '"South Texas Family Residential"',
    '"Eloy Detention" OR "Wyatt Detention"',
    '("Delaney Hall" AND (immigra* OR =ICE OR detainee* OR deport* OR migrant*))',
    '"Moshannon Valley Processing"',
    '"Elizabeth Detention"',
    '"Bluebonnet Detention"',
    '"Camp East Montana"',
    // Probes from public knowledge of ICE's detention network (no record): each name with its facility word
    '"Broadview ICE"',
    '("Broadview facility" AND (immigra* OR =ICE OR detain* OR deport* OR migrant*))',
    '"Broadview Processing"',
    '"ICE Broadview"',
    '"Dilley Immigration"',
    '"Dilley detention"',
    '"Dilley family residential" OR "Dilley family detention"',
    '"Otay Mesa Detention"',
    '"Central Louisiana ICE"',
    '"South Louisiana ICE"',
    '"Batavia detention"',
    '"Folkston ICE"',
    '"Mesa Verde ICE"',
    '"Mesa Verde Detention"',
    '"Golden State Annex"',
    '"Desert View Annex"',
    '"Imperial Regional Detention"',
    '"Prairieland Detention"',
    '"Pine Prairie ICE"',
    '"Farmville Detention"',
    '"Caroline Detention"',
    '("Berks County Residential" AND (immigra* OR =ICE OR detain* OR asylum OR migrant*))',
    '"Berks Family Residential"',
    '"Hutto Residential"',
    '"Don Hutto"',
    '="Tacoma ICE"',
    '="Aurora ICE"',
    '"Denver Contract Detention"',
    '"El Valle Detention"',
    '"Rio Grande Processing Center"',
    '"Montgomery Processing Center"',
    '"Joe Corley"',
    '"Broward Transitional"',
    '"Richwood Correctional"',
    '"Everglades detention"',
    '"Deportation Depot"',
    '"Krome North"',
  ],
  200,
);
/** ICE Health Service Corps: medical care in immigration detention. */
export const DETENTION_HEALTH = '(=IHSC OR ihsc OR "Health Service Corps" OR "Health Services Corps")';

/** Where routine facilities work serves immigration detention (labelled-real README, ICE awards). */
export const DETENTION_SITE =
  '(pidc OR bssa OR "Port Isabel" OR Krome OR "detention facilit*" OR "detention center*" OR "processing center*" OR =SPC OR =CDF OR "staging area")';

/** Detention facilities in general words: with ICE as the buyer. */
export const DETENTION_FACILITY =
  '("detention center*" OR "detention facilit*" OR "processing center*" OR "contract detention" OR ncchc OR "correctional health care" OR "detention support" OR "detention & transportation")';

/** What officers carry and use: arms, ammunition, armour, ranges, evidence, tactical teams. */
export const ENFORCEMENT_EQUIPMENT = orGroups([
  'ammunition',
  'ammo',
  'buckshot',
  'caliber',
  '"night vision"',
  '"thermal imaging"',
  '"body armor"',
  '"firing range*"',
  'ranges NEAR/3 (repair* OR upgrad* OR renovat*)',
  '"firearms range*"',
  'firearm*',
  'pepperball',
  'carbine*',
  'weapon*',
  'pistol*',
  'Glock',
  'ballistic',
  'breacher*',
  '"plate carrier*"',
  '"range fee*"',
  'M4',
  'covert',
  'undercover',
  '"narcotics analyzer*"',
  'tracker*',
  '"tracking device*"',
  'munition*',
  'armor',
  'armour',
  '9mm',
  'FMJ',
  'handgun*',
  'submachine*',
  'holster*',
  'Aimpoint',
  'rifle*',
  '"ballistic shield*"',
  'tactical',
  'SRT',
  'evidence',
  // From the twenty-third collection: guns and parts by maker, shooting ranges, seized-property rooms
  '"shooting range*"',
  '"AR-15"',
  'Remington',
  '"Wilson Combat"',
  'shotgun*',
  '"Sig Sauer"',
  '"seized property"',
  // Tactical gear and training for ERO/HSI officers (the corpus rule; probes, no record): less-lethal weapons and
  // restraints, special response teams, close-quarters training, ICE's firearms and tactical programs office
  'taser*',
  '"conducted energy"',
  '"less lethal"',
  '"less-lethal"',
  'handcuff*',
  'restraints',
  '"pepper spray"',
  '"OC spray"',
  'baton*',
  '"special response team*"',
  '"Title III"',
  '"close quarters"',
  '"Firearms and Tactical"',
  // From the thirty-third (dev): restraints by name, shotgun rounds by gauge, rifle parts, a range under construction
  'cuffs',
  '"belly chain*"',
  '"leg iron*"',
  'shackle*',
  '"12 gauge"',
  '"gauge buck"',
  '"muzzle brake*"',
  '((range NEAR/3 construction) AND training)',
  'oftp',
  '"technical enforcement officer*"',
  '(range OR qualification*) NEAR/6 agent*',
]);

/**
 * What an ICE award buys for custody, removal and investigations, named in its description (with ICE as the
 * buyer): detention and detained dockets, custody and removal operations, armed transport, HSI's cases.
 */
export const ENFORCEMENT_PURCHASES = orGroups([
  'detention',
  'detained',
  'segregation',
  '"bond management"',
  '"hold room*"',
  'holdroom*',
  '"sally port*"',
  '"family residential"',
  '"escort officer*"',
  '"escort services"',
  '"custody operations"',
  'custody NEAR/3 (program* OR coordinator* OR resource*)',
  '(prisoner* OR detainee*) NEAR/4 (care OR custody OR housing)',
  '"removal management"',
  '"travel documents"',
  '"armed ground transport*"',
  '"armed transport*"',
  '"targeting operations"',
  '"targeting center"',
  '"special agent*"',
  '"Cyber Crimes Center"',
  '"seized currency"',
  '"seized property"',
  '"consensual monitoring"',
  '"fingerprint scanner*"',
  '"evidence room*"',
  '"evidence storage"',
  'fentanyl',
  'narcotics',
  '"Law Enforcement Support Center"',
]);

/** Municipal ID card programmes (New York's IDNYC and others), whose applicants' records both topics read. */
export const MUNICIPAL_ID = '("municipal ID" OR IDNYC OR "city ID" OR "municipal identification")';

/** ICE that is not the agency: trains, engines, the exchange operator. Guards for both topics. */
export const ICE_HOMONYMS = [
  // German ICE trains (Deutsche Bahn), in English and German
  // … and in Spanish and Portuguese (beside no word of immigration enforcement)
  '((tren OR trenes OR comboio* OR trem OR trens OR ferrocarril* OR ferroviari* OR "alta velocidad") AND =ICE) NOT (inmigra* OR migra* OR deport* OR redada* OR detenid*)',
  // "In Case of Emergency" phone contacts
  '(=ICE AND ("In Case of Emergency" OR "In Case of an Emergency")) NOT (deport* OR immigra* OR detain* OR arrest*)',
  '=ICE AND (Bahn OR Zug OR Züge OR Zügen OR Zuges OR Zugverkehr OR Fernzug* OR Fernverkehr OR Stellwerk OR Fahrgast* OR Flotte OR Verkehr OR Zugausfall* OR Zugverbindung* OR Streckensperrung OR Verspatung* OR railway* OR railroad* OR "high-speed" OR passengers OR "train recall" OR Eschede OR Zugungluck OR trein OR treinen OR goederentrein* OR "train accident" OR "rail disaster")',
  '(=ICE NEAR/2 (vehicle* OR engine* OR car OR cars OR truck* OR powertrain*)) NOT (raid* OR arrest* OR deport* OR detain* OR immigra* OR agents)',
  '"internal combustion" NEAR/6 =ICE',
  // Costa Rica's electricity institute (Instituto Costarricense de Electricidad), in Spanish and English
  '(("Instituto Costarricense de Electricidad" OR "Costa Rican Institute of Electricity") AND =ICE) OR (=ICE NEAR/12 (electricidad OR electrica* OR electrico* OR kilovatio* OR racionamiento* OR "cortes de luz" OR telecomunicacion*))',
  // A state police drug unit (Interstate Crime Enforcement)
  '"Interstate Crime Enforcement" AND =ICE',
  // The exchange operator's mortgage data and Austria's ice-hockey league (ICE Hockey League)
  '=ICE AND (mortgage* OR "Home Price Index" OR delinquen* OR "Mortgage Monitor" OR Eishockey* OR "Hockey League" OR Tabellenfuhrung)',
  // Italy's trade agency (Agenzia ICE: export promotion, trade fairs)
  '=ICE AND ("Agenzia ICE" OR "ICE Agenzia" OR "Agenzia per la promozione" OR "Made in Italy" OR internazionalizzazione OR fiere OR fieristic* OR Vinitaly)',
  '("Intercontinental Exchange" OR IntercontinentalExchange) AND =ICE',
  '"Intercontinental Exchange" OR IntercontinentalExchange',
  // ICE the exchange operator: futures, clearing and its stock ticker
  // ("futures" spelled exact: the plural folding would read "then OKs future collaboration" after ICE as futures)
  '=ICE NEAR/8 (=futures OR =Futures OR "ICE futures" OR swapnote OR Liffe OR Brent OR "clearing house*" OR NYSE OR =OTC OR "electronic market*")',
  // … and in Spanish (the thirty-first): coffee and sugar futures on the ICE market
  '=ICE NEAR/8 (futuros OR "materias primas" OR "bolsa de valores")',
  // … and in Portuguese (the thirty-fifth): coffee prices on New York's commodity exchange
  '=ICE AND ("Bolsa de Mercadorias" OR "cafe arabica" OR acucar OR cotacoe* OR "bolsa de Nova York")',
  // "In Case of Emergency" contacts in a phone
  '=ICE AND "in case of emergency"',
  // Frozen lakes and rinks in a shouted headline ("We have ICE!")
  '=ICE AND ("layer of ice" OR "ice fishing" OR "thin ice" OR "ice thickness" OR "ice on the lake" OR "ice rink*" OR "ice skat*")',
  // … and ice fishing in any case (eleven dev records: shanty removal deadlines, derbies, anglers through the ice). No
  // include rule reads them, but the exclusion also keeps the learned second opinion off them ("ice", "removal")
  '"ice fishing" OR "ice shanty" OR "ice shanties" OR "ice angler*" OR "ice fishermen" OR "fishing shelter*"',
  // ICE hockey teams (in Slovene too: the Alpine league's "ICE HL", from the forty-first)
  '=ICE AND (hockey OR goalie* OR puck* OR "power play" OR "win column" OR playoff* OR "post game" OR postgame OR hokej* OR "ICE HL")',
];

/**
 * State criminal-justice networks by their acronyms, none of them a word, so written plain (they
 * count in all-capital award records too): Texas, Georgia, Virginia, Utah, Nevada, Indiana,
 * Delaware, Rhode Island, Oklahoma, Idaho, New York, Alaska, Washington, Arizona, Kansas.
 */
export const STATE_POLICE_NETWORKS =
  '(tcic OR tlets OR gcic OR vcin OR ucjis OR ncjis OR idacs OR deljis OR rilets OR olets OR ilets OR nyspin OR apsin OR wacic OR acjis OR kcjis)';

/** ICE paying a state or local government (the recipient, read from the contractor field): radio networks and firing ranges are not records. */
const iceBuysFromGovernment = (recipients: string, what: string, alsoNot = '') =>
  `(("Immigration and Customs Enforcement" OR =ICE) AND (${recipients}) AND (${what})) NOT (radio* OR communication* OR range* OR firearm*${alsoNot})`;

/**
 * ICE buying access to a state or local government's records or systems (labelled-real README: both
 * topics; state police, DMV or workforce databases): access, queries, terminals or
 * databases from any government recipient; a connection, a system that locates or holds records, user fees or
 * an investigative tool from a state, public-safety, justice or regional-government recipient; from the fortieth, data
 * or information exchanges and information systems from a state agency or department (a workforce agency's "data
 * information exchange", a public-protection department's criminal information system).
 */
export const ICE_BUYS_STATE_ACCESS = [
  iceBuysFromGovernment(
    'contractor:county OR contractor:city OR contractor:state OR contractor:police OR contractor:sheriff* OR contractor:"public safety" OR contractor:justice OR contractor:governments OR contractor:"motor vehicle*" OR contractor:workforce',
    'access* OR quer* OR terminal* OR databas*',
  ),
  iceBuysFromGovernment(
    'contractor:state OR contractor:"public safety" OR contractor:"of governments" OR contractor:justice',
    'connection* OR (system* NEAR/12 (locat* OR fugitive* OR records OR data OR quer* OR search* OR criminal OR access* OR communities)) OR "user fee*" OR "investigative tool*"',
    ' OR phone*',
  ),
  iceBuysFromGovernment(
    'contractor:workforce OR contractor:"public protection" OR contractor:"department of" OR contractor:state OR contractor:agency',
    '"data exchange" OR "information exchange" OR "information system*" OR "data information"',
  ),
];

/** Doors, gates and roads are not records: an "access" that is access control or an access road. */
export const PHYSICAL_ACCESS =
  '(("access control*" OR "access road*" OR "card access" OR "badge access") AND access*) NOT (database* OR =DAVID OR intelligence OR "crime center*" OR "crime centre*")';
