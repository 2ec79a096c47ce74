/** The default watchlist's state-databases rules (topic definition: src/matching/README.md); its guards are in databases-guards.ts. */
import { SHARE } from './words.ts';
import {
  ICE_BUYS_STATE_ACCESS,
  ICE_CONTEXT,
  REPORTS_ILLEGAL_ALIENS,
  STATE_POLICE_NETWORKS,
  UNAUTHORIZED_IMMIGRANT_RECORDS,
} from './terms.ts';

/** Pawnbrokers and secondhand dealers, whose transaction records the pawn rules read. */
const PAWN_TRADERS = '(pawnbroker* OR pawnshop* OR "pawn shop*" OR "secondhand dealer*")';

const RECORDS = `(record* OR data OR photo* OR photograph* OR "personal information" OR databas* OR disclos* OR ${SHARE} OR confidential*)`;

/** Immigration enforcers named by their role (federal immigration, immigration agents, authorities, officials). */
const IMMIGRATION_ENFORCERS = '"federal immigration" OR (immigra* NEAR/3 (enforc* OR authorit* OR agent* OR official* OR officer*))';
/** Immigration enforcement as the receiver of shared records (sanctuary and Trust acts talk this way). */
const IMMIGRATION_AUTHORITY = `(${IMMIGRATION_ENFORCERS} OR =ICE OR "Immigration and Customs Enforcement" OR "federal agent*" OR feds OR "criminal alien*")`;
const SHARING = `(${SHARE} OR disclos*)`;

