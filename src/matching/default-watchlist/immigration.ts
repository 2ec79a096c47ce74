/** The default watchlist's immigration-enforcement rules (topic definition: src/matching/README.md). */
import { SHARE } from './words.ts';
import {
  IMMIGRATION_CONTEXT,
  MUNICIPAL_ID,
  ICE_CONTEXT,
  ICE_NAMES,
  ROUTINE_FACILITIES,
  ENFORCEMENT_OFFICE,
  ENFORCEMENT_OFFICE_WORDS,
  ICE_ADMINISTRATION,
  REPORTS_ILLEGAL_ALIENS,
  UNLAWFUL_PRESENCE,
  CBP_CONTEXT,
  FACILITY_NAMES,
  FACILITY_NAMES_MORE,
  DETENTION_HEALTH,
  DETENTION_SITE,
  DETENTION_FACILITY,
  ENFORCEMENT_EQUIPMENT,
  ENFORCEMENT_PURCHASES,
  ICE_HOMONYMS,
  UNAUTHORIZED_IMMIGRANT_RECORDS,
  HOUSING_STATUS_DEMAND,
  STATE_POLICE_NETWORKS,
  ICE_BUYS_STATE_ACCESS,
  PHYSICAL_ACCESS,
} from './terms.ts';
import { STATE_DATA_TO_HOMELAND_SECURITY, PERSONAL_INFORMATION_TO_FEDERAL_GOVERNMENT } from './both-topics.ts';

/** The 1996 act (IIRIRA) by its name, as bills and digests spell it; the guards below read what it is cited for. */
const THE_1996_ACT =
  '("Illegal Immigration Reform and Immigrant Responsibility Act" OR "Illegal Immigration and Immigrant Responsibility Act")';

