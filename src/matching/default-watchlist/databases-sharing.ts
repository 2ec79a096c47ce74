/**
 * State-databases rules for records accessed, misused or handed over, in everyday words rather than by a
 * system's name (from the thirty-fourth collection's dev records on; topic definition: src/matching/README.md).
 * Records systems by name stay in databases.ts; the guards are in databases-guards.ts.
 */
import { SHARE } from './words.ts';
import {
  HEALTH_WORKERS_REPORT_UNDOCUMENTED,
  STATE_DATA_TO_HOMELAND_SECURITY,
  PERSONAL_INFORMATION_TO_FEDERAL_GOVERNMENT,
  MEDICAID_DATA_TO_IMMIGRATION,
} from './both-topics.ts';
import { MUNICIPAL_ID } from './terms.ts';

export const databasesSharing = [
  // Records looked up or accessed for no police purpose
  '("driving record*" OR "drivers\' records" OR "driver records" OR "driver\'s license records" OR "driver data" OR "driver\'s license data") NEAR/10 (illegal* OR improper* OR "looked up" OR snoop* OR unauthori*)',
  '(licen* NEAR/6 snoop*) OR ("driver* licen*" NEAR/10 (snoop* OR "looked up" OR lookups OR queries))',
  '(access* NEAR/6 "private records") OR ("non-law enforcement" NEAR/8 (use OR usage OR purpose*) AND (record* OR databas* OR information))',
  '(((abus* NEAR/3 (power OR access OR authority OR position)) OR misus* OR snoop*) NEAR/12 (database* OR "look up" OR "looked up")) AND (police OR officer* OR deput* OR trooper*)',
  '((accessed OR accessing) NEAR/8 (records OR details OR data OR information)) AND ("policing purpose" OR "gross misconduct" OR "not supposed to") AND (police OR constable* OR officer* OR "police staff")',
  '("peace officer*" NEAR/8 (access* NEAR/4 (information OR record* OR data))) AND (vehicle* OR registration OR "driver\'s license" OR =DMV OR database*)',
  // Records handed to immigration enforcement: rough sleepers' data and the school census's nationality fields (the
  // UK Home Office), licence applicants' data, jail databases, booking data and inmate lists, licensing data
  '("rough sleep*" OR homeless*) NEAR/20 (data OR database* OR "personal information" OR "mapping tool") AND ("Home Office" OR deport* OR "immigration enforcement")',
  '"school census" NEAR/20 (nationality OR "country of birth" OR "Home Office" OR "immigration enforcement")',
  '(("identifying data" OR "personal data" OR "applicant data" OR "data collected" OR "identifying information") NEAR/20 ("federal authorities" OR "immigration authorities" OR deport* OR "immigration enforcement")) NOT census',
  '((("computer databases" OR "computer records") NEAR/8 (jail* OR inmate* OR scroll*)) OR "jail databases" OR "jail records") AND (=ICE OR "Immigration and Customs Enforcement" OR "immigration agents")',
  `((${SHARE} NEAR/6 information) NEAR/12 (booked OR booking OR jail*)) AND (=ICE OR "Immigration and Customs Enforcement" OR "immigration agents")`,
  '(("AB 60" OR AB60) NEAR/25 "immigration agents") AND (=ICE OR "Immigration and Customs Enforcement" OR "immigration agents")',
  '(("personal information" OR "list of inmates" OR "inmate list*") NEAR/12 ("federal officers" OR "federal agents" OR =ICE OR "immigration authorities")) NOT (scam* OR fraudster* OR impersonat* OR "posing as")',
  '("Department of Licensing" OR "driver information" OR "driver data" OR "driver records") NEAR/20 (=ICE OR "Immigration and Customs Enforcement" OR "immigration enforcement")',
  '("Thomson Reuters" AND (=ICE OR "Immigration and Customs Enforcement" OR =DHS) AND (data OR contract* OR CLEAR OR list*))',
  // Other records handed over: concealed-carry permit records
  `("concealed weapon*" OR "concealed carry" OR "concealed handgun*") NEAR/12 (records OR information OR database* OR list*) AND (provid* OR ${SHARE} OR federal OR copy OR keep)`,
  // Laws and ordinances that keep records from immigration enforcement: towns barred from requesting or keeping
  // immigration information, city "separation" ordinances
  `("immigration information" OR "immigration status information") NEAR/8 (request* OR maintain* OR collect* OR keep* OR ${SHARE} OR disclos*)`,
  '("separation ordinance" OR "separation rules") AND (data OR information OR technology)',
  // From the thirty-fifth (dev): municipal ID programmes keeping or destroying applicants' records; hotel guest
  // registers and second-hand dealers' reports (LeadsOnline) kept for police; police data pooled nationally by
  // contract; plate tracking; face recognition behind a wrongful arrest (and, from the thirty-seventh, behind detentions)
  `(${MUNICIPAL_ID} OR "ID card program") NEAR/25 ("personal information" OR "personal records" OR "personal data" OR records OR retain* OR destroy* OR dump* OR delet*)`,
  '("guest register*" OR "guest registry" OR "hotel register*" OR "register of guests" OR (register NEAR/6 (hotel* OR motel*))) AND ("law enforcement" OR police OR inspect* OR "license number" OR "license plate")',
  '"leads online" OR leadsonline',
  `"police data" NEAR/10 (pool OR pooled OR ${SHARE} OR contract*)`,
  '"plate tracking"',
  '("facial recognition" OR "face recognition") NEAR/12 (arrest* OR misidentif* OR wrongful*)',
  '("facial recognition" OR "face recognition") NEAR/15 (detain* OR detention* OR detained)',
  // Phone-location tools sold to enforcement agencies (Penlink's Webloc)
  'Webloc OR (Penlink AND (location OR phone* OR surveillance))',
  // Vehicle owners' records kept from disclosure (address-confidentiality programmes)
  '("vehicle owner information" OR "vehicle and vessel owner information" OR "registered owner information" OR "owner information") NEAR/15 (disclos* OR confidential* OR release*)',
  // The DMV's stored photographs and digitized images kept from inspection or sale; police surveillance reported under
  // New York's POST Act; a warrant before government obtains electronic communications or stored data
  '("digitized image*" OR "electronically stored photograph*") NEAR/20 (deny OR disclos* OR sell* OR inspect* OR access*)',
  '"POST Act" AND (surveillance OR =NYPD OR police)',
  '(("electronic communication*" OR "location information" OR "stored data") NEAR/15 ("search warrant" OR warrant)) AND (governmental OR "government entit*" OR "law enforcement agenc*") AND (prohibit* OR "except by" OR "may not" OR requir*)',
  // From the thirty-sixth (dev): officers' mobile fingerprint scanners querying state files; troves of public records
  // bought from brokers
  '((mobile OR handheld OR portable OR "on the spot") NEAR/8 fingerprint*) AND (police OR officer* OR deput* OR sheriff*)',
  '"public records" NEAR/10 (trove OR broker*)',
  // … state labour departments' payroll and employment records sought by ICE; IRS records shared with local police
  '("Department of Labor" OR "labor officials" OR "employment data" OR "payroll information" OR "wage records" OR "unemployment records") AND (=ICE OR "Immigration and Customs Enforcement")',
  '=IRS NEAR/15 ("local police" OR "local law enforcement")',
  // From the thirty-seventh (dev): cameras flagging wanted cars; a sheriff tapping the state's driver-licence photo archive
  '("wanted cars" OR "wanted vehicles" OR "wanted car" OR "wanted vehicle") AND (camera* OR police)',
  '("photo archive*" OR "driver license photo*" OR "licence photo*" OR "license photo*") NEAR/15 (sheriff* OR police OR "law enforcement")',
  // … online police-report systems; scrap, metal and catalytic-converter buyers' records kept for police (beside the
  // pawn and dealer rules of databases.ts); sheriffs sharing their records
  '(("online police report*" OR "online reporting system" OR "online report* system" OR "police report system") AND (police OR sheriff*)) OR "online crime report*"',
  '(scrap OR "precious metal*" OR "catalytic converter*" OR recycler*) AND (record* NEAR/6 (keep OR kept OR collect* OR maintain*)) AND (seller* OR purchas* OR police OR theft* OR stolen OR "photo ID")',
  '("scrap metal" OR recycler* OR "precious metal*" OR pawnbroker* OR "secondhand dealer*" OR "second-hand dealer*") AND ("license plate number" OR "photo ID" OR "photo identification" OR thumbprint* OR "record of each purchase")',
  '(sheriff* NEAR/15 records) AND ("shared access" OR "share records" OR sharing)',
  '("stolen items" OR "stolen property" OR "stolen goods") NEAR/15 (online OR database OR "serial number*")',
  // … a bill stopping sales of personal data to police and agencies; a post-9/11 information-sharing programme's files on
  // citizens; fingerprints filed under a state tracking number
  '"Fourth Amendment Is Not For Sale"',
  '"information-sharing program*" AND (intelligence OR terrorism OR collected)',
  '"State Tracking Number"',
  // From the thirty-eighth (dev): scrap-theft laws and compliance guides (the transaction records scrap buyers keep for
  // police, beside the two rules above); state health and food-aid records (Medi-Cal, CalFresh, Medicaid, SNAP) given to
  // ICE
  '((scrap NEAR/3 theft) AND (record* OR legislat* OR regulation*)) OR ((scrap NEAR/3 (recycl* OR metal)) AND (theft* OR stolen OR police OR "law enforcement") AND (record* OR legislat* OR regulation*))',
  '((Medi-Cal OR CalFresh OR Medicaid OR =SNAP) NEAR/25 (=ICE OR "Immigration and Customs Enforcement")) AND (data OR records OR information OR files)',
  // … second round: database guidance under California's Values Act; the Compact Council of the criminal-history
  // compact and its parties
  '"Values Act" NEAR/10 database*',
  '(Compact NEAR/10 Council) OR "Compact Party"',
  // … inmates' criminal and immigration records checked; jails contacting ICE about foreign-born inmates (beside the
  // reporting rule of databases-corrections.ts)
  '"immigration records" NEAR/10 (inmate* OR jail* OR sheriff*)',
  '(("foreign born") NEAR/20 (jail* OR booking* OR inmate*)) AND (=ICE OR "Immigration and Customs Enforcement" OR immigration OR notif* OR contact*)',
  // … third round: immigration-violator data put in police systems (NCIC); laws ending the sharing of information about
  // undocumented immigrants; Minnesota's criminal-apprehension bureau agreements for its police data network
  '("immigration violation*" OR "immigration violator*") NEAR/5 (data OR database OR =NCIC OR file)',
  `(${SHARE} NEAR/5 information) NEAR/5 (undocumented OR "illegal alien*" OR "illegal immigrant*")`,
  '("Bureau of Criminal Apprehension" OR =BCA) AND "Joint Powers Agreement*"',
  // … fourth round: police records and data-aggregation software (CODY)
  '"CODY System*" OR (police AND "data aggregation")',
  // From the thirty-ninth (dev): surveillance-technology ordinances (council approval, data retention and access
  // rules); warrant amnesties at municipal courts; automatic sealing of non-convictions; state data shared with Homeland Security
  '("surveillance equipment" OR "surveillance technolog*" OR "surveillance transparency") AND (ordinance* OR "data retention")',
  'amnesty* AND ("bench warrant*" OR "failure to appear")',
  '"automatic sealing" OR (seal* NEAR/4 nonconviction*)',
  STATE_DATA_TO_HOMELAND_SECURITY,
  // … patrol cars linked to databases; city crime-analysis units (from older dev misses, re-read this session)
  '(patrol NEAR/3 car*) NEAR/10 databas*',
  '"crime analysis unit" OR ("Crime Analysis" AND (unit OR analyst*))',
  // From the fortieth (dev): health workers' duty to report undocumented patients to the police (Malaysia)
  HEALTH_WORKERS_REPORT_UNDOCUMENTED,
  // … bills and commissions on facial recognition (limits on government face searches); national crime databases and
  // police stations' digital occurrence books
  '("facial recognition" NEAR/8 (commission OR moratorium OR legislation)) AND (police OR "law enforcement" OR government* OR state OR agenc* OR department* OR =ICE OR "public safety" OR "special commission" OR bill OR act OR petition OR lawmakers OR ordinance)',
  '"crime database*" OR "crime data centre" OR "crime data center" OR "crime intelligence centre" OR "crime records database"',
  '"occurrence book*" AND police',
  // From the forty-first collection (dev): police holds and reports on goods bought by pawnbrokers and secondhand dealers
  '(pawnbroker* OR "secondhand goods dealer*" OR "second-hand dealer*" OR "secondhand dealer*") AND ("law enforcement" OR police) AND (databas* OR transaction* OR "hold period" OR "holding period" OR ordinance* OR LeadsOnline OR ((report* OR hold*) NEAR/6 (item* OR goods OR purchase* OR seller* OR customer* OR days OR hours)))',
  // The forty-second collection: the same bills, state-databases side; police records digitised; patrol laptops that
  // look up plates and licences
  PERSONAL_INFORMATION_TO_FEDERAL_GOVERNMENT,
  '"police records" NEAR/8 (digitiz* OR scanning OR retention OR retension)',
  '"background information" NEAR/10 ("license plate*" OR "driver* licen*")',
  // … police records management systems (RMS), which hold the reports and names officers query and share
  '("records management system*" OR =RMS) NEAR/12 (police OR agenc* OR "law enforcement" OR sheriff*)',
  // … (the forty-fourth) catalytic-converter purchase records for police; searches of police systems
  '("catalytic converter*" OR "core recycler*") AND (licensee* OR recycler* OR "shall obtain" OR "scrap metal dealer*" OR (purchase* NEAR/8 record*)) AND (police OR "law enforcement")',
  '(("police IT system" OR "police system" OR "police systems" OR "police database*" OR "police computer*") NEAR/12 (search* OR check* OR "look up" OR "looked up" OR "looking up" OR "looks up" OR lookup* OR unauthori* OR illegal*)) NOT (vetting OR "background check*" OR volunteer* OR applicant*)',
  // … (the forty-fifth) the National Driver Register's state reports and file checks; Palantir's police platforms
  '"National Driver Register" OR (=NDR AND (PDPS OR "Problem Driver Pointer" OR NHTSA OR "participating State*" OR "chief driver licensing"))',
  'Palantir AND (polis OR Polizei OR police OR politie OR polizia OR policia) AND (data* OR Daten* OR software OR Gotham OR surveil* OR veri* OR analy* OR intelligence OR database* OR fusion* OR "law enforcement")',
  // … (the forty-fifth) warrants for electronic communication data from service providers (Montana)
  '("electronic communication information" OR "electronic data" OR "cell phone data") AND (warrant OR warrantless) AND (police OR "law enforcement" OR "service providers") AND (law OR laws OR bill OR legislation OR ban OR bans OR statute OR "Fourth Amendment" OR loophole* OR legal)',
  // Forty-seventh collection (2026-12-06): US and Canadian police information systems
  '"criminal information database*" NOT ("scam alert" OR phishing OR fictional OR "video game" OR historian* OR genealog*)',
  '"law enforcement information management" NOT ("job description" OR vacancy OR vacancies OR "apply now" OR USAJOBS OR "master\'s degree" OR "bachelor\'s degree" OR curriculum OR investors OR "stock price")',
  // Forty-seventh collection (2026-12-06): Texas traffic-citation lists to ICE, commercial data used by immigration authorities
  '("Department of Public Safety" OR =DPS) AND =ICE AND (driver* OR citation* OR license*) AND (data OR list* OR records OR information OR database OR names)',
  '(("commercial data" AND (immigration OR =ICE)) AND (broker* OR surveil* OR "personal data" OR location OR "license plate" OR "plate reader*" OR LexisNexis OR "utility records" OR DMV OR tracking)) NOT ("ICE Data Services" OR "Intercontinental Exchange")',
  // Forty-seventh collection (2026-12-06): Medicaid data to ICE
  MEDICAID_DATA_TO_IMMIGRATION,
  // Forty-seventh collection (2026-12-06): audits of searches of a state database, Georgia's record-restriction law
  '"state database" AND (audit* OR searches OR misuse OR confidential) AND (police OR officer* OR employees OR "law enforcement" OR criminal OR driver*)',
  '"SB 288" AND (expung* OR "criminal record" OR "criminal records" OR "arrest record" OR "arrest records" OR "criminal history" OR sealing OR sealed OR "background check" OR conviction*)',
  // From the forty-eighth (dev): police registries of residents' home cameras
  '(database NEAR/10 (officers OR police)) AND (cameras OR camera) AND (register* OR "sign up" OR "signing up" OR voluntary) AND (residents OR resident OR homeowner* OR business* OR footage OR doorbell* OR security OR surveillance OR private)',
  // … regional information sharing among law enforcement agencies; city privacy boards over surveillance technology
  '"information sharing" AND ("law enforcement agencies" OR police) AND (county OR regional OR "case study") AND (record* OR database* OR "data system*" OR "information sharing system*" OR RISS OR warrant* OR criminal* OR intelligence OR "fusion center*" OR "plate reader*" OR "license plate*" OR LPR OR RMS OR suspect* OR offender* OR arrest* OR crime*)',
  '(surveillance NEAR/8 (equipment OR technolog*)) AND (privacy AND (board OR ordinance OR council))',
  // … US-VISIT and IDENT biometrics for state and local police
  '("US-VISIT" OR =IDENT) AND ("state and local law enforcement" OR "local law enforcement" OR jails)',
  // The forty-ninth collection: registries of private cameras offered to the sheriff or police
  '((camera* OR surveillance) NEAR/10 (registry OR register OR "sign up") AND (footage OR "sheriff\'s office" OR investigat*)) AND (registry OR residents OR homeowners OR businesses OR "private cameras" OR doorbell* OR "home security" OR voluntary OR community OR neighborhood*) AND (police OR sheriff* OR deputies OR "law enforcement" OR detectives OR investigators OR crime*)',
  // Texas's licence image verification system; the Attorney General's guidance on state and local police databases; lawsuits
  // seeking licence data on undocumented drivers
  '("image verification system" OR (thumbprint* AND (department OR license) AND (image OR facial))) AND (police OR DMV OR "motor vehicle" OR "driver\'s license" OR "drivers license" OR "driver\'s licence" OR "law enforcement" OR sheriff* OR "facial recognition" OR "license photo" OR "mug shot" OR mugshot* OR suspect* OR FBI OR "identification card" OR "ID card")',
  '("databases operated by state and local law enforcement" AND (gang* OR CalGang OR immigra* OR =ICE OR vendor* OR guidance OR "audit criteria" OR "Attorney General" OR privacy OR purge* OR designat*)) OR ("Attorney General" AND "audit criteria" AND databases AND (gang* OR CalGang OR police OR "law enforcement" OR sheriff* OR immigra* OR =ICE OR designat* OR purge* OR "criminal intelligence"))',
  '("driver\'s licenses" OR "driving access") AND (data OR "Trump") AND (undocumented OR immigra*) AND (lawsuit OR grab OR access) AND (=ICE OR "Customs Enforcement" OR "immigration agent" OR "immigration enforcement" OR "immigration authorities" OR DHS OR deport* OR "data grab" OR shar* OR "hand over" OR "turn over" OR privacy OR subpoena* OR records OR grab)',
  // Federal fingerprinting programmes enlisting county jails; names of people stopped turned over to immigration authorities; cell-site
  // simulators and California's electronic-communications privacy law
  '"fingerprinting program" AND (federal OR immigra*)',
  '("turning over" OR "turned over" OR "turn over" OR "handing over") NEAR/10 (names OR information OR data) NEAR/15 ("federal immigration" OR =ICE OR "immigration authorities")',
  '"cell site simulator*" OR "cellular site simulator*" OR (stingray* AND (police OR sheriff* OR cellphone* OR "cell phone*" OR surveillance OR warrant* OR "law enforcement"))',
  '"Electronic Communications Privacy Act" AND (California OR CalECPA OR "law enforcement")',
  // DHS's biometric system HART
  '=HART AND ("Homeland Advanced Recognition" OR =IDENT OR DHS OR "Homeland Security" OR OBIM OR (biometric* NOT (fare OR fares OR bus OR buses OR transit OR paramedic* OR ambulance OR radio OR "Hazardous Area")))',
  // From the fifty-first collection (dev): gang data systems run by police bureaus; plate surveillance cameras
  '(gang NEAR/3 (data OR "data system" OR "investigative data" OR database* OR files)) AND (police OR "law enforcement" OR "criminal justice" OR bureau OR investigat*) AND (member* OR affiliat* OR designat* OR criminal* OR database* OR "data system" OR CalGang OR suspect*)',
  '("license plate surveillance" OR "plate surveillance camera*") AND (police OR "law enforcement" OR sheriff* OR Flock OR ALPR OR "automatic license plate" OR council OR legislat* OR bill OR ordinance OR prosecut* OR hotlist*)',
  // From the fifty-second collection (dev): jails notifying ICE of bookings and releases, booking data transmitted to federal
  // authorities
  '(=ICE OR "Immigration and Customs Enforcement") AND (booked OR booking OR "booking data") AND (notif* OR transmit* OR fingerprint* OR crosscheck* OR "release dates" OR "scheduled to be released")',
  '(=ICE OR "Immigration and Customs Enforcement") AND ("information is transmitted" OR "transmitted to federal" OR "crosschecked through" OR "cross-checked through") AND (immigra* OR detain* OR jail* OR sheriff*)',
  // From the fifty-second collection (dev): the Justice Department asking sheriffs for data on non-citizen inmates
  '(sheriff* OR jails) AND ("immigrant inmates" OR "non-citizen inmates" OR "inmates who are not" OR "noncitizen inmates") AND (data OR information OR records)',
  // From the fifty-third collection (dev): IAFIS with state and local police, utility records to police, custody records to prison, probation and parole authorities, Secure Communities fingerprints
  'IAFIS AND (state OR local OR police OR "law enforcement") AND NOT (teacher* OR classroom* OR "Little League" OR coaches OR retires OR "after 30 years")',
  '((("consumption data" OR "utility records" OR "utility data" OR "utility customer data") AND (police OR "law enforcement")) AND NOT (hacker* OR phishing OR scam* OR fraudster* OR drought OR hosepipe OR solar OR "energy users")) OR (("meter readings" OR "usage logs" OR "electricity usage") AND (detectives OR officers OR police) AND (warrant OR subpoena*))',
  '(("prison, probation, parole" OR "probation, parole, or pardon") AND NOT (staffing OR livestream* OR hiring OR "ban the box" OR retail)) OR ((=ICE OR immigration) NEAR/15 ("parolee database" OR "supervision files" OR "parole records" OR "probation records"))',
  '"Secure Communities" AND (fingerprint* OR IDENT OR IAFIS OR booking OR biometric*) AND NOT (novel* OR "book tour" OR expo OR turnstile* OR "housing authority" OR "door locks")',
  // … and (dev, English outside the US): fines defaulters flagged at the border, national policing information, police blacklists of children, organised-crime matrices, DNA and fingerprints kept by police
  '("fines defaulter*" AND (Customs OR border OR alert* OR matching OR Immigration) AND NOT (librar* OR overdue OR borrower* OR rugby OR league OR Reivers OR "text alerts" OR SMS)) OR (("unpaid court" OR "court penalties" OR "court fines") AND (airport* OR "passport control" OR border) AND (records OR data OR database*))',
  '"national policing information" AND NOT (adverts OR advertising OR "officer numbers" OR website OR campaign OR bulletin)',
  '(("Suspect Targeting Management Plan" OR STMP OR "secret blacklist" OR "police blacklist") AND (police OR children OR watchdog) AND NOT (hospital* OR medication OR paediatric OR spam OR "mail server" OR "email providers" OR "construction unions" OR "building sites")) OR (("predictive list" OR "targeting program" OR "targeting list") AND (police OR officers) AND (kids OR children OR youth))',
  '(("Organised Crime Group Matrix" OR OCGM OR (Matrix AND nominals) OR "Met Matrix") AND NOT ("Met Office" OR forecast* OR guild OR "general meeting" OR gilt* OR yields OR "basis points" OR "hedge fund")) OR (("gang list" OR "gangs list") AND police AND London)',
  '("DNA, fingerprints" OR "fingerprints and images" OR "DNA and fingerprints" OR "fingerprints and DNA") AND (police OR "Police Scotland" OR Garda OR custody) AND (retention OR retain* OR "code of practice" OR watchdog OR consent OR database) AND NOT (paternity OR "custody dispute" OR "family court" OR museum OR exhibit*)',
  '((fingerprints OR "DNA samples") AND ("without your consent" OR "in custody" OR "Garda custody") AND (samples OR Garda OR police OR Gardaí) AND NOT (gym OR "data regulator" OR "consumer groups" OR inquest OR "cell door" OR "DNA kit" OR pharmaceutical)) OR ((Gardaí OR Garda) AND ("biometric data" OR "genetic profiles") AND (database OR retain* OR keep OR hold))',
  '(("border crossing*" OR "trips across the border" OR "border crossings") AND (RCMP OR CSIS) AND (shared OR share OR sharing OR records) AND NOT (memoir OR "Cold War" OR cocaine OR haul OR "holiday delays" OR "long weekend")) OR ((CSIS OR "spy agency") AND (RCMP OR "federal police") AND ("travel history" OR "entry-exit"))',
  '("Border Force" AND ("Victoria Police" OR "Victorian Police") AND (visa OR visas) AND NOT (cocaine OR "drug importation" OR "Grand Prix" OR fans OR recruits OR vacancies OR "skilled visas")) OR ((Melbourne OR Victoria OR Victorian) AND (police OR officers) AND students AND (immigration OR "Border Force") AND (cancellations OR cancel* OR revoked))',
  '"Ministry of Public Security" AND (biometric* OR DNA OR genetic) AND (collect* OR gather* OR "ID card" OR database*)',
  // From the fifty-fifth collection (dev): personal identifying information released to immigration enforcement; court staff barred from
  // // giving federal immigration authorities nonpublic personal information
  '((disclose* OR release* OR share*) NEAR/15 ("personal identifying information" OR PII)) AND ("immigration enforcement" OR "federal immigration" OR "immigration purposes" OR "Immigration and Customs Enforcement")',
  '("nonpublicly available personal information" AND (immigration OR "community custody" OR court*)) OR (("personal information" NEAR/10 "federal immigration authorit*") AND (provide OR disclos* OR shar* OR access*))',
  // From the fifty-sixth collection (dev): a state bill barring agencies from giving identifying information for enforcing federal immigration law
  '(("identifying information" OR "personal information" OR "personal data") NEAR/30 ("enforce federal immigration law" OR "enforce immigration law" OR "enforcement of federal immigration law" OR "enforce civil immigration law")) AND (prohibit* OR "may not" OR "shall not" OR warrant*) AND (bill OR act OR agency OR agencies OR entity OR entities)',
];
