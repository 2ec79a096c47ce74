/**
 * Rules for English-language records from outside the US, from the thirty-fifth collection's dev records on
 * (topic definitions: src/matching/README.md): the EU's police data exchange (Prüm), police status checks with
 * a border agency, police photo stores, asylum seekers' fingerprints, and removals and visa cancellations in the
 * UK and Australia; from the thirty-sixth, Operation Nexus and foreign national offenders (UK), India's intelligence
 * grid and hotels' foreign-guest forms, and repatriation and immigration centres in Africa and Asia. The older
 * rules for the UK Home Office stay in immigration.ts and databases.ts.
 */
import { SHARE } from './words.ts';
import {
  HEALTH_WORKERS_REPORT_UNDOCUMENTED,
  SAUDI_ABSCONDING_REPORTS,
  HOTELS_REPORT_FOREIGN_GUESTS,
  MAPPING_AFGHANS_FOR_REMOVAL,
  CAMBODIA_HOSTS_REPORT_FOREIGNERS,
  CYPRUS_STOP_LIST,
} from './both-topics.ts';
import { CBP_CONTEXT } from './terms.ts';

/** India's Form C: hotels reporting foreign guests to the police, read by both topics (a status check and a register police hold). */
const HOTEL_FOREIGN_GUEST_FORM = '("Form C" OR "C form") AND (hotel* OR foreigner*)';
/** The UK's Operation Nexus: arrested people checked against Home Office immigration records for removal (both topics). */
const OPERATION_NEXUS = '"Operation Nexus"';
/**
 * New Zealand: immigration records shared with the police or the prisons department, by automated system or by agreement
 * under the Immigration Act (both topics; the thirty-eighth).
 */
const IMMIGRATION_POLICE_INFORMATION_SHARING = `(${SHARE} NEAR/5 information) NEAR/10 (immigration NEAR/8 (police OR prison*))`;

/** Police National Computer checks asked for by US or immigration authorities (both topics; the thirty-ninth). */
const PNC_CHECKS_FOR_IMMIGRATION = '(=PNC OR "Police National Computer") AND ("U.S.A" OR =USA OR "Homeland Security" OR Immigration)';