export const immigrationInclude = [
  // Agencies and components
  '=ICE NOT ("Securities and Exchange Commission" OR "Commodity Futures Trading Commission" OR "Intercontinental Exchange" OR "internal combustion")',
  '"Immigration and Customs Enforcement"',
  '"Enforcement and Removal Operations"',
  '"Enforcement & Removal Operations" OR "Enforcement & Removal Office*"',
  '=ERO NOT ("Electric Reliability" OR "Energy Regulatory Commission" OR "Education Review" OR "Te Tari" OR kura OR electoral OR canvass OR "Registration Officer")',
  '"Homeland Security Investigations"',
  '=HSI NOT ("Hispanic-Serving")',
  '"Border Patrol"',
  '=CBP NEAR/6 (agent* OR arrest* OR apprehen* OR detain* OR detention OR deport* OR removal OR raid*)',
  '"ICE Air"',
  '70cdcr*',
  // Programs
  '"287(g)" OR 287g',
  '"Secure Communities" AND (=ICE OR immigra* OR fingerprint* OR =DHS OR "Homeland Security" OR deport* OR detainer* OR alien*)',
  '"Warrant Service Officer*"',
  '"Alternatives to Detention"',
  // A US Marshals jail agreement for federal prisoners is not immigration detention, unless it says so.
  '(=IGSA OR "intergovernmental service agreement*" OR "Inter-Governmental Service Agreement*") NOT (("Marshals Service" OR =USMS OR "Tri-Party") NOT (immigra* OR =ICE OR alien*))',
  '"service processing center*"',
  '"family residential center*"',
  '"criminal alien*" NOT "Bureau of Prisons"',
  '"illegal alien*"',
  '"alien registration"',
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
  // Prosecutors weighing immigration consequences in plea negotiations (from the thirty-seventh, dev)
  '"collateral immigration consequences" OR ("immigration consequences" NEAR/10 (plea* OR prosecut*))',
  '"immigration proceeding*"',
  '"illegal entry" OR "illegal reentry" OR ("unlawfully present" NEAR/15 (alien* OR immigra* OR "United States" OR citizen* OR deport* OR removal OR visa* OR status OR migrant* OR foreign* OR undocumented OR federal OR verif* OR benefit* OR employ*)) OR ("not lawfully present" NEAR/12 (arrest* OR officer* OR police OR sheriff* OR jail* OR detain* OR custody))',
  `detention NEAR/6 (immigra* OR =ICE OR alien* OR noncitizen* OR migrant* OR asylum)`,
  `detain* NEAR/6 (immigra* OR alien* OR noncitizen* OR "non-U.S. national*" OR migrant* OR asylum)`,
  '"detention services" NOT ("Marshals Service" OR "Bureau of Prisons" OR "federal prisoners" OR juvenile OR youth OR interlocal OR "city jail")',
  'alien* NEAR/5 (custody OR removable OR inadmissible OR apprehen* OR depart)',
  'enforc* NEAR/4 immigra*',
  'immigra* NEAR/2 (agent* OR officer* OR official* OR authorit* OR arrest* OR raid* OR custody OR sweep OR sweeps OR crackdown* OR operation*)',
  '("immigration status" OR "immigrant status") NEAR/8 (inquir* OR ask* OR question* OR solicit* OR determine OR stop OR arrest* OR "law enforcement" OR police OR jail* OR investigat*)',
  '"courthouse arrest*"',
  '"civil arrest*" NEAR/8 court*',
  '"Protect Our Courts"',
  // Cooperation with ICE, civil immigration law, worksite enforcement, status questions by police
  'cooperat* NEAR/4 (=ICE OR "Immigration and Customs Enforcement" OR "immigration authorit*" OR "federal immigration")',
  '"civil immigration" OR "immigration violation*" OR "civil detainer*"',
  '(("stay of removal" OR "staying removal" OR "stays of removal") AND (deport* OR immigra* OR =ICE OR asylum OR refugee* OR "removal order*" OR alien* OR noncitizen* OR =BIA OR =EOIR OR "Federal Court" OR Minister OR =CBSA)) OR ("federal immigration law*" NEAR/12 (complian* OR comply OR enforc* OR cooperat* OR role OR ordinance OR police))',
  '"proof of" NEAR/3 (citizenship OR "legal status" OR "lawful status") AND (police OR officer* OR "traffic stop*" OR arrest*)',
  'verif* NEAR/6 ("lawful status" OR "work authorization" OR "employment eligibility" OR "work eligibility" OR "immigration status") AND (employ* OR worker*)',
  '(=CBP OR "Customs and Border Protection") AND ("medical screening" OR "in CBP custody" OR "in custody")',
  'apprehen* NEAR/6 (migrant* OR immigrant* OR alien* OR noncitizen* OR "border crosser*") OR "migrant encounters"',
  '"unauthorized alien*" NEAR/8 (employ* OR hir* OR work*) OR "no-match letter*"',
  '("undocumented status" OR "suspicion of undocumented" OR "citizenship or immigration status") NEAR/8 (stop* OR detain* OR question* OR arrest* OR "law enforcement" OR police)',
  '(immigra* OR alien*) AND ("law enforcement" NEAR/8 ("identifying information" OR cross-referenc* OR "immigration status"))',
  'alien* NEAR/10 ("correctional facilit*" OR jail* OR inquir*) OR "right to be or remain"',
  '"Border Crossing Information" OR =ENFORCE NEAR/2 =IDENT',
  '(=FALCON OR Palantir) AND ("Immigration and Customs Enforcement" OR =ICE OR =HSI OR "Homeland Security Investigations")',
  // Border expulsions and returns, and arrests of people "in the country illegally" (news words)
  '"Title 42" NEAR/12 (migrant* OR asylum OR border OR expel* OR expuls*) OR expel* NEAR/6 (migrant* OR asylum)',
  // From the thirty-first (dev): CBP's emergency services for a "T42 migrant surge"
  '("Customs and Border Protection" OR =CBP OR "Border Patrol") AND ("migrant surge" OR "migrant surges" OR T42)',
  '("unlawful entry" OR "illegal entry" OR "unlawful entries" OR "illegal entries") NEAR/6 (alien* OR migrant* OR immigrant*)',
  // … and two probes from the topic definitions (status inquiries; CBP holding and processing facilities): jailers told to
  // determine or verify inmates' citizenship or status, a processing centre for migrants
  '((jail* OR jailer*) NEAR/10 (citizenship OR "immigration status" OR "foreign-born" OR nationality)) AND (notif* OR verif* OR determin* OR ask*)',
  '("processing center*" OR "processing centre*" OR "processing facilit*") NEAR/4 migrant*',
  // … and everyday-word probes: holding cells and detention centres named beside migrants, immigrants or asylum (the
  // words may sit in the title and the summary); juvenile detention stays a negative
  '("holding cell*" OR "holding facilit*") AND (immigrant* OR migrant* OR =CBP OR "Border Patrol" OR asylum)',
  '(("detention facilit*" OR "detention center*" OR "detention centre*") AND (migrant* OR immigrant* OR asylum)) NOT (juvenile* OR youth)',
  '"Remain in Mexico" OR "Migrant Protection Protocols"',
  '(raid* OR detain* OR arrest*) NEAR/12 ("country illegally" OR "U.S. illegally" OR "United States illegally" OR "here illegally")',
  '"voluntary departure" OR "Intensive Supervision Appearance" OR =ISAP',
  'detain* NEAR/6 ("green card" OR "permanent resident*" OR "visa holder*")',
  'notif* NEAR/8 ("Homeland Security" OR =DHS OR "federal immigration") AND (inmate* OR jail* OR custody OR "release date*")',
  // Asylum and entry rules, bonds, lookout systems, transport and harbouring crimes, jail space and care bought by CBP
  '"Asylum Cooperative Agreement*" OR "safe third country" OR "emergency border circumstances"',
  'immigra* NEAR/3 bond* OR "delivery bond*" OR (lookout NEAR/6 (immigra* OR alien*))',
  '(transport* OR harbor* OR harbour* OR smuggl* OR conceal*) NEAR/8 ("unauthorized alien*" OR "illegal alien*" OR "undocumented immigrant*")',
  // Probes from the topic definitions (2026-12-03): detainees at a processing center, state crimes of entering
  // outside a port of entry, the detention bed quota, undocumented people arrested or detained
  '(detainee* OR detained) AND ("processing center*" OR "processing centre*")',
  '("port* of entry" NEAR/10 (enter* OR entry OR cross*)) AND (crime OR arrest* OR offen* OR misdemeanor OR felony)',
  '("prolonged detention" OR overcrowd*) NEAR/12 (=DHS OR "Homeland Security" OR "Border Patrol" OR =CBP OR "processing center*" OR "processing centre*")',
  // Jails checking the status of foreign nationals they hold; state reports of which localities comply
  '(("foreign national*" OR defendant* OR inmate* OR prisoner*) NEAR/12 ("not lawfully admitted" OR "lawful status" OR nationality)) AND (sheriff* OR jail* OR "correctional facilit*" OR detention OR arrest*)',
  '"immigration compliance report" OR ("immigration compliance" NEAR/10 (subdivision* OR sanctuar* OR "law enforcement" OR county OR counties OR municipal*))',
  '"Immigrant Protection Act" OR "Immigration Protection Act" OR "Immigrant Protection Ordinance"',
  '(report* OR notif*) NEAR/10 ("citizenship status" OR "immigration status") NEAR/10 ("Immigration and Naturalization" OR =INS OR =ICE OR "Immigration and Customs" OR (immigra* NEAR/2 authorit*))',
  // From the third round of the twenty-ninth (dev): special registration of nonimmigrants at the INS, INS
  // detention facilities, CBP's joint processing centres
  '(("register with" OR registration) NEAR/12 "Immigration and Naturalization Service") AND ("designated countries" OR "special registration")',
  '("Immigration and Naturalization Service" OR =INS) AND (detention NEAR/4 (facilit* OR center* OR centre*))',
  '"Joint Processing Center*" OR "Joint Processing Centre*"',
  '"bed quota" OR ("detention bed*" NEAR/10 (=ICE OR immigra* OR Congress OR quota OR federal))',
  '("undocumented worker*" OR "undocumented immigrant*" OR "undocumented people" OR "undocumented residents" OR "undocumented migrant*") NEAR/6 (arrest* OR detain* OR raid* OR custody OR deport*)',
  `${CBP_CONTEXT} AND ("detention space" OR "bed space" OR "bed days" OR "jail detention" OR ((jail* OR "detention center*") NEAR/6 (services OR space OR bed* OR agreement* OR housing)) OR (("medical care" OR "medical services") NEAR/10 (migrant* OR detainee* OR custody)))`,
  '("detention centre*" OR "detention center*") NEAR/10 (migrant* OR asylum OR immigra*) OR ("migrant centre*" OR "migrant center*") NEAR/12 (Albania OR offshore OR detain* OR deport* OR repatriat*)',
  // Cities ending plate-reader contracts over immigration enforcement's access to the reads
  '(end* OR cancel* OR terminat* OR paus* OR suspend* OR drop*) NEAR/8 (Flock OR "plate reader*" OR =ALPR) AND (immigra* OR =ICE)',
  '"Alien Enemies Act" OR "Illegal Immigration Relief" OR "Illegal Immigration Reform"',
  // Returns and detention abroad: EU return hubs and Frontex (by name alone from the thirty-ninth: its records are about border control and returns), UK removal centres, Australia's detention centres
  '"return hub*" OR "return operation*" OR "return decision*" OR "Return Directive" OR "Return Regulation" OR Frontex',
  '("Brook House" OR Colnbrook OR Harmondsworth OR "Yarl\'s Wood" OR "Yarls Wood" OR "Tinsley House" OR Dungavel OR Derwentside) AND (detain* OR detention OR removal OR immigra*)',
  '(Villawood OR "Christmas Island" OR Nauru OR Manus OR "Yongah Hill") NEAR/10 (detention OR detainee* OR "offshore processing")',
  '"border agent*" NEAR/6 (detain* OR arrest* OR apprehen*) OR "la migra" OR hielera*',
  '("sensitive locations" OR "protected areas") NEAR/12 (=ICE OR immigra* OR =DHS OR "Homeland Security" OR "enforcement action*")',
  '"National Detention Standards" OR =PBNDS OR "Detention Oversight" OR "detention standards" NEAR/10 (=ICE OR immigra*)',
  '"TRUTH Act" NEAR/10 (forum OR immigra* OR =ICE OR sheriff* OR jail* OR report*) OR "Transparent Review of Unjust Transfers"',
  '("masked agents" OR "masked federal agents" OR "masked officers") NEAR/8 (detain* OR arrest* OR raid* OR grab* OR seiz*)',
  '"Speedway Slammer" OR "Cornhusker Clink" OR "Louisiana Lockup" OR "Fort Bliss" NEAR/8 (migrant* OR detain* OR detention)',
  'arrest* NEAR/8 ("green card interview*" OR "marriage interview*" OR =USCIS OR "Citizenship and Immigration Services") OR immigra* NEAR/2 ("check-in" OR "check-ins")',
  '"charter flight*" NEAR/8 (remov* OR deport* OR "Home Office" OR return* OR migrant* OR asylum)',
  '(return* NEAR/4 ("asylum seeker*" OR migrants)) AND (deport* OR remov* OR forcibl* OR "Border Force" OR intercept* OR detain* OR expel* OR pushback* OR "turned back" OR boat*)',
  '(communicat* OR cooperat*) NEAR/8 ("federal agenc*" OR "federal official*") AND "immigration status"',
  '"special registration" AND (nonimmigrant* OR alien* OR =INS OR NSEERS OR countries OR "Group 4")',
  // From the eleventh collection: driver data kept from the feds, plate data withheld from immigration cases,
  // tax data sought by DHS, pupils' data handed to the Home Office
  `(DMV OR "driver* licen*" OR "driver data" OR "driver* information" OR "motor vehicle*") NEAR/12 (${SHARE} OR disclos* OR hand*) NEAR/8 (feds OR =ICE OR "federal immigration" OR "immigration authorit*" OR "immigration enforcement")`,
  '(=ALPR OR =ALPRs OR "plate reader*" OR "plate data" OR "license plate*" OR Flock) NEAR/25 ("investigating immigration" OR (immigra* NEAR/3 (enforc* OR investigat* OR agenc* OR authorit* OR case* OR search* OR related)))',
  '(=ALPR OR "plate reader*" OR "plate data" OR "license-plate data" OR Flock) NEAR/40 ("undocumented immigrant*" OR "find immigrants" OR "track immigrants")',
  '"detainer request*" OR ((detention OR detain*) NEAR/10 "federal immigration law*")',
  '("tax data" OR "tax information" OR "taxpayer data" OR "taxpayer information" OR =ITIN OR (=IRS NEAR/4 (data OR records OR information OR address*))) NEAR/15 (=ICE OR "Immigration and Customs Enforcement" OR ((=DHS OR "Homeland Security") NEAR/6 (request* OR ask* OR demand* OR seek* OR deport* OR enforc* OR access*)))',
  '"Home Office" NEAR/12 (pupil* OR "pupil data" OR "school census")',
  // From the twelfth: rejected asylum seekers sent back, the enforcement and removals side named in the text
  '("rejected asylum seeker*" OR "failed asylum seeker*") NEAR/12 (return* OR deport* OR remov* OR send* OR repatriat*)',
  `${ICE_CONTEXT} AND "Enforcement and Removals"`,
  // From the thirteenth: state record systems on unauthorized immigrants
  UNAUTHORIZED_IMMIGRANT_RECORDS,
  '"federal immigration" NEAR/4 (request* OR hold* OR custody) OR arrest* NEAR/4 migrants OR "cross* the border illegally" OR "illegal border crossing*"',
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
  // From the twenty-sixth (dev): employment-eligibility pilots before E-Verify, the INS Alien File system, INS custody of juveniles
  '("employment eligibility" NEAR/8 (verif* OR pilot* OR attest* OR confirm*)) OR ("employment verification" NEAR/6 (law* OR act OR pilot* OR requirement* OR program*))',
  '("Alien File*" OR "Central Index System") AND ("system of records" OR "systems of records" OR "Privacy Act")',
  '("Immigration and Naturalization" OR =INS) AND ((detention OR detain* OR custody) NEAR/8 (juvenile* OR minor* OR alien*))',
  'biometric* NEAR/20 ("port of entry" OR "ports of entry" OR "land port*" OR "entry/exit" OR "entry and exit" OR "biometric exit" OR "border crossing*")',
  `(expos* OR ${SHARE} OR disclos* OR hand* OR turn*) NEAR/10 (undocumented OR "without legal status" OR "lawful presence")`,
  '("information sharing" OR "data sharing") NEAR/8 (=ICE OR "federal immigration")',
  // With federal agencies only where immigration is named (fusion centres share with federal agencies too)
  '(("information sharing" OR "data sharing") NEAR/8 "federal agenc*") AND (immigra* OR undocumented OR alien* OR deport* OR sanctuar*)',
  '"personal information" NEAR/12 ("license holder*" OR "AB 60")',
  // ICE's enforcement and removal side as the awarding office, unless the award is routine administration
  ENFORCEMENT_OFFICE,
  // Work at a named immigration detention facility, and what officers carry, bought by ICE
  FACILITY_NAMES,
  ...FACILITY_NAMES_MORE,
  DETENTION_HEALTH,
  `${ICE_CONTEXT} AND ${DETENTION_FACILITY}`,
  `${ICE_CONTEXT} AND ("processing ctr*" OR "detention ctr*")`,
  // From the twenty-third collection: a service processing center written SPC in capitals, with its upkeep
  `${ICE_CONTEXT} AND (spc NEAR/5 (operation* OR maintenance OR "o&m" OR guard* OR repair*))`,
  ...ENFORCEMENT_EQUIPMENT.map((equipment) => `${ICE_CONTEXT} AND ${equipment}`),
  ...ENFORCEMENT_PURCHASES.map((purchase) => `${ICE_CONTEXT} AND ${purchase}`),
  // Medical care bought by ICE is care in immigration detention (ICE Health Service Corps)
  `${ICE_CONTEXT} AND ("medical staffing" OR "medical services" OR "health care staffing" OR "healthcare staffing" OR "nursing services" OR "medical care")`,
  // CBP with people in its custody (holding facilities, detainee property, children arriving at the border)
  `${CBP_CONTEXT} AND (detainee* OR "unaccompanied alien child*" OR "family units" OR "holding facilit*" OR "soft-sided facilit*" OR (detain* NEAR/4 (individual* OR people OR person* OR famil*)))`,
  // Food-assistance or Medicaid records with citizenship or immigration status demanded from states (the thirty-third, dev)
  '((=SNAP OR "food stamp*" OR "food assistance" OR Medicaid) NEAR/15 ("personal data" OR "citizenship status" OR "immigration status")) AND (demand* OR "hand over" OR "handed over" OR "turn over" OR "turned over")',
  // CBP or the Border Patrol holding a person (the thirty-third, dev: a student detained at the border); goods detained are guarded
  `${CBP_CONTEXT} NEAR/3 (detained OR detains)`,
  // From the twenty-sixth collection (dev): CBP processing centres, transport, food and linen for people in custody;
  // services for non-citizens bought by ICE or CBP; ICE at Guantanamo's Migrant Operations Center; removal charters;
  // Institutional Removal Program facilities; Operation Stonegarden; CBP buying phone location data
  `${CBP_CONTEXT} AND ((cpc NEAR/3 (facilit* OR site* OR structure*)) OR "centralized processing" OR linen*)`,
  ...[CBP_CONTEXT, ICE_CONTEXT].map(
    (agency) =>
      `${agency} AND (("non-US citizen*" OR "non-citizen*" OR noncitizen*) NEAR/4 (transport* OR communicat* OR meal* OR food OR medical OR housing OR phone*))`,
  ),
  // … from the thirty-seventh (dev): CBP buying clothing and snacks for migrants in its custody
  `${CBP_CONTEXT} AND (migrant* NEAR/3 (clothing OR snack* OR meal* OR food OR blanket* OR hygiene OR shoe*))`,
  `${CBP_CONTEXT} AND ("unaccompanied" OR "processing coordinator*" OR "guard and transport*" OR "holding cell*" OR "hold room*" OR holdroom* OR "migrant processing" OR "illegal migration" OR "illegal immigration" OR "in-custody" OR (medical NEAR/6 ("southwest border" OR swb)) OR ((interview* OR camera*) NEAR/6 "processing center*"))`,
  '"family case management"',
  '("sensitive locations" NOT ("data broker*" OR "data aggregator*" OR "location data")) OR ("protected areas" NEAR/8 (=ICE OR immigra*))',
  '((protect* OR shield* OR keep OR keeps OR kept) NEAR/8 (data OR information OR records)) AND (immigrants OR undocumented) AND (federal OR =ICE OR deport* OR "immigration authorit*")',
  '(asylum NEAR/8 (ineligib* OR bars OR limit* OR restrict* OR presum*)) AND (border OR "between ports" OR "ports of entry" OR encounter* OR "lawful pathways")',
  '"find immigrants" OR "locate immigrants" OR "track immigrants" OR "track down immigrants" OR "find undocumented" OR "locate undocumented"',
  // From the twenty-seventh (dev): members of Congress entering detention facilities unannounced;
  // laws that limit local cooperation with federal enforcement, named beside immigrants
  '((limit* OR prohibit* OR restrict* OR bar OR bars OR barring OR ban OR bans OR banning) NEAR/4 cooperation) AND (immigrant* OR immigration OR alien* OR undocumented)',
  '("Member of Congress" OR "Members of Congress" OR congressional) NEAR/10 ("detention facilit*" OR "detention center*")',
  // Older dev misses: removal and apprehension of undocumented aliens in award words; "Ice" crackdowns and raids in
  // title-case headlines (tactical training and custody purchases are in ENFORCEMENT_EQUIPMENT and ENFORCEMENT_PURCHASES)
  '(apprehen* OR remov* OR deport* OR arrest* OR detain* OR detention) NEAR/8 ("undocumented alien*" OR "illegal alien*" OR "undocumented immigrant*" OR "unauthorized alien*" OR "criminal alien*")',
  'ice NEAR/1 (crackdown* OR raid OR raids OR agents OR arrests OR detention OR deportation*)',
  '"Standards for Enforcement Activities" OR ("Immigration and Nationality Act" NEAR/8 (seizure* OR forfeiture*))',
  // Probes from the topic definition (no record): notices to appear, administrative warrants, collateral arrests,
  // detention standards, know-your-rights work against raids
  '("notice* to appear" AND (asylum OR immigra* OR migrant* OR alien* OR noncitizen* OR removal OR border OR =ICE OR =DHS)) OR "collateral arrest*"',
  '("administrative warrant*" NEAR/10 ("judicial warrant*" OR agent* OR =ICE OR immigra*)) OR ("detention standards" NOT (juvenile* OR "federal prisoners" OR Marshals))',
  '("know your rights") AND (raid* OR =ICE OR deport* OR "immigration agent*")',
  // Probes from the topic definition (no record): jails reporting booked foreign nationals, courthouse arrests,
  // employer sanctions in plain words
  '("foreign national*" NEAR/10 (booked OR booking OR jail* OR arrest*)) AND (federal OR immigra* OR =ICE OR notif*)',
  '(arrest* NEAR/6 courthouse*) AND ("judicial warrant" OR civil OR immigra* OR =ICE)',
  '((hir* OR employ*) NEAR/4 ("undocumented worker*" OR "unauthorized worker*" OR "illegal worker*")) AND (penalt* OR fine* OR sanction* OR prohibit* OR raid* OR arrest*)',
  `"Migrant Operations Center" OR (${ICE_CONTEXT} AND (Guantanamo OR gitmo))`,
  '"high risk charter*" OR ((charter* OR flight*) NEAR/4 "ICE ERO") OR "Institutional Removal Program" OR (irp NEAR/2 facilit*) OR (stonegarden AND ("Border Patrol" OR "border agent*" OR undocumented OR alien* OR migrant* OR "border security" OR =CBP))',
  `${CBP_CONTEXT} AND ("location data" NEAR/10 (buy* OR bought OR purchas* OR commercial* OR broker*))`,
  // DHS, CBP or ICE collecting or buying plate-reader data
  `(${CBP_CONTEXT} OR =DHS OR "Homeland Security" OR =ICE OR "Immigration and Customs Enforcement") AND ("license plate reader*" OR "plate reader*" OR "license plate reading" OR =LPR OR =ALPR)`,
  '"Detention and Removal Operations" OR "Office of Detention and Removal"',
  `${ICE_CONTEXT} AND =DRO`,
  '"removal case" OR (=EARM OR earm) NEAR/10 (=EID OR "ENFORCE" OR removal OR data)',
  // Asylum and border rules, DHS confinement, detainers by their federal name, immigration data handed over
  '"withholding of removal" OR ("southwest border" NEAR/10 (migra* OR surge OR encounter* OR crossing* OR apprehension*))',
  '("confinement facilit*" OR "holding facilit*") NEAR/8 (=DHS OR "Homeland Security" OR =ICE OR immigra*)',
  '"federal administrative detainer*" OR "federal immigration agenc*" OR "Federal Immigration and Customs"',
  `"immigration data" NEAR/8 (${SHARE} OR "data-sharing" OR "data sharing" OR hand* OR provid* OR access*)`,
  `((${SHARE} OR disclos* OR releas*) NEAR/12 "federal officials") AND "immigration status"`,
  '("Immigration Service" OR "Immigration and Naturalization Service") NEAR/15 (jail* OR prisoner* OR detain* OR housing)',
  // Overstay tracking of travellers (entry/exit), and deportation in German
  '"Arrival and Departure Information System" OR "visa overstay*"',
  'abschieb* OR Abschiebung* OR abgeschoben',
  // Removal and detention abroad: the UK Home Office and its removal centres, Canada's border agency
  '"immigration removal centre*" OR "immigration removal center*" OR ((=CBSA OR "Canada Border Services Agency") NEAR/12 (detain* OR detention OR deport* OR removal OR jail* OR "lock up" OR hold*))',
  '"Home Office" NEAR/15 ("immigration enforcement" OR deport* OR "illegal immigrants" OR "migration status" OR "immigration status" OR "hostile environment" OR "immigration rules" OR "immigration offences" OR "immigration crackdown" OR (crackdown NEAR/4 immigra*))',
  // From the thirty-fourth (dev): the UK's hostile environment (data handed over for immigration purposes, banks
  // checking status), overstayers' arrests, Australia's "removal pathway"
  '"Home Office" NEAR/15 ("immigration reasons" OR "immigration purposes" OR "immigration enforcement purposes" OR "rough sleep*" OR "without leave to" OR "disqualified person*")',
  '((bank* OR "current account*" OR "building societ*") NEAR/15 (("immigration status" OR "leave to enter" OR "leave to remain") NEAR/12 (check* OR clos* OR "not permitted" OR disqualified))) NOT (regardless OR irrespective)',
  'overstayer* NEAR/10 (arrest* OR raid* OR deport* OR remov* OR detain* OR expel*)',
  '"removal pathway*"',
  '("hostile environment" NEAR/15 (migrant* OR immigra* OR undocumented)) AND ("Home Office" OR deport* OR remov* OR polic* OR data OR landlord* OR bank* OR =NHS OR government)',
  // … immigration jails, the emergency declared at the southern border, CBP's care of people in its custody
  '"immigration jail*"',
  '("southern border" NEAR/8 (emergency OR invasion OR military OR troops OR "armed forces")) NOT (tariff* OR goods OR trade OR imports)',
  '(=CBP OR "Customs and Border Protection") NEAR/20 ("medical care" OR "deaths in custody" OR "in custody" OR "reporting of deaths" OR "custody deaths")',
  // … a state law making police and local governments report people not lawfully present
  '(report* NEAR/8 ("not lawfully present" OR "unlawfully present" OR "illegal alien*" OR undocumented)) AND ("law enforcement agenc*" OR "local government*" OR police)',
  // … children taken from their parents at the border (family separation)
  '("removing a child" OR "separat* children" OR "separation of children" OR "family separation*" OR "separating families") AND ("port of entry" OR border OR "Homeland Security" OR immigra*)',
  // ICE paying for state and local police systems (CLETS, LEIN, ARJIS and the like): access, user fees, records
  `${ICE_CONTEXT} AND (clets OR slets OR sclet OR lein OR cjic OR arjis OR "E-SUN" OR "justice information" OR "law enforcement telecommunications" OR "offender based" OR "crime information cent*")`,
  `${ICE_CONTEXT} AND ${STATE_POLICE_NETWORKS}`,
  ...ICE_BUYS_STATE_ACCESS,
  // Fourth probes (ICE award words, not from a record): detention inspections and bed days, canines, pen registers
  `${ICE_CONTEXT} AND ("detention inspection*" OR "detention monitor*" OR "detention oversight" OR "bed day*" OR "bed-day*" OR "detention bed*")`,
  `${ICE_CONTEXT} AND (canine* OR K9 OR "K-9" OR "pen register*" OR "trap and trace")`,
  // ICE as the agency (often only in the agency line) together with what the contract is for
  `${ICE_CONTEXT} AND (detainee* OR "detention services" OR "detention bed*" OR "bed space" OR "detention standards" OR "detention management")`,
  `${ICE_CONTEXT} AND (repatriat* OR "charter flight*" OR "air charter" OR (transport* NEAR/6 (detainee* OR noncitizen* OR guard* OR escort*)))`,
  // From the thirty-first (dev): an ICE award line naming the ERO field office it serves ("TRANSPORTATION SERVICES ERO LOS
  // ANGELES"; all capitals, where =ERO is not trusted, but the agency says whose ERO it is)
  '("Immigration and Customs Enforcement" OR =ICE) AND (ero NEAR/4 (transport* OR guard* OR detention OR removal* OR charter* OR escort*))',
  '("Immigration and Customs Enforcement" OR =ICE) AND ("field office*" NEAR/6 (transport* OR guard* OR escort*))',
  `${ICE_CONTEXT} AND (surveillance OR "social media" OR "open source intelligence" OR "pole camera*" OR "cell site" OR wiretap*)`,
  `${ICE_CONTEXT} AND ("electronic monitoring" OR "ankle monitor*" OR forensic* OR undercover OR informant*)`,
  `${ICE_CONTEXT} AND ((record* OR data OR databas* OR "data system") NEAR/6 (access OR subscription* OR quer* OR search* OR locat*))`,
  `${ICE_CONTEXT} AND (justification OR "sole source" OR "limited source*" OR JOFOC OR "J&A")`,
  // Second probes from the topic definitions: worksite raids, asylum seekers held
  '"worksite raid*" OR "workplace raid*" OR "worksite operation*" OR "workplace immigration"',
  // Named enforcement operations (probes from the topic definition, not from a record)
  '"Midway Blitz" OR "Metro Surge" OR "Catahoula Crunch" OR "Operation Cross Check" OR "Operation Return to Sender" OR "Operation Wagon Train" OR "Operation Community Shield" OR "Operation Streamline" OR "Operation Safe City" OR "Operation Tidal Wave" OR "Operation Charlotte\'s Web" OR "Migrant Operations Center"',
  '("asylum seeker*" OR migrants OR noncitizens OR detainees) NEAR/2 ("held in" OR "held at" OR "being held" OR "are held" OR "were held" OR jailed OR "locked up")',
  '"credible fear" OR "reasonable fear"',
  // From the twentieth collection: skip tracing bought by ICE (locating people for removal)
  `${ICE_CONTEXT} AND ("skip trac*" OR skiptrac*)`,
  // From the twenty-first: ICE's enforcement systems and immigration data work named in capitals
  `${ICE_CONTEXT} AND ("enforcement system*" OR "immigration data")`,
  // From the twenty-third: appeals in removal cases (the Board's procedures), returning unaccompanied children,
  // a city declared a sanctuary regardless of immigration status
  '"Board of Immigration Appeals" NEAR/30 (streamlin* OR appellate OR "case management" OR affirm* OR "single Board member" OR "three-member" OR backlog* OR "en banc")',
  '"unaccompanied alien child*" NEAR/20 (repatriat* OR removal OR "expedited processing" OR "return* to their")',
  'sanctuar* NEAR/12 "immigration status"',
  '"illegal immigration" NEAR/8 (act OR bill OR law OR laws OR enforc* OR relating OR matters OR provisions)',
  '((verif* OR determin* OR check*) NEAR/8 ("immigration status" OR "citizenship status" OR "lawful status")) AND (jail* OR arrest* OR confined OR booked OR custody OR sheriff*)',
  // From the twenty-fourth: Georgia's Immigration Enforcement Review Board and its public-contractor E-Verify statute
  '"Immigration Enforcement Review Board" OR =IERB OR "13-10-91"',
  // Enforcement abroad in its own words: warrants for removal (Canada), UK immigration bail
  '"warrant* for removal" OR "removal warrant*" OR "immigration bail"',
  // Fifth probes (no corpus record): checkpoints, family separation, removal ordered, border apprehensions
  '"immigration checkpoint*" OR "Border Patrol checkpoint*" OR "ordered removed" OR (apprehension* NEAR/4 border)',
  '(biometric* NEAR/10 (alien* OR noncitizen* OR "non-U.S." OR "non-citizen*")) AND (entry OR exit OR departure OR "ports of entry")',
  '"Analytical Framework for Intelligence" OR ("Intelligence Records System" AND (=CBP OR "Customs and Border Protection"))',
  // Landmark state enforcement laws by their bill numbers (beside their state)
  // From the thirtieth (dev): Arizona-style laws, state laws on local noncompliance, cities of refuge and raid-free zones,
  // sanctuary for refugees, agencies reporting applicants believed to be illegal aliens to federal agencies
  '"Arizona-style" NEAR/4 immigra*',
  // ICE's (formerly INS's) Law Enforcement Support Center answers police about arrested aliens
  '"Law Enforcement Support Center" OR (=LESC NEAR/10 (=ICE OR =INS OR immigra* OR alien* OR "status inquir*"))',
  // Police designated to serve as INS agents; INS operations and worksite checks of employment eligibility records
  '("serve as" OR "act as" OR "function as" OR designat* OR deputiz* OR cross-train*) NEAR/6 ("INS agent*" OR "immigration agent*" OR "immigration officer*")',
  // CBP processing undocumented migrants and asylum seekers
  `(process* NEAR/6 ("undocumented aliens" OR "undocumented migrants" OR "asylum seekers")) AND (${CBP_CONTEXT} OR "ports of entry")`,
  // Status of inmates and of people charged with crimes (checking and notifying)
  '("citizenship status" OR "immigration status") NEAR/8 (inmate* OR arrestee* OR prisoner* OR "persons charged" OR "charged with")',
  '((=INS NEAR/4 (operation* OR raid* OR crackdown* OR sweep*)) NOT (navy OR naval OR warship* OR vessel* OR India*)) OR (("employment eligibility" NEAR/10 (investigat* OR audit* OR records)) AND (undocumented OR illegal* OR =INS OR =ICE))',
  '"Sanctuary Resolution" OR (sanctuar* NEAR/20 (refugee* OR asylum))',
  '"laws related to immigration" OR (noncomplian* NEAR/8 immigra*)',
  '"City and County of Refuge" OR "Raid-Free Zone" OR ("City of Refuge" NEAR/20 (immigra* OR undocumented OR =INS OR =ICE))',
  REPORTS_ILLEGAL_ALIENS,
  '(("SB 1070" OR SB1070 OR "S.B. 1070") AND Arizona) OR (("HB 56" OR "H.B. 56") AND Alabama) OR "Beason-Hammon"',
  '(("SB 1718" AND Florida) OR ("SF 2340" AND Iowa) OR ("HB 4156" AND Oklahoma) OR ("HB 87" AND Georgia) OR (("SB 4" OR "Senate Bill 4") AND Texas)) AND (immigra* OR border OR undocumented OR migrant* OR illegal* OR sanctuary OR status)',
  '"impermissible occupation" OR "Immigrant Trust Directive" OR ((reentry OR re-entry) NEAR/6 (crime OR offense OR felony OR misdemeanor) AND (alien* OR immigra* OR deport* OR removed OR border))',
  '"cancellation of removal" OR ("immigration judge*" NEAR/10 (proceeding* OR hearing* OR "rules of procedure" OR custody OR bond OR remov* OR deport* OR "in absentia"))',
  'ImmigrationOS OR SmartLINK OR (("ankle monitor*" OR "ankle bracelet*" OR "electronic monitoring") NEAR/10 (migrant* OR immigrant* OR "asylum seeker*" OR noncitizen*))',
  '("asylum seeker*" NEAR/4 custody) OR ((death* OR died OR dies) NEAR/6 (migrant* OR "asylum seeker*") NEAR/6 custody) OR "mega detention" OR "megadetention"',
  '(("human smuggling" OR "alien smuggling" OR "smuggling of aliens" OR "smuggling of persons" OR "migrant smuggling" OR "smuggling migrants") NOT (contraband OR cargo OR drugs)) OR ((landlord* OR renting OR "rent to") NEAR/10 (undocumented OR "illegal alien*" OR "unlawfully present"))',
  '("family separation*" OR (separat* NEAR/3 (famil* OR parents OR children))) AND (border OR migra* OR immigra* OR asylum)',
  // From the twenty-fifth: officers asking arrestees about citizenship or legal presence
  '((ascertain* OR inquir* OR query OR queries) NEAR/8 (citizenship OR "legal presence" OR "lawful presence")) AND (arrest* OR jail* OR custody)',
  // From the thirty-second (dev): re-entering after removal (Kate's Law), CBP's soft-sided processing facilities and
  // buses for migrants in its awards, and Canada's police information centre (CPIC) disclosing records to US border officers
  '("illegally reenter*" OR "illegal re-entry" OR "reenter the United States") AND (remov* OR deport* OR exclu*)',
  '(("soft side*" OR "soft-sided") NEAR/3 (facilit* OR structure*)) AND (=CBP OR "Customs and Border Protection" OR "Border Patrol" OR migrant*)',
  '((bus OR buses OR transport*) NEAR/5 migrants) AND (=CBP OR "Customs and Border Protection")',
  '(uncooperative OR noncooperat* OR "refuse to cooperate" OR "refusing to cooperate" OR "refused to cooperate" OR "fail to cooperate" OR "failing to cooperate") NEAR/4 "immigration polic*"',
  '(=CPIC OR "Canadian Police Information Centre") NEAR/25 ("border official*" OR "border guard*" OR "Homeland Security" OR "U.S. Customs" OR "border agent*")',
  // From the thirty-fifth (dev): construction sites hiring illegal workers (worksite enforcement); state funds and
  // penalties for enforcing the law on "unlawful aliens"
  '("illegal workers" OR "illegal alien workers" OR "unauthorized workers") NEAR/10 (hir* OR employ* OR report*)',
  '"unlawful alien*" NEAR/6 (enforc* OR incarcerat* OR penalt* OR "law enforcement")',
  // Municipal ID programmes keeping or destroying applicants' records, with undocumented residents in view
  `(${MUNICIPAL_ID} NEAR/25 (records OR "personal information" OR "personal records" OR data OR info OR information)) AND (undocumented OR immigra* OR deport* OR =ICE)`,
  // Border agents reading local plate-reader data; Chicago's Welcoming City Ordinance by name
  '("border enforcement" OR "Border Patrol" OR =CBP OR "border agents") NEAR/15 ("plate data" OR "plate reader*" OR "plate-reader" OR "plate readers" OR Flock)',
  '"Welcoming City Ordinance"',
  // Detention equipment and a sally port built for DHS in a federal building (GSA subcontracts)
  '("detention equipment" OR "detention project" OR sallyport* OR "sally port*") AND (DHS OR "Homeland Security")',
  // Public bodies ordered to collect and keep everyone's immigration status
  '("immigration status" OR "immigration or citizenship status") NEAR/12 (collect* OR maintain* OR compil*) AND ("public body" OR "public bodies" OR agenc*)',
  // HSI's Border Enforcement Security Task Forces (from the thirty-sixth, dev)
  '"Border Enforcement Security Task Force*"',
  // INS agents posted at jails (from the thirty-sixth, dev)
  '("INS agents" OR "INS officers") AND (jail* OR deport* OR arrest*)',
  // From the thirty-seventh (dev): police asking suspected illegal immigrants to prove their status; police immigration
  // policies; immigration bills signed; the #NoTechForICE campaign
  '("illegal immigrant*" OR "illegal alien*") NEAR/10 (prove OR papers OR "proof of")',
  '"immigration policy" NEAR/6 (police OR sheriff* OR council)',
  '"immigration bills" NEAR/8 sign*',
  'NoTechForICE OR "No Tech for ICE"',
  // From the thirty-eighth (dev): Social Security records shared with DHS or ICE against immigrants
  '(("Social Security" OR =SSA) NEAR/20 (=DHS OR =ICE)) AND (immigra* OR deport*)',
  // … second round: ICE's law-enforcement information sharing service, pistols and spare magazines for ICE, the
  // enforcement response centres that check arrested people's status
  '"Law Enforcement Information Sharing" AND ("Immigration and Customs Enforcement" OR =ICE)',
  '("spare magazine*" OR =MPX OR =P320) AND ("Immigration and Customs Enforcement" OR =ICE)',
  '"Enforcement Response Center"',
  // … Byrne JAG grant conditions on immigration cooperation
  '("Byrne JAG" OR "Byrne Memorial Justice Assistance Grant" OR "Justice Assistance Grant") AND (immigra* OR sanctuary OR 1373)',
  // … the INS holding or detaining immigrants (in jails)
  '=INS NEAR/10 (holding OR detain* OR detention OR jails)',
  // From the thirty-ninth (dev): plate readers weighed against a city's sanctuary commitments; the Priority
  // Enforcement Program that replaced Secure Communities
  '("plate reader*" OR "license-plate reader*" OR "Flock Safety" OR (=Flock AND camera*)) AND sanctuary',
  '"Priority Enforcement Program"',
  // … ICE's administrative arrest and removal warrants (I-200, I-205) (its Spanish-language US news of state laws letting
  // police detain people without papers and of Sheriff Arpaio's sweeps are in spanish.ts)
  '"Warrant of Removal" OR "Warrant for Arrest of Alien"',
  // … state data shared with Homeland Security (both topics)
  STATE_DATA_TO_HOMELAND_SECURITY,
  // The forty-second collection: state agencies barred from giving the federal government personal information (for a
  // registry) in immigration bills
  PERSONAL_INFORMATION_TO_FEDERAL_GOVERNMENT,
  // From the forty-third collection (dev): laws on landlords asking tenants' immigration status (California's AB 976)
  '((tenant* OR landlord*) NEAR/10 ("immigration status" OR "citizenship status")) AND (check* OR verif* OR disclos* OR "right to rent" OR =ICE OR deport* OR inquir* OR "immigration enforcement")',
  // From the fifty-second collection (dev): Kate's Law, deported veterans, ICE's automation modernization program
  '("Kate\'s Law" OR "Kates Law") AND (immigra* OR alien* OR reentry OR reenter* OR illegal* OR deport* OR migrant* OR Steinle OR "United States" OR sanctuary)',
  '("removed from the country" OR "deported veterans" OR "deported veteran") AND (veteran* OR "permanent residents" OR conviction*) AND (military OR "permanent resident" OR "lawful resident" OR "green card" OR noncitizen* OR deport* OR immigra* OR citizenship OR naturaliz*)',
  '(=ICE AND "Automation Modernization") OR ("Automation Modernization Program" AND detainee* AND (DHS OR "Homeland Security" OR immigra* OR deport* OR removal))',
  // From the fifty-fourth collection (dev): a state's duty to give the immigration service names and addresses of people
  // it knows to be unlawfully present (42 U.S.C. 611a)
  '("Immigration and Naturalization Service" OR "immigration authorities" OR "Immigration and Customs Enforcement") NEAR/12 ("name and address" OR "names and addresses" OR "identifying information") AND (unlawful* OR illegal* OR "not lawfully" OR deport* OR removal OR enforcement)',
  // … the Laken Riley Act (detention of immigrants charged with theft); mayors vowing to defend undocumented residents
  '("Laken Riley Act" OR "Laken Riley bill") AND (=ICE OR immigra* OR detain* OR detention OR deport* OR "legal status" OR migrant* OR undocumented OR alien*)',
  '((mayor OR governor) NEAR/12 (defend* OR protect*) NEAR/12 (undocumented OR "seeking asylum")) AND (Trump* OR deport* OR =ICE OR raid* OR sanctuary OR "immigration enforcement")',
  // From the fifty-fifth collection (dev): awards housing "ICE aliens", software for ERO to identify undocumented aliens, transport of
  // // unaccompanied minors and family units; the INS central index of aliens; state crimes of living in a state without legal status;
  // // an inspector general on locating migrants released into the country
  '"ICE aliens" AND (housing OR detention OR detain* OR transportation OR medical OR removal OR "task order")',
  '"undocumented aliens" NEAR/10 (=ERO OR "immigration trials" OR "immigration court" OR "immigration courts" OR deport* OR removal)',
  '"unaccompanied minors" AND "family units" AND transportation AND ("task order" OR immigra* OR =ICE OR detention OR removal OR deport*)',
  '"central index" AND (aliens OR alien OR "Immigration and Naturalization" OR immigration)',
  '(crime OR criminal* OR offense) NEAR/10 ("without legal immigration status" OR "without lawful immigration status" OR ("unlawfully present" NEAR/4 ("United States" OR "the state" OR country OR alien*)))',
  '(migrants NEAR/10 released) AND (addresses OR "post-release") AND ("Homeland Security" OR =ICE OR =CBP OR (DHS AND (immigration OR border OR "United States")))',
];

