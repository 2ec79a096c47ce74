/**
 * The default watchlist's state-databases guards (exclusions): look-alikes the state-databases rules of
 * databases.ts must leave alone, each from the topic definition (src/matching/README.md) and a dev record.
 */
import { SHARE } from './words.ts';
import { DREAM_ACT_BILLS } from './both-topics.ts';
import { HOUSING_STATUS_DEMAND, ICE_HOMONYMS, ICE_PRIVACY_PROGRAMME, PHYSICAL_ACCESS } from './terms.ts';

/** What a background check for a job or licence reads (the licensing guards). */
const CHECK_RECORDS =
  '(fingerprint* OR "criminal history" OR "criminal record*" OR "background check*" OR "crime information" OR "offender record information" OR "record of arrest")';

export const databasesExclude = [
  // A DHS system of records is a federal system: state data only when its text shows a state or local exchange
  // (ICE's Law Enforcement Support Center answers state and local police, so it stays)
  '(("system* of records" OR criminal OR arrest* OR "law enforcement") AND "Privacy Act of 1974" AND ("Immigration and Customs Enforcement" OR "Customs and Border Protection" OR "Citizenship and Immigration" OR "Inspector General")) NOT ("state, local" OR "state and local" OR "state or local" OR "local law enforcement" OR "Support Center" OR =IDENT OR =HART OR biometric* OR fingerprint*)',
  // Privacy Act exemption rules for a federal system: state or local data only when the text says records move there
  '(("system of records" OR "systems of records" OR criminal OR arrest* OR biometric* OR fingerprint* OR "Law Enforcement Support Center" OR =IDENT OR "law enforcement") AND "Implementation of Exemptions") NOT ("state, local" OR "state and local" OR "state or local" OR "local law enforcement")',
  // NCIC is also an inmate telephone company
  '=NCIC AND (phone* OR telephone* OR calling)',
  // Eviction records kept from landlords, not police (Hawaii calls the eviction case "summary possession"; from the thirty-fifth)
  '("court records" OR record*) NEAR/20 ("unlawful detainer*" OR eviction* OR "forcible entry" OR "summary proceedings" OR "summary possession")',
  '"eviction record*" OR (eviction* NEAR/6 (expunc* OR expung* OR seal*)) OR "landlord-tenant" NEAR/6 record*',
  '(eviction* NEAR/20 ("court record*" OR proceeding*)) AND (seal* NEAR/4 record*)',
  '"fire records management" OR ("records management system*" NEAR/4 fire)',
  // Traffic and insurance cameras that issue fines; DMV data breaches (records exposed to criminals, not queried by police)
  '((=ALPR OR "license plate recognition" OR "plate reader*" OR camera*) AND ("automated traffic law enforcement" OR =ATLE OR "speed safety camera*" OR "speed enforcement camera*")) NOT (hotlist* OR "hot list*" OR stolen OR immigra* OR =ICE)',
  '(("automated recording equipment" OR camera* OR "plate reader*" OR =ALPR OR =LPR) AND ("liability insurance" OR "insurance verification" OR "uninsured motorist*" OR "uninsured driver*" OR "uninsured vehicle*")) NOT (hotlist* OR "hot list*" OR stolen OR immigra* OR =ICE OR "law enforcement" OR police)',
  '((breach* OR hack* OR ransomware OR cyberattack*) NEAR/15 (=DMV OR "motor vehicle*" OR "driver* licen*" OR "personal information")) NOT (police OR immigra* OR =ICE OR "law enforcement")',
  // Travellers' own identity checks at a port of entry (trusted-traveller kiosks, passport photos)
  '(("facial recognition" OR "face recognition" OR "facial comparison") NEAR/20 (passport* OR "Global Entry" OR traveler* OR travellers OR "air entry" OR boarding OR =TSA OR airport* OR checkpoint* OR passenger*)) NOT (police OR "identify criminals" OR "mass facial recognition")',
  '"special license plate*" OR "specialty license plate*"',
  // "Share the Road" plates and campaigns; the DMV matching plates of speed-camera tickets to owners (fines, not police queries)
  '"share the road"',
  // A licence shown as proof of identity or address (library cards, voter ID): no record is queried
  '("photo ID" OR "photo identification" OR "proof of identity" OR "proof of address" OR "proof of current address" OR "proof of residen*") NEAR/10 ("driver* licen*" OR "identification card*")',
  '(=DMV OR "motor vehicle*") NEAR/20 ("speed camera*" OR "red light camera*" OR "speeding vehicle*" OR "photo radar")',
  // The Criminal Division's OCDETF Fusion Center: a federal drug-intelligence system
  '"Drug Enforcement Task Force" NEAR/4 "Fusion Center"',
  // Federal booking and prison systems (DOJ's JABS, the Bureau of Prisons' SENTRY): no state or local exchange in the text
  `(=JABS OR "Joint Automated Booking System") AND (booking* OR fingerprint* OR ${SHARE} OR repositor* OR =IAFIS OR photograph* OR "law enforcement")`,
  '("Bureau of Prisons" AND ("inmate management system*" OR "jail management" OR "inmate information" OR "inmate records")) NOT ("matching program*" OR "computer matching")',
  // Records cited as a reporter's source ("according to court records"), not records police query; expunging an
  // impeachment or a censure, student discipline; sealed adoption records; fusion centres for research
  '(("according to" OR "cited in" OR "reviewed by" OR "obtained by") NEAR/3 ("court records" OR "arrest records" OR "police records" OR "jail records" OR "criminal records")) OR (("court records" OR "arrest records" OR "police records" OR "jail records") NEAR/2 (show OR shows OR showed OR indicate* OR reveal*))',
  '(expung* AND (impeach* OR censure*)) OR (expung* NEAR/8 (disciplin* OR suspension*))',
  '(seal* OR unseal*) NEAR/8 (adopt* OR "birth certificate*")',
  '"fusion center*" NEAR/6 (cancer OR research OR innovation OR arts OR music OR cuisine OR food OR retail OR wellness)',
  '"fusion energy"',
  // Voter rolls checked against DMV records (no police use); crime statistics (NIBRS); DEA's El Paso Intelligence Center (federal)
  '("motor vehicle*" OR =DMV OR "driver* licens*") AND ("voter registration" OR "voter roll*" OR "voter list*" OR "register* to vote")',
  '("Criminal Justice Information Services" OR =CJIS) AND (=NIBRS OR "Incident-Based Reporting" OR "Uniform Crime Report*" OR "Law Enforcement Employees")',
  '"El Paso Intelligence Center"',
  // "has no criminal record" (news about a person), not records police query
  '"no criminal record*"',
  // Criminal-history record checks of employees, teachers, applicants (job checks, title included)
  '"criminal history record check*" AND (employee* OR teacher* OR applicant* OR licens* OR volunteer*)',
  // ICE's own face-matching app (a federal system, no state or local exchange in itself); face recognition at venues;
  // data-broker registries; public-charge rules (benefits, not records police query)
  '("facial recognition" OR "face recognition" OR biometric*) AND ("Mobile Fortify" OR ((=ICE OR =CBP) NEAR/10 (app OR application OR smartphone*)))',
  '("facial recognition" OR "face recognition" OR "facial authentication") NEAR/15 (stadium* OR concert* OR venue* OR arena* OR ticket* OR "fan entry" OR fans)',
  '(("facial recognition" OR "face recognition") NEAR/15 (store OR stores OR shopper* OR retailer* OR shoplift* OR grocer* OR checkout*)) NOT (police OR "law enforcement" OR sheriff* OR officer*)',
  '"data broker*" NEAR/10 (registry OR registration OR register) OR "Privacy Protection Agency"',
  '("public charge" OR "public benefit*") AND (Medicaid OR =SNAP OR "food stamp*") AND ("permanent residen*" OR "green card*")',
  // Data about police (use-of-force statistics), not personal records police query
  '(("use-of-force") NEAR/6 (data OR statistic* OR collection)) AND (=CJIS OR "Criminal Justice Information" OR data OR statistic* OR collection)',
  // Biometrics for immigration benefits and credentials (USCIS, TSA hazmat endorsements)
  '(biometric* AND ("Citizenship and Immigration Services" OR =USCIS OR "lawful immigra*")) NOT ("law enforcement" OR police OR =ICE OR "state and local")',
  '("hazardous materials endorsement*" OR "security threat assessment*") AND (fingerprint* OR "criminal history" OR biometric* OR "background check*" OR =IDENT OR "Automated Biometric*")',
  ...ICE_HOMONYMS,
  '"duty to collect"',
  '"broadband data" OR "broadband map*"',
  // Criminal-history checks for a licence, a job or a credential (not records police query)
  '(fingerprint* OR "criminal history" OR "criminal record*" OR "background check*") AND ("licensing authorit*" OR "license applicant*" OR "applicant for a license" OR "issuance of licenses" OR "applicants for licensing" OR "licensing boards" OR pilots OR "badge holder*" OR "credential holder*")',
  // (in three parts for the rule length; from the thirty-first, never over the national instant check system, whose
  // "licensees" are gun dealers, and from the thirty-second never over gun dealers named as such)
  ...[
    'licens* OR applicant* OR employ* OR pilot*',
    'badge* OR credential* OR occupation* OR profession* OR volunteer* OR teacher*',
    'educator* OR "non-criminal justice" OR "qualified entit*" OR "designated entit*" OR "National Service"',
  ].map(
    (who) =>
      `(${CHECK_RECORDS} NEAR/25 (${who})) NOT ("National Instant" OR =NICS OR "gun dealer*" OR "firearms licensee*" OR "firearm dealer*" OR "firearms dealer*")`,
  ),
  // Biometrics kept by businesses and schools; plate readers for parking and traffic fines; laboratory plate readers
  '(("facial recognition" OR "face recognition") NEAR/15 ("private entit*" OR business* OR consumer* OR commercial OR employer* OR school* OR student* OR supermarket* OR retail* OR landlord* OR tenant* OR rental OR "residential building*")) NOT (police OR "law enforcement" OR sheriff* OR officer*)',
  '((=ANPR OR =ALPR OR =LPR OR "plate reader*" OR "license-plate reader*" OR "plate recognition") AND ("parking enforcement" OR "enforcing parking" OR "parking garage*" OR "parking permit*" OR "parking meter*" OR "car park*" OR "parking charge*" OR "moving traffic")) NOT ("law enforcement" OR hotlist* OR "hot list*" OR stolen OR immigra* OR =ICE OR Customs OR surveillance)',
  '("plate reader*" OR "plate recognition") AND (microplate* OR microtiter OR absorbance OR assay* OR laboratory OR fluorescence OR "well plate*")',
  '(design* OR specialty OR vanity OR personalized) NEAR/4 plate*',
  // "Information sharing" listed among the powers a 287(g) agreement delegates: enforcement (the corpus labels 287(g) items so)
  '("287(g)" OR 287g) AND ("information sharing")',
  // A DHS privacy impact assessment of an ICE or CBP system: state or local data only when its text says records move there
  '(("Privacy Impact Assessment" OR "DHS/ICE/PIA" OR "DHS/CBP/PIA") AND ("Immigration and Customs Enforcement" OR "Customs and Border Protection" OR =ICE OR =CBP)) NOT ("state, local" OR "state and local" OR "state or local" OR "local law enforcement" OR "Support Center" OR =IDENT OR =HART OR biometric* OR fingerprint*)',
  // Criminal history an ICE or CBP system draws from federal sources, with no state or local exchange named
  '(("DHS/ICE/PIA" OR "DHS/CBP/PIA") AND "criminal history") NOT ("state, local" OR "state and local" OR "state or local" OR "local law enforcement" OR "Support Center" OR =IDENT OR =HART OR biometric* OR fingerprint*)',
  // ICE's privacy programme and a website's privacy policy are administration, not records shared
  `(${ICE_PRIVACY_PROGRAMME} AND ("Immigration and Customs Enforcement" OR =ICE)) NOT ("state and local" OR "local law enforcement" OR ${SHARE})`,
  // Citizenship data for the census (statistics, no police use); job, licence and volunteer checks in other words
  '("Census Bureau" OR "census data") AND (citizenship OR immigra*) NOT ("Home Office" OR "school census")',
  '("background check*" OR "record check*" OR "criminal history" OR fingerprint*) AND ("child care" OR childcare OR coach* OR "youth-serving" OR "ban the box" OR "fair chance" OR teacher* OR "new-hire*" OR "fingerprint screening")',
  // Police utility vehicles (Ford's Police Interceptor Utility), utility poles and trucks: not utility customer records
  '"police utility" OR "interceptor utility" OR "utility interceptor*" OR "utility vehicle*" OR "utility truck*" OR "utility pole*"',
  // A plate design tested against plate readers; criminal-history guidelines for noncriminal-justice (job-check) recipients
  '("plate reader*" OR "license plate reader*") AND ("plate artwork" OR "license plate artwork" OR "plate design*" OR "test plate*")',
  '((chri OR "criminal history record*") AND (=NCJA OR "noncriminal justice" OR "non-criminal justice" OR "applicant CHRI" OR "Authorized Recipient*")) NOT ("dissemination log*" OR repositor* OR audit* OR outsourc* OR "message switch*" OR "Security Policy" OR "Compact Council" OR screening OR regulation*)',
  '("sex offender*" NEAR/10 (visitor* OR volunteer*)) NOT (registry OR checks OR system)',
  '("background check*" NEAR/6 (licens* OR employ* OR applicant*)) AND (fingerprint* OR "criminal history" OR =IAFIS OR "Automated Fingerprint" OR =NGI)',
  // The FTC polices companies, not police: its face-recognition orders are about businesses
  '("facial recognition" OR "face recognition") AND ("Federal Trade Commission" OR =FTC)',
  // Federal tax records go from one federal agency to another: immigration enforcement, not state or local data
  `("data sharing" OR "data-sharing" OR access OR information OR ${SHARE}) NEAR/12 (=IRS OR "Internal Revenue Service" OR taxpayer*)`,
  `(=IRS OR "Internal Revenue Service" OR taxpayer*) AND (=ICE OR "Immigration and Customs Enforcement" OR "immigration enforcement") AND (${SHARE} OR data OR address*)`,
  HOUSING_STATUS_DEMAND,
  PHYSICAL_ACCESS,
  // Business credit data (Dun & Bradstreet) is not personal records police query
  '"Dun & Bradstreet" AND (databas* OR access*)',
  // NICS, the Next-Generation Incident Command System for first responders, is not the gun background check
  '=NICS AND "Incident Command"',
  // From the twenty-third: fee schedules for fingerprint checks; crash data sent to the highway-safety agency
  '"user fee*" AND ("Criminal Justice Information" OR "criminal history" OR chri OR checks OR fingerprint*)',
  '"crash data"',
  // Safety (speed and red-light) camera networks; plate stickers and renewal fees; shops' face recognition anywhere in an item
  '((camera* OR image* OR police) AND ("safety camera*" OR "speed camera*" OR "red light camera*" OR "traffic light camera*")) NOT (hotlist* OR "hot list*" OR stolen OR "plate reader*" OR =ALPR OR =ANPR OR immigra* OR Flock)',
  '"licence plate*" NEAR/6 (sticker* OR renewal* OR fee* OR design* OR personalised OR personalized OR vanity OR specialty)',
  '(("facial recognition" OR "face recognition") AND (retailer* OR shopper* OR shoplift* OR supermarket* OR casino*)) NOT (police OR "law enforcement" OR sheriff* OR officer*)',
  '(("facial recognition" OR "face recognition") AND ("consumer protection" OR "biometric identifier*" OR "private entit*" OR school* OR student*)) NOT (police OR "law enforcement" OR sheriff* OR officer* OR government* OR agenc*)',
  // Criminal-history checks of applicants, employees, licensees and volunteers (the job-check rule)
  '(("criminal history" OR "criminal background" OR "record check*" OR chri OR "fingerprint record*" OR "rap sheet*") AND (applicant* OR employ* OR licens* OR volunteer* OR "child care" OR "noncriminal justice")) NOT (immigra* OR =ICE OR police OR sheriff* OR arrest* OR seal* OR expung* OR repositor* OR dissemination OR "criminal justice agenc*")',
  // The FBI's Rap Back service screens employees, volunteers and licensees (fingerprint background checks)
  '"Rap Back" AND (volunteer* OR employ* OR licens* OR applicant* OR screen*) AND ("criminal history" OR "criminal record*" OR fingerprint* OR record* OR "criminal justice data")',
  // Fees for background checks; "driving record cards" (a licence for residents without lawful status); REAL ID card issuance
  '(("criminal history" OR "arrest record*") AND (fee* NEAR/8 ("background check*" OR "record check*"))) NOT (repositor* OR expung* OR seal* OR police OR immigra*)',
  '"driving record card*"',
  `("REAL ID" AND ("driver* licens*" OR "identification card*")) NOT (police OR "law enforcement" OR immigra* OR =ICE OR ${SHARE} OR databas* OR access* OR privacy OR data OR confidential*)`,
  // A forensic laboratory's case management system
  '("forensic laborator*" OR "Forensic Laboratory") AND "case management system*"',
  // Police badge, training and personnel records are about officers, not records police query
  '(police NEAR/3 (badge* OR training OR personnel)) NEAR/6 record*',
  // The FBI's fingerprint checks for noncriminal justice purposes (fees, channelers) are job and licence checks
  '(=CJIS OR "Criminal Justice Information Services" OR "identification record*") AND ("noncriminal justice" OR "non-criminal justice") AND (fee* OR Channeler* OR applicant*)',
  // The CLEAR Act (Clear Law Enforcement for Criminal Alien Removal) is not Thomson Reuters CLEAR
  '=CLEAR AND "Criminal Alien Removal"',
  // Businesses scanning the personal information on a licence are consumer privacy
  '(scan* AND "personal information" AND ("driver* licens*" OR "identification card*")) NOT (police OR "law enforcement" OR immigra* OR =ICE)',
  // From the twenty-ninth (dev): number-plate cameras that fine motorists (beside the parking guard above, which is at the rule length)
  '((=ANPR OR "plate reader*" OR "number-plate recognition" OR "plate recognition") AND (fine* NEAR/4 (motorist* OR driver*))) NOT ("law enforcement" OR police OR hotlist* OR stolen OR immigra*)',
  // The IRS's disclosure programme to benefit agencies is tax data, not police records
  '"Information to Federal, State and Local Agencies" OR =DIFSLA',
  // "This report addresses how…" is not an address
  '"report addresses" OR "addresses how"',
  // A state infrastructure "Communications Center" is not communicating with immigration authorities
  '("Communications Center" OR "Communications Centre") NOT (records OR dispatch* OR 911 OR police OR sheriff*)',
  // Electronic ticketing that feeds a police records system is traffic citations, not a records system bought
  '("e-ticket*" OR "electronic ticket*" OR "electronic citation*" OR "e-citation*") AND ("records management system*" OR =RMS)',
  // Victims reporting crimes are not agencies reporting status
  '"reporting crime*" OR "report crime*" OR "report a crime" OR "reporting a crime"',
  // Patrol-car video recorders; DNA casework backlogs with no database named
  '"motor vehicle recorder*" OR "motor vehicle recording" OR "mobile video recorder*" OR "in-car camera*"',
  '(("Backlog Reduction" OR casework) AND DNA) NOT (=CODIS OR databas* OR arrestee* OR offender*)',
  // From the thirty-first (dev): the FBI's authority cited by its title (28 U.S.C. 534) is no record system by itself
  '"Preservation, and Exchange of Identification Records"',
  // … and the Driver Privacy Act of 2015, about vehicles' event data recorders (not the DPPA)
  '"Driver Privacy Act" AND ("event data recorder*" OR "data recorder*")',
  // … and a state's uniform crime reporting programme, whose "central repository" holds statistics
  '("uniform crime reporting" AND "central repository") NOT ("criminal history" OR fingerprint* OR "criminal record*")',
  // … and a licensing board (nurse examiners, pharmacy, medicine) authorised to obtain applicants' criminal histories
  '("Board of" NEAR/6 (Examiner* OR Nurs* OR Licensure OR Licensing OR Dentistry OR Pharmacy OR Medical)) AND ("criminal history" OR "criminal record*" OR fingerprint*)',
  // From the thirty-second (dev): people "with criminal records" are described, not a records system (the Spanish
  // "con antecedentes penales" guard's twin)
  '"with criminal records" OR "without criminal records" OR "had criminal records" OR "have criminal records" OR "no criminal records" OR "with prior criminal records"',
  // From the thirty-second (dev): a jail phone and video-visit vendor named NCIC (not the FBI's crime information centre)
  '"NCIC Inmate Communications" OR "NCIC Inmate Phone*" OR ("NCIC" NEAR/3 (kiosk* OR "video visit*" OR "inmate phone*" OR "inmate calling"))',
  // From the thirty-second (dev): plate cameras that charge road tolls (the fine guard's twin)
  '((=ANPR OR "number plate recognition" OR "plate recognition" OR "plate reader*" OR "licence plate*" OR "license plate*") AND (tolling OR "toll road*" OR "toll charge*" OR "barrier-free toll*" OR "toll bridge*")) NOT (police OR garda* OR "law enforcement" OR sheriff* OR =ICE OR immigra*)',
  // From the thirty-third (dev): a plate-reader vendor's drones and gunshot sensors (no personal records; the corpus
  // rule for gunshot detection), crash-report portals (crash reports are not police records systems), and a
  // prescription database opened to prescribers with no police access in the text
  '(Flock NEAR/12 (drone* OR "gunshot detection" OR "drone-as-first-responder" OR =DFR OR Raven)) NOT (plate* OR =ALPR OR =LPR OR "license plate*" OR "plate reader*")',
  '(LexisNexis OR Carfax) AND (crash OR eCrash OR "accident report*")',
  '"prescription database" NOT ("law enforcement" OR police OR =DEA OR "Drug Enforcement" OR investigat*)',
  // … and from its second round (dev): yearly crime reports (statistics, not records), and DMV offices losing forms or
  // computers (office breaches, as the earlier DMV breach precedent)
  '("crime report" OR "Crime in Tennessee" OR "crime rates" OR "annual crime" OR "Incident-Based Reporting") AND (decrease* OR increase* OR dropped OR rose) AND (CJIS OR "Reporting System" OR "Incident-Based Reporting" OR "crime report" OR "crime rates")',
  '(=DMV OR "Division of Motor Vehicles" OR "Motor Vehicles") AND (stolen OR shred* OR "identity theft" OR breach*) AND (computer OR forms OR office)',
  // … and the federal government's scant disclosure of plans for ICE detention sites (no personal records; the
  // "shared or disclosed to ICE" rule read it as records)
  '((limited OR mandated OR "no communication" OR secrecy) NEAR/4 disclosure*) AND (warehouse* OR "detention center*" OR "detention site*" OR "processing facilit*" OR "processing center*")',
  // From the thirty-fourth (dev): CBP's face matching of travellers at entry and exit, with no police or state use
  '(("facial recognition" OR biometric*) AND ("Biometric Entry-Exit" OR "biometric exit" OR "air exit" OR "Traveler Verification Service")) NOT (police OR "law enforcement" OR "state and local" OR "state, local")',
  // … Medicaid payment rules by immigration status with no enforcement agency; HHS vetting of children's sponsors (a
  // check for a role, like a job check)
  '(("immigration status" OR report* OR information) AND Medicaid AND "health benefits") NOT (=ICE OR "Immigration and Customs Enforcement" OR deport* OR "immigration enforcement" OR "Homeland Security" OR =DHS)',
  '("Sex Offender Registry" OR "Criminal History" OR "background check*" OR fingerprint* OR "public records check") AND sponsor* AND ("unaccompanied alien child*" OR "unaccompanied children" OR "Office of Refugee Resettlement")',
  // … Massachusetts CORI checks of coaches and volunteers are job checks
  '=CORI AND (coach* OR volunteer* OR unmonitored OR "youth sports" OR soccer OR baseball)',
  // … a "fair share" of DMV lines is not records shared
  '"fair share"',
  // … London's ULEZ and other charging-zone cameras read plates to bill drivers, not for police records
  '((ulez OR "Ultra Low Emission Zone" OR "clean air zone" OR "congestion charg*") AND ("Number Plate Recognition" OR =ANPR OR camera*)) NOT ("police access" OR "shared with police" OR "police use" OR stored OR retain* OR retention)',
  // From the thirty-fifth (dev): plate recognition at gateless or ticketless car parks; employers' yearly inquiry for
  // a driver's motor vehicle record
  '("License Plate Recognition" OR =LPR OR "plate reader*") NEAR/25 (gateless OR ticketless OR "honor box" OR "off-street parking" OR "parking system")',
  '("motor vehicle record*" OR =MVR) NEAR/25 (employer* OR "motor carrier*") NOT (police OR "law enforcement")',
  // Confidential licences and plates for undercover officers; certifying fingerprint rollers for job checks
  '(("confidential license plate*" OR "confidential driver* license*") AND ("drivers\' licenses" OR "driver\'s license*" OR "Department of Licensing" OR identicard*)) NOT (immigra* OR disclos* OR access* OR police)',
  '"fingerprint roller*" OR (("custodian* of records" OR records) AND "non-law-enforcement purposes" AND fingerprint*)',
  // From the thirty-sixth (dev): the UK's DBS and Canada's vulnerable-sector police checks are job checks; private car
  // parks' plate cameras and the DVLA keeper details behind their parking charges are parking enforcement
  '("DBS check*" OR "basic DBS" OR "Disclosure and Barring" OR "vulnerable sector") AND ("criminal record" OR =CPIC OR "Police National Computer" OR "police check*")',
  '("parking charge*" OR "car park*" OR carpark* OR "keeper liability") AND (=ANPR OR =DVLA OR keeper*)',
  // From the thirty-sixth (dev): Palantir's health-data work for HHS or the NHS; the licensing of security officers
  // (a job check)
  '(Palantir AND (=HHS OR coronavirus OR =NHS OR "Health and Human Services")) NOT (=ICE OR immigra* OR police)',
  '("security officer*" OR "security guard*") AND ("sex offender database*" OR "criminal history" OR fingerprint*)',
  // … identity verification of unemployment claimants against licence photos; crash reports kept confidential
  '("identity verification" OR ID.me) AND (unemployment OR claims) AND (photo* OR "drivers license" OR "driver\'s license")',
  '"crash report*" AND ("public records" OR confidential*)',
  // From the thirty-seventh (dev): hospitals asking or recording patients' immigration status (collecting is not sharing)
  '(hospital* OR patient*) NEAR/15 ("immigration status" OR "citizenship status")',
  // … Hong Kong's smart lampposts (city sensors; the item names face recognition and police only to deny them)
  '"smart lamppost*" AND ("facial recognition" OR police OR government)',
  // … federal records shared with ICE (HUD's tenant data: federal to federal), carmakers' driving data sold to insurers,
  // and the consumer bureau's data-broker rule
  '(=HUD OR "Housing and Urban Development") NEAR/20 ("data sharing" OR share* OR sharing)',
  '(("Drivers\' Privacy" OR "Driver\'s Privacy" OR DPPA) AND (OnStar OR insurer* OR "General Motors" OR =GM OR Verisk OR "data firms")) NOT (police OR =DMV OR "law enforcement")',
  '(=CFPB AND "data broker*") NOT (police OR =ICE OR "law enforcement")',
  // From the thirty-eighth (dev): plate cameras that only issue traffic fines (India's and Pakistan's e-challans); police
  // clearance certificates (a job check); parking: Dutch scan cars, campus virtual permits, airport parking, private
  // parking notices to the registered keeper; Canada's vulnerable-sector check (a job check); IRS data to ICE or DHS
  // (federal to federal: enforcement only)
  '(=ANPR OR "number plate recognition" OR camera* OR "number plate*") AND (challan* OR e-challan*)',
  '("criminal record*" OR "police database" OR "criminal history" OR "national police database") AND "police clearance*"',
  '(kenteken* OR camera* OR database*) AND scanauto*',
  '("License Plate Recognition" OR =LPR OR "license plate*" OR camera*) AND ("virtual permit*" OR (permit* NEAR/8 (hangtag* OR decal*)))',
  '("License Plate Recognition" OR =LPR OR "license plate*") AND "airport parking"',
  '(=ANPR OR =DVLA OR camera* OR "registered keeper") AND (=PCN OR =PCNs OR "Notice to Owner")',
  '("records management system*" OR police OR "outstanding warrant*" OR convictions) AND "vulnerable sector check*"',
  '(=IRS OR "Servicio de Impuestos Internos" OR "Internal Revenue Service") NEAR/20 (=ICE OR Inmigracion OR =DHS)',
  // … speed-camera tickets; the PARIS benefit-matching project; gunshot sensors (even tied to cameras); plates as
  // parking permits
  '(("driver\'s record" OR officer*) AND "speed camera*") NOT ("license plate reader*" OR suspect*)',
  '(information-sharing OR "federal agencies") AND (=PARIS OR "Public Assistance Reporting Information System")',
  '(Flock* OR camera*) AND (gunshot* NEAR/10 (sensor* OR detect*))',
  '(camera* OR plate* OR =LPR OR "License Plate Recognition") AND "parking permit*"',
  // … second round: bans on traffic cameras; Indonesia's traffic-fine cameras (ETLE) and Saudi Arabia's (Saher); Japan's
  // criminal-record certificate (a job check)
  '("tracking vehicles" OR camera*) AND ("traffic camera*" OR "automated traffic enforcement")',
  '(=ANPR OR "Number Plate Recognition" OR kamera*) AND (=ETLE OR tilang)',
  '(=LPR OR =ANPR) AND (ساهر OR Saher)',
  '("Criminal Record" OR 犯罪歴) AND 犯罪経歴証明書',
  // … third round: background-report suits under the Fair Credit Reporting Act (job checks)
  '("background check*" OR record* OR report*) AND ("Fair Credit Reporting Act" OR =FCRA)',
  // … fingerprints and background checks for Utah's driving privilege card (a licence check)
  '("driver privilege card*" OR "driving privilege card*") AND (fingerprint* OR "background check")',
  // … tolls billed by plate; surveys of officer decertification databases (data about police); the National Child
  // Protection Act's background checks (job checks)
  '("license plate recognition" OR "license plate*" OR camera*) AND ("Toll By Plate" OR FasTrak OR "toll tag" OR transponder*)',
  '(database* OR "information sharing") AND (decertification OR "POST agencies")',
  '("criminal history" OR background*) AND "National Child Protection Act"',
  // … fourth round: DBS filtering of old convictions and spent convictions (job checks)
  '("criminal record*" OR conviction* OR "Police National Computer") AND (=DBS OR "spent and unspent" OR "filtering rules")',
  // … LPR as a lawful permanent resident (not a plate reader); records expunged under Dream Act bills
  '=LPR AND ("lawful permanent resident*" OR "permanent resident*" OR "green card*" OR "adjustment of status")',
  `expunge* AND ${DREAM_ACT_BILLS}`,
  // From the thirty-ninth (dev): criminal-record screening of housing applicants (a landlord's check, like a job check)
  '"Criminal Record Screening" OR ("criminal record*" NEAR/8 (housing OR tenan*))',
  // … a retailer's customer data exposed (Korea's Coupang: a company breach the police investigate, not police records)
  '(쿠팡* OR 고객*) AND (개인정보* OR 유출* OR 노출*)',
  // From the fortieth (dev): laws banning gang patches in public (insignia, not a register)
  '("gang patch*" OR (patches NEAR/5 gang*)) NOT (databas* OR register OR registry OR list)',
  // … certificates of one's own criminal record or conduct (a job or visa check; Malta's "police conduct certificate")
  '"certificate* of criminal record" OR "criminal record certificate*" OR "conduct certificate*" OR "certificate of conduct" OR Kondotti',
  // … police character-verification certificates for jobs and passports (Hindi and English pages; a job check)
  '"Character Certificate" OR "Character Verification" OR "चरित्र प्रमाण" OR "चरित्र सत्यापन" OR "verification certificate*" OR "वेरिफिकेशन सर्टिफिकेट"',
  // From the forty-first collection (dev): criminal-record certificates and clearances people request for jobs and
  // visas (the Philippines' NBI clearance, Australia's nationally coordinated checks, Kazakhstan's certificate), unless a
  // database, a breach or immigration use is named; clean air zones enforced by plate cameras
  '("NBI clearance" OR "Criminal History Check*" OR "National Police Checking Service" OR "presence or absence of a criminal record" OR "criminal record certificate*") NOT (database* OR breach* OR leak* OR immigra* OR deport* OR centraliz* OR centralis*)',
  '((=CAZ OR "Clean Air Zone") AND (=ANPR OR "Number Plate Recognition" OR camera*)) NOT (police OR "shared with police" OR stored OR retention)',
  // The forty-second collection: guides to getting a copy of one's own criminal record (a job check, not police data
  // shared); Police Scotland's phone data-extraction kiosks (forensics on a device)
  '"criminal record" AND ("copy of your" OR "your own criminal" OR "check if you have" OR "obtain a copy")',
  '("cyber kiosk*" OR "data extraction") AND (data OR mobile OR police)',
  // … and from the learned model's false alarms on dev (cross-validated): records about the police themselves
  // (officers' disciplinary records, traffic-stop statistics) and IT "database migration" (an exclusion also keeps the
  // model from adding the topic)
  '(disciplinary NEAR/3 record*) OR "bad cops" OR "Brady list"',
  '"traffic stop*" NEAR/5 (data OR statistic* OR "data collection")',
  '(migracion OR migration) NEAR/4 ("de datos" OR "bases de datos" OR "base de datos" OR database* OR servidor* OR server*)',
  // Against the learned model's false alarms on the forty-third collection's dev records: the Police National Legal
  // Database (a law reference, not records), and face authentication products (Japanese)
  '"Police National Legal Database" OR =PNLD',
  '(顔認証 AND (機能 OR 入退室 OR 勤怠 OR 決済)) NOT (警察 OR 捜査 OR 犯罪)',
  // … and older dev records: library records kept confidential, consumers' opt-out of data sales, data breaches of
  // companies (Spanish)
  '(library NEAR/5 (records OR "user records" OR patron*)) AND confidential*',
  '(("opt-out" OR "sale of personal" OR "sale or sharing") AND consumer*) NOT (police OR "law enforcement" OR =ICE OR immigra* OR warrant*)',
  '(hackeo OR hackers OR filtracion) AND datos AND NOT (polic* OR =ICE OR migra* OR "fuerzas de seguridad")',
  // … (the forty-fifth) data breaches and hacks that share nothing with anyone; toll plate readers
  '((breach* OR hack* OR ransomware OR malware OR hackers OR cyberattack*) NEAR/10 (data OR information OR server* OR database* OR network*)) NOT (shar* OR =ICE OR immigration OR "Homeland Security" OR access* OR plate*)',
  'Kennzeichenerfassung AND (Maut OR Lkw-Maut OR "Toll Collect")',
  // The forty-sixth collection: the Philippines' Bureau of Jail Management and Penology (prison congestion, not records); Toronto's photo radar (speed cameras)
  '"Bureau of Jail Management" NOT ("information system*" OR database* OR record*)',
  '"photo radar" NOT (hotlist* OR "hot list*" OR stolen OR "plate reader*" OR =ALPR OR =ANPR OR immigra* OR Flock)',
];