export const immigrationAbroad = [
  // Forced returns (the Home Office's charter flights) and Australia's section 501 visa cancellations
  '("forcibly return*" OR "forced return*" OR "forcibly remov*") NEAR/15 ("Home Office" OR flight* OR deport* OR migrant* OR asylum*)',
  '("Section 501" NEAR/10 "Migration Act") OR ("visa cancellation*" AND (deport* OR detention OR remov* OR "Section 501"))',
  // From the thirty-sixth (dev): Operation Nexus (people arrested by UK police checked against Home Office records for
  // removal), removals of foreign national offenders, driving licences revoked for immigration status, and India's
  // detention centres for people declared foreigners
  OPERATION_NEXUS,
  '"foreign national offender*" NEAR/10 (remov* OR deport*)',
  '(licen* NEAR/8 revo*) AND ("Home Office" OR "illegal* in the UK" OR "illegal immigrant*" OR "right to rent" OR "immigration status" OR migrant*)',
  // … police sharing information on victims and witnesses who are suspected immigration offenders
  '"immigration offender*"',
  '"detention cent*" NEAR/8 (foreigner* OR "declared foreigners")',
  // Hotels reporting foreign guests to the police (India's Form C), and repatriation and immigration centres
  HOTEL_FOREIGN_GUEST_FORM,
  '"repatriation centre" OR "immigration centre" OR Lindela',
  // From the thirty-seventh (dev): removal from a named country (Australia's removal bill)
  'removal NEAR/4 ("from Australia" OR "from New Zealand" OR "from the UK" OR "from the United Kingdom" OR "from Canada" OR "from Ireland")',
  // … removal centres; foreigners fingerprinted at entry; Gulf and Thai arrests of residency violators and undocumented
  // workers; Taiwan's National Immigration Agency
  '("removal centre*" OR "removal center*") AND (migrant* OR detain* OR detention OR deport* OR asylum* OR foreign* OR applicants)',
  'fingerprint* NEAR/10 (foreigners OR "foreign visitors" OR "long-term residents" OR "foreign nationals")',
  '("residency violat*" OR "residence violat*" OR "violators of residency" OR "violating residency") NEAR/15 (arrest* OR deport* OR campaign* OR raid*)',
  '((undocumented OR illegal) NEAR/4 (workers OR migrants)) NEAR/8 (arrest* OR nabbed OR raid* OR detain* OR deport*)',
  '"National Immigration Agency"',
  // … pushbacks of migrants at borders; people without residence permits ordered to leave; foreigners expelled; police
  // campaigns against Syrians and migrants
  '(pushback* OR "push-backs" OR "push-back") AND (migrant* OR refugee* OR asylum* OR border*)',
  '("residence permit*" OR "residency permit*") AND (expel* OR deport* OR "ordered to leave" OR "asked to leave" OR "to leave the country" OR "must leave")',
  'expel* NEAR/6 (foreigners OR migrants OR "foreign citizens" OR "foreign nationals")',
  '(police NEAR/10 (Syrians OR refugees OR migrants)) AND (campaign* OR raid* OR deport* OR operation*)',
  // From the thirty-eighth (dev): the UK's police passing victims' data to immigration enforcement (the super-complaint);
  // New Zealand's immigration and police or prison records
  `("police data sharing" AND immigra*) OR ((police NEAR/8 ${SHARE}) NEAR/8 "immigration purposes")`,
  IMMIGRATION_POLICE_INFORMATION_SHARING,
  // … Assam's 'declared foreigners' and Foreigners Tribunals (detention and push-backs); England's pupil data processed by
  // the Home Office
  '"declared foreigners" OR "Foreigners Tribunal*"',
  '"pupil data" AND "Home Office"',
  // … the Philippines' overstayers blacklisted or deported
  'overstay* NEAR/10 (blacklist* OR deport*)',
  // … fourth round: Gulf raids on residency-law violators; police drives against illegal immigrants (Delhi); UK and
  // Australian detention centres
  '("Residency Law violators" OR "residence rules" OR "residency laws" OR "residency, labour" OR "residency and labor" OR "residency and labour") AND (arrest* OR raid* OR detain* OR nab* OR deport*)',
  '"illegal immigrants" NEAR/8 "verification drive"',
  '(("Yarl\'s Wood" OR "Brook House") AND (detain* OR detention OR removal OR immigration OR "hunger strike")) OR ("Christmas Island" NEAR/10 (detention OR detainees OR reopen*))',
  // From the thirty-ninth (dev): the Home Office's sham-marriage enforcement; landlords' Right to Rent checks; transit
  // police handing riders to Canada's border agency; Police National Computer checks for US immigration; Australia's
  // disclosure of bridging-visa holders to police and its immigration data matching; the Philippines' orders against
  // "undesirable aliens"
  '"sham marriage*"',
  '"right to rent"',
  '(=CBSA OR "Border Services Agency" OR "Borders Services Agency") AND ("Transit Police" OR TransLink OR SkyTrain)',
  PNC_CHECKS_FOR_IMMIGRATION,
  '(disclos* AND ("Migration Act" OR "Migration Regulations")) AND police',
  '"data matching" AND ("Border Force" OR "Department of Immigration" OR "Home Affairs")',
  '"undesirable alien*"',
  // From the fortieth (dev): health workers' duty to report undocumented patients to the police (Malaysia)
  HEALTH_WORKERS_REPORT_UNDOCUMENTED,
  // … third-country nationals residing illegally, arrested or returned (Cyprus)
  '("resided illegally" OR "residing illegally" OR "illegally resid*") AND (arrest* OR return* OR deport*)',
  // From the forty-first collection (dev): migrants' tax and health records traced or passed to the Home Office;
  // police guidelines on undocumented immigrants (and on reporting them to the border agency)
  '(((migrant* OR immigrant*) NEAR/4 (data OR records OR details)) NEAR/10 "Home Office") AND (shar* OR hand* OR passed OR disclos* OR access* OR trac* OR enforcement OR deport* OR removal* OR police OR NHS OR landlord* OR bank*)',
  '("NHS Digital" OR "NHS data" OR "patient data" OR "patient records") AND "Home Office" AND (immigration OR MOU OR "Memorandum of Understanding" OR (trac* NOT "Test and Trace"))',
  '(police NEAR/8 ("undocumented immigrant*" OR "undocumented migrant*" OR ("without documentation" NEAR/3 (people OR persons OR residents OR migrant* OR immigrant* OR newcomers OR families OR workers)))) AND (guideline* OR policy OR policies OR status OR CBSA OR "border agency")',
  // … and Saudi employers' absconding ("huroob") reports through Absher (both topics)
  SAUDI_ABSCONDING_REPORTS,
  // … second round: expatriate workers arrested or deported in the Gulf; the EU's Entry/Exit System at the Schengen
  // borders
  '((expatriate* OR expat*) NEAR/6 deported) OR (((expatriate* OR expat*) NEAR/6 (arrested OR detained)) AND (residency OR "residence law" OR visa* OR overstay* OR "labour law" OR "labor law" OR absconding OR deport* OR immigration))',
  '("Entry/Exit System" OR =EES) AND (Schengen OR "third-country" OR "external border*")',
  // … third round: people blacklisted from entering (Russia's list of Kyrgyz citizens); Malaysia's immigration depots
  '(blacklist* OR "black list") AND ("prohibited from entering" OR "entry ban*" OR deport* OR "banned from entering")',
  '"immigration depot*" OR "depoh imigresen"',
  // The forty-second collection (2026-12-06): migrants' reporting conditions and the Manston centre (UK); visa
  // cancellations on character grounds and indefinite detention (Australia); boats turned back; Roxham Road (Canada)
  '((reporting NEAR/3 (condition* OR "in-person" OR centre* OR center*)) NEAR/12 (migrant* OR immigra* OR asylum)) OR ((reporting NEAR/3 (condition* OR "in-person")) AND "Home Office" AND (detain* OR removal OR deport* OR "immigration bail"))',
  'Manston NEAR/12 (asylum OR migrant* OR "processing centre" OR "processing center" OR "small boat*" OR ((held OR detained OR detention) NEAR/6 (centre OR center OR site OR facility OR people)))',
  '(("section 501" OR s501 OR "character cancellation*" OR "character grounds" OR "subclass 444") NEAR/15 (visa* OR deport* OR "Migration Act" OR (cancel* NEAR/4 visa*))) NOT ("501(c)" OR "tax-exempt" OR licence OR license)',
  '(("indefinite detention" OR "indefinite detainee*") NEAR/20 (immigra* OR visa* OR stateless OR asylum OR deport* OR NZYQ OR "Migration Act" OR "high court")) NOT (Guantanamo OR "enemy combatant*" OR hospital* OR "post-sentence" OR "sex offender*")',
  '(((turnback* OR "turned back" OR "turn back" OR "sent back") NEAR/12 ("asylum seeker*" OR migrant* OR refugee* OR boat* OR vessel*)) OR ("returned home" NEAR/12 ("asylum seeker*" OR refugee*))) NOT (storm* OR weather OR gale* OR cyclone* OR "Komagata Maru" OR ferry OR ferries OR fishing OR fishermen OR lifeboat* OR "migrant workers")',
  'Roxham NEAR/15 (asylum OR migrant* OR refugee* OR RCMP OR arrest* OR crossing* OR irregular* OR "Safe Third Country")',
  // … the EU's proposed common return system; Assam's push-backs; overstayers' crackdowns; hotels reporting foreign
  // guests (also state-databases); Pakistan's fake identity cards of Afghans; the Home Office's Contact Management
  '"Common European System for Returns" OR ("return procedures" NEAR/10 (third-country OR migrant* OR "irregular migration" OR asylum OR "illegally staying"))',
  '("pushed back" NEAR/10 (infiltrator* OR Bangladeshi* OR Rohingya*)) AND (border* OR =BSF OR =BGB OR infiltrat* OR detained OR illegal*)',
  '(overstay* NEAR/10 (crackdown OR arrest* OR raid* OR campaign)) AND (visa* OR immigra* OR foreign* OR deport* OR illegal* OR permit*)',
  HOTELS_REPORT_FOREIGN_GUESTS,
  '(Afghan* NEAR/10 (illegal OR undocumented)) NEAR/15 (NADRA OR CNIC*)',
  '"living in the UK illegally" OR (("Contact Management" NEAR/10 (Capita OR "Home Office")) AND (immigra* OR overstay* OR "leave the UK" OR migrant* OR visa*))',
  '("data of all foreigners" NEAR/20 (police OR =FRRO OR "Form C" OR illegal* OR verif* OR landlord* OR hotel* OR deport*)) OR ("illegal foreigners" NEAR/20 data)',
  // … second round: Malta's speedy repatriations of migrants
  '(repatriation* NEAR/10 (migrants OR "Bangladeshi nationals")) NOT (bodies OR body OR remains OR evacuat* OR stranded OR remittance* OR earnings OR war)',
  // From the forty-third collection (dev): penalties and raids for illegal working (UK)
  '(("illegal working" OR "illegal workers" OR "illegal worker") NEAR/10 (penalt* OR enforcement OR raid* OR "civil penalty")) AND (immigration OR "Home Office" OR "right to work" OR migrant* OR foreign* OR overstay* OR deport* OR visa*) NOT "illegal working hours"',
  // … South Africa's "illegal foreigners" and public bodies reporting them to Home Affairs; bans on requiring E-Verify;
  // audits of immigration removals (Canada)
  '"illegal foreigner" OR "illegal foreigners" OR "electronic employment verification" OR (E-Verify NOT (ITR OR "income tax" OR Aadhaar OR "tax return*")) OR "immigration removals"',
  '(report* OR informing) NEAR/10 ("Home Affairs" OR "Home Office") NEAR/15 (overstay* OR undocumented OR "illegal* migrant*" OR "illegal* immigrant*" OR "foreign patient*" OR "foreign national*" OR "immigration status" OR "immigration enforcement")',
  // … police mapping Afghans for removal (Pakistan, both topics); the Home Office's escorting and holding contracts
  MAPPING_AFGHANS_FOR_REMOVAL,
  '"Irregular Migration Management" OR "short term holding facilit*" OR ((escorting NEAR/5 ("Home Office" OR overseas)) NEAR/15 (deport* OR removal* OR removed OR detainee* OR returnee* OR "charter flight*" OR immigration))',
  '(escorting NEAR/15 "Home Office") NOT (pathologist* OR "prisoner escort*" OR "Home Secretary")',
  // … (the forty-fourth) police fingerprint scanners that check immigration databases
  '(fingerprint* NEAR/15 ("immigration database*" OR "immigration records" OR IABS OR "Immigration and Nationality Database" OR "immigration databases")) AND (police OR officers OR jail* OR booked OR arrest* OR custody OR detain* OR deport* OR removal OR removed OR enforcement)',
  '(biometric* NEAR/12 (blacklist* OR "watch list*" OR watchlist* OR overstay*)) AND (airport* OR "Immigration Bureau") AND (overstay* OR foreigner* OR immigration) AND (found OR caught OR catch* OR nabb* OR arrest* OR deport* OR detain* OR denied)',
  // … Thailand's immigration police arrests at airports; GPS tagging of migrants; Home Office immigration officers' arrests
  '(biometric* OR "fake passport*") AND "Immigration Police" AND (arrest* OR overstay*) AND (foreigner* OR overstay* OR deport* OR blacklist* OR visa* OR airport*)',
  '(("GPS tracking" OR "satellite tracking" OR "electronic monitoring" OR tagging OR tags) NEAR/12 (migrant* OR "immigration bail" OR "Home Office")) AND (immigration OR asylum* OR "small boat*" OR "unauthorised means" OR detained OR deport* OR "foreign national*")',
  '(("Immigration Officers" NEAR/15 (arrest* OR police OR "enforcement visit*")) OR ((=IOs NEAR/15 (arrest* OR police OR "enforcement visit*")) AND ("Home Office" OR immigration))) NOT (bribe* OR bribery OR corrupt*)',
  // … Pakistan's crackdowns on and repatriation of undocumented Afghans
  '(Afghan* NEAR/6 ("illegal immigrants" OR "illegally staying" OR "without legal documentation" OR "transit centres" OR "transit centers" OR repatriat*)) AND (police OR crackdown OR repatriat* OR "transit centre*" OR "transit center*" OR deport*)',
  // … (the forty-fifth) asylum seekers facing removal; removals from Canada
  '("asylum seeker" OR migrant OR "foreign national" OR refugee) NEAR/1 "facing removal"',
  '("removed from Canada" OR "removals from Canada") AND (detain* OR detention OR deport* OR CBSA OR "Border Services" OR refugee* OR immigra* OR "removal order*" OR "foreign national*" OR asylum)',
  // … (the forty-fifth) residency violators in the Gulf; crackdowns on undocumented foreigners; absconding (huroob)
  // reports; police passport and residence-card checks of foreigners (Japan)
  '("residency violators" OR "residence violators" OR "violation of the residency law" OR "violating residency" OR "residency law violators" OR "violators of the residency law") AND (expat* OR deport* OR "Ministry of Interior" OR "interior ministry" OR MoI OR iqama OR amnesty OR "grace period" OR illegal* OR visa* OR "work permit*")',
  '(("crack down" OR crackdown) NEAR/6 ("undocumented immigrant*" OR "undocumented migrant*" OR "undocumented foreigner*" OR "undocumented worker*" OR "undocumented resident*" OR "illegal immigrants" OR "illegal foreigner*" OR "illegal foreign national*" OR overstayer* OR "illegal migrants")) NOT ("legal services" OR "legal aid")',
  'huroob OR ("absconding report*" AND (sponsor* OR employer* OR employee* OR iqama OR expat* OR worker* OR visa* OR Jawazat OR Absher OR "immigration ban"))',
  '(police OR cops) AND ("passport check*" OR "ID check*" OR carding OR "gaijin card*") AND (foreigner* OR gaijin OR "residence card*")',
  // The forty-sixth collection: police arresting undocumented Afghans (Pakistan)
  '(arrest* OR detain*) NEAR/8 ((unregistered OR undocumented OR illegal) NEAR/3 (=Afghans OR "Afghan national*" OR "Afghan migrant*" OR "Afghan refugee*" OR "Afghan citizen*" OR "Afghan immigrant*" OR "Afghan famil*" OR "Afghan resident*"))',
  // The forty-sixth collection: Australia's NZYQ ruling and the people released from immigration detention
  '=NZYQ AND (immigration OR "non citizen*" OR noncitizen* OR deport* OR removal OR removed OR visa*)',
  // The forty-sixth collection: banks told to run immigration checks (UK), Ireland's Operation Sonnet at the border
  '((bank OR banking OR "building societ*") NEAR/10 "immigration checks") NOT ("bank holiday*" OR "West Bank")',
  '"Operation Sonnet" AND (garda* OR immigra* OR border OR migrant* OR asylum OR deport* OR "sent back")',
  // The forty-sixth collection, third round: Cambodia's duty on landlords and hotels to report foreigners (FPCS): both topics
  CAMBODIA_HOSTS_REPORT_FOREIGNERS,
  // Forty-seventh collection (2026-12-06): Africa, Canada and South Asia in English
  'repatriat* NEAR/10 ("illegal immigrants" OR "illegal migrants" OR "illegal immigrant" OR "illegal aliens")',
  '"danger opinion*" AND (refugee* OR removal OR deport* OR refoul* OR inadmissib* OR IRPA OR "Immigration and Refugee Protection")',
  '"Minister of Citizenship and Immigration" AND ("removal order" OR deport* OR "danger opinion" OR "stay of removal" OR "removed from Canada" OR "removal from Canada" OR detention OR "Immigration Division" OR "admissibility hearing" OR CBSA OR "Canada Border Services")',
  '"Immigration Appeal Division" AND ("removal order" OR deport* OR "stay of removal" OR "serious criminality" OR criminality OR CBSA OR "Canada Border Services")',
  '"holding cent*" NEAR/12 (Rohingya* OR "Foreigners Act" OR Bangladeshi* OR (foreigner* NEAR/8 (illegal* OR deport* OR detain* OR overstay* OR undocumented OR police OR verification OR confirmed)))',
  '(overstay* NEAR/10 (removed OR deport* OR arrest* OR detain* OR raid* OR expel*)) AND (visa* OR immigra* OR migrant* OR foreigner* OR "foreign nationals" OR undocumented OR "residence permit*")',
  '((Bangladeshi* OR Rohingya*) NEAR/10 (detain* OR held OR "rounded up" OR crackdown) NEAR/10 (illegal* OR "valid documents" OR "citizenship documents" OR verification)) NOT (hilsa OR fish* OR gold OR arms OR drug* OR narcotic* OR customs OR smuggl*)',
  // Forty-seventh collection (2026-12-06): refugees forced back to war zones
  '(forced OR forcing OR forcibly OR coerc*) NEAR/6 (return* OR "go back" OR back) NEAR/10 (refugees OR asylum OR deport*)',
  // Forty-seventh collection (2026-12-06): US detention centres and CBP detentions, police round-ups of irregular residents in Cyprus and Malta, detention profiles
  '"Torrance County Detention" AND (=ICE OR immigra* OR asylum OR migrant* OR deport* OR detainee* OR =ACLU OR "Innovation Law Lab")',
  '(detained NEAR/8 ("Customs and Border Protection" OR =CBP)) AND (migrant* OR immigra* OR asylum OR deport* OR noncitizen* OR visa* OR "green card" OR undocumented OR "denied entry" OR refugee*)',
  '(("living irregularly" OR "living illegally" OR irregolarmente OR "illegal residents") NEAR/12 (police OR polizia OR arrest* OR inspection* OR arrestat*)) AND (immigra* OR migrant* OR foreigner* OR visa* OR deport* OR stranier* OR espuls* OR rimpatri* OR clandestin* OR "permesso di soggiorno" OR undocumented OR nationals OR "residence permit*")',
  '"Global Detention Project" AND (migra* OR immigra* OR asylum OR refugee* OR deport* OR "immigration detention")',
  // Forty-seventh collection (2026-12-06): Cyprus's stop list
  CYPRUS_STOP_LIST,
  // Forty-seventh collection (2026-12-06): sham-marriage arrests, people refused leave to land in Ireland
  '("bogus wedding" OR "sham marriage" OR "sham wedding" OR "bogus marriage") AND (police OR arrest* OR "immigration officers" OR "Home Office") AND (immigration OR "Home Office" OR visa* OR deport* OR removal OR "leave to remain" OR residency OR migrant* OR asylum OR "Border Force")',
  '"leave to land" AND (Garda* OR gardai OR immigration OR documents OR visas OR "returned to the UK")',
  // From the forty-eighth (dev): Bangladeshis arrested or pushed back in India, overstaying foreigners, holding centres, Melbourne's transit accommodation, Garda immigration checkpoints, the CBSA's removals
  'Bangladeshi* AND (arrested OR detained OR deport* OR "push back" OR pushback OR "illegal immigrants" OR infiltrat*)',
  '(overstay* NEAR/8 (foreign* OR Nigerians OR nationals)) AND (deport* OR detention OR FRRO OR police OR overstayed) AND (visa* OR permit* OR immigra* OR FRRO OR deport* OR "Foreigners Act" OR "Foreigners Regional" OR illegal* OR detention)',
  '("holding centre" OR "holding center" OR "holding centres" OR "holding centers") AND (Rohingya* OR deport OR deported OR deportation* OR deportee* OR "illegal immigrants" OR "illegal migrants") AND (detain* OR detention OR foreigner* OR illegal* OR immigra* OR migrants OR declared OR tribunal* OR police OR border OR Hiranagar OR Matia OR Goalpara OR Kathua)',
  '"Immigration Transit Accommodation" OR (=MITA AND (detain* OR detention OR immigra* OR asylum OR refugee* OR Broadmeadows OR Melbourne OR "Border Force" OR =ABF OR held))',
  '(Garda* NEAR/8 (checkpoint* OR "border check*" OR stops)) AND (immigration OR "leave to land" OR (emigration AND (passport* OR migrant* OR asylum OR deport* OR "refused entry" OR =GNIB)))',
  '(=CBSA OR "Canada Border Services Agency") AND ("ordered to leave" OR deport* OR ((removal* OR removed) AND (order* OR asylum OR refugee* OR "permanent resident*" OR detain* OR detention OR immigra* OR inadmissib* OR family OR families OR people OR nationals OR citizen* OR failed OR claimant*)))',
  // The forty-ninth collection: Canada's border agency feeding police intelligence databanks; Police Scotland and the Home Office;
  // Canadian bills sharing immigration or refugee status with police; the UK's compliant environment, immigration offending, Operation Gull
  'CBSA NEAR/12 (databank OR "criminal intelligence" OR CPIC OR "police partners") AND (immigra* OR removal OR removed OR deport* OR detain* OR detention OR refugee* OR asylum OR inadmissib* OR "foreign national" OR "permanent resident" OR non-citizen OR noncitizen* OR IRPA OR "failed claimant" OR "refused claimant" OR warrant*)',
  '("Police Scotland" NEAR/8 (immigration OR "Home Office")) AND (raid* OR detain* OR detention OR deport* OR removal* OR "immigration enforcement" OR "immigration offences" OR "illegal working" OR "illegal workers" OR asylum OR "immigration officers" OR "immigration checks" OR overstay* OR "immigration status" OR arrest* OR trafficking OR "Border Force" OR "information-sharing" OR protocols)',
  '("immigration information" OR "immigration status" OR "refugee status") NEAR/12 (police OR "law enforcement") NEAR/12 (shar* OR disclos*) AND (=ICE OR "immigration authorit*" OR "immigration enforcement" OR "federal immigration" OR "immigration official" OR deport* OR detain* OR removal OR "Home Office" OR CBSA OR "Border Force" OR sanctuary OR DHS OR undocumented OR confidential*)',
  '"compliant environment" AND ("Home Office" OR immigra* OR "hostile environment" OR migrant* OR deport* OR detain* OR detention OR removal* OR removed OR Windrush OR "right to rent" OR "right to work" OR asylum OR border* OR "illegal migration" OR landlords OR "data sharing" OR "immigration status" OR "leave to remain")',
  '"immigration offending" AND (arrest* OR raid* OR detain* OR detention OR removal OR removed OR deport* OR "Immigration Enforcement" OR "Home Office" OR enforcement OR "immigration officers" OR "immigration officer" OR illegal* OR "right to work" OR penalt* OR prosecut* OR charged OR offender* OR crackdown OR operation*)',
  '"Operation Gull" AND (immigra* OR "illegal entrants" OR "illegal entrant" OR "Home Office" OR asylum OR detain* OR detention OR deport* OR removal* OR migrant* OR Cairnryan OR port OR ferry OR ferries OR lorry OR lorries OR smuggl* OR trafficking OR "Border Force" OR stowaway*)',
  // Migrants forcibly displaced or rounded up; crackdowns on refugees with arrests; Ghana's immigration service prosecuting foreigners
  '(forcibly OR forced OR "rounded up") NEAR/6 (displac* OR relocat* OR transfer*) NEAR/10 migrant* AND (police OR deport* OR border* OR expel* OR expuls* OR detain* OR detention OR arrest* OR authorities OR "security forces" OR soldiers OR troops OR gendarm* OR raid* OR crackdown OR pushback* OR asylum OR immigra* OR refugee* OR undocumented OR irregular)',
  '(crackdown NEAR/6 (refugees OR migrants OR "asylum seekers") AND (detain* OR arrest* OR deport*)) AND (detain* OR deport* OR expel* OR expuls* OR "sent back" OR repatriat* OR removal* OR "without papers" OR undocumented OR illegal* OR irregular* OR immigration OR border* OR "detention centre*" OR "detention center*" OR roundup* OR raids OR "residence permit*" OR visas)',
  '("Ghana Immigration Service" OR =GIS) AND (foreigners OR illegal*) AND (prosecut* OR jail* OR arrest* OR deport*) AND (foreigner* OR "foreign national" OR deport* OR repatriat* OR "illegal immigrant" OR "illegal migrant" OR immigrants OR migrants OR nationals OR "work permit" OR "residence permit" OR overstay* OR "without valid" OR "illegal stay" OR undocumented OR "immigration laws")',
  // India's border force pushing people into Bangladesh; returns after Assam's citizens register; people declared foreigners by tribunals;
  // the Philippine immigration blacklist; Malaysia's immigration department against fake passes
  '(("push in" OR "push-ins" OR "pushed in" OR "pushes in") AND (BSF OR BGB OR border*)) AND (BSF OR BGB OR Bangladesh* OR India* OR Myanmar OR Rohingya* OR "Border Guard" OR "Border Security Force" OR migrants OR deport* OR detain* OR undocumented OR illegal* OR infiltrat* OR Assam OR Sylhet OR "push back" OR pushback* OR "zero line" OR foreigners)',
  '(returned OR deport* OR "pushed") NEAR/12 (NRC OR "National Register of Citizens") AND (Assam* OR Bangladesh* OR foreigner* OR "detention camp" OR "detention centre" OR "detention center" OR "transit camp" OR border OR citizenship OR "illegal immigrant" OR "illegal migrant" OR infiltrator* OR "D-voter" OR "doubtful voter" OR BSF OR stateless*)',
  '(("declared a foreigner" OR "declared foreigners" OR "declared as foreigner*") AND (arrest* OR "detention centre*" OR "detention center*" OR deport* OR tribunal*)) AND ("Foreigners Tribunal*" OR "detention centre*" OR "detention center*" OR "detention camp*" OR deport* OR Assam OR NRC OR "Border Police" OR "D-voter*" OR Bangladeshi OR citizenship OR "Foreigners Act" OR detain*)',
  '(Blacklist OR blacklisted) NEAR/10 ("Bureau of Immigration" OR "foreign national*") AND (deport* OR arrest* OR detain* OR detention OR illegal* OR overstay* OR expel* OR "undesirable alien" OR "immigration law" OR violat* OR "work permit" OR "barred from entering" OR "barred from re-entering" OR "banned from entering" OR "re-entry" OR repatriat* OR raid* OR lookout OR visa)',
  '(("Immigration Department" OR Imigresen) AND ("fake passport*" OR "fake travel document*" OR PLKS OR "foreign workers") AND (recognition OR biometric* OR detect* OR combat*)) AND (detain* OR deport* OR arrest* OR raid* OR PATI OR syndicate* OR fraud* OR forged OR "fake passport*" OR "fake travel document*" OR depot* OR overstay* OR illegal* OR smuggl*)',
  // Assam's detention and transit camps; pushbacks into Bangladesh
  '("detention camp" OR "transit camp" OR "detention centre" OR "detention center") AND (Assam OR Matia OR Goalpara OR foreigners) AND (deport* OR "declared foreigner*" OR "foreigners tribunal*" OR "D-voter*" OR "doubtful voter*" OR =NRC OR detainee* OR "illegal migrant*" OR "illegal immigrant*" OR Bangladeshi* OR citizenship OR undocumented OR immigra* OR inmates OR infiltrat*)',
  '("push back" OR pushback OR "pushed back") AND (Assam OR Bangladesh*) AND (illegal* OR infiltrat* OR foreigner* OR BSF OR "Foreigners Tribunal*" OR citizenship) AND (BSF OR border OR infiltrat* OR foreigner* OR deport* OR detain* OR detention OR "holding centre*" OR immigrant* OR migrant* OR undocumented OR NRC OR citizenship OR "zero line" OR police OR expel*)',
  // India: Foreigners Act prosecutions, visa overstays, Pakistanis made to leave after their visas were revoked
  '"Foreigners Act" AND (overstay* OR "Section 14" OR deport* OR detention OR ((tribunal* OR charge*) AND (illegal* OR police OR immigra* OR visa* OR arrest* OR booked OR migrant* OR passport* OR FIR OR custody OR jail* OR court* OR case* OR detect* OR infiltrat* OR Bangladeshi* OR nationals OR citizenship OR NRC)))',
  '((overstay* NEAR/5 (visa OR visas OR visitors)) AND (police OR arrest* OR deport* OR detain* OR detention OR "Foreigners Act" OR expel* OR "national security" OR FRRO OR crime* OR narcotic*)) NOT (parking OR wardens OR thriller OR "streaming series" OR "crime drama" OR cricket OR "pitch invader" OR batted OR "overstay welcome" OR "overstay their welcome")',
  '(visa* NEAR/8 (revok* OR cancel*)) AND ("Pakistani nationals" OR "Pak nationals" OR "Pakistani citizens") AND (leave OR left OR exit* OR expel* OR "return home" OR deadline OR "go back")',
  // From the fifty-first collection (dev): Tamil Nadu's special camps holding foreigners
  '"special camp*" AND ("Foreigners Act" OR "Passport Act" OR "Passports Act" OR refugee* OR Lankan OR deport* OR foreigners) AND (inmate* OR detention OR detain* OR releas* OR prison OR jail OR deport* OR "Foreigners Act" OR "Passport Act" OR "Passports Act" OR police)',
  // From the fifty-first collection (dev): immigration services seeking police networks (Nigeria); police round-ups
  // of immigrants
  '("Immigration Service" OR "Comptroller-General of Immigration") AND (INTERPOL OR "I-24/7") AND (databas* OR data OR access OR portal* OR "I-24/7" OR screening OR watchlist* OR "stolen and lost")',
  '(("round up" OR "rounded up" OR "rounds up" OR swoop OR crackdown) NEAR/6 ("illegal immigrants" OR "illegal foreigners" OR "undocumented immigrants" OR foreigners)) OR (("round up" OR "rounded up" OR "rounds up") NEAR/6 (immigrants OR refugees))',
  // Canada's border agency on inadmissibility and removal; New Zealand's immigration compliance; the Windrush
  // detentions and removals; Australian visa cancellations on character grounds
  '(CBSA OR "Canada Border Services Agency") AND (inadmissib* OR removal* OR deport* OR detention OR detain*)',
  '"Immigration New Zealand" AND (compliance OR deport* OR unlawful*)',
  'Windrush AND (detention OR detained OR removal OR deport* OR "illegal immigrants" OR "hostile environment" OR "lessons learned") AND ("Home Office" OR "Home Secretary" OR deport* OR detention OR detained OR detainee* OR immigra* OR "hostile environment" OR "lessons learned review" OR scandal OR "Right to Rent")',
  '("Notice of Intention to Consider Cancellation" OR "visa cancellation" OR "section 501" OR s501) AND (criminal OR character) AND ("Migration Act" OR "character test" OR "character grounds" OR "character cancellation*" OR "character requirement*" OR deport* OR "non-citizen*" OR "Home Affairs" OR migrant* OR immigra*)',
  // Immigration departments blacklisting foreigners (Malaysia)
  '("Immigration Department" OR JIM) AND (blacklist* OR "barred from entering" OR "blocked the entry") AND (foreigner* OR immigrants OR migrant* OR "Immigration Act" OR undocumented OR illegal* OR deport* OR raid* OR arrest*)',
  // From the fifty-second collection (dev): Home Office raids on illegal working
  '("working illegally" OR "illegal working" OR "immigration offences") AND (raid* OR arrest*) AND ("Home Office" OR "Immigration Enforcement") AND (immigra* OR migrant* OR migrat* OR UK OR Britain OR Wales OR England) AND NOT (fraudster* OR "gift card" OR "scam call")',
  // From the fifty-second collection (dev): Denmark's departure centres
  '("departure centre*" OR "departure center*" OR udrejsecenter* OR "family departure") AND (police OR Denmark OR Danish OR rejected OR deport*) AND (asylum OR rejected OR deport* OR refugee* OR udrejsecenter* OR Avnstrup OR Sjaelsmark OR Kaershovedgaard OR AYS)',
  // From the fifty-second collection (dev): crackdowns on Afghans holding Proof of Registration cards; Rohingya held after fleeing Bhasan
  // Char
  '("Proof of Registration" OR =PoR) AND (crackdown OR repatriation OR deport* OR arrest* OR "Afghan nationals") AND (Afghan* OR alien* OR foreign* OR refugee* OR migrant* OR immigra*)',
  'Rohingya* AND (Bhasan* OR Bhashan* OR Bhasanchar) AND (detain* OR held OR fleeing OR police) AND (detain* OR police OR custody OR arrest* OR intercept*)',
  // From the fifty-third collection (dev): Border Force visa checks in the street, raids on undocumented foreign nationals, immigration violators, landlords' checks, Channel migrants flown back, files on people who should have been removed
  '"Border Force" AND (visa OR visas OR "visa fraud" OR "visa checks") AND (police OR streets OR patrol* OR operation OR crackdown) AND NOT (strike OR "walk out" OR cocaine OR docuseries OR "TV review" OR "new season")',
  '"undocumented foreign national*" AND (arrest* OR raid* OR SAPS OR police) AND NOT ("spate of robberies" OR "taxi crash" OR minibus OR "culpable homicide" OR census OR "Stats SA" OR fieldworker*)',
  '"immigration violators" AND NOT ("Sentencing Commission" OR "statistical report" OR "fact-check" OR "fact check" OR "US-born residents" OR historian OR "oral histories")',
  'landlord* AND ("illegal immigrants" OR "illegal migrants" OR "right to rent") AND (fine* OR fined OR check*) AND NOT (pets OR "pet owners" OR "gas safety" OR boiler* OR novel OR Victorian)',
  '("crossed the English Channel" OR "crossed the Channel" OR "small boat*") AND (fly OR flights OR "back to" OR removal* OR deport*) AND NOT (swimmer* OR Blériot OR Bleriot OR aviation OR fishermen OR "wind farm")',
  '("should have been removed" OR "awaiting removal" OR "awaiting deportation") AND (immigrant* OR "Home Office" OR migrants OR "foreign nationals") AND NOT (cladding OR museum OR plaque OR curator OR basketball OR "overseas players")',
  // From the fifty-third collection (dev): India's Immigration and Foreigners Act: hotels reporting foreigners, entry without papers
  '"Registration Officer" AND foreigner* AND ("keeper of accommodation" OR "furnish information") AND (police OR prescribed OR section OR "Foreigners Act") NOT electoral',
  '"enter, or attempt to enter" AND "valid passport" AND "travel document" AND "valid visa" AND foreigner* NOT (museum* OR exhibition* OR insur*)',
  // From the fifty-fifth collection (dev): Immigration New Zealand's dawn raids
  '"dawn raid*" AND ("Immigration NZ" OR "Immigration New Zealand" OR overstayer* OR (MBIE AND (immigration OR deport* OR visa*)))',
  // From the fifty-fifth collection (dev): fingerprint and eye scanners with a database at all entry points (Bahrain)
  '(fingerprint* AND ("eye scan*" OR iris)) AND ("entry points" OR border* OR airport*) AND database AND ("re-entry" OR deport* OR blacklist* OR terroris* OR immigration OR criminal)',
  // From the fifty-sixth collection (dev): police guidance on sharing information with the Home Office about victims and witnesses
  '(("information sharing" OR "sharing information" OR "share information") NEAR/8 "Home Office") AND (police OR "Police Forces" OR "Chief Constables") AND (victim* OR witness*) AND (immigra* OR migrant* OR "suspected offender")',
];