export const immigrationExclude = [
  ...ICE_HOMONYMS,
  '"snow and ice"',
  // Removal of things, not people: snow and, from the fifty-fourth collection's session, asbestos, debris, graffiti,
  // trees and stumps, lead paint, mould, hazardous material, abandoned vehicles, litter, sediment (these read no dev
  // positive as an include rule)
  '(snow OR asbestos OR debris OR graffiti OR stump* OR "lead paint" OR "lead-based paint" OR mold OR mould OR "hazardous material*" OR tree OR trees OR "abandoned vehicle*" OR litter OR sediment) NEAR/3 removal',
  // The State Department's immigrant-visa application form ("Application for Immigrant Visa and Alien Registration")
  '"Immigrant Visa" AND "Alien Registration"',
  // Upkeep of a Border Patrol station (custodial, grounds, waste, pests): routine facilities work
  '"Border Patrol" AND (custodial OR janitorial OR "grounds maintenance" OR "snow removal" OR "snow and ice" OR "doors and windows" OR "pest control" OR "parking lot" OR paving OR reseal* OR "cable TV" OR "cable television" OR "shipping container*" OR "storage purpose*")',
  // … and its building operations, plant and equipment (the thirty-third, dev: a forklift, sludge pumping, a station's
  // building operations, a horse unit's stables moved)
  '"Border Patrol" AND (forklift* OR sludge OR clarifier* OR "building operation*" OR "facility operation*" OR "facilities operation*" OR "operational services" OR waterline* OR stables OR "Facilities Management and Engineering")',
  // … and (the thirty-seventh, dev) its doors, fencing, roofs and generators
  '"Border Patrol" AND ("rollup door*" OR "roll-up door*" OR "overhead door*" OR fencing OR roofing OR generator*)',
  // Police systems used by the Federal Protective Service (building security, not immigration enforcement)
  `(=FPS OR fps OR "Federal Protective Service") AND (clets OR slets OR sclet OR lein OR cjic OR arjis OR ${STATE_POLICE_NETWORKS})`,
  // Ammunition and arms bought through ICE for the Federal Protective Service
  ...ENFORCEMENT_EQUIPMENT.map((equipment) => `(=FPS OR "Federal Protective Service" OR Fps) AND ${equipment}`),
  // New Zealand's Education Review Office and British electoral registration officers (ERO)
  '=ERO AND ("Education Review" OR "Te Tari" OR "early learning" OR kura OR electoral OR canvass)',
  // Combustion-engine bans (ICE cars), ICE's market-data arm, consular notice to arrested foreign nationals,
  // SSA matching of people who left or were removed (benefits, not enforcement)
  '=ICE AND (petrol OR diesel OR carmaker* OR "electric vehicle*") AND (car OR cars OR vehicle* OR engine* OR sale*)',
  '=ICE NEAR/1 (Data) NEAR/15 (pricing OR vendor* OR subscriber* OR indices)',
  '(alien* OR "foreign national*" OR detain* OR arrest*) AND ("consular notification" OR "consular officer*")',
  '((remov* OR depart* OR leave) NEAR/6 noncitizen*) AND ("matching program*" OR "computer matching")',
  // "Sanctuary" as an analogy for abortion bans ("sanctuary city for the unborn")
  'sanctuar* AND (unborn OR abortion*)',
  // ... and for gender-affirming care
  'sanctuar* AND (transgender OR "gender-affirming")',
  // "Sanctuary" as an analogy for gun laws
  'sanctuar* AND ("Second Amendment" OR "2nd Amendment" OR gun OR guns OR firearm*)',
  // Gun buyers barred as "illegal aliens" (Brady Act, NICS) are a firearm check, not enforcement
  '((Brady OR =NICS OR "National Instant Criminal Background Check System" OR firearm* OR handgun*) AND ("illegal alien*" OR "prohibited person*")) NOT (deport* OR =ICE OR detain* OR "Immigration and Customs Enforcement" OR removal)',
  // USCIS's Immigration Services Officers adjudicate benefits
  '"Immigration Service Officer*" OR "Immigration Services Officer*"',
  // Naturalization backlogs that immigration officials explain are benefit processing
  '(((naturaliz* OR citizenship) NEAR/10 (backlog* OR "waiting time*" OR "processing time*")) AND "immigration official*") NOT (deport* OR arrest* OR detain* OR raid* OR removal)',
  // A gun story that names immigration enforcement only to explain the analogy
  '(sanctuar* AND ("Second Amendment" OR "gun-rights" OR firearm*) AND "immigration enforcement") NOT (=ICE OR deport* OR detain* OR arrest* OR 287*)',
  // The 1996 act's licence requirements (social security numbers) are licence issuance
  `${THE_1996_ACT} AND ("driver* licens*" OR "identification card*" OR "social security number*")`,
  // Goods, not people: CBP detaining shipments (withhold-release orders)
  'detain* NEAR/4 (shipment* OR goods OR merchandise OR cargo OR imports)',
  // "Border Patrol" misnamed for the customs side: tariffs and duty-free parcels
  '"Border Patrol" AND (tariff* OR "de minimis" OR "duty-free" OR importer*)',
  '(=CBP OR "Customs and Border Protection" OR "Customs and Border Patrol" OR "Border Force") AND (counterfeit* OR "trademark infring*" OR "intellectual property")',
  // A surveillance system promised not to serve immigration enforcement is not an enforcement measure
  '(=ALPR OR =LPR OR "plate reader*" OR camera*) AND (("not be used" OR "won\'t be used" OR "never be used") NEAR/6 ("immigration enforcement" OR "immigration purposes"))',
  '=ICE NEAR/1 (Clear OR Futures OR NGX OR Endex)',
  '="ICE Data Services" OR ="ICE Benchmark Administration" OR ="ICE Trade Vault"',
  '"Electric Reliability Organization" NEAR/8 =ERO',
  '"Hispanic-Serving" NEAR/6 =HSI',
  '"wildlife sanctuary"',
  // The UK's City of Sanctuary movement welcomes refugees; no enforcement named (thirty-fourth, dev)
  '"City of Sanctuary" NOT (=ICE OR =INS OR enforc* OR police OR deport* OR detain* OR "immigration status" OR federal)',
  // The Home Office's eVisas and digital proof of status are immigration administration
  '((eVisa* OR "digital system" OR "hard copy documents" OR "biometric residence permit*") AND "Home Office" AND "immigration status") NOT (enforc* OR remov* OR deport* OR detain* OR raid* OR landlord* OR bank* OR employer*)',
  // Border Patrol and CBP crews rescuing lost hikers or citizens, with no migrant in the text
  '(("Border Patrol" OR =CBP OR =BORSTAR OR "enforcing immigration") AND (rescu* OR "search-and-rescue") AND (hiker* OR "U.S. citizen*" OR overdue OR missing)) NOT (migrant* OR undocumented OR "illegal entry" OR "entered illegally" OR "crossed illegally" OR apprehen* OR deport* OR "returned to Mexico" OR alien*)',
  // HHS's refugee office caring for unaccompanied children until their proceedings end, and relief money withheld from
  // people unlawfully present, are care and benefits, not enforcement (thirty-fourth, dev)
  '("immigration proceedings" AND ("Office of Refugee Resettlement" OR sponsor*)) NOT (=ICE OR deport* OR remov* OR detain* OR arrest*)',
  '(("illegal alien*" OR "unlawfully present") AND ("relief funds" OR "monetary payments" OR benefit*)) NOT (enforc* OR deport* OR detain* OR remov* OR =ICE OR sanctuary OR cooperat* OR detainer* OR arrest*)',
  '"Second Amendment sanctuary"',
  'sanctuar* NEAR/6 (wildlife OR game OR marine OR bird* OR fish* OR animal* OR "wildlife refuge" OR habitat OR nature)',
  '"detention basin*" OR "detention pond*"',
  'stormwater NEAR/4 detention',
  'juvenile NEAR/4 detention',
  '"youth detention"',
  '"invasive alien" OR "alien species" OR "alien plant*"',
  '"Agreement on Detainers"',
  // SCAAP reimburses jails for incarcerating people convicted of crimes: not enforcement (the real corpus rule)
  '(("State Criminal Alien Assistance" OR =SCAAP OR scaap) AND ("criminal alien*" OR undocumented OR alien* OR immigra* OR "Homeland Security" OR =DHS OR "Immigration and Naturalization")) NOT ("enforcement of the immigration laws" OR "enforce the immigration laws" OR "enforce immigration law*" OR detainer* OR "287(g)")',
  // US Marshals guards and transport for federal prisoners (aliens among them): not immigration detention
  '(("Marshals Service" OR =USMS) AND "federal prisoners" AND (alien* OR detainee*)) NOT (=ICE OR "Immigration and Customs" OR immigra*)',
  '"Alien Land Law"',
  // (the deportation of the Acadians anywhere in the item, from the forty-first)
  '((Acadian* OR Acadien* OR Acadie OR Acadia OR "Grand Derangement") AND deport*) NOT (=CBSA OR "Border Services" OR immigra* OR "work permit*" OR "temporary foreign worker*" OR asylum OR refugee* OR migrant*)',
  // Deportations of history (Crimean Tatars, Chechens, wartime) and deferred action, which protects from deportation
  'deport* NEAR/8 (1944 OR Stalin* OR Soviet OR Tatar* OR Chechen* OR Holocaust OR Nazi*)',
  '(DACA OR "Deferred Action" OR "Temporary Protected Status" OR =TPS) NEAR/12 deport*',
  '"protected from deport*" OR "protection from deport*" OR "protections from deport*" OR "deportation protection*" OR "shielded from deport*"',
  'detention NEAR/6 (merchandise OR goods OR shipment* OR cargo OR imports)',
  '"Directed Trust" OR "Uniform Trust" OR "Trust Code"',
  '"ice jam*" OR "ice storm*" OR "Institution of Civil Engineers"',
  // Homeland Security grant money (buying police equipment) is not immigration enforcement
  '"Homeland Security" NEAR/4 (grant* OR fund* OR preparedness OR "public safety")',
  // Public-charge rules: immigration officers weighing benefits, not enforcement
  'immigra* NEAR/2 (officer* OR official*) AND ("public charge" OR "public benefit*")',
  '=ICE AND (London OR "civil engineer*" OR "Director General")',
  // Routine work at an ICE office is administration; at an immigration detention facility it serves detention.
  ...ROUTINE_FACILITIES.flatMap((routine) => [
    `(${ICE_NAMES} AND ${routine}) NOT (${DETENTION_SITE} OR raid* OR arrest*)`,
    `(${ENFORCEMENT_OFFICE_WORDS} AND ${routine}) NOT ${DETENTION_SITE}`,
  ]),
  // Generic administration hides ICE's names and its enforcement offices (named facilities still count).
  ...ICE_ADMINISTRATION.flatMap((admin) => [
    `(${ICE_NAMES} OR "Homeland Security Investigations") AND ${admin}`,
    `${ENFORCEMENT_OFFICE_WORDS} AND ${admin}`,
  ]),
  // From the thirty-seventh (dev): parking and cases of paper bought by an enforcement office (not ICE's names: an ICE
  // raid in a shop's parking lot is enforcement)
  `${ENFORCEMENT_OFFICE_WORDS} AND (parking OR (paper NEAR/2 (case* OR ream* OR copy OR printer)))`,
  HOUSING_STATUS_DEMAND,
  PHYSICAL_ACCESS,
  // Moving, couriers and furniture for ICE's lawyers (OPLA), even at the immigration court or a detention-centre sub-office
  '(opla OR "Principal Legal Advisor") AND (courier* OR relocat* OR furniture OR moving) AND ("immigration court*" OR "detention center*" OR "sub-office" OR opla OR ice)',
  // From the twenty-third: Spanish sports clubs and pages (Deportivo, deportes) are not deportation
  // (French "déportés" folds to the Spanish "deportes", sports: not a sports page when it names returns or the migration office)
  '(Deportivo OR Deportiva OR deportivos OR deportes OR deportista OR deportistas) NOT (refoul* OR rapatri* OR "Direction Generale des Migrations" OR haitien* OR =DGM)',
  // EOIR's practice manuals are court administration
  '"Practice Manual" AND (=EOIR OR "Executive Office for Immigration Review" OR "Immigration Court")',
  // From the thirty-first (dev): the immigration court's change-of-address form is court administration
  '"Change* of Address" AND ("Immigration Court*" OR =EOIR OR "Immigration Appeals" OR "immigration proceedings")',
  // … enemy combatants held by the military (the corpus rule: military detention is not immigration detention), and the
  // 1996 act named where a bill repeals its bar on higher-education benefits (DREAM Act)
  '"enemy combatant*" NEAR/10 (detain* OR detention OR alien*)',
  `(${THE_1996_ACT} AND (tuition OR "higher education" OR "education benefit*" OR postsecondary)) NOT (detain* OR detention OR deport* OR removal OR arrest*)`,
  // Eligibility for benefits and licences by lawful presence is immigration administration, not enforcement
  '("unlawfully present" OR "lawfully present" OR "illegal alien*") AND ("public benefit*" OR "state-funded services" OR authorization* OR licens* OR permit* OR certificat*) NOT ("work authorization" OR employ* OR arrest* OR jail* OR police OR "law enforcement" OR detain* OR deport* OR custody OR sheriff* OR (report* NEAR/4 (federal OR =INS OR =ICE OR immigra*)))',
  // A green card's old name and the documents a licence applicant may show
  '"Alien Registration Receipt" OR (("acceptable proof*" OR "acceptable documents") AND "proof* of")',
  // Permission to reapply after removal is a benefit form
  '(("I-212" OR "Permission to Reapply") AND (deport* OR remov*)) NOT (arrest* OR detain* OR detention)',
  // From the thirty-second (dev): the refugee office's care of unaccompanied children (ORR shelter is not detention),
  // bills that make the immigration courts an independent (Article I) court, and people deported to the Nazi camps,
  // named by the camps (Spanish remembrance news)
  '("Office of Refugee Resettlement" OR =ORR) AND ("unaccompanied alien child*" OR "unaccompanied child*" OR =UAC)',
  '("Article I" OR independent) NEAR/12 "immigration court*"',
  'deport* AND (Mauthausen OR Gusen OR Auschwitz OR Dachau OR Buchenwald OR "campos nazis" OR "campos de concentracion nazis")',
  // … workers' compensation barred to unauthorized aliens (a benefit rule, like the lawful-presence guard above)
  '(("illegal alien*" OR "unauthorized alien*") AND ("workers\' compensation" OR "workers\' comp*")) NOT (arrest* OR detain* OR deport* OR police OR jail*)',
  // … and drugs seized at a Border Patrol checkpoint with no migrant in the text (CBP items are on topic when they concern people moving)
  '(("Border Patrol" OR =CBP OR "CBP agents" OR "immigration checkpoint*") AND checkpoint* AND (methamphetamine OR meth OR cocaine OR marijuana OR fentanyl OR narcotics OR heroin)) NOT (migrant* OR alien* OR undocumented OR "illegally present" OR "human smuggling" OR "illegal entry" OR apprehen* OR deport* OR immigrants)',
  // From the thirty-third (dev): the inspector general's yearly IT and financial-statement letters on ICE (generic
  // administration), and counts of assaults on officers (data about officers, not enforcement)
  '("Information Technology Management Letter" OR "financial statement audit") AND ("Immigration and Customs Enforcement" OR =ICE)',
  '(assault* NEAR/6 (officers OR "law enforcement officers")) AND (=CBP OR =ICE) AND (data OR number OR "fiscal years")',
  // … noncitizens removed from voter rolls (election administration, the corpus's voter-roll rule)
  '((noncitizen* OR "non-citizen*") AND ("voter roll*" OR "voter registration*" OR "registered voter*" OR "voter list*" OR "election official*")) NOT (=ICE OR deport* OR arrest* OR detain* OR "Immigration and Customs Enforcement")',
  // … and from its second round (dev): CBP's air and marine drug seizures with no migrant in the text (the checkpoint guard's twin)
  '((=CBP OR "Customs and Border Protection") AND ("Air and Marine" OR =AMO OR vessel*) AND (cocaine OR marijuana OR narcotics OR bales)) NOT (migrant* OR alien* OR undocumented OR smuggl* OR "illegal entry" OR apprehen* OR deport*)',
  // From the thirty-fifth (dev): rules on in-state tuition for people not lawfully present are benefits, not
  // enforcement; an inspector general's review of an ICE office's acquisitions and employee integrity is administration
  '(("in-state tuition" OR "tuition subsid*" OR "resident tuition" OR "tuition rate*") AND ("illegal alien*" OR "unlawfully present" OR "not lawfully present" OR undocumented)) NOT (enforc* OR deport* OR =ICE OR detain* OR police OR arrest*)',
  '(("internal control*" NEAR/10 (acquisition* OR "employee integrity" OR procurement*)) AND ("Immigration and Customs Enforcement" OR =ICE)) NOT (detention OR detainee* OR remov* OR deport*)',
  // The anti-discrimination rules for immigration-related hiring (INA 274B) are not enforcement
  '("unfair immigration-related employment practice*" AND ("unauthorized alien*" OR hiring OR employ* OR discriminat*)) NOT (1324a OR E-Verify OR "employment eligibility")',
  // From the thirty-seventh (dev): Border Patrol groundbreakings and ribbon-cuttings with the Army Corps of Engineers;
  // H-1B visa applications received by the immigration service
  '("Border Patrol" AND ("Corps of Engineers" OR "ribbon-cutting" OR "broke ground" OR groundbreaking)) NOT (detain* OR migrant* OR detention OR apprehen*)',
  '(H-1B OR "H1-B") AND ("immigration authorities" OR "Immigration Services")',
  // From the fifty-fifth collection (dev): the 1948–53 deportation of Azerbaijanis from Armenia (history, not immigration enforcement; read
  // // three dev negatives and no positive as an include rule)
  'deportasiya* AND (1948 OR 1953 OR "Ermənistan SSR" OR "Qərbi azərbaycanlı*" OR Ermənistana)',
];