export const databasesInclude = [
  // Criminal-justice networks and systems
  '=COLLECT',
  '"Connecticut On-Line Law Enforcement"',
  '=CLETS',
  // All-capital award records (case-marked terms do not count there), also for its phone lines and "data base" (37th)
  'clets NEAR/30 (access* OR records OR quer* OR terminal* OR system* OR machine* OR line* OR phone* OR telephone* OR "data base" OR database*)',
  '"California Law Enforcement Telecommunications System"',
  '=LEADS NEAR/12 ("law enforcement" OR police OR "data system" OR quer* OR immigra* OR audit*)',
  '"Law Enforcement Agencies Data System"',
  '=OHLEG OR "Ohio Law Enforcement Gateway"',
  '=NCIC OR "National Crime Information Center"',
  '"crime information center" OR "criminal information center*" OR "criminal information system*"',
  '=NGI OR "Next Generation Identification"',
  '=IDENT OR "Automated Biometric Identification System"',
  '"Homeland Advanced Recognition Technology"',
  '"N-DEx" OR "National Data Exchange"',
  'nlets',
  '=CJIS OR "criminal justice information"',
  '"criminal history" NEAR/4 (record* OR repository OR file* OR information OR check* OR quer* OR search* OR databas* OR system* OR data)',
  '"criminal records" OR "criminal background check*" OR "arrest records" OR "conviction records" OR "records of conviction*"',
  // Records named instead of systems
  '"central repository" NEAR/12 ("criminal justice" OR offender* OR arrest* OR "criminal history" OR disposition*)',
  '"identification record*" OR "National Driver Register" OR ("driving record*" NEAR/12 (access* OR disclos* OR releas* OR shar* OR sell* OR sold OR confidential* OR privacy OR "personal information" OR police OR "law enforcement" OR request* OR obtain* OR public* OR databas* OR immigra* OR federal OR insur* OR employ*)) OR "privileged information" NEAR/10 (motor OR DMV OR driver*)',
  '("matching program*" OR "computer matching") AND (prisoner* OR "law enforcement" OR fugitive* OR jail* OR "Bureau of Prisons" OR "Source Jurisdiction" OR "State and Local")',
  '"police information network" OR ("information network" NEAR/4 (police OR "law enforcement" OR justice))',
  '"Public Access to Court Electronic Records" OR =PACER OR pacer NEAR/3 (order* OR "service center" OR access* OR subscription* OR account*)',
  '(Medicaid OR utility OR utilities OR "customer data" OR "customer records" OR "customer info*") NEAR/12 (=ICE OR =DHS OR (immigra* NEAR/2 (agenc* OR authorit* OR official* OR officer* OR agent* OR enforc* OR violation*)) OR deport* OR "law enforcement" OR police)',
  '"police buying data" OR ((buy* OR purchas*) NEAR/6 data NEAR/10 (police OR "law enforcement"))',
  '("location data" NEAR/12 (purchas* OR buy* OR bought OR broker* OR warrant*)) NOT ("Federal Trade Commission" OR =FTC OR advertis*)',
  '=CLEAR NEAR/6 ("Thomson Reuters" OR subscription* OR "law enforcement") OR LexisNexis NEAR/12 (police OR "law enforcement" OR =ICE OR immigra*) OR "Subscription Data Services"',
  'expung* OR expunc* OR (seal* NEAR/6 (record* OR conviction* OR offense* OR dismissal* OR sentence*)) OR "order* of nondisclosure" OR (annul* NEAR/6 (record* OR conviction* OR arrest* OR offense*))',
  '=NICS OR "National Instant Criminal Background Check System" OR "Instant Check System"',
  '"state identification bureau*"',
  '"Clean Slate"',
  // Gang databases, intelligence, fusion centers
  'calgang',
  'gang NEAR/3 (databas* OR registry OR list OR designat*)',
  '"gang member*" NEAR/12 (databas* OR designat* OR notice)',
  '"fusion center*" OR "fusion centre*"',
  '"intelligence center"',
  // DMV records and photos
  '"DMV records" OR "DMV data" OR "motor vehicle records" OR "driver* databas*"',
  `(DMV OR "motor vehicle*" OR "driver* license*" OR "Department of Licensing" OR "Registry of Motor Vehicles" OR "Motor Vehicle Administration" OR =MVD OR =BMV OR "Driver Services" OR PennDOT) NEAR/8 ${RECORDS}`,
  `("driver data" NEAR/6 (sell* OR sold OR sale* OR ${SHARE} OR access* OR request* OR hand*)) AND (=DMV OR =BMV OR =MVD OR "motor vehicle*" OR police OR "law enforcement" OR immigra* OR =ICE OR "Department of Transportation")`,
  '"driver* privacy"',
  // Surveillance data and biometrics (British spellings: number plate, ANPR, licence; ANPR in any case and plural,
  // as Indian and other English-language press write it, "Anpr", "ANPRs")
  '"license plate reader*" OR "license plate recognition" OR "plate reader*" OR =ALPR OR =LPR',
  '"number plate recognition" OR "number plate data" OR "number plate camera*" OR ANPR OR ("licence plate*" AND (police OR camera* OR recogni* OR reader* OR scan* OR database*)) OR "plate recognition"',
  '"Flock Safety" OR "Flock Group" OR "Fog Data" OR "Fog Reveal"',
  '("facial recognition" OR "face recognition") AND (police OR sheriff* OR "law enforcement" OR mugshot* OR booking OR =DMV OR "driver* licen*" OR "motor vehicle*" OR "licen* photo*" OR council OR government* OR surveillance OR warrant* OR "state agenc*" OR "local agenc*" OR databas* OR "public agenc*" OR detective* OR investigat* OR crime* OR criminal* OR suspect*)',
  // Face matching by other names, and plate readers and gang lists in other words, counted beside police work
  '("facial identification" OR "face matching" OR "facial matching" OR "face scan*" OR "facial scan*") AND (police OR sheriff* OR "law enforcement" OR cops OR mugshot* OR booking* OR deput*)',
  '"record clearance" OR "record relief" OR ((gang NEAR/2 (file OR files OR "tracking system")) AND (police OR sheriff* OR "law enforcement" OR system* OR databas*))',
  // Biometrics and fingerprints shared between systems or taken at booking (not every mention beside "FBI" or "police")
  `biometric* NEAR/8 (${SHARE} OR interoperab* OR "state and local" OR booking* OR arrestee*)`,
  '(tattoo* NEAR/6 databas*) OR ("iris scan*" NEAR/10 (jail* OR inmate* OR arrest* OR booking* OR police OR sheriff*))',
  `(("police reports" OR "incident reports" OR "offense reports") NEAR/10 (${SHARE} OR releas* OR disclos* OR access* OR hand*)) AND (federal OR =ICE OR immigra*)`,
  `(fingerprint* NEAR/8 (booking* OR ${SHARE})) OR (fingerprint* NEAR/15 transmit*) OR (fingerprint* NEAR/4 "persons arrested")`,
  '"DNA database" OR "DNA databank" OR "DNA identification index" OR =CODIS OR "Combined DNA Index System" OR ("deoxyribonucleic acid" NEAR/4 (identification OR registration OR database))',
  // Court, probation, juvenile and registry records
  '"court records" OR "probation records" OR "juvenile records" OR "juvenile law enforcement records"',
  'probation NEAR/6 (record* OR data OR "personal information" OR file*)',
  '"juvenile justice information"',
  '"sex offender*" NEAR/10 (regist* OR website OR databas* OR address* OR verif* OR notify OR notification)',
  // Data brokers and commercial data sold to government
  '"data broker*" NEAR/20 (government* OR "law enforcement" OR police OR agenc* OR =ICE OR immigra* OR investigator* OR detective* OR sheriff* OR cops OR sanctuar*)',
  '(databas* NEAR/10 ("immigration enforcement" OR "civil immigration")) NOT ("287(g)" OR "Privacy Impact Assessment")',
  '"commercial databas*" NEAR/10 (police OR "law enforcement" OR detective* OR investigator* OR location* OR phone*)',
  'Accurint OR "Vigilant Solutions" OR Clearview OR JusticeXchange OR "Appriss" OR "Law Enforcement Investigative Database*" OR =LEIDS',
  '"Thomson Reuters" NEAR/3 =CLEAR OR "West Publishing" NEAR/20 =CLEAR OR =CLEAR NEAR/4 ("investigation software" OR Proflex)',
  '"booking data" OR "jail booking*"',
  '("location data" OR "geolocation data" OR "location databas*" OR "location histor*" OR "location records") NEAR/10 ("law enforcement" OR police OR government* OR investigator*)',
  // Sharing of agency records with immigration enforcement
  '(("personal information" OR "personal data" OR "nonpublic information") NEAR/10 (immigra* OR =ICE)) NOT (scam* OR fraudster* OR impersonat* OR "posing as" OR phishing)',
  '("personal identifying information" OR "personally identifiable information" OR "identifying information") NEAR/15 (immigra* OR =ICE)',
  '"personal identifying information" NEAR/10 (disclos* OR access)',
  // Identifying data collected and checked against criminal databases (state immigration-crime laws)
  '"identifying information" NEAR/12 (databas* OR cross-referenc* OR cross-check*) OR "criminal databas*"',
  '("information sharing" OR "data sharing") NEAR/10 (=ICE OR immigra* OR "federal agenc*" OR "state agenc*")',
  `(${SHARE} OR disclos* OR provid* OR disseminat* OR gather*) NEAR/4 information NEAR/12 ("federal immigration" OR (immigra* NEAR/2 authorit*) OR =ICE OR "federal agent*" OR feds)`,
  // From the twenty-sixth (dev): personal information kept back where ICE is named; data not used for immigration enforcement
  `(((disclos* OR ${SHARE} OR releas*) NEAR/4 "personal information") AND (=ICE OR "Immigration and Customs Enforcement" OR "immigration status" OR "immigration enforcement")) NOT (dox* OR doxx*)`,
  '(data OR databases OR "personal information" OR records) NEAR/8 (used OR use) NEAR/8 ("civil immigration enforcement" OR "civil federal immigration" OR "federal immigration enforcement")',
  // Records handed over in plain words ("gave addresses to ICE"); driver data sought by immigration enforcement
  '(gave OR give* OR hand* OR turn* OR sent OR send*) NEAR/6 (address* OR records OR data OR files OR information) NEAR/8 (=ICE OR "federal immigration" OR (immigra* NEAR/2 (authorit* OR agent* OR official* OR officer*)))',
  '("driver data" OR "drivers data" OR "driver information" OR "driver records" OR "driver\'s license data") NEAR/12 (=ICE OR immigra* OR "Homeland Security" OR =DHS)',
  '(stored OR shared OR disclos*) NEAR/12 ("immigration status" OR "citizenship status" OR "country of birth")',
  '(report* OR collect*) NEAR/8 ("immigration status" OR "citizenship status")',
  // Sharing with, or communicating with, immigration enforcement (sanctuary, Trust and anti-sanctuary acts)
  `${SHARING} NEAR/8 ${IMMIGRATION_AUTHORITY}`,
  // Communicating with immigration authorities counts when it is about what the agency holds: release dates, custody status, information
  `(communicat* NEAR/8 ${IMMIGRATION_AUTHORITY}) NEAR/8 ("release date*" OR "release status" OR "custody status" OR information OR address* OR records)`,
  'communicat* NEAR/10 ("Homeland Security" OR "Department of Homeland" OR "Immigration and Naturalization") AND (sanctuar* OR immigra*) AND (information OR status OR records OR data OR release* OR restrict* OR prohibit*)',
  '("personal information" NEAR/12 (applicant* OR "license holder*" OR "AB 60" OR undocumented)) NOT (breach* OR hack* OR cyberattack*)',
  '("identification card*" OR "driver* licen*") NEAR/10 (disclos* OR "applicant documents")',
  // ICE's answers to police status queries, SSA's prisoner records, intelligence sharing with state and local partners
  '"Law Enforcement Support Center" OR ("status inquir*" NEAR/10 (=LESC OR "Support Center" OR databas* OR system* OR respon* OR answer*))',
  '("Social Security" OR =SSA) AND (prisoner* OR inmates OR "correctional institution*" OR "correctional facilit*") AND ("system of records" OR "matching program*" OR "computer matching" OR "incentive payment*")',
  '"information sharing" NEAR/8 ("state, local" OR "state and local") AND (intelligence OR "law enforcement" OR enforc* OR "personally identifiable")',
  // Records about a person's status, or non-public records, given to immigration authorities
  '("non-public information" OR "nonpublic information") NEAR/15 (immigra* OR federal OR =ICE)',
  '(send* OR receiv* OR report* OR communicat* OR exchang* OR withh*) NEAR/12 information NEAR/12 ("immigration status" OR "citizenship status" OR "citizenship or immigration" OR "status of immigrants")',
  `(disclos* OR ${SHARE} OR access*) NEAR/6 (information OR records OR data) NEAR/20 ("immigration enforcement" OR "immigration purposes")`,
  '(=ICE OR immigra*) NEAR/6 ("state data" OR "state databas*" OR "state records" OR "local data")',
  // Police records systems shared between agencies, and police misuse of them
  '"intelligence exchange" OR ("information exchange" NEAR/6 ("law enforcement" OR police OR crim*)) OR "Fusion Liaison"',
  '"records management system*" NEAR/15 (police OR "law enforcement" OR sheriff* OR officers OR deputies OR regional OR interlocal) OR =RMS NEAR/6 (police OR sheriff* OR "law enforcement" OR =CAD)',
  `(${SHARE} OR access*) NEAR/10 ("law enforcement records" OR "police records" OR "crime information" OR "criminal intelligence")`,
  '"confidential databas*" OR "law enforcement databas*" OR "police databas*"',
  `(student* NEAR/3 (data OR records OR information)) NEAR/12 (police OR sheriff* OR "resource officer*" OR "law enforcement" OR ${IMMIGRATION_ENFORCERS})`,
  '=Flock NEAR/12 (camera* OR plate* OR police OR officers OR alert* OR surveillance OR =ICE OR license OR data OR search* OR deploy* OR contract* OR agreement* OR renew* OR system*)',
  // Networks, terminals and shared systems by other names; police data purchases; surveillance-technology oversight
  '"Warrant Information Network" OR "warrant record*" OR "warrant information" OR warrant* NEAR/4 ("information system" OR "information network" OR databas*)',
  '"Commercial Driver\'s License Information System" OR =CDLIS OR "Drug and Alcohol Clearinghouse" OR AAMVA OR "Digital Image Access"',
  '(purchas* OR buy* OR "in exchange for payment") NEAR/10 ("personal data" OR "personal information") AND (police OR "law enforcement" OR government*)',
  '("fingerprint identification" NEAR/8 (system* OR equipment OR automated OR mobile OR network* OR "law enforcement")) OR =AFIS OR "automated fingerprint" OR ("Bureau of Criminal Apprehension" NEAR/15 (record* OR databas* OR data OR system* OR fingerprint* OR "criminal history" OR lookup* OR access* OR quer* OR audit*))',
  '"criminal justice data" OR "immigration status information" OR "Joint Analysis Center" OR "analysis center" OR "crime center"',
  '"integrated justice" OR "law and justice agency" OR "justice information sharing" OR "booking consortium" OR "automated booking"',
  '("information sharing" OR "data sharing") NEAR/6 ("law enforcement" OR police OR justice) OR "educational data" NEAR/10 immigra*',
  '"sharing of information" NEAR/10 ("law enforcement" OR police)',
  '"surveillance technolog*" OR "surveillance report" OR "surveillance ordinance"',
  '"flock camera*" OR "flock safety" OR "plate scan*" OR "license plate data" OR "plate-reader data"',
  // Added in the session of the twenty-sixth to twenty-eighth collections (dev records and probes from the topic
  // definition). Plate readers in other words, and plates run for others
  '("tag reader*" NOT (RFID OR inventory OR asset* OR library OR livestock OR cattle)) OR "plate reads" OR "plate read data" OR "license plate image*" OR "plate images" OR "ran plates" OR "run plates" OR "running plates" OR ((ran OR run) NEAR/2 "license plate*")',
  // Criminal-justice systems and records by other names
  '"criminal justice network*" OR "criminal justice databas*" OR "arrest databas*" OR "predictive policing" OR "offender based tracking" OR "offender based information" OR "computerized criminal history" OR "records of arrest*" OR "record of arrest"',
  '"deferred adjudication*" NEAR/10 (record* OR nondisclosure OR seal*)',
  '("fingerprint records" OR "fingerprints and photographs" OR "fingerprint and photograph*") NEAR/12 (destr* OR purg* OR arrest* OR convict*)',
  '"DNA collection" NOT (detainee* OR "non-United States" OR ancestry OR paternity OR medical OR research)',
  // Registries and databases of people: arrested, convicted, offenders' registration; by origin or religion
  '(databas* OR registry) NEAR/6 (arrested OR arrestee* OR offender* OR abuser* OR parolee* OR probationer* OR "on parole" OR "on probation" OR felon*)',
  '(registration OR databas* OR registry) NEAR/4 ("persons convicted" OR "people convicted" OR "individuals convicted")',
  '("registration information" OR "verification of registration") AND (offender* OR registrant*)',
  '("registration of individuals" OR "database of individuals" OR "registry of individuals" OR "Muslim registry") NEAR/20 ("national origin" OR religio* OR ethnic* OR Muslim*)',
  // Driver and vehicle information sold, given out, retained or checked
  '((sell* OR sold OR sale*) NEAR/8 ("personal information" OR "drivers\' information" OR "driver information")) AND (driver* OR "Department of Transportation" OR =DMV OR "motor vehicle*")',
  '"registration information" NEAR/8 (sale OR sell* OR sold OR disclos* OR releas* OR confidential* OR furnish*) AND (vehicle* OR driver* OR =DMV)',
  '((furnish* OR releas* OR disclos* OR "given out" OR retain*) NEAR/6 information NEAR/15 (=DMV OR "Division of Motor Vehicles" OR "Department of Motor Vehicles" OR "driver* licen*")) AND (federal OR immigra* OR police OR "law enforcement" OR privacy)',
  `("arrest data" NEAR/8 (${SHARE} OR access*)) OR ("driver's record*" NEAR/12 (officer* OR police OR deput* OR access* OR disclos* OR releas*))`,
  // Police systems: dispatch, warrants, Canada's police databases, police computers, camera networks and their logs
  '(("computer aided dispatch" OR "computerized dispatch" OR ("dispatch system*" NEAR/20 (record* OR databas* OR knowledge OR history)) OR (=CAD NEAR/4 (system* OR dispatch*))) AND (police OR sheriff* OR "law enforcement" OR cops OR officer*)) NOT ("in-car video" OR "body-worn" OR "body camera*")',
  '(("outstanding warrant*" OR "canceled warrant*" OR "cancelled warrant*" OR "ghost warrant*") NEAR/10 (system* OR databas*)) OR ((=RCMP OR "Mounted Police") NEAR/4 (databas* OR records))',
  '((cops OR police OR sheriff*) NEAR/3 ("computer system*" OR "computer network*")) OR ("police computer*" NEAR/10 (ran OR run* OR search* OR look* OR access* OR misus*)) OR ("law enforcement data" NEAR/8 (tapp* OR quer* OR (access* NEAR/4 (=ICE OR immigra* OR federal OR agents))))',
  `(("camera data" OR "camera network*") NEAR/10 (search* OR quer* OR access* OR ${SHARE} OR lookup* OR tapp*)) OR (("search logs" OR "search log" OR "audit logs") NEAR/15 (camera* OR plate* OR databas* OR officer* OR immigra*))`,
  // Records police read: pawnshop uploads, inmate and jail records, ankle-monitor data, location information
  '((pawnbroker* OR pawnshop* OR "pawn shop*") NEAR/15 (electronic* OR online)) AND (police OR "law enforcement" OR sheriff*)',
  `("inmate information" OR "inmate records" OR "jail records") NEAR/15 (=ICE OR immigra* OR hand* OR ${SHARE} OR collect* OR access* OR releas*)`,
  '((("electronic monitoring" OR "ankle bracelet*" OR "ankle monitor*" OR "GPS monitor*") NEAR/25 (data OR location* OR track* OR "see where")) AND (police OR "law enforcement" OR officers)) NOT (=ICE OR immigra* OR migrant* OR asylum)',
  '("location information" NEAR/10 ("law enforcement" OR police OR warrant* OR investigator*)) NOT (consumer* OR business* OR controller*)',
  '(accessed OR misus* OR "looked up") NEAR/6 ("confidential information" OR "police databas*" OR "law enforcement databas*" OR "records system*") AND (officer* OR police)',
  // Records and data bought by ICE (a data broker selling to government)
  `${ICE_CONTEXT} AND ((utilit* OR telecom* OR "public records" OR consumer* OR "commercial data") NEAR/6 (record* OR data) NEAR/8 (subscription* OR access OR locat*))`,
  // Records handed to an agency that enforces immigration law, and status information sanctuary laws govern
  `(disclos* OR "make accessible" OR ${SHARE} OR provid* OR send* OR transmit*) NEAR/12 (records OR information OR data) NEAR/15 ("enforces immigration" OR "immigration law*" OR "federal immigration agenc*" OR "immigration agenc*")`,
  '("immigration-related information" OR ("information regarding" NEAR/4 "immigration status")) AND (sanctuar* OR "law enforcement" OR police OR restrict* OR prohibit*)',
  `("immigration status data" NEAR/20 (driver* OR licens* OR "law enforcement" OR police)) OR ("immigration data" NEAR/8 (${SHARE} OR "data-sharing" OR "data sharing" OR hand* OR provid* OR access*))`,
  '(=DMV OR =DMVs OR "Department of Motor Vehicles" OR "motor vehicle department*") NEAR/10 (=ICE OR "immigration official*" OR "immigration agent*" OR "immigration enforcement" OR deport*)',
  // Police networks by other names: message switches, user agreements for state criminal-justice systems, SAR sharing
  '"message switch*" NEAR/8 ("law enforcement" OR police OR "public safety" OR criminal)',
  '"Criminal Justice User Agreement" OR ("user agreement" NEAR/10 ("law enforcement" OR criminal OR =CJIS))',
  '"Information Sharing Environment" OR "Nationwide Suspicious Activity Reporting" OR ("suspicious activity report*" NEAR/10 (police OR "law enforcement" OR "fusion cent*" OR terroris*))',
  '("shared data" OR "sharing information" OR "share data" OR "data sharing") NEAR/12 ("law enforcement agenc*" OR "police department*" OR "electronic data system*")',
  // Personal data bought from commercial sources; licence photos and custody images searched by police
  '("personal data" OR "personal information" OR "location data") NEAR/10 ("commercial sources" OR broker* OR purchas* OR bought OR buy*) AND (=ICE OR immigra* OR police OR =CBP OR "Customs and Border Protection")',
  '("licence photo*" OR "license photo*" OR "driver photo*" OR "driver photograph*" OR "facial images" OR "custody image*" OR "custody photo*") NEAR/15 (police OR access* OR match* OR databas* OR cops OR releas* OR disclos*)',
  '"sexual offender*" NEAR/6 (regist* OR databas*)',
  // Regional and state police systems by name, and consortia sharing police records
  'slets OR sclet OR cjic OR lein OR arjis OR "Law Enforcement Information Network" OR "Automated Regional Justice Information System"',
  'coplink OR =LInX OR "Information Sharing Consortium" OR ("Integrated Law" NEAR/3 Justice)',
  // State criminal-justice networks by their acronyms (probes from the topic definition, not from a record);
  // the ones that are also words or other bodies' initials count only beside police work
  `${STATE_POLICE_NETWORKS} OR chri`,
  '"criminal information network" OR "Law Enforcement Data System" OR "Immigration Alien Query" OR "Immigration Alien Response" OR "criminal offender record information" OR =CORI OR "Strategic Subject List"',
  '(=FCIC OR =CCIC OR =JNET OR =MULES OR =LEDS OR =METERS OR =WALES OR =VCIC OR =ACIC OR =CJIN) NEAR/15 (police OR "law enforcement" OR quer* OR terminal* OR access* OR audit* OR officer* OR trooper* OR deput* OR misus* OR search* OR record* OR lookup*)',
  // Location and plate-scan data sold to government, by vendor
  '"Digital Recognition Network" OR elsag OR Venntel OR "Locate X" OR ("Babel Street" NEAR/20 (location OR data))',
  '"wants and warrants" OR "parole records"',
  '=PII NEAR/25 ("immigration enforcement" OR "federal immigration")',
  '(E-ZPass OR EZPass OR "toll transponder*" OR FasTrak OR SunPass OR "transit card*" OR "Clipper card*" OR MetroCard OR "ORCA card*") NEAR/15 (data OR records OR police OR subpoena* OR warrant* OR "law enforcement" OR =ICE OR immigra*)',
  `("personal information" NEAR/10 ("federal agenc*" OR "federal government" OR "federal authorit*" OR "federal entit*")) AND (state OR "state agenc*") AND (disclos* OR ${SHARE} OR releas*)`,
  '("system of records" OR "systems of records") AND (("state and local" OR "state, local") NEAR/4 ("law enforcement" OR police OR "criminal justice"))',
  '((livescan OR "live scan") AND (booking* OR jail* OR arrest* OR inmate*)) OR "nonconviction data" OR "non-conviction data" OR "Driver and Vehicle Information Database" OR (=DAVID NEAR/3 (database OR system)) OR ("State-to-State" NEAR/6 (driver* OR verification))',
  `("driver history" OR "driving history" OR "motor vehicle information") NEAR/12 (access* OR disclos* OR releas* OR ${SHARE} OR sell* OR sold OR confidential* OR privacy OR police OR "law enforcement" OR immigra*)`,
  '(("palm print*" OR palmprint*) NEAR/10 (booking* OR arrest* OR databas* OR identification)) OR "rapid DNA" OR ("familial DNA" NEAR/8 (search* OR offender* OR police OR "crime lab*")) OR "familial search*" OR ("intelligence files" NEAR/10 (police OR department OR purg*))',
  // Police records-system vendors and platforms by name
  '"DataWorks Plus" OR "Rank One Computing" OR NeoFace OR "Domain Awareness System" OR Perceptics OR "Anomaly Six"',
  'Mark43 OR CentralSquare OR "Central Square Technologies" OR CommandCentral OR (Spillman NEAR/10 records)',
  '(PremierOne OR Zuercher OR Versaterm OR "New World Systems" OR "Niche RMS" OR "Axon Records" OR Superion OR Omnigo OR TriTech) AND (police OR sheriff* OR "public safety" OR "law enforcement")',
  `"captured plate*" OR "plate data" OR (("jail roster*" OR "inmate roster*") NEAR/8 (online OR publish* OR remov* OR post* OR website OR ${SHARE} OR access*)) OR "genetic genealogy" OR "biometric surveillance"`,
  '("Division of Criminal Justice Services" NEAR/15 (record* OR databas* OR fingerprint* OR "criminal history" OR data OR information OR disclos* OR arrest*)) OR (Rekognition NEAR/20 (police OR sheriff* OR "law enforcement" OR mugshot* OR booking))',
  // Health and police records handed to immigration enforcement abroad (NHS data, witnesses' status to the Home Office)
  `(patient* OR "health data" OR "medical records" OR =NHS) NEAR/15 ("Home Office" OR "immigration enforcement" OR =ICE) AND (${SHARE} OR hand* OR track* OR data)`,
  `police NEAR/12 (${SHARE} OR pass*) NEAR/12 ("migration status" OR "immigration status" NEAR/12 "Home Office")`,
  `"immigration records" NEAR/8 (=ICE OR giv* OR ${SHARE} OR hand* OR provid*)`,
  // Plate cameras that store reads for police; driver records across states; expungement laws by name
  '"license plate camera*" OR ("license plates" NEAR/10 (stor* OR retain* OR databas* OR keep OR kept OR images) AND (police OR investigat* OR "law enforcement" OR immigra* OR =ICE))',
  '"out-of-state conviction*" OR "Expungement Act"',
  // Pawn, booking-photo and regional records systems police search; broker tools by name
  'LeadsOnline OR pawn* NEAR/8 (databas* OR "reporting system" OR "electronic report*")',
  '(mugshot* OR "mug shot*" OR "booking photo*" OR "booking picture*" OR "arrest photo*") NEAR/12 (databas* OR search* OR facial OR releas* OR publish* OR system* OR access* OR remov* OR retention OR compar* OR restrict* OR "law enforcement" OR withh* OR online OR website* OR "web site*" OR "web page*" OR posting OR Facebook OR "social media")',
  '"Regional Information Sharing System*" OR =RISS OR TLOxp',
  `("records system*" OR "reporting system*") NEAR/10 (${SHARE} OR agencies) AND (police OR officer* OR "law enforcement" OR sheriff*)`,
  // Records systems named by their rules: the interstate criminal-history index, offender registries, DNA profiles
  '"Interstate Identification Index" OR "National Fingerprint File" OR "Compact Council" OR "National Crime Prevention and Privacy Compact"',
  '"offender registration" OR "Megan\'s Law" OR "offender registry" OR (registry NEAR/8 (convicted OR offender*))',
  '(sexual OR violent) NEAR/3 offender* NEAR/20 (regist* OR "Bureau of Investigation")',
  '((DNA OR deoxyribonucleic) NEAR/6 (sample* OR profil* OR identification OR specimen* OR collect* OR analys*) AND (arrest* OR felon* OR offen* OR convict* OR police OR "law enforcement" OR "crime lab*" OR forensic* OR crime* OR pretrial OR sheriff*)) NOT (detainee* OR "non-United States")',
  '"vehicle registration" NEAR/10 ("Department of Public Safety" OR police OR "law enforcement")',
  '("Driver and Vehicle Services" OR =DVS) NEAR/8 (records OR access* OR data)',
  '"records management" NEAR/10 (police OR "public safety" OR sheriff*)',
  '((misus* OR "unauthorized access" OR accessed OR queried) NEAR/10 databas* AND (officer* OR police OR deput* OR worker* OR employee* OR government)) NOT (hack* OR breach* OR ransomware OR cyberattack*)',
  '(protect* OR shield*) NEAR/6 (information OR data OR records OR identit*) NEAR/8 ("federal immigration" OR "immigration authorit*" OR =ICE)',
  `("mobile data computer*" OR "mobile data terminal*") NEAR/12 (network* OR connect* OR ${SHARE} OR access*) OR "mobile data network*"`,
  '("mobile data terminal*" OR "mobile data computer*" OR "mobile communication terminal*" OR "mobile computer terminal*") AND (sheriff* OR police OR "law enforcement" OR officer* OR patrol*)',
  'Garda NEAR/12 Pulse',
  `(${PAWN_TRADERS} OR "pawn broker*" OR "scrap metal" OR "metal recycler*" OR "secondary metal*" OR "junk merchant*" OR "junk dealer*" OR "junk peddler*") NEAR/15 (report* OR transaction* OR databas* OR record*) AND (police OR "law enforcement" OR sheriff*)`,
  '("prescription drug monitoring" OR "prescription monitoring" OR =PDMP OR "prescription database" OR "prescription records") AND ("law enforcement" OR police OR =DEA OR "Drug Enforcement" OR investigat*)',
  '"protective order registry" OR ("protective order*" NEAR/8 (registry OR databas*))',
  'ewarrant* OR warrant* NEAR/3 (system* OR management) OR "rap sheet*"',
  // From the thirtieth (dev): record systems by what they do — jail information systems, law-enforcement teletype
  // networks, police computer terminals and information banks, identification and record storage, drug pointer
  // indexes, the national arson and explosives repositories, national crime information services
  '"jail management" OR "inmate management system*" OR JAILTRAC OR (jail NEAR/6 ("management information" OR "information system*"))',
  '"Law Enforcement Telecommunications" OR =TLETN OR (teletype NEAR/12 ("criminal justice" OR "law enforcement" OR police OR statewide))',
  '(("computer terminal*" OR "information bank*") NEAR/15 (police OR sheriff* OR "law enforcement" OR warrant*)) NOT ("bank details" OR "bank account*" OR "bank card*" OR scam* OR fraudster*)',
  '"identification and record*" OR ("record storage" NEAR/10 ("law enforcement" OR police))',
  '"pointer index" OR "pointer system*" OR =NDPIX',
  '("Arson and Explosives" OR "Bomb Data Center") AND (databas* OR repositor* OR "tracking system")',
  '"national crime information" OR CrimTrac',
  // Thomson Reuters' CLEAR by its vendor's name, which all-capital award rows need (=CLEAR does not count there)
  '("Thomson Reuters" OR "West Publishing") NEAR/8 clear',
  // … records kept for or handed to the police: pawn records, offence and arrest reports to the chief of police,
  // SSA's prisoner data, offender GPS tracks, bulk sales of vehicle registration data, documented gang members,
  // face surveillance
  `${PAWN_TRADERS} AND ((record* NEAR/20 ("Chief of Police" OR police OR sheriff*)) OR ledger* OR "name and address")`,
  '(report* NEAR/8 "Chief of Police") AND ((arrest* OR offense*) NEAR/6 (each OR every OR all OR "other police"))',
  '(prisoner* NEAR/10 (data OR records OR information OR match*)) AND (=SSA OR "Social Security")',
  '(VeriTracks OR ((GPS OR "electronic monitoring") NEAR/10 (offender* OR probation* OR parole*))) AND ("crime analysis" OR "law enforcement" OR police)',
  '("vehicle registration data" OR "driver and vehicle data" OR "motor vehicle data" OR "vehicle registration records") NEAR/10 (disclos* OR bulk OR sell* OR sale* OR releas*)',
  '"documented gang member*"',
  '"face surveillance"',
  // … and to immigration authorities: "immigration information" shared, licence applicants reported to a federal
  // agency, probation referrals to ICE
  `(${SHARE} OR disclos* OR provid* OR hand*) NEAR/4 ("immigration information" OR "immigration-related information")`,
  `${REPORTS_ILLEGAL_ALIENS} AND ("driver* licens*" OR "identification card*" OR =DMV)`,
  '(probation NEAR/12 (refer* OR "reporting undocumented" OR "report undocumented")) NEAR/15 (=ICE OR immigra*)',
  // From the eleventh collection: booking systems, prosecution case systems fed by police, facial biometrics for police,
  // camera networks that track cars, benefits data sought for deportation, limits on what agency databases give
  // immigration enforcement, police misuse of their systems (abroad too), health records opened to police, pupil and
  // victim data handed to the Home Office
  '"booking system*" AND (sheriff* OR police OR jail* OR inmate*)',
  '"data system interface*" OR ("case management system*" NEAR/12 (prosecut* OR "law enforcement" OR police))',
  '("facial biometric*" OR "face biometric*") AND (police OR "law enforcement" OR sheriff*)',
  '("track cars" OR "track vehicles" OR "tracking vehicles" OR "track drivers") AND camera*',
  '("food stamp*" OR =SNAP OR "food assistance" OR "benefits data" OR Medicaid) NEAR/25 (data OR records OR "personal information") AND (deport* OR =ICE OR "Immigration and Customs Enforcement" OR "immigration enforcement")',
  '("agency databas*" OR "information available" OR "limit information") NEAR/15 ("immigration enforcement" OR "immigration authorit*")',
  '("data protection" OR "data privacy") NEAR/6 immigra*',
  '"police computer*" NEAR/10 (access* OR misus* OR hack* OR check* OR search*) OR "National Intelligence Application" OR =LEAP NEAR/8 (police OR databas*)',
  '((unauthori* OR improper* OR inappropriate* OR wrongful* OR illegal*) NEAR/4 ("record check*" OR "information check*" OR access*)) AND (police OR officer*)',
  '("police data" OR "police files") NEAR/6 (sensitive OR confidential OR obtain* OR leak* OR misus*)',
  '("health record*" OR "medical record*" OR "eHealth record*" OR "patient record*") NEAR/15 ("law enforcement" OR police OR "enforcement agenc*")',
  '((pupil* OR victim* OR patient*) NEAR/15 "Home Office" AND (data OR referr* OR report* OR hand*)) OR (("pupil data" OR "school census" OR "student data" OR "student records") NEAR/15 "Home Office")',
  // From the twelfth: ICE buying access to a state database, photos police keep, intelligence shared with state and
  // local partners, the national DNA index, criminal-enterprise databases, pawn reports sent to police systems,
  // joint records and dispatch centres
  `${ICE_CONTEXT} AND ("traffic database*" OR "state database*" OR (databas* NEAR/3 access))`,
  '((photograph* OR photos) NEAR/8 (retain* OR retention OR delet* OR databas*)) NEAR/15 (police OR officer*)',
  `((${SHARE} NEAR/6 (intelligence OR information)) NEAR/15 ("state, local" OR "state and local" OR "state or local")) AND (intelligence OR "law enforcement" OR police OR criminal OR enforc*)`,
  '"National DNA Index" OR =NDIS',
  'databas* NEAR/6 ("criminal enterprise*" OR "criminal street")',
  `"criminal justice agencies" NEAR/10 (${SHARE} OR access* OR exchang*)`,
  `${PAWN_TRADERS} AND ("computerized system*" OR "electronic report*" OR "electronic means" OR "computer-generated") AND (police OR "law enforcement" OR sheriff*)`,
  '("joint records" OR "records and communication*") NEAR/10 (center* OR centre* OR dispatch OR 911)',
  // Probes in newsroom words: camera feeds police can watch, social-media monitoring for police, plate-reader hits
  // (warrant records sit with the warrant network rule)
  '"camera feed*" NEAR/10 (police OR officer* OR sheriff* OR "law enforcement")',
  '("social media" NEAR/8 (monitor* OR scrap* OR surveil*)) AND (police OR sheriff* OR "law enforcement")',
  '"license plate" NEAR/4 (hit OR hits)',
  // From the thirteenth: state record systems on unauthorized immigrants
  UNAUTHORIZED_IMMIGRANT_RECORDS,
  // From the fourteenth collection: immigration subpoenas served on sheriffs and jails for what they hold on people
  `(subpoena* NEAR/12 (sheriff* OR jail* OR police OR "law enforcement" OR county OR counties OR inmate*)) AND (${ICE_CONTEXT} OR immigra*) AND (information OR records OR data OR inmate* OR jail*)`,
  // From the fifteenth collection: record-improvement grants, California's fingerprint and parole networks,
  // mobile computers that give deputies the records, police photographing people
  '"Criminal History Improvement" OR nchip OR narip OR "Record Improvement Program*" OR ("NICS Act" NEAR/4 record*)',
  '("Remote Access Network" AND fingerprint*) OR ("Automated Data System" NEAR/4 "Law Enforcement")',
  '((mobile NEAR/2 (data OR field OR computer* OR computing OR terminal*)) NEAR/30 (sheriff* OR deput* OR police OR officer* OR dispatch*)) AND (data OR records OR information OR access*)',
  '(police OR officer*) NEAR/4 (photographing OR "taking pictures" OR "taking photos")',
  '(fingerprint* NEAR/12 ("identification system*" OR "state identification" OR databas*)) AND (police OR sheriff* OR deput* OR officer* OR "law enforcement")',
  '((search* OR scan* OR read* OR track*) NEAR/2 plates) AND (police OR sheriff* OR agenc* OR camera*)',
  // From the sixteenth collection: police information services one city runs for another; jails reporting
  // nationality to immigration authorities; access to databases denied for immigration enforcement; phone location data
  '(computeriz* OR automated OR shared) NEAR/4 "police information"',
  '"nationality information" OR ((report* OR collect*) NEAR/6 nationality NEAR/12 (immigra* OR =ICE))',
  '((den* OR restrict* OR prohibit* OR limit*) NEAR/4 access NEAR/6 (databas* OR records OR information OR data)) AND (immigra* OR =ICE)',
  '((location* OR geolocation) NEAR/8 (data OR phone* OR smartphone*)) AND ("Immigration and Customs Enforcement" OR =ICE OR "immigration agenc*") AND (buy* OR bought OR purchas* OR broker* OR surveil* OR monitor*)',
  `(("jail records" OR "inmate records") NEAR/10 (${SHARE} OR access* OR disclos* OR releas* OR obtain* OR hand* OR gave OR =ICE OR immigra* OR police)) OR "justice information system*"`,
  '"state databas*" NEAR/10 (police OR officer* OR chief OR trooper* OR deput* OR "law enforcement")',
  'Palantir AND (police OR sheriff* OR "law enforcement")',
  '(iris NEAR/6 (scan* OR recogni* OR biometric*)) AND (jail* OR inmate* OR booking* OR police OR sheriff*)',
  '(genealog* NEAR/6 databas*) AND (police OR investigat* OR "law enforcement")',
  'Europol NEAR/20 (databas* OR data OR records) OR "Schengen Information System" OR =SIS NEAR/6 (alert* OR police)',
  '"personal information" NEAR/10 ("Department of Public Safety" OR "Bureau of Motor Vehicles")',
  '(retention OR retain* OR purg*) NEAR/6 (records OR data) NEAR/10 ("law enforcement" OR police OR sheriff*)',
  '((Peregrine OR Fusus) AND (police OR sheriff* OR "law enforcement" OR "real-time" OR camera*)) OR "Citizen Law Enforcement Analysis"',
  '"crime analysis" NEAR/6 (network* OR system* OR databas* OR center*)',
  // Police databases abroad by name (Ireland's PULSE, Germany's INPOL) and their misuse; number-plate systems
  '((gardai OR "Garda Siochana" OR Garda) NEAR/10 (records OR databas* OR "intelligence system" OR Pulse OR data OR information OR =ANPR OR "number plate*" OR "facial recognition")) NOT "Lake Garda"',
  // From the thirtieth (dev): police face recognition in Portuguese, plate recognition in Dutch and Danish
  '"reconhecimento facial" NEAR/15 (polic* OR mandado* OR =SSP OR "seguranca publica" OR foragid* OR crimin*)',
  'nummerplaatherkenning OR nummerpladegenkendelse OR ((nummerplade* OR nummerplaat*) NEAR/10 (politi* OR scan*))',
  'inpol* OR polizeidatenbank* OR (polizeilich* NEAR/2 informationssystem*)',
  '"number plate*" NEAR/4 (spotting OR recognition OR camera* OR reader* OR scan*)',
  '(surveillance NEAR/8 (=ICE OR immigra*)) AND (police OR sheriff* OR "law enforcement")',
  `(communicat* OR ${SHARE} OR exchang*) NEAR/10 ("federal authorities" OR "federal officials") NEAR/12 "immigration status"`,
  '("surveillance data" OR ("surveillance system*" NEAR/10 (stor* OR retention))) AND (police OR "law enforcement" OR vehicle* OR plate* OR camera*)',
  `("driver* record*" OR "driver's record*") NEAR/12 (releas* OR access* OR disclos* OR ${SHARE} OR sell* OR sold OR confidential* OR privacy OR "personal information" OR "Department of Public Safety" OR police OR "law enforcement" OR immigra* OR federal OR "made available" OR copy OR reproduc*)`,
  '"driver and vehicle records" OR ("vehicle records" NEAR/6 (disclos* OR confidential* OR access* OR police OR "law enforcement")) OR ("vehicle and traffic law" NEAR/12 (disclos* NEAR/4 (record* OR information)))',
  // Police searching their force's systems (UK), camera data reached by police or border agents, biometric records by name
  '"force systems" NEAR/8 (search* OR check* OR access* OR misus*)',
  '("camera data" OR "camera network*") NEAR/8 (police OR sheriff* OR "Border Patrol" OR =ICE OR immigra*)',
  'Eurodac OR "Enterprise Biometric Administrative Records" OR =EBAR OR fingerprint* NEAR/3 databas*',
  // Trust ordinances that govern sharing information with immigration authorities; "federal officials" for ICE
  '("sharing information" OR "share information" OR "information sharing") AND ("administrative detainer*" OR "immigration detainer*")',
  `((${SHARE} OR disclos* OR releas*) NEAR/12 "federal officials") AND "immigration status"`,
  // Second probes from the topic definitions: police portals searched, people-search services, health-plan data sought by ICE
  '("law enforcement portal*" OR "police portal*" OR "criminal justice portal*")',
  '("people search*" OR "person locator*") AND (police OR detective* OR investigator* OR "law enforcement" OR sheriff* OR deput* OR =ICE OR immigra*)',
  '("enrollment data" OR "enrollee data" OR "enrollee information" OR "health data" OR "health-care data") NEAR/15 (=ICE OR "immigration enforcement" OR "Immigration and Customs Enforcement" OR deport*)',
  '(("look up" OR "looked up" OR lookups) NEAR/8 ("home address*" OR addresses)) AND (officer* OR police OR deput* OR agent*)',
  '(toll NEAR/3 (records OR data OR information OR transponder* OR "E-ZPass")) NEAR/15 (police OR "law enforcement" OR =ICE OR immigra* OR subpoena* OR warrant*)',
  '(records NEAR/4 (arrest* NEAR/3 disposition*)) NEAR/12 (criminal OR "law enforcement" OR police)',
  '((camera* NEAR/8 (log* OR captur* OR record* OR track*) NEAR/6 ("every car" OR "passing car*" OR "every vehicle" OR "passing vehicle*" OR "every driver" OR movements)) AND (police OR "law enforcement" OR data)) NOT ("speed camera*" OR "red light camera*")',
  // From the nineteenth collection: dispatch and records systems, booking and imaging systems, location information,
  // criminal intelligence systems, information requested by immigration officials
  '"records management system*" NEAR/6 ("computer aided dispatch" OR =CAD)',
  '("imaging system*" NEAR/6 (criminal OR booking OR "mug shot*" OR mugshot* OR inmate*)) AND (sheriff* OR police OR jail* OR "law enforcement")',
  '"historical location information" OR ("location information" NEAR/10 ("law enforcement" OR police OR investigat* OR intelligence))',
  '"criminal intelligence system*"',
  '((request* OR sought OR seek*) NEAR/3 information NEAR/4 (people OR person* OR individual* OR inmate* OR detainee*)) AND ("federal immigration" OR (immigra* NEAR/2 (official* OR agent* OR authorit* OR officer*)) OR =ICE)',
  // From the twentieth collection: Connecticut's COLLECT named in capitals; DNA specimens a sheriff takes
  '"collect database*" OR "Connecticut collect"',
  // From the twenty-first collection: real-time crime centres by name
  '(("real time crime") NEAR/3 (center* OR centre* OR monitoring OR unit*)) OR (("real-time policing") NEAR/4 (software OR center* OR centre* OR platform* OR system*))',
  // From the twenty-third: cameras described by what they capture,
  // a database misused, dispatch systems that check record systems, oversight of surveillance data,
  // Secure Communities' fingerprints
  '(((captur* OR read* OR scan* OR photograph*) NEAR/4 "license plate*") AND (police OR sheriff* OR "law enforcement" OR crime* OR officer*)) NOT ("red light*" OR "red-light" OR "traffic light*" OR "speed camera*")',
  '((check* OR search* OR quer*) NEAR/8 ("record system*" OR "records system*")) NOT "background check*"',
  '"surveillance data" AND ("surveillance equipment" OR "surveillance technolog*" OR "military equipment")',
  '"Secure Communities" AND fingerprint*',
  // Police record systems abroad and the FBI's violent-crime case system that local police feed
  '"Canadian Police Information Centre" OR cpic OR vicap OR "Violent Criminal Apprehension Program" OR "Violent Crime Apprehension Program"',
  // Britain's licensing agency selling or sharing keeper records
  // From the twenty-fifth: ICE paying a state or local government for access to its records and systems;
  // offender information systems and gang intelligence applications by name
  ...ICE_BUYS_STATE_ACCESS,
  '"offender based information system*" OR "gang intelligence"',
  '"criminal combination*" NEAR/12 (information OR compil* OR databas* OR disseminat*)',
  `(dvla NEAR/15 (sell* OR sold OR ${SHARE} OR "driver* details" OR "keeper details" OR records OR data)) NOT (personalised OR "registration plate*" OR auction*)`,
  // From the twenty-ninth (dev): a police department's records system by that name; police compiling what
  // they track on gang members; a utility's customer information sought by immigration agents
  '("records system" OR "records systems") NEAR/6 (police OR sheriff* OR "law enforcement")',
  '(collect* OR track* OR compil*) NEAR/8 (information OR intelligence OR data OR databas*) NEAR/6 ("gang member*" OR "gang associate*")',
  // Benefits withheld from fugitive felons and parole violators (SSA, SNAP): matched against warrant records
  '"fugitive felon*"',
  // A motor-vehicle agency's release of personally identifying information
  '(("personally identifying information" OR "personal information" OR "personally identifiable information") NEAR/25 ("driver* licen*" OR "identification card*" OR "Secretary of State" OR "Vehicle Code")) AND (releas* OR disclos* OR "need to know") NOT (breach* OR hack* OR stolen)',
  // Police records vendors by name; registries of people by religion or origin
  '"Spillman Technologies" OR (Spillman NEAR/12 (licens* OR agreement* OR upgrade* OR support OR software OR =CAD OR =RMS)) OR (("Lexis Nexis" OR LexisNexis) NEAR/20 (police OR sheriff* OR "law enforcement"))',
  '("national registry" OR "national database" OR "registry or database") NEAR/25 (religio* OR "national origin" OR ethnic* OR "immigration status" OR "sensitive information")',
  // Plate-reader, dispatch and gang-file products by name (from the topic definitions, beside the vendors above)
  '(AutoVu NOT parking) OR (Rekor NEAR/10 (plate* OR camera* OR police OR scout)) OR (Neology NEAR/10 plate*) OR GangNet OR ((Intergraph OR Hexagon) NEAR/10 (=CAD OR dispatch* OR police OR "computer-aided"))',
  // Older dev misses: "sharing of immigration [information]" between agencies; status and release dates defined as enforcement information
  '"sharing of immigration" OR "exchange of immigration" OR "immigration enforcement information"',
  // State rules and programmes named for what they do: fingerprint cards from arrests, a person's right to review
  // their own record, arrestee blood and biological samples, an address-confidentiality programme's addresses
  // given to police, a child-abuse registry released to law enforcement, criminal-history system grants
  '"arrest fingerprint*" OR ("fingerprint card*" NEAR/10 (arrest* OR booking OR "submitting jurisdiction" OR criminal))',
  '("Right to Review" AND ("Criminal Identification" OR "State Police" OR "rap sheet*")) OR "Crime Identification Technology"',
  '(("biological sample*" OR "blood sample*") NEAR/20 ("Criminal Investigation" OR arrestee* OR offender* OR felon*)) NOT (=DUI OR alcohol OR intoxicat* OR "implied consent")',
  '"Address Confidentiality" AND ("law enforcement" OR police OR sheriff*)',
  '("abuse and neglect registry" OR "abuse or neglect registry" OR "Child Abuse and Neglect Registry" OR "child abuse registry") AND ("law enforcement" OR police)',
  // Officers looking up licence or plate records for their own ends
  '(("looked up" OR "look up" OR "looking up" OR "computer search" OR "ran the plate" OR "run a plate") NEAR/10 ("license information" OR "licence information" OR "license plate number*" OR "plate number*" OR "driver* information" OR "driver* license record*")) AND (police OR officer* OR deput* OR trooper* OR sheriff* OR "law enforcement" OR dispatcher*)',
  // From the third round of the twenty-ninth (dev): booking fingerprints by Live Scan, a data broker's product by
  // name, booking photos entered into a records system, CAD systems among police purchases
  '(LiveScan OR "Live Scan") AND (offender* OR arrest* OR booking OR jail* OR "identification of" OR sheriff* OR "law enforcement agencies") NOT (applicant* OR employ* OR licens* OR permit*)',
  'Proflex OR (("booking information" OR "booking data" OR "booking photo*" OR "inmate photos") NEAR/10 (system* OR databas* OR records))',
  '"CAD system*" AND (police OR "law enforcement" OR sheriff*)',
  // From the thirty-first (dev). Records named by what police keep and do with them: a county's justice information
  // system, a statewide traffic-records system furnishing information on request, intelligence information and the
  // central repository, a jail's prisoner, custody and booking records, law enforcement records open to inspection
  // (never body-camera footage), an arrested person's fingerprints, photographs and measurements filed, warrants
  // entered into a database or mapped for the public, patrol laptops that run tags and check warrants, CAL-ID and a
  // crime-analysis unit's suspect database, a police data system opened to other agencies, information sharing among
  // police agencies (COPLINK is in the product rule above, in any case), Wisconsin's TIME System by its name, desk-officer
  // reporting (LexisNexis Coplogic), a school-safety database of records
  '"justice information" NEAR/3 (system* OR network* OR management)',
  '"traffic records system" NEAR/12 (furnish* OR request* OR disclos* OR access*)',
  '"intelligence information" NEAR/15 ("central repository" OR "criminal justice" OR automated)',
  '("prisoner records" OR "custody records" OR "booking records") AND (jail* OR sheriff* OR police)',
  '("law enforcement records" NEAR/8 (disclos* OR "public inspection" OR releas* OR confidential*)) NOT ("body camera*" OR "body-worn" OR footage OR dashcam* OR "dash camera*")',
  '(fingerprint* NEAR/12 (photograph* OR measurements OR descriptions)) AND ("taken into custody" OR arrested OR arrest*)',
  'warrants NEAR/10 databas*',
  '"active warrants" NEAR/10 (map OR app OR databas* OR online)',
  '(("running tags" OR "run tags" OR "run plates" OR "running plates" OR "checking warrants" OR "check for warrants" OR "run a subject") AND (laptop* OR computer* OR terminal*)) OR ((warrants NEAR/40 laptop*) AND (deput* OR patrol*))',
  '"California Identification System" OR ("crime and suspect" NEAR/2 databas*) OR "suspect database*"',
  '"police data system*" OR ("police data" NEAR/6 (access* OR share* OR sharing))',
  '(("sharing information" OR "share information" OR "information sharing" OR "sharing system") NEAR/6 ("police agencies" OR "police departments" OR "law enforcement agencies")) AND (computer* OR databas* OR records OR data)',
  '"information sharing system*" AND (police OR "law enforcement" OR sheriff*)',
  '"Transaction Information for the Management of Enforcement"',
  '"Desk Officer Reporting" OR Coplogic',
  '(("school safety" OR "school shooting*") NEAR/15 databas*) AND (records OR "social media" OR "sensitive data" OR "law enforcement" OR police)',
  // … records kept or sold outside the police: pawn and secondhand-goods registers (the corpus rule: pawn ledgers are
  // records police read), a state selling licence holders' names and addresses, data brokers as the way around a
  // warrant, licence data feared to be used to deport
  `(${PAWN_TRADERS} OR "pawn ordinance" OR "second hand dealer*" OR "secondhand goods" OR "second hand goods" OR ("precious metal*" NEAR/3 dealer*)) AND (((record* OR receipt*) NEAR/15 (transaction* OR purchas* OR pawned OR seller* OR pledg*)) OR "tracking service" OR "Automated Pawn System" OR "electronic reporting")`,
  '((sold OR sell*) NEAR/12 (names OR addresses OR "personal information" OR data)) AND (=DMV OR "Department of Revenue" OR "Department of Motor Vehicles" OR "motor vehicle records" OR "License Office*" OR "driver* licen*")',
  '"data broker loophole" OR (("data broker*" OR "third-party broker*") NEAR/20 ("law enforcement" OR police OR warrant*))',
  '((data OR information) NEAR/20 (driver* NEAR/2 licen*)) AND (deport* OR "immigration enforcement")',
  // … registries and checks: offender DNA programmes, the 1994 act that set up state offender registration (Wetterling),
  // a dealer waiting on the state's firearms background check of a purchaser (firearm checks query NICS and state records)
  '"offender DNA" OR "convicted offender* DNA" OR "arrestee DNA"',
  'Wetterling OR "Crimes Against Children Registration"',
  '((firearm* OR handgun* OR gun) NEAR/20 ("background check*" OR "eligible to possess")) AND (dealer* OR purchaser* OR transferee*)',
  // … a registry of gun owners (dev: a firearm-owner registry open to police on a warrant), and cameras checking plates
  // against a hot list (a probe from the plate-reader rule: reads checked against hotlists are records)
  '"firearm* registry" OR "gun registry" OR "gun registries" OR "firearm-owner registry" OR "gun owner* registry" OR "registry of gun owners" OR "registry of firearm*"',
  '(hotlist* OR "hot list*") AND (plate* OR camera* OR reader*)',
  // … and everyday-word probes at the session's end: officers' tablets and laptops that look up drivers, plates and
  // warrants, agencies reading each other's reports, inmate call records searched by detectives, conviction data sold,
  // who may see or buy police reports
  '((tablet* OR laptop* OR "mobile computer*" OR smartphone*) NEAR/15 ("look up" OR "looking up" OR "state records" OR "criminal histor*" OR warrants OR "driver* licen*" OR plates)) AND (deput* OR officer* OR trooper* OR patrol*)',
  '"each other\'s reports" OR "each others reports"',
  '(("jail phone*" OR "inmate call*" OR "inmate phone*" OR "jail call*") NEAR/12 (data OR records OR searchable OR search*)) AND (police OR detective* OR investigat*)',
  '"conviction data"',
  '"police reports" NEAR/8 (access* OR seeing OR sold OR sell* OR barred OR restrict*)',
  // From the thirty-second (dev): patrol-car computers by their everyday names (the corpus rule: a mobile computer
  // in a police car queries state and local records), the old teletype circuits, criminal histories in the plural,
  // conviction information disseminated, systems that exchange or link records, and police data abroad (London's
  // Gangs Matrix, Toronto's carding records)
  '(("mobile computer*" OR "mobile data computer*" OR "in-car computer*" OR "computers on board") NEAR/10 (police OR patrol OR squad OR deputies OR sheriff*)) OR ((computers OR laptops OR "laptop computers") NEAR/6 ("patrol car*" OR "squad car*" OR "police car*" OR cruisers))',
  'teletype NEAR/10 (police OR sheriff* OR circuit* OR terminal* OR network*)',
  '("criminal histories" NEAR/8 (kept OR maintain* OR bureau OR public OR access* OR disclos* OR dissemin* OR releas* OR file* OR repositor* OR exchange)) OR ("conviction information" NEAR/10 (dissemin* OR "made available" OR disclos* OR releas*))',
  '("exchange of" OR "linking of") NEAR/3 (databases OR "criminal history data")',
  '"Gangs Matrix" OR "gang matrix" OR "Gang Violence Matrix" OR (carding NEAR/20 ("street check*" OR "random stop*" OR "Police Services Board" OR "police board" OR "carding data" OR "practice of carding" OR "carding practice*"))',
  'Mark43 OR "public safety database*" OR "jail register*" OR "jail docket*" OR "SORN Law"',
  '(pseudoephedrine NEAR/15 (track* OR monitor* OR log* OR databas*)) AND ("law enforcement" OR police)',
  '(fingerprint* NEAR/12 (databas* OR "sent to" OR forwarded OR shared OR "run through")) AND (=ICE OR "Immigration and Customs Enforcement" OR "immigration database")',
  '"sex offender*" NEAR/8 ("offender data" OR dissemination OR database* OR "community notification")',
  '((provid* OR hand* OR giv*) NEAR/8 (information OR records OR data)) NEAR/10 ("immigration officials" OR "immigration authorities" OR "immigration agents")',
  '("vehicles towed" OR "vehicle towed" OR "towed vehicle*" OR "towing compan*") AND (record* NEAR/6 (keep OR kept OR maintain* OR "written record")) AND (police OR "law enforcement" OR sheriff* OR registration OR "plate number")',
  '("Records Unit" OR "Records Office" OR "Records Section" OR "Records Division") AND (police OR sheriff* OR "law enforcement") AND (files OR maintain* OR audit*)',
  '((RCMP OR "Royal Canadian Mounted Police") NEAR/15 ("data bank*" OR databas* OR "operational files" OR "intelligence files")) OR ("police records" NEAR/10 (deleted OR wiped OR "national database"))',
  // From the thirty-third (dev): a vehicles division's records and licence photos available to police, how long a
  // driving record keeps an offence, warrant checks, booking photos asked for by the press (the DNA registration
  // system by its statutory name and the LEIDS subscription joined the DNA-index and data-broker rules), lists of
  // inmates sent to immigration authorities, police information accessed without authority, gun-buyer checks that ride on a state police
  // system, and agencies reaching each other's databases
  '("division of vehicles" NEAR/6 record*) OR ((photograph* OR "digital image*") NEAR/15 licens* NEAR/15 "law enforcement")',
  '"driving record*" NEAR/10 (maintain* OR retain* OR retention OR remov* OR expung* OR beyond)',
  '"warrant check*" OR "warrants check*" OR "warrant inquir*"',
  '((mugshot* OR "mug shot*" OR "booking photo*") NEAR/12 (publication OR "public record*" OR "news media")) AND (arrest* OR jail* OR sheriff* OR police OR deput* OR booked)',
  `((email* OR sent OR send* OR gave OR provid* OR ${SHARE}) NEAR/6 list*) NEAR/12 ("immigration authorities" OR "immigration officials" OR "immigration agents" OR =ICE)`,
  '(("confidential information" OR "police information" OR "police records" OR "police system" OR "police service system" OR "police database") NEAR/8 (accessing OR accessed OR misus* OR hacking OR "unauthorised access" OR "unauthorized access")) AND (police OR officer* OR constable* OR cop OR cops OR deput*)',
  '("background check*" NEAR/8 (firearm* OR gun OR guns OR handgun*)) AND ("state police" OR "computer system" OR backlog*)',
  `(access* OR ${SHARE}) NEAR/6 "databases of other agencies"`,
  // … and from its second round (dev): India's national police network (CCTNS), health departments giving police
  // the addresses of people who tested positive, inmate data put online, protection-order registries, newborn
  // blood samples used by police, licence photos sold, old warrants purged, voting records and subpoenaed records
  // sought by ICE, and phone location data bought from brokers ("commercial telemetry data")
  '=CCTNS OR "Crime and Criminal Tracking Network*"',
  `(address* NEAR/10 (positive OR covid* OR coronavirus)) AND (police OR dispatch* OR "first responders") AND (${SHARE} OR send* OR sent OR giv* OR list*)`,
  '("inmate information" OR "inmate lookup" OR "inmate locator*" OR "inmate search" OR (inmate* NEAR/4 (data OR photos))) AND (online OR "web page" OR website* OR searchable OR "data base" OR database* OR "Web window")',
  '("protection order*" OR "protective order*") NEAR/3 (registry OR registries OR database)',
  '(newborn* NEAR/8 ("blood sample*" OR "blood spot*" OR screening OR DNA)) AND (police OR subpoena*)',
  '(outdated OR stale OR backlog*) NEAR/4 warrant*',
  '("license photo*" OR "licence photo*" OR "driver* license photo*") NEAR/12 (sale OR sell* OR sold OR "personal information")',
  '(((voting OR voter OR election) NEAR/4 records) OR (subpoena* NEAR/10 (information OR records OR data))) AND (=ICE OR "immigration authorities" OR "Immigration and Customs Enforcement")',
  '"commercial telemetry data" OR ("telemetry data" AND (=ICE OR =CBP OR =DHS OR "law enforcement" OR "Homeland Security"))',
  // From the thirty-fourth (dev): police records systems by name or in plain words — the UK's Police National
  // Computer and Database and custody images, New Zealand's information-sharing orders with the police, Wisconsin's
  // TIME System and CCAP, Pennsylvania's justice network, criminal-intelligence networks, police computer and database
  // systems, police intelligence units' files, plates misread by a reader, DHS's biometric identity system (HART).
  // Records accessed, misused or handed over in everyday words are in databases-sharing.ts.
  '"Police National Computer" OR "Police National Database"',
  '"custody image*"',
  '"Information Sharing Agreement" NEAR/10 (police OR "law enforcement")',
  '("TIME System" AND (terminal* OR "Crime Information" OR =CIB OR sheriff* OR "law enforcement")) OR =CCAP OR "Circuit Court Access" OR "online courts system" OR "online court records"',
  '"Pennsylvania Justice Network" OR "criminal intelligence network*"',
  '("database systems" OR "database system" OR "computer systems" OR "computer system") NEAR/10 (trooper* OR "Highway Patrol" OR "State Police" OR "Police Department")',
  `("intelligence unit*" NEAR/15 (collect* OR ${SHARE} OR keep* OR files OR information)) AND (police OR "law enforcement" OR sheriff* OR trooper* OR suspect*)`,
  '"license plate" NEAR/10 (mistaken* OR misread OR misidentif* OR "false hit" OR "false alert")',
  '"biometric identity management"',
  // From the thirty-fifth (dev): ICE's pattern-analysis system (ICEPIC) and its sharing service for outside police (LEIS)
  '("LEIS Service" OR "Law Enforcement Information Sharing" OR =ICEPIC) AND (state OR local OR tribal OR external)',
  // Computers in patrol cars (mobile data terminals querying state records)
  '("patrol car*" OR "squad car*" OR "police car*" OR "police cruiser*") NEAR/6 (PCs OR computer* OR laptop* OR terminal*) NOT (stolen OR theft OR "broke into")',
  // The FBI's Interstate Identification Index by its short name
  '"III System" OR "III record*"',
  // Minnesota's criminal justice data communications network (a state police network by its statutory name)
  '"criminal justice data communications network" OR ("secure communications network" AND "public safety")',
  // From the forty-third collection (dev): sections of the Compact Council's own rules, whose text may not name it
  'agency:"Compact Council"',
  // … California bills: DMV confidential home addresses, juvenile files kept from federal officials
  '"confidential home address" OR ((juvenile NEAR/5 (files OR records)) NEAR/10 ("federal officials" OR disclos*))',
  // From the forty-third collection's third round (dev): geofence and keyword warrants and governments' requests for
  // users' data from tech companies; California's Armed Prohibited Persons System and Minnesota's CriMNet; sealing
  // arrest records
  '(geofenc* NEAR/10 (warrant* OR police OR investigator* OR "law enforcement" OR subpoena* OR judge* OR "Fourth Amendment" OR unconstitutional OR prosecutor* OR FBI OR =ICE)) OR "keyword warrant*" OR Sensorvault OR (("reverse keyword" OR "reverse location") NEAR/5 (warrant* OR police OR court* OR order* OR "law enforcement"))',
  '("user data requests" OR "requests for user data" OR ("data requests" NEAR/3 (government* OR "law enforcement" OR police))) OR ("transparency report*" AND ("law enforcement" OR police OR "user data" OR "account data" OR subpoena* OR warrant*))',
  '"Armed Prohibited Persons" OR "Prohibited Armed Persons" OR CriMNet OR (seal* NEAR/5 ("arrest record*" OR "criminal record*")) OR ((arrest* NEAR/5 seal*) AND (expung* OR "clean slate" OR conviction*) AND NOT ("sealed off" OR "seal off" OR "sealing off"))',
  // Illinois HB 1312's limits on civil immigration enforcement and data (the forty-eighth)
  '(Pritzker OR Illinois) AND "HB 1312" AND (plate* OR ALPR* OR reader* OR police OR "law enforcement" OR surveillance OR data OR abortion OR immigration OR immigrant*)',
  // From the fifty-second collection (dev): Palantir with police; CalGang and CAL-ID spelled with a hyphen (older dev records)
  'Palantir AND (=LAPD OR police OR "law enforcement" OR sheriff*) AND (data* OR surveillance OR software OR intelligence OR Gotham OR analytic* OR "Palantir Technologies" OR "fusion center" OR policing)',
  '("CAL-GANG" OR "Cal Gang" OR "CAL-ID" OR "California Identification System") AND (police OR sheriff* OR "law enforcement" OR fingerprint* OR crime* OR criminal* OR investigat* OR officer* OR agenc* OR database OR "Penal Code" OR =RAN OR "Access Network" OR SJPD)',
  // From the fifty-fourth collection (dev): driving-record abstracts and who may have them; a state DMV's noncompliance
  // with the Driver's Privacy Protection Act
  '("driving record abstract*" OR "abstracts of driving record*") AND (acquire OR release* OR disclos* OR confidential* OR "may receive" OR "may obtain" OR access OR "entities that may" OR "Department of Licensing" OR "law enforcement")',
  '(=DMV OR "department of motor vehicles") NEAR/10 ("substantial noncompliance" OR "Driver\'s Privacy Protection Act" OR DPPA)',
  // … biometric matching against licence photos
  '("biometric matching system" OR "facial recognition matching system") AND (licen* OR identicard* OR "Department of Licensing" OR eu-LISA OR sBMS OR Schengen OR border*)',
  // … older dev misses among US bills: DMV "highly restricted personal information", toll agencies' use of plate and
  // registration information, DMV retention of applicants' source documents, reproductive health data kept from police
  // (narrowed by a look-alike review: employee files, cashless toll billing, tax records, REAL ID checklists, app data)
  '"highly restricted personal information" AND (licen* OR "motor vehicle*" OR "personal identification card" OR =DMV OR "Secretary of State")',
  '(toll* AND ("license plate" OR "motor vehicle registration") NEAR/10 (information OR data)) AND ("may not use" OR "for purposes other than" OR "used only" OR warrant OR "law enforcement")',
  '"source documents" AND ("shall not retain" OR "not retain" OR "digital images" OR capture OR scan*) AND ("driver\'s license*" OR nondriver OR "identification card*")',
  '"reproductive health data" AND ("law enforcement" OR police) AND (prohibit* OR "may not" OR investigat* OR warrant OR subpoena*)',
  // From the fifty-fifth collection (dev): sharing criminal intelligence; New York's Criminal Group Database; Voyager Labs' social-media
  // // surveillance for police; certified driving-record abstracts; DHS buying phone location data
  '("criminal intelligence" NEAR/6 (sharing OR share OR "free flow" OR model OR exchange)) AND (police OR policing OR "law enforcement" OR agencies)',
  '"Criminal Group Database" AND (police OR =NYPD OR "police department")',
  '"Voyager Labs" OR (Voyager AND (police OR "law enforcement") AND ("social media" OR Meta OR Facebook OR Instagram))',
  '"certified abstract" AND ("moving violations" OR "driving record" OR "motor vehicle record" OR "operating record*")',
  '("location data" OR "phone location" OR "smartphone location") AND ("Homeland Security" OR =ICE OR =CBP OR =DHS) AND (immigrants OR migrants OR immigration OR warrantless OR "without a warrant" OR brokers OR purchas*)',
];