export const databasesAbroad = [
  // The Prüm framework: EU police forces querying each other's DNA, fingerprint and vehicle registers
  'prum AND (data OR exchange OR "law enforcement" OR framework OR decision* OR treaty OR polic* OR nyilvantartas*)',
  // Police asking a border agency about a person's status; police keeping photographs of people; asylum seekers' fingerprints
  '("immigration status check*" AND police) OR ("status check*" NEAR/15 (=CBSA OR "Border Services" OR =ICE OR "border official*"))',
  'police NEAR/10 (photo* OR photograph*) NEAR/10 (stored OR storing OR storage OR retain* OR retention OR kept OR keep OR keeping OR database*) NOT ("red light" OR "photo enforcement" OR radar OR speed*)',
  `fingerprint* NEAR/8 ("asylum seeker*" OR migrant* OR refugee*) NOT (${CBP_CONTEXT} OR =ICE)`,
  // Biometric registers of prisoners (Mexico's National Registry of Penitentiary Information)
  '("biometric data" OR "biometric registration" OR "biometric registry") NEAR/15 (inmates OR prisoners OR "deprived of liberty" OR penitentiar*)',
  // Operation Nexus, and police information sharing with the Home Office (from the thirty-sixth, dev)
  OPERATION_NEXUS,
  '"information sharing" NEAR/15 "Home Office"',
  // India's intelligence grid (NATGRID) and hotels' foreign-guest reports (Form C); security bodies' access to
  // biometric databases; Pakistan's identity database (NADRA) and the police
  'NatGrid',
  HOTEL_FOREIGN_GUEST_FORM,
  '"biometric database*" AND (police OR security OR access)',
  'Nadra AND police',
  // From the thirty-seventh (dev): Australia's identity-matching services (face matching of licence and passport photos)
  '("identity-matching service*") NEAR/20 (police OR "law enforcement" OR security OR bill OR biometric* OR facial OR face)',
  // … Korea fingerprinting foreign residents for immigration control and crime; police use of Singapore's contact-tracing
  // data (TraceTogether); Israel's "Hawk Eye" plate tracking; identity databases for crime investigation; Taipei's
  // camera-linked suspect tracking; Russia fingerprinting arriving foreigners; a national database of residents for police
  '(fingerprint* NEAR/10 ("long-term residents" OR foreigners)) AND ("immigration control" OR crime* OR police)',
  'TraceTogether AND (police OR "criminal investigation*" OR "law enforcement")',
  '"Hawk Eye" AND (police OR surveillance OR tracking)',
  '"identity database" AND (crime* OR police)',
  '(police NEAR/10 ("tracking system" OR "traffic cameras")) AND (suspect* OR facial OR database)',
  '"fingerprint registration" OR (fingerprint* NEAR/8 ("foreign citizens" OR "stateless persons"))',
  '("contact-tracing data") NEAR/15 (police OR "law enforcement" OR investigation*)',
  '(database NEAR/8 ("foreign nationals" OR citizens OR Nigerians OR residents)) AND (police OR crime*)',
  // From the thirty-eighth (dev): Toronto police status checks with Canada's border agency; New Zealand's immigration and
  // police or prison records; Bangladesh's national ID data and India's Aadhaar opened to (or kept from) police;
  // Australia's driver-licence face-matching system
  '"status check*" AND (=CBSA OR "Border Services")',
  IMMIGRATION_POLICE_INFORMATION_SHARING,
  '("NID data" OR "NID server" OR "national identity data" OR "national identification data") AND (police OR =RAB OR "law enforcement")',
  'Aadhaar AND (biometric* OR database* OR data) AND (police OR "criminal investigation*")',
  '=NDLFRS OR "Driver Licence Facial Recognition"',
  // … Ontario's street-check (carding) rules on the identifying information police collect
  '("street check*" AND (police OR regulation OR Ontario)) OR "Collection of Identifying Information"',
  // … Toronto police and the sanctuary-city policy or the border agency; education data used for immigration enforcement;
  // the UK's national network of number-plate cameras
  '"Toronto Police" AND ("Sanctuary City" OR =CBSA)',
  '(pupil* OR education OR school*) NEAR/10 data NEAR/15 ("immigration enforcement" OR "Home Office")',
  '"number plate*" AND (camera* NEAR/10 (network OR track*))',
  // … fourth round: New South Wales police's Suspect Targeting Management Plans; biometric images and fingerprints kept
  // by police; Dhaka police's registers of citizens and tenants; Nigeria's identity number for arrested people
  '"Suspect Target* Management Plan*" OR =STMP OR =STMPs',
  '(biometric* OR "custody image*" OR images OR fingerprints) NEAR/10 (retention OR retain* OR held OR stored) AND (police* OR policing OR "Biometrics Commissioner")',
  '("citizen data" OR "tenant* information" OR "tenants and house owners") AND police',
  '("National Identity Number" OR =NIN) AND arrest*',
  // From the thirty-ninth (dev): registrars' referrals in sham-marriage enforcement; Police National Computer checks
  // asked for by US authorities
  '"sham marriage*" AND (registrar* OR "register office*" OR "registry office*" OR data OR referral* OR flagged)',
  PNC_CHECKS_FOR_IMMIGRATION,
  // From the fortieth (dev): the EU's law-enforcement data directive (2016/680) as states transpose it
  '"2016/680"',
  // From the forty-first collection (dev): the EU's large-scale systems (VIS, the Entry/Exit System, ETIAS, PNR, SIS
  // and their interoperability) with police or Europol access; the data retention directive; police fingerprint units,
  // Nigeria's motor registry for stolen vehicles, police access to telecoms' call and location data; DNA registers of
  // residents, deportees' fingerprints kept against re-entry, Saudi absconding reports through Absher, travel-ban
  // checks; refugee data the UN agency is asked to hand to a security service
  '(=VIS OR "Visa Information System" OR "Entry/Exit System" OR (=EES AND (Schengen OR "third-country" OR border*)) OR =ETIAS OR "Passenger Name Record*" OR =PNR OR (interoperability AND (database* OR "information system*")) OR Sirene OR "Schengen Information System") AND (Europol OR "law enforcement" OR police OR "designated authorities" OR terroris* OR "serious crime" OR "large-scale")',
  '"Digital Rights Ireland" OR "Data Retention Directive" OR "Directive 2006/24/EC"',
  '"Fingerprint Unit" OR (("fingerprint scanner*" AND police) NOT (attendance OR "clock in" OR payroll))',
  '"Central Motor Registry" OR ((e-CMR OR eCMR) NOT (consignment* OR freight OR carrier* OR logistic* OR haulage OR haulier* OR "road transport" OR "carriage of goods"))',
  '("call data" OR "call records" OR "location data") AND (police OR "security agents") AND (Safaricom OR telco* OR "mobile operator*" OR telecommunication*)',
  '("DNA sample*" OR "DNA profiling" OR "DNA database" OR "DNA registration") AND (residents OR expatriates OR citizens) AND (police OR crime* OR criminal* OR forensic* OR "law enforcement" OR "Ministry of Interior" OR mandatory OR compulsory OR "national DNA database" OR security)',
  '(deportee* OR deported) NEAR/15 (fingerprint* OR biometric*)',
  SAUDI_ABSCONDING_REPORTS,
  '"travel ban*" AND (Sahel OR "Ministry of Justice" OR "Ministry of Interior" OR (check* NEAR/6 (status OR online OR app OR system OR database* OR portal OR website)))',
  '((UNHCR OR "UN Refugee Agency" OR "refugee agency") NEAR/15 (data OR information) AND ("General Security" OR "Public Security" OR authorities)) NOT ("according to UNHCR" OR registered)',
  // … second round: the ETIAS watchlist, the interoperability of the EU's home-affairs databases, the agency that runs
  // them (eu-LISA) and the SIRENE manual of the Schengen Information System
  '"ETIAS watchlist" OR (=ETIAS AND watchlist*)',
  'interoperability AND (databases OR "information systems") AND ("home affairs" OR justice OR border*) NOT (health OR patient* OR prescription* OR medical OR clinical)',
  '"eu-LISA"',
  '"Manual Sirene" OR "SIRENE Manual" OR (Sirene AND (Schengen OR =SIS))',
  // … third round: telecoms giving security agents customers' data (Kenya's Safaricom); DNA registration laws
  '(Safaricom OR telco*) AND ("security agents" OR police) AND (data OR records OR information) AND (access* OR releas* OR giv* OR request* OR (share OR shared OR sharing))',
  '"DNA registration" OR ("DNA database" AND (expatriates OR citizens OR law))',
  // The forty-second collection: the City of London's camera "ring of steel"; the Irish Passport Office's data given to
  // the Garda; pupils' records sent to the Home Office; telecoms' metadata retention; Saudi absconding reports (huroob);
  // India's Criminal Procedure (Identification) Act; SIM registration for the police; hotels reporting foreign guests
  '"ring of steel" NEAR/20 (camera* OR plate* OR photographed OR =ANPR OR surveillance)',
  '"Passport Office" NEAR/15 (data OR information OR dataset) NEAR/15 (Garda OR police OR "law enforcement" OR bodies)',
  '((pupil* OR school*) NEAR/10 (record* OR data) NEAR/10 "Home Office") AND (immigra* OR nationality OR "country of birth" OR migrant* OR share OR shared OR sharing OR passed OR handed)',
  '"Interception and Access" OR (("data retention" NEAR/12 (metadata OR telco* OR telecommunication* OR "service provider*")) AND (police OR "law enforcement" OR warrant* OR surveillance OR intelligence OR investigat* OR "Data Retention Directive" OR mandatory))',
  'huroob OR ("absconding report*" AND (worker* OR employer* OR sponsor* OR Absher OR Jawazat OR expatriate* OR kafala OR iqama OR residency))',
  '"Criminal Procedure (Identification)"',
  '(("SIM card registration" OR "SIM registration") NEAR/20 ("law enforce*" OR police OR crime*)) AND (data OR database* OR records OR access* OR biometric* OR track* OR surveillance)',
  HOTELS_REPORT_FOREIGN_GUESTS,
  // … fourth round: South Africa's DNA Board; Singapore's Registration of Criminals Act; police use of COVID check-in
  // data (Australia); New Zealand's firearms registry; Nigeria's identity numbers for the security agencies
  '"DNA Board" OR "buccal samples"',
  '"Registration of Criminals"',
  '("check-in data" OR "check-in app*" OR "QR code*" OR "QR check-in") NEAR/15 police',
  '"Firearms Registry" OR "firearms register" OR "accessing agency"',
  '(NIMC OR "National Identity Number" OR =NIN) NEAR/15 ("security agencies" OR police)',
  // From the forty-third collection (dev): hospitals reporting foreign patients to Home Affairs (both topics); hotels and
  // lodges registering every guest for security (Tanzania); landlords reporting tenants to the police or intelligence
  // service (Kenya); telecoms' subscriber data and call records given without a court order
  '((report* OR informing) NEAR/10 ("Home Affairs" OR "Home Office")) AND (patient* OR hospital*) AND (overstay* OR undocumented OR "foreign patient*" OR "immigration status" OR "immigration enforcement" OR "NHS debt*")',
  '((hotel* OR lodge OR lodges OR "guest house*" OR "tourist accommodation") NEAR/12 (guest* OR client*) NEAR/12 (regist* OR declar*)) AND (security OR police OR "national identification" OR "law enforcement" OR immigration)',
  '(landlord* NEAR/10 (report* OR collect*)) AND tenant* AND (police OR intelligence OR =NIS OR =ID)',
  '("customer information" OR "subscriber information" OR "call data records") NEAR/15 (government OR police OR "law enforcement" OR warrant* OR "court order")',
  // … police mapping Afghans for removal (both topics); the UK's Police National Database (PND); leaked files of secret
  // surveillance (Georgia)
  MAPPING_AFGHANS_FOR_REMOVAL,
  '(=PND AND (police OR data)) OR ("secret surveillance" NEAR/10 (files OR records OR documents OR archiv*))',
  '"biodata" NEAR/10 suspect*',
  // … (the forty-fourth) New Zealand's retail-crime platform police search; police queries and referrals to Canada's border agency
  'Auror AND (retail* OR shoplift* OR supermarket* OR store* OR "number plate*") AND (police OR crime OR surveillance OR "number plate*")',
  '((queries OR query OR referral* OR referred) NEAR/12 (=CBSA OR "Canada Border Services Agency" OR "immigration police")) AND (police OR RCMP) AND (status OR immigration OR deport* OR detain* OR detention OR removal OR "foreign national*" OR migrant*)',
  // … airport biometrics checked against blacklists and warrants; the Gulf's biometric fingerprint registers used to find
  // wanted people
  '(biometric* NEAR/12 (blacklist* OR "watch list*" OR watchlist* OR "arrest warrant*")) AND (airport* OR immigration) AND (police OR "law enforcement" OR criminal* OR wanted OR "arrest warrant*" OR fugitive* OR Interpol)',
  '("biometric fingerprint*" OR "biometric finger print*" OR "Biometric Fingerprint Law" OR "Biometrics Law") AND (criminal* OR forens* OR "Criminal Investigation*" OR outlaws OR perpetrator* OR "wanted individual*" OR "wanted person*" OR "wanted list")',
  // … police notifying schools of domestic-abuse incidents (Operation Encompass); Canada's record suspensions; Pakistan's
  // police gathering information on undocumented Afghans
  '"Operation Encompass"',
  '("pardon application*" OR "record suspension*") AND ("Parole Board" OR =PBC OR =CPIC OR criminal)',
  '(Afghan* NEAR/8 ("illegal immigrants" OR "without legal documentation" OR illegal)) AND (police OR "deputy commissioners") AND (information OR data OR record* OR mapping OR verification)',
  // … (the forty-fifth collection) Montreal police status calls to Canada's border agency
  '((calls OR calling OR called OR "status checks" OR "status check") NEAR/12 (=CBSA OR "Canada Border Services Agency" OR "Border Services Agency")) AND (SPVM OR ((Montreal) AND ((police OR policiers) NEAR/4 (calls OR calling OR called OR "status check*"))))',
  // … (the forty-fifth) Prüm-style automated police data exchange; Australia's Face Identification Service; Frontex's
  // operational personal data
  '("Automated Data Exchange" NEAR/3 (police OR Garda)) OR ("Automated Data Exchange" AND (Prüm))',
  '"Face Identification Service" AND (government OR "identity verification" OR "face matching" OR "face verification service" OR =FIS)',
  '"operational personal data" AND Frontex',
  // The forty-sixth collection: tenants registered with the police (Pakistan), police requests for call detail records (India)
  '(tenant* NEAR/8 (registration OR register* OR particulars OR details)) AND ((police NEAR/6 (particulars OR details OR verif* OR station* OR system*)) OR "with police" OR "with the police" OR "to police" OR "to the police" OR "police registration")',
  '(("call detail records" OR =CDR OR =CDRs) NEAR/15 (police OR cops)) AND (call OR phone* OR mobile* OR telecom* OR cellular OR operator* OR subscriber*)',
  // The forty-sixth collection: agencies using telecom metadata laws (Australia), the Migration 5 biometric exchange
  '("metadata laws" OR "metadata retention" OR "data retention laws" OR "metadata access") AND (police OR agenc* OR council*) AND (telecom* OR warrant* OR phone* OR "call records" OR police OR "law enforcement" OR journalist* OR fines OR infringement* OR surveillance OR "Big Brother")',
  '("Migration 5" OR "Five Country Conference") AND (biometric* OR fingerprint*)',
  // The forty-sixth collection: police reporting victims to immigration (UK), Ireland's Public Services Card photo database, SIM registration data matched for security, South Africa's interception law (RICA), cameras finding stolen cars, Ghana's ID database merged with the CID's, South Africa's Movement Control System
  'victim* AND (police NEAR/10 report*) AND (immigration NEAR/2 (officials OR authorities OR enforcement)) AND ("domestic abuse" OR "domestic abusers" OR "domestic violence" OR "migrant victims" OR "victims of crime")',
  '"Public Services Card" AND ("facial recognition" OR "facial matching" OR "facial templates" OR "facial template" OR biometric* OR "public services card database" OR (database* NEAR/4 photo*))',
  '(("sim card registration" OR "sim registration" OR "sim cards registration") AND (police OR "security agencies" OR "security agency" OR "national id" OR "Ministry of Security")) NOT (fake OR fraud* OR scam*)',
  '=RICA AND (interception OR "state surveillance")',
  'camera* NEAR/8 ("stolen cars" OR "stolen vehicles" OR "suspicious cars" OR "suspicious vehicles") AND (plate* OR Flock OR CCTV OR ALPR OR LPR OR hotlist* OR police OR sheriff* OR "law enforcement") NOT (doorbell* OR dashcam* OR "dash cam" OR "dash cams" OR "dash cameras")',
  '(("National Identification" OR "Ghana Card" OR "ID database") NEAR/15 (=CID OR "Criminal Investigation")) AND (database* OR merg* OR "criminal records")',
  '"Movement Control System" AND ("Home Affairs" OR immigra* OR traveller* OR travelers OR "ports of entry" OR "port of entry" OR passport* OR deport* OR border*)',
  // The forty-sixth collection, third round: Cambodia's duty on landlords and hotels to report foreigners (FPCS): both topics
  CAMBODIA_HOSTS_REPORT_FOREIGNERS,
  // Forty-seventh collection (2026-12-06): Africa, Canada and South Asia in English
  'tenant* NEAR/10 (police OR DMP OR "police station") NEAR/10 (database OR registration OR verification OR particulars OR "information of" OR "information about" OR "submit information" OR "collect information" OR "data about" OR "data of")',
  '(("NIN-SIM" OR (NIN NEAR/3 SIM)) AND (police OR kidnap* OR "law enforcement" OR investigat* OR DSS OR "security agencies" OR trace* OR track*)) NOT (scam* OR phishing)',
  '("registration of foreigners" OR "e-registration of foreigners") AND (=NIS OR "Immigration Service" OR police OR illegal* OR data)',
  '(("Form III" OR "Form 3") NEAR/12 foreigner*) AND (hotel* OR guest* OR FRRO OR police OR landlord* OR "guest house*" OR accommodation OR tenant* OR homestay*)',
  // Forty-seventh collection (2026-12-06): plate recognition on Cyprus police cars
  '"plate number recognition" AND (police OR "law enforcement" OR LTO OR MMDA OR "traffic enforcement" OR stolen OR wanted OR government OR "highway patrol" OR authorities)',
  // Forty-seventh collection (2026-12-06): Cyprus's stop list
  CYPRUS_STOP_LIST,
  // Forty-seventh collection (2026-12-06): deleting DNA profiles of innocent people
  '(DNA NEAR/5 (profiles OR samples OR records OR database)) AND (deletion OR destroy* OR destruction OR innocent) AND (police OR "Home Office" OR criminal OR arrested OR innocent OR "Protection of Freedoms")',
  // From the forty-eighth (dev): India's 2025 immigration rules with reporting duties, the Vahan registry opened to police, police registers of residents, Pakistani police profiling Afghans, police fingerprinting in public places
  '("Immigration and Foreigners Act" OR "Immigration and Foreigners Rules") AND (hotel* OR universit* OR hospital* OR landlord* OR registration OR monitoring OR identify*) AND (police OR report* OR inform* OR FRRO OR "Form C" OR portal OR monitor* OR track* OR surveillance OR database* OR data OR details OR "holding centres" OR "holding centers")',
  'Vahan AND (police OR "law enforcement" OR (access NEAR/6 (agenc* OR investigat* OR security OR intelligence OR crime* OR officers)))',
  '(register* NEAR/4 police) AND "entire population" AND (fingerprint* OR biometric* OR database* OR data OR privacy OR surveillance OR "civil liberties" OR store* OR addresses OR identity OR "ID card*" OR "personal information" OR "personal details" OR crimes OR Parliament OR Minister)',
  'Afghan* AND (police OR Islamabad OR Rawalpindi) AND (deport* OR repatriat* OR Torkham) AND (data OR record* OR NADRA OR "special teams") AND (deport* OR undocumented OR illegal* OR refugee* OR migrant* OR "Proof of Registration" OR =PoR OR "Afghan Citizen Card" OR crackdown OR arrest* OR detain* OR detention OR expel* OR expul* OR "holding centre*" OR "holding center*" OR nationals)',
  'fingerprint* AND police AND (Hyderabad OR Cyberabad OR "public places" OR frisking) AND (passer* OR database* OR "criminal record*" OR records OR device* OR scan* OR surveillance OR privacy OR stop* OR frisk* OR check* OR cordon OR consent OR citizen* OR commuter*)',
  // … Indian police apps and history-sheeter tracking, geo-tagging criminals, phone tapping and call records, the NIA's shared gang data
  '((TS-COP OR TSCOP OR TracKD) AND (police OR app OR cops)) OR (("history sheeter*") AND (police OR app OR cops) AND (app OR apps OR database* OR data OR digiti* OR geo-tag* OR geotag* OR software OR portal OR dossier* OR fingerprint* OR biometric* OR CCTNS))',
  'geo-tag* AND (criminals OR police OR cops) AND (criminal* OR offender* OR accused OR "history sheeter*" OR rowdy* OR rowdies OR database* OR record* OR suspects OR convicts OR ex-convict* OR parolee* OR "bad character*" OR gangster*)',
  '("phone tapping" OR "tap the phones" OR "interception of telephone*" OR (tapped NEAR/4 (phone* OR telephone* OR calls OR conversations OR lines OR mobiles))) AND ("Telegraph Act" OR "High Court" OR police OR privacy)',
  '(=NIA OR "National Investigation Agency") AND (police AND (database OR "collective mechanism" OR "Joint Listing" OR "data sharing" OR (sharing NEAR/4 (data OR database* OR records)) OR ((data OR records) NEAR/4 (terror* OR accused OR offender* OR criminal* OR suspect*)) OR NATGRID OR CCTNS OR "National Terror*")) NOT ("National Institute on Aging" OR dementia OR Alzheimer*)',
  // The forty-ninth collection: retention of biometrics and police records (Northern Ireland, the UK's Justice Bill)
  '((biometric* OR "DNA" OR fingerprint*) NEAR/6 (retention OR retain*) AND (police OR "law enforcement" OR PSNI OR "Justice Bill")) AND (arrest* OR convict* OR suspect* OR "criminal record*" OR "criminal justice" OR custody OR "DNA database" OR "national database" OR charged OR acquitted OR offender* OR PSNI OR "Justice Bill" OR "Biometrics Commissioner" OR Marper)',
  '(police OR PSNI) NEAR/10 "retention and disposal" NEAR/6 records AND (custody OR mugshot* OR "mug shot" OR intelligence OR "criminal record" OR DNA OR fingerprint* OR biometric* OR "never charged" OR "not charged" OR arrest* OR "personal data" OR "personal information" OR "criminal justice" OR "criminal history" OR PNC OR conviction* OR "data protection" OR suspect* OR victims)',
  // Qatar's travel-ban records checked by ID number; traveller information shared with other agencies (New Zealand); police photos and
  // fingerprints taken unlawfully; police criminal data opened to other agencies; cross-jurisdictional police databases; road cameras
  // flagging stolen cars and pending warrants
  '("travel ban" AND (QID OR Metrash OR "MOI portal" OR "portal.moi")) AND (court* OR police OR debt* OR loan* OR cheque* OR prosecution OR "criminal case*" OR "legal case*" OR "civil case*" OR "court case*" OR unpaid OR "check if" OR "check whether" OR "check your" OR inquir* OR enquir* OR imposed OR "Public Prosecution")',
  '("traveller information" OR "passenger information" OR "traveler information") NEAR/15 (agenc* OR "law enforcement") AND (shar* OR access OR "look directly") AND (police OR "law enforcement" OR airline* OR =PNR OR "passenger name record" OR border OR customs OR immigration OR intelligence OR security OR terror* OR "court order" OR warrant* OR privacy OR "personal data" OR surveillance OR CBSA)',
  '(police NEAR/6 (photos OR photograph* OR fingerprint*) AND ("privacy commissioner" OR illegal* OR unlawful*)) AND (retain* OR retention OR kept OR keep* OR stored OR storage OR storing OR database* OR "privacy commissioner" OR privacy OR delet* OR destroy* OR "facial recognition" OR collect* OR "never charged" OR "not charged" OR custody OR mugshot* OR breach*)',
  'police NEAR/10 ("data of criminals" OR "criminal records" OR "criminal data") NEAR/10 (access OR share* OR available) AND (database* OR databank* OR "data bank" OR system OR network OR officers OR agenc* OR warrant* OR "background check" OR fingerprint* OR "law enforcement" OR CCTNS OR NCIC OR CJIS OR portal OR "direct access" OR "police stations" OR forces OR interoperab* OR municipal)',
  '("cross-jurisdictional" NEAR/4 (database* OR information)) AND (police OR officers OR "law enforcement" OR sheriff* OR crime* OR criminal* OR gang* OR suspect* OR offender* OR arrest* OR investigat* OR prosecutor* OR justice OR "public safety" OR warrant* OR detectives OR immigra*)',
  'camera* NEAR/15 ("pending warrants" OR "unregistered or stolen") AND ("license plate" OR "license plates" OR "licence plate" OR "licence plates" OR "number plate" OR "number plates" OR "plate reader" OR "plate readers" OR ALPR OR LPR OR ANPR OR plates OR vehicle* OR cars OR Flock OR "hot list" OR hotlist* OR "plate-reading" OR "plate recognition")',
  // Pakistan's registration cards for Afghans and NADRA; police lists of overstaying foreigners; tenant verification; migrant-worker
  // registers; call records; integrated state datasets; offenders' data shared between police forces; police surveys of Afghans; retention
  // of fingerprints and DNA (European Court of Human Rights)
  '((PoR OR "Proof of Registration") AND (NADRA OR database* OR deregistration)) AND (police OR deport* OR repatriat* OR arrest* OR detain* OR detention OR "illegal foreigners" OR illegal* OR verif* OR mapping OR "data sharing" OR shared OR geo-fencing OR IFRP OR crackdown OR expel* OR expulsion OR undocumented)',
  '(police OR FRRO) NEAR/20 (overstay* OR "foreigners residing illegally") NEAR/20 (data OR verification OR forwarded OR update OR list*) AND (deport* OR illegal* OR Bangladeshi* OR Afghan* OR Nigerian* OR Pakistani* OR Rohingya* OR "detention centre" OR repatriat* OR "holding centre" OR "Leave India Notice" OR "expired visa" OR "without valid" OR traced OR arrest* OR "Foreigners Act")',
  '"tenant verification" OR "tenant registration" OR ("tenant" NEAR/4 "police verification")',
  '"migrant workers" NEAR/15 (registration OR portal OR register*) AND (police OR Aadhaar OR "Director General of Police")',
  '("call data records" OR "call detail records") AND (police OR investigat* OR "law enforcement" OR court OR warrant* OR surveillance OR intelligence OR agenc* OR accused OR suspect* OR prosecution OR "security agencies" OR FIR OR "crime branch" OR journalist* OR privacy OR interception OR "data retention" OR NSA OR magistrate*)',
  '(Samagram OR ("integrated" NEAR/6 datasets AND (police OR surveillance))) AND (criminal* OR suspect* OR offender* OR "law enforcement" OR profil* OR "personal data" OR "personal information" OR privacy OR citizen* OR resident* OR database* OR Aadhaar OR property OR tax OR "land records" OR "family data" OR "households")',
  '((survey OR data OR information) NEAR/10 (criminals OR offenders) NEAR/15 ("shared with" OR "share with" OR "local police")) AND (released OR prison* OR probation OR parole OR addresses OR photograph* OR "sex offender*" OR register* OR database* OR records OR protocol OR monitor* OR supervis* OR disclos* OR MAPPA OR registry OR "police station*" OR "inter-state" OR teams)',
  '(police OR polic*) NEAR/10 ("data collection" OR "collect data" OR survey) NEAR/10 ("Afghan nationals" OR Afghans OR foreigners)',
  '((fingerprints OR "DNA profiles" OR "cellular samples" OR impronte OR "DNA") NEAR/15 (retain* OR retention OR mantenimento OR conserv*) AND (police OR polizia OR applicants OR condannat* OR CEDU OR Convention)) AND (police OR polizia OR arrest* OR convict* OR condannat* OR suspect* OR indagat* OR criminal* OR penal* OR database OR "banca dati" OR CEDU OR "human rights" OR acquit* OR applicants)',
  // Indian police history sheets and rowdy sheets; India's DNA Technology Bill
  '("history sheet*" OR "rowdy sheet*" OR "rowdy-sheet" OR "surveillance register") AND (court OR HC OR "High Court" OR quash* OR "Police Rules" OR "Police Regulations" OR writ OR petition*) AND (police OR rowdy* OR "history sheeter*" OR SHO OR "Standing Orders" OR accused OR criminal* OR habitual OR "bad character" OR "domiciliary visit*" OR "Article 21" OR privacy)',
  '"DNA Technology" AND (Bill OR Regulation) AND (police OR "data bank*" OR "DNA bank*" OR "Regulatory Board" OR offender* OR "crime scene*" OR "crime-scene" OR criminal OR forensic OR "missing persons" OR suspect* OR "Use and Application" OR investigat* OR "DNA profil*" OR "Lok Sabha" OR "Rajya Sabha" OR "Standing Committee" OR "DNA data")',
  // India's national intelligence grid; Germany's central register of foreigners and Switzerland's police query platform (English)
  '("national intelligence grid" OR NATGRID) AND (terror* OR security OR police OR database* OR "Home Affairs" OR MHA OR surveillance OR privacy OR immigration OR NPR OR crime OR criminal* OR ("national intelligence grid" OR NATGRID) NOT (recruitment OR aspirants OR "full form" OR electricity OR startup OR exam OR vacancy OR vacancies))',
  '("Central Register of Foreigners" OR "Central Foreigners Register" OR Ausländerzentralregister OR "Foreigners Central Register") NOT (Shanghai OR Genealogist* OR "International Settlement" OR "hits record" OR "survey answers")',
  '(("query platform" OR Abfrageplattform) AND (polic* OR polizei* OR polizist* OR Kanton* OR canton* OR fedpol)) OR POLAP OR ((police NEAR/8 (access NEAR/4 data)) AND canton* AND (cantons OR intercantonal OR nationwide OR Switzerland OR Swiss OR federal OR fedpol OR Confederation OR law*))',
  // Police collecting or updating residents' details house by house (South Asia)
  '((police NEAR/8 (collect* OR gather* OR update*) NEAR/8 (information OR info OR details)) AND (residents OR resident OR citizen* OR house* OR household*)) NOT ("phone footage" OR warehouse OR "road closures" OR detour* OR marathon OR satisfaction OR "annual survey")',
  // Checking for outstanding warrants; the national police clearance catching wanted people (Philippines); plate checks
  '("warrant of arrest" OR "outstanding warrant*") AND (verify OR check*) AND (police OR e-Warrant OR NBI OR clearance) AND (plate OR plates OR database* OR system* OR computer* OR NBI OR camera*)',
  '"police clearance" AND (wanted OR warrant*) AND (arrest* OR inaresto OR apprehended OR caught OR PNP OR nets)',
  '("license plate check*" OR "plate check*") AND (police OR officer* OR patrol* OR investigat* OR "law enforcement" OR warrant* OR cops OR trooper* OR deputy OR sheriff* OR reader* OR ALPR*)',
  // Guest houses made to verify every guest's identity (Tanzania)
  '("guest house*" OR guesthouse* OR lodge*) AND (verify* NEAR/4 identity)',
  // From the fifty-first collection (dev): Pakistan's identity database blocking or verifying cards for police; Dhaka
  // police's citizen information system
  '((NADRA OR "National Database and Registration Authority") AND (police OR CNIC*) AND (block* OR verif*) AND (illegal* OR alien* OR foreign* OR criminal*)) AND ((alien* OR "illegal immigrant" OR "illegal foreigner" OR "illegal migrant" OR criminal* OR expul* OR deport* OR immigra*))',
  '"Citizen* Information" AND (police OR DMP) AND (records OR database* OR "data protection" OR "personal data" OR "Information Management" OR tenant* OR "house owner*" OR "door to door" OR militant* OR Dhaka)',
  // From the fifty-first collection (dev): interior ministries' facial recognition
  '"facial recognition" AND ("Ministry of Internal Affairs" OR "interior ministry") AND (surveillance OR camera OR protest* OR crime* OR police OR "data protection")',
  // Police-run child protection registers (New South Wales); police street checks and carding (Canada)
  '"Child Protection Register" AND (police OR "Law Enforcement") AND (investigat* OR offender* OR registrable OR oversight OR "Law Enforcement Conduct")',
  '("street check*" AND (police OR RCMP OR Mountie* OR officers)) OR (carding AND (police OR officers) AND ("street check*" OR racial* OR Black OR "randomly stop*" OR "identifying information" OR Ontario OR Toronto))',
  // SIM registration laws to help police identify phone users (South Africa's RICA)
  'RICA AND ("law enforcement" OR criminals) AND (cellphone* OR SIM)',
  // Police, border and security watchlists
  '(watchlist OR watchlists) AND (police OR immigration OR border)',
  // From the fifty-second collection (dev): the Met's facial recognition; police data banks of migrant workers (India)
  '"facial recognition" AND (=Met OR "Met\'s" OR "Metropolitan Police") AND NOT ("Met Gala" OR curator* OR painting* OR "crime drama" OR "six-part")',
  'police AND ("migrant workers" OR "migrant labourers" OR "guest workers") AND (databank OR database OR "data bank" OR "collect details" OR "collect data" OR register*) AND (databank OR "data bank" OR "collect details" OR "collect data" OR Aadhaar OR Aadhar OR Aaadhar)',
  // From the fifty-second collection (dev): British Columbia's shared police records system; COVID-19 status databases for police
  // (older dev records)
  '("PRIME-BC" OR "Police Records Information Management Environment") AND (police OR RCMP OR officer* OR "law enforcement" OR RMS)',
  '("COVID-19 database" OR "COVID-19 status" OR "tested positive") AND (police OR "first responders") AND (database OR access* OR shar*) AND (address* OR database OR privacy OR "civil liberties" OR list)',
  // From the fifty-second collection (dev): face recognition in Pakistan's safe city projects
  '"safe city" AND ("facial recognition" OR "face recognition") AND NOT ("indie game" OR "video game" OR hackathon OR "lost-pet" OR players)',
  // From the fifty-fifth collection (dev): UK police searching the passport and immigration databases; the Philippine police on the national ID system
  '((passport OR immigration) NEAR/3 (database OR databases)) AND (police NEAR/5 (search* OR access* OR quer*))',
  '(PhilSys OR PhlSys OR "Philippine Identification System" OR "national ID system") AND (=PNP OR police) AND (crime* OR criminal* OR "peace and order" OR records OR deter* OR suspect*)',
  // From the fifty-fifth collection (dev): SIM registers open to the police (Philippines)
  '("SIM registration" OR "SIM register" OR "SIM Card Registration") AND (subpoena OR "law enforcement" OR unconstitutional OR "identify suspects" OR (police NEAR/6 (access* OR database OR records)))',
];
