/**
 * The default watchlist as a spec: what it matches, what it leaves alone, and why. Rows restate
 * corpus patterns in other words (tests/fixtures/labelled-real, dev split only), probes written
 * from the topic definitions, and look-alikes the guards must keep out. The rule language itself
 * is specified in compile.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileWatchlist, defaultWatchlist } from '../../src/matching/index.ts';
import { secondOpinionModel, withSecondOpinion } from '../../src/matching/learned/index.ts';

/** Compiled once for the whole file. */
const m = compileWatchlist(defaultWatchlist());

/** A spec-table row: the item with this title and summary matches exactly these topics. */
const readsAs = (title: string, summary: string | undefined, topics: string[]) => {
  expect(m.match({ title, summary })?.topics ?? []).toEqual(topics);
};

describe('default watchlist', () => {
  it('has exactly the two default topic ids', () => {
    expect(m.topicIds).toEqual(['immigration-enforcement', 'state-databases']);
    expect(m.problems).toEqual([]);
  });

  it('says which topics an exclusion fired for, whether or not the topic matched', () => {
    const train = { title: 'ICE 4 trains return to service', summary: 'Deutsche Bahn said the ICE high-speed trains run again.' };
    expect(m.match(train)).toBeNull();
    // ICE homonyms are guards of both default topics.
    expect(m.excludedTopics(train)).toEqual(['immigration-enforcement', 'state-databases']);
    const parking = { title: 'License plate readers for parking enforcement in the downtown garage', summary: 'Citations by mail.' };
    expect(m.excludedTopics(parking)).toEqual(['state-databases']);
    expect(m.excludedTopics({ title: 'ICE detainers at the county jail' })).toEqual([]);
  });

  it('marks priority only when both topics match', () => {
    const both = m.match({ title: 'Prohibits ICE from accessing DMV records without a warrant' });
    expect(both).toMatchObject({ topics: ['immigration-enforcement', 'state-databases'], priority: true });
    const one = m.match({ title: 'Limits retention of license plate reader data' });
    expect(one).toMatchObject({ topics: ['state-databases'], priority: false });
  });

  it('finds a justification that never says "immigration"', () => {
    const r = m.match({
      title: 'JOFOC - continued detention services',
      summary: 'Sole source bridge for ERO transportation and guard services.',
      identifier: '70CDCR25C00000034',
    });
    expect(r?.topics).toEqual(['immigration-enforcement']);
  });

  it('reads acronyms that are no word (HVAC, SEVP) in all-capital award records too, so routine ICE work stays excluded there', () => {
    const agency = 'HOMELAND SECURITY, DEPARTMENT OF.US IMMIGRATION AND CUSTOMS ENFORCEMENT';
    const hvac = { title: 'HVAC REPAIRS - ICE FIELD OFFICE', summary: 'REPLACE CHILLER AND AIR HANDLERS AT THE FIELD OFFICE.', agency };
    expect(m.match(hvac)).toBeNull();
    // The exclusion firing is what keeps the learned second opinion off the item (withSecondOpinion).
    expect(m.excludedTopics(hvac)).toEqual(['immigration-enforcement']);
  });

  it.each([
    ['Snow and ice removal contract', undefined],
    ['Replacing ICE vehicles with electric vehicles', 'Fleet electrification.'],
    ['ICE Clear Credit LLC; Notice of Filing of Proposed Rule Change', undefined],
    ['Remote sellers: duty to collect sales tax', undefined],
    ['Invasive alien species removal', undefined],
    ['Wildlife sanctuary designation', undefined],
    ['Juvenile detention center standards', undefined],
  ])('stays silent on the near-miss %j', (title, summary) => {
    expect(m.match({ title, summary })).toBeNull();
  });

  // Guards are narrow: the words they key on also occur in records that are on topic.
  it.each([
    ['IRS crackdown on home office deductions', 'The agency audits taxpayers who claim a home office.', []],
    [
      'ICE arrests immigrants at check-ins inside the federal building',
      'Officers detained several people who came to the federal building for routine check-ins.',
      ['immigration-enforcement'],
    ],
    [
      'Diesel buses carry ICE detainees to the airport',
      'ICE moved detainees on diesel buses to a deportation flight.',
      ['immigration-enforcement'],
    ],
    [
      'Automatic license plate readers; data retention',
      'A plate reader system means high speed cameras that turn images of license plates into data; police may keep it 30 days.',
      ['state-databases'],
    ],
    ['Council approves insurance-verification cameras', 'Cameras will check liability insurance of passing cars and mail notices.', []],
    ['Lake Garda hotel records a busy season', 'Hotels around Lake Garda report record bookings.', []],
    ['INS naturalization cases pile up', 'The Immigration and Naturalization Service said naturalization cases are delayed.', []],
    ['Police forces report crime figures to the Home Office', 'Figures passed by police to the Home Office show a rise in burglaries.', []],
    [
      'Undocumented immigrant patients lose access to state health coverage',
      'Hospitals say immigrant patients face new barriers to care.',
      [],
    ],
    ['Gardaí looked up a model 80 times on Pulse', 'An audit found officers accessed the records inappropriately.', ['state-databases']],
    [
      'Nurse licensure criminal history records check requirement',
      'Applicants must submit consent forms and fingerprints; the board may charge no more than $25 for fingerprinting and the criminal history records check.',
      [],
    ],
    ['National Service Criminal History Check', 'Volunteers in national service programmes undergo criminal history checks.', []],
    [
      'Privacy Act of 1974; System of Records (DHS/ICE-008 Search, Arrest, and Seizure Records)',
      'In accordance with the Privacy Act of 1974, U.S. Immigration and Customs Enforcement modifies a system of records of arrests and seizures.',
      ['immigration-enforcement'],
    ],
    [
      'Privacy Act of 1974; System of Records (DHS/ICE-007 Law Enforcement Support Center)',
      'In accordance with the Privacy Act of 1974, U.S. Immigration and Customs Enforcement updates the system of records of its Law Enforcement Support Center.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'Privacy Act of 1974: Implementation of Exemptions; DHS/ICE-011 Criminal Arrest Records System of Records',
      'DHS exempts portions of the system of records from certain provisions of the Privacy Act for law enforcement reasons.',
      ['immigration-enforcement'],
    ],
    [
      'Privacy Act of 1974: Implementation of Exemptions; DHS/ICE-011 Criminal Arrest Records System of Records',
      'The system of records shares criminal arrest records with state and local law enforcement agencies.',
      ['immigration-enforcement', 'state-databases'],
    ],
    // News words for enforcement and police records (probes written from the topic definitions)
    ['Asylum seekers detained for months', 'Advocates say the detained asylum seekers lack lawyers.', ['immigration-enforcement']],
    ['Families expelled under Title 42', 'Border agents turned back migrant families.', ['immigration-enforcement']],
    [
      'Agents raid a meatpacking plant',
      'Dozens of workers suspected of being in the country illegally were detained.',
      ['immigration-enforcement'],
    ],
    ['Detainee dies at Stewart Detention Center', 'He was the third death in custody this year.', ['immigration-enforcement']],
    ['Audit: troopers misused the criminal history system', 'Officers looked up former partners.', ['state-databases']],
    ['License plate data shared with out-of-state officers', 'Flock searches by other agencies drew scrutiny.', ['state-databases']],
    ['Judge grants voluntary departure', 'The man must leave the country within 60 days.', ['immigration-enforcement']],
    ['Green card holder detained at airport', 'Federal agents detained the permanent resident on arrival.', ['immigration-enforcement']],
    ['Police join LeadsOnline pawn database', 'Pawnbrokers report transactions into the system officers search.', ['state-databases']],
    ['Police use a records system shared by 40 agencies', 'Officers can search reports from neighboring departments.', ['state-databases']],
    ['Bond measure for new fire station passes', 'Voters approved the bond.', []],
    ['Requires jails to notify the Department of Homeland Security of the release of certain inmates', '', ['immigration-enforcement']],
    [
      'Council ends Flock contract over immigration fears',
      'The city ends its Flock camera contract after residents feared ICE could reach the plate reads.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['An act concerning DNA samples from persons arrested for a felony', 'Police will collect a sample at booking.', ['state-databases']],
    ['Police department buys a new records management system', 'The software replaces the regional system.', ['state-databases']],
    ['Police add a second plate reader for parking enforcement', 'The camera checks permits in the downtown lots.', []],
    ['FBI National Use-of-Force Data Collection', 'The CJIS Division will collect statistics on police use of force.', []],
    [
      'IRS agrees to share taxpayer addresses with ICE',
      'The Internal Revenue Service will give Immigration and Customs Enforcement addresses.',
      ['immigration-enforcement'],
    ],
    [
      'Pharmacy chain barred from facial recognition',
      'Under a settlement with the Federal Trade Commission, the chain may not use facial recognition for five years.',
      [],
    ],
    [
      'Security threat assessments for hazardous materials endorsements',
      'Drivers submit fingerprints and TSA checks criminal history records.',
      [],
    ],
    [
      'Contractor wins biometric immigration systems contract',
      'U.S. Citizenship and Immigration Services will install biometric systems to process benefit applications.',
      [],
    ],
    [
      'County accepts State Criminal Alien Assistance Program grant',
      'SCAAP pays part of the cost of jailing undocumented criminal aliens.',
      [],
    ],
    [
      'Invocation of the Alien Enemies Act',
      'The proclamation orders members of the gang apprehended and removed.',
      ['immigration-enforcement'],
    ],
    ['Garda sanctioned for snooping on new partner on Pulse system', 'An officer looked up personal details.', ['state-databases']],
    ['Relating to: eliminating the collection of deoxyribonucleic acid at arrest', '', ['state-databases']],
    ['Establishes confidentiality of landlord-tenant court records', 'Court records of landlord-tenant actions are sealed.', []],
    ['Ban the box', 'A public employer may not consider the criminal record of an applicant until an interview.', []],
    ['CBP agents confiscate counterfeit goods', 'Officers seized shipments of jewelry for trademark infringement.', []],
    [
      'CBP seizes counterfeit watches and arrests two migrants',
      'Agents also apprehended migrants crossing near the port.',
      ['immigration-enforcement'],
    ],
    ['Frontex charter flight returns 40 people to Tirana', 'The return operation was organised by Frontex.', ['immigration-enforcement']],
    ['Transfers to the Christmas Island detention centre', 'Detainees were moved from Villawood.', ['immigration-enforcement']],
    ['Texas creates a protective order registry', 'Law enforcement and courts can search the orders.', ['state-databases']],
    ['Add an ICE number to your phone', 'ICE stands for "in case of emergency": responders can call your family.', []],
    ['California becomes a sanctuary state for transgender care', 'State officials may not help other states enforce bans.', []],
    ['Real-time crime centers help solve cases and secure communities', 'Police combine cameras and plate readers.', ['state-databases']],
    ['Border agents detain U.S. citizen at checkpoint', 'Agents held the man for hours.', ['immigration-enforcement']],
    ['County buys new jail management system', 'The software tracks bookings and inmate records for deputies.', ['state-databases']],
    ['Hackers accessed the hospital database, police say', 'The breach exposed patient records.', []],
    [
      'Police chief fired for looking up his ex-wife in a state database',
      'An investigation found he ran her name repeatedly.',
      ['state-databases'],
    ],
    ['Sheriff to use Palantir to analyze crime data', 'The platform combines reports, arrests and plate reads.', ['state-databases']],
    ['Migrants held in hieleras describe freezing cells', 'Border holding cells are kept cold.', ['immigration-enforcement']],
    ['Palantir shares jump on earnings', 'The data company beat expectations.', []],
    ['Jail records show rise in overdoses', 'Deaths in custody rose in 2024.', []],
    ['State database of teacher licenses goes online', 'Parents can look up credentials.', []],
    ['Relating to the duties of jails regarding federal immigration requests', '', ['immigration-enforcement']],
    [
      'Texas to arrest migrants under new state law',
      'State police may arrest people who cross the border illegally.',
      ['immigration-enforcement'],
    ],
    ['Police department joins regional crime analysis network', 'Agencies pool incident reports for analysts.', ['state-databases']],
    [
      'Inadmissibility on Public Charge Grounds',
      'DHS will consider whether aliens applying for adjustment of status are likely to use public benefits.',
      [],
    ],
    ['Home Office charter flight removes 50 people to Albania', 'The flight left Stansted overnight.', ['immigration-enforcement']],
    ['Australia returns asylum seekers by boat to Sri Lanka', 'Border Force intercepted the vessel.', ['immigration-enforcement']],
    ['Schengen Information System alerts rise', 'Police checks against SIS found more wanted persons.', ['state-databases']],
    ['Venezuelan migrants return home as economy improves', 'Thousands crossed back from Colombia.', []],
    ['Masked federal agents detain landscaper in driveway', 'Neighbors filmed the arrest.', ['immigration-enforcement']],
    ['Couple arrested at green card interview', 'Agents were waiting at the USCIS office.', ['immigration-enforcement']],
    ['Masked singer season finale', 'The show crowned a winner.', []],
    [
      'Relating to eligibility for an order of nondisclosure',
      'A person placed on deferred adjudication may petition the court.',
      ['state-databases'],
    ],
    ['Relating to geolocation data obtained by law enforcement agencies', '', ['state-databases']],
    ['Relating to nondisclosure agreements in employment contracts', '', []],
    [
      'Concerning the retention of records by law enforcement agencies',
      'Agencies must purge records of people never charged.',
      ['state-databases'],
    ],
    ['Annual TRUTH Act community forum', 'The Sheriff will present the annual report.', ['immigration-enforcement']],
    ['Approve agreement with Fusus for camera integration', 'The police real-time center will connect cameras.', ['state-databases']],
    [
      'DHS rescinds protected areas guidance',
      'Officers may now take enforcement actions at schools and churches.',
      ['immigration-enforcement'],
    ],
    [
      'Performance-Based National Detention Standards 2025 revision',
      'Standards govern conditions of confinement.',
      ['immigration-enforcement'],
    ],
    ['National parks protected areas management plan', 'The Park Service updates rules for protected areas.', []],
    [
      'Cops used state driver database to stalk women, lawsuit says',
      'Officers looked up addresses of women they met.',
      ['state-databases'],
    ],
    ['Investigators used a phone tracking tool bought from a data broker', 'The tool showed where phones had been.', ['state-databases']],
    ['School expels immigrant student after fight', 'The district expelled the student for a semester.', []],
    // Patterns of the tenth collection's dev records, in other words
    [
      'Constable admits searching force systems for details of his former partner',
      'He told the hearing he had permission.',
      ['state-databases'],
    ],
    [
      'Border Patrol tapped local police camera data, audit finds',
      'The searches were made without authorization.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['EU ministers agree to widen Eurodac', 'Police would be able to query the asylum fingerprint records.', ['state-databases']],
    [
      'Bill shields driver and vehicle records from public disclosure',
      'Records could be released only under court order.',
      ['state-databases'],
    ],
    [
      'School board bars immigration agents from student records',
      'Staff may not give agents access to campuses or files.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'Comment request: National Incident-Based Reporting System (NIBRS)',
      'The Criminal Justice Information Services Division submitted the collection for review.',
      [],
    ],
    [
      'City buys plate readers with a Homeland Security grant',
      'The Department of Homeland Security grant funds pay for four cameras.',
      ['state-databases'],
    ],
    [
      'Suspending interview requirements of the special registration process',
      'Certain nonimmigrant aliens no longer need to appear for 30-day interviews.',
      ['immigration-enforcement'],
    ],
    // ... and of the eleventh's
    [
      'Sheriff replaces the county booking system',
      'The new booking system will be shared with city police departments.',
      ['state-databases'],
    ],
    [
      'County lets police file cases into the prosecution case management system',
      'Law enforcement agencies will connect through data system interfaces.',
      ['state-databases'],
    ],
    ['Council renews police facial biometrics contract', 'Police will keep using the software in investigations.', ['state-databases']],
    [
      "States sue over demand for food stamp recipients' data",
      'They fear the records will be used for deportations.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Officer disciplined for unauthorised record checks', 'The constable looked up neighbours on police systems.', ['state-databases']],
    [
      'Police access to My Health Record to need a warrant',
      'Law enforcement would need a court order to open health records.',
      ['state-databases'],
    ],
    [
      'Schools handed pupil data to the Home Office',
      'The department matched pupil records for immigration enforcement.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'Bill limits sharing of plate reader data with agencies investigating immigration',
      'Police could not give the reads to outside agencies.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['DHS asks IRS for tax data of ITIN filers', 'Advocates fear the data will be used to find immigrants.', ['immigration-enforcement']],
    ['Face recognition at concerts raises privacy questions', 'Venues scan ticket holders at the gates.', []],
    ['State launches data broker registry', 'Data brokers must register with the Privacy Protection Agency.', []],
    ['County signs Flock countywide deployment resolution', 'The sheriff will deploy the cameras.', ['state-databases']],
    // ... and of the twelfth's
    [
      'Border Patrol chief leads immigration operation in the city',
      'Agents made dozens of arrests over the weekend.',
      ['immigration-enforcement'],
    ],
    [
      'Province ends contract to hold migrants in its jails for the Canada Border Services Agency',
      'Detainees held for administrative reasons will move elsewhere.',
      ['immigration-enforcement'],
    ],
    [
      'Government wants to send rejected asylum seekers back faster',
      'Returns remain difficult, figures show.',
      ['immigration-enforcement'],
    ],
    ['Police told to delete photos of young people', 'Officers kept thousands of photographs on their phones.', ['state-databases']],
    [
      'DHS system shares intelligence information with state and local partners',
      'The assessment covers requests for information.',
      ['state-databases'],
    ],
    ['FBI publishes notice for the National DNA Index System', 'The system holds DNA profiles.', ['state-databases']],
    [
      'Pawnbrokers must report transactions electronically',
      "Dealers transmit each day's data to the police department's computerized system.",
      ['state-databases'],
    ],
    [
      'County and city create joint records and communications center',
      'The 911 dispatch and records staff will merge.',
      ['state-databases'],
    ],
    ['Bill requires criminal history record checks of school employees', 'The state board will run the checks.', []],
    ['Ice win again as goalie shines', 'The ICE took the game in overtime.', []],
    // Probes in newsroom words (no corpus record)
    ['County signs deal to let police view school camera feeds', 'Officers can see live video during emergencies.', ['state-databases']],
    ['Hospital gave patient records to police without a warrant', 'The patient sued over the disclosure.', ['state-databases']],
    ['Audit finds officers looked up celebrities in the records system', 'Dozens of searches had no case number.', ['state-databases']],
    ['City buys software that scrapes social media for police', 'Analysts can search posts and build profiles.', ['state-databases']],
    [
      'Troopers get tablets that query driver and warrant records',
      'The devices connect to the state law enforcement network.',
      ['state-databases'],
    ],
    ['Judge tosses evidence from a license plate hit', 'The stolen-car alert had been entered in error.', ['state-databases']],
    // Look-alikes the session's new rules must leave alone
    ['Home Office to cut student visas, report says', 'International students face new limits on dependants.', []],
    ['Amber Alert issued for missing toddler', 'The suspect vehicle has license plate alerts out in three states.', []],
    ['Police release photos of robbery suspect', 'Officers asked the public for help. The post was later deleted after the arrest.', []],
    ['FEMA will share information with state and local emergency managers', 'The agreement covers disaster declarations.', []],
    [
      'Computer matching program between IRS and DHS for SAVE benefit checks',
      'The Department of Homeland Security verifies immigration status of benefit applicants using IRS income data.',
      [],
    ],
    // From the fourteenth collection, restated (vocabulary and guards from its dev records)
    [
      'Jail gets immigration subpoena for booking files',
      'Federal immigration officers subpoenaed the county jail for records on three inmates.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'Lawmakers tighten who may buy driving records',
      'Insurers and data resellers would need consent to obtain a driving record.',
      ['state-databases'],
    ],
    ['Older drivers may renew licences online', 'A driver whose driving record shows no violations may renew for four years.', []],
    ['Committee backs a cycling plate', 'A motor vehicle owner may order Share the Road plates for an extra fee.', []],
    [
      'City asks the DMV for owner data to mail speed camera tickets',
      'The motor vehicle agency will share owner names for speeding vehicles.',
      [],
    ],
    ['Act on annulment of old marijuana convictions', 'A person may petition for annulment of the arrest record.', ['state-databases']],
    [
      'Bill limits release of records of convictions for possession',
      'Background checks would no longer show the charges.',
      ['state-databases'],
    ],
    [
      'DNA sample collection moves to the state forensic laboratory',
      'Samples are forwarded for DNA analysis under forensic services rules.',
      ['state-databases'],
    ],
    ['Pawn shops must log sales in a police database', 'Each pawn shop reports transactions daily.', ['state-databases']],
    ['Exchange operator ICE posts record OTC volume', 'ICE said electronic market trading rose.', []],
    [
      'FBI asks to renew its count of law enforcement employees',
      'The Criminal Justice Information Services Division collects the number of sworn officers from each agency.',
      [],
    ],
    // From the fifteenth collection, restated
    ['Senate passes rapid DNA bill', 'Booking stations could run DNA analysis to help solve crimes.', ['state-databases']],
    [
      'Grants to states to improve criminal history records',
      'The National Criminal History Improvement Program funds state repositories.',
      ['state-databases'],
    ],
    ['Deputies get new mobile data computers', 'Deputies in patrol cars can pull up records on suspects.', ['state-databases']],
    ['Police watchdog faults officers for photographing teenagers', 'The images were kept without a lawful reason.', ['state-databases']],
    [
      'Bill cuts funds to sanctuary cities that withhold immigration status information',
      'Jurisdictions that withhold information on the immigration status of residents lose grants.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'Fingerprint network board buys new scanners',
      'The Remote Access Network funds fingerprint equipment for the sheriff.',
      ['state-databases'],
    ],
    ['DOJ updates its Joint Automated Booking System', 'JABS shares booking fingerprints among federal law enforcement components.', []],
    ['Bureau of Prisons describes its inmate management system', 'The system tracks federal inmates.', []],
    ['Library card rules', "Applicants must show a photo ID such as a driver's license and proof of address.", []],
    ['Schools stay safe and welcoming', 'The district will follow state law if ICE agents come to a school.', ['immigration-enforcement']],
    ['We have ICE!', 'A thin layer of ice covers the lake; stay off until it is a safe thickness.', []],
    [
      'Congress weighs biometric entry and exit system',
      'CBP would collect biometrics of foreign nationals on entry and exit.',
      ['immigration-enforcement'],
    ],
    // From the sixteenth collection, restated
    [
      'County reviews its civil detainer policy',
      'Officials met to assess how the policy has worked since its adoption.',
      ['immigration-enforcement'],
    ],
    ['Customs and Border Patrol braces for a flood of parcels', 'New tariffs end duty-free de minimis entry for importers.', []],
    [
      'City renews computerized police information services for its neighbour',
      'The agreement covers records and dispatch.',
      ['state-databases'],
    ],
    [
      'Jails no longer report nationality to immigration authorities',
      'The county will stop collecting nationality information for federal immigration officials.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'Bill restricts access to state databases for immigration enforcement',
      'Agencies must deny access to records to anyone seeking them for civil immigration enforcement.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'ICE buys phone location data from a surveillance vendor',
      'Immigration and Customs Enforcement will monitor location data from millions of phones.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'County upgrades automated fingerprint identification equipment',
      'Fingerprint identification equipment serves local law enforcement.',
      ['state-databases'],
    ],
    [
      'State may not bar police from cooperating with ICE',
      'Localities that impede officers from communicating or cooperating with Immigration and Customs Enforcement lose immunity.',
      ['immigration-enforcement'],
    ],
    [
      'Trust Act limits what jails tell ICE',
      'Officers may not communicate with ICE about the custody or release status of people they hold.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'Eviction records to be sealed',
      'Court records of an eviction proceeding are sealed one year after judgment; the sealed records stay closed.',
      [],
    ],
    // From the seventeenth collection, restated
    ['Act revises the expunction laws', 'Clerks must confirm an expunction on request.', ['state-databases']],
    ['Eviction expungement bill advances', 'Tenants could ask to expunge an eviction filing.', []],
    [
      'Bill allows sealing of a nonviolent felony conviction',
      'Ten years after the sentence ends, a person may petition.',
      ['state-databases'],
    ],
    [
      'Bill makes unlawful aliens register their addresses',
      'The motor vehicles bureau will keep a registry of aliens unlawfully present in the state.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'Officers must report arrestees not lawfully present',
      'When an officer arrests someone not lawfully present in the United States, the sheriff is told at intake.',
      ['immigration-enforcement'],
    ],
    // Probes written from the topic definitions (no corpus record), 2026-12-03
    [
      'Police accessed prescription records without a warrant',
      'Officers searched the prescription records of a suspect.',
      ['state-databases'],
    ],
    [
      'Police buy location histories from a vendor',
      'The vendor sells phone location histories to police investigators.',
      ['state-databases'],
    ],
    ['Bill limits retention of arrest photographs', 'Agencies must remove arrest photographs from public websites.', ['state-databases']],
    [
      'Notice of matching program with state prisons',
      'The Social Security Administration matches records of people in state correctional institutions.',
      ['state-databases'],
    ],
    [
      'Undocumented workers arrested at construction site',
      'Federal agents took 40 undocumented workers into custody.',
      ['immigration-enforcement'],
    ],
    ['Senate bill creates a national police misconduct database', 'Officers fired for misconduct would be listed.', []],
    [
      'Parole officers gave addresses of clients to ICE',
      'The corrections department will review the practice.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'ICE asks states for driver data',
      'Immigration and Customs Enforcement wants driver data and voter rolls; several states refused.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      "Sheriff's deputies to carry fingerprint scanners",
      'Deputies check fingerprints against the state identification system in seconds.',
      ['state-databases'],
    ],
    ['Council drops camera contract', 'The camera network let agencies in other states search plates.', ['state-databases']],
    ['Advocates sue over conditions at processing center', 'Detainees report cold cells and little food.', ['immigration-enforcement']],
    [
      'Bill makes it a state crime to enter outside a port of entry',
      'Local police could arrest people who enter from a foreign country outside a port of entry.',
      ['immigration-enforcement'],
    ],
    ['Detention bed quota raised in budget', 'Congress funds 50,000 detention beds.', ['immigration-enforcement']],
    [
      'Act on the confidentiality of juvenile law enforcement records',
      "Records of a child's arrest may not be disclosed except to criminal justice agencies.",
      ['state-databases'],
    ],
    [
      'Police department policy on open records release',
      'Personnel treat police records as confidential while following open records laws.',
      [],
    ],
    ['Citizenship ceremony welcomes 200 new Americans', 'A judge administers the oath at the federal courthouse.', []],
    ['Visa bulletin shows backlog for family petitions', 'Wait times grew for Mexican applicants.', []],
    // Spanish-language news (spanish.ts), written from the topic definitions
    [
      'Redadas de inmigración en Los Ángeles',
      'Agentes federales detuvieron a trabajadores indocumentados en un lavado de autos.',
      ['immigration-enforcement'],
    ],
    [
      'La policía compartió datos de placas con agentes de inmigración',
      'Las cámaras lectoras de placas registraron millones de vehículos.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'El DMV no compartirá información de licencias con ICE',
      'La ley protege los datos de las licencias de conducir de los inmigrantes.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'Condado deja de alojar a detenidos en su centro de detención para ICE',
      'La cárcel tenía un contrato federal.',
      ['immigration-enforcement'],
    ],
    ['Alerta por hielo en las carreteras', 'Las autoridades piden precaución al conducir.', []],
    ['USCIS amplía los plazos para trámites de ciudadanía', 'Los solicitantes tendrán más tiempo para presentar documentos.', []],
    ['Captura de aves migratorias prohibida en la reserva', 'La ley protege a las especies migratorias durante su paso.', []],
    ['Nueva ley permite borrar antecedentes penales', 'Los registros de arrestos se sellarán.', ['state-databases']],
    ['Empresa completa la migración de datos a la nube', 'La migración de la base de datos de clientes terminó sin problemas.', []],
    ['Detenido por robo en una tienda', 'La policía arrestó a un hombre de 30 años.', []],
    // Second probes from the topic definitions (2026-12-03): portals, people-search services, health-plan data,
    // address look-ups, cameras logging every car, toll records, arrest and disposition records, worksite raids,
    // asylum seekers held, credible fear; with their look-alikes
    [
      'Deputies ran searches on the statewide law enforcement portal for personal reasons',
      'An audit found the misuse.',
      ['state-databases'],
    ],
    ['County renews people-search subscription for detectives', 'The service helps locate witnesses.', ['state-databases']],
    [
      'Bill would stop ICE from using health-care enrollment data',
      'Advocates fear immigrants will avoid coverage.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Driver portal lets officers look up home addresses without a case number', 'Privacy advocates object.', ['state-databases']],
    [
      'Lawmakers cap how long police keep data from cameras that log every passing car',
      'The reads would be purged after 30 days.',
      ['state-databases'],
    ],
    [
      'Relating to access by law enforcement agencies to information collected by toll road authorities',
      'Requires a warrant.',
      ['state-databases'],
    ],
    [
      'Notice of a new system of records',
      'The system holds records of arrests and dispositions submitted by state and local criminal justice agencies.',
      ['state-databases'],
    ],
    [
      'Federal agents arrested dozens of workers at a meatpacking plant in a worksite raid',
      'Families waited outside.',
      ['immigration-enforcement'],
    ],
    [
      'Judge orders release of asylum seekers held in a Louisiana processing center',
      'The court cited conditions.',
      ['immigration-enforcement'],
    ],
    [
      'Final rule: procedures for credible fear screening of noncitizens encountered at the border',
      'The rule changes the screening standard.',
      ['immigration-enforcement'],
    ],
    ['A citizenship workshop for immigrants held at the public library', 'Volunteers helped 200 people.', []],
    ['State police publish data on arrests and dispositions of DUI cases', 'The report covers every county.', []],
    ['People search websites must remove personal data on request', 'A new consumer law takes effect.', []],
    ['Toll rates rise on the turnpike in January', 'The authority releases traffic data each quarter.', []],
    // From the nineteenth collection (dev), in other words
    ['County buys a computer-aided dispatch and records management system', 'Proposals are due in March.', ['state-databases']],
    ['Purchase of a booking and mug shot system for the city jail', 'The vendor will install cameras.', ['state-databases']],
    ['Sheriff buys a criminal imaging system', 'Deputies will capture booking images.', ['state-databases']],
    ['Bill on use of historical location information by intelligence analysts', 'Access requires a warrant.', ['state-databases']],
    ['Operating policies for criminal intelligence systems', 'The rule governs federally funded systems.', ['state-databases']],
    [
      'Jail reports immigration officials requested information about people in custody',
      'The sheriff answered 400 requests last year.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'Act to require verification of work eligibility for public contractors',
      'Public employers must check new workers.',
      ['immigration-enforcement'],
    ],
    ['Intercontinental Exchange invests in a prediction market', 'ICE disclosed the commitment last year.', []],
    ['Grocery stores use facial recognition to spot shoplifters', 'Shoppers see signs at the door.', []],
    ['Contract guards for federal prisoners', 'Guards transport federal prisoners and aliens held by the Marshals Service.', []],
    // From the twentieth collection (dev), in other words
    ['Bill on destroying DNA specimens a sheriff collected', 'The person must be told when the sample is removed.', ['state-databases']],
    ["Housing authorities told to report tenants' immigration status", 'HUD set a 30-day deadline.', []],
    ['Interstate Crime Enforcement unit seizes meth on the highway', 'The ICE unit stopped a car.', []],
    ['Temporary Protected Status extended for six countries', 'Temporary Protected Status holders stay shielded from deportation.', []],
    ['County ends youth detention services agreements', 'The new youth center opens next year.', []],
    ['City opens a real-time crime center', 'Officers will watch camera feeds around the clock.', ['state-databases']],
    // The session's guards reviewed for breadth: what they must still let through
    [
      "HUD to share public housing tenants' immigration status with ICE",
      'The agreement gives ICE access to tenant records.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Jet fuel for ICE Air removal flights', 'Fuel for deportation charter flights from Alexandria.', ['immigration-enforcement']],
    ['Trump ends TPS for Haitians; ICE begins arresting former holders', 'Agents detained 40 people.', ['immigration-enforcement']],
    [
      'Police use facial recognition on store surveillance footage to find shoplifters',
      'Officers ran the images against mugshots.',
      ['state-databases'],
    ],
    ['Grocery chain tests facial recognition at self-checkout', 'Shoppers can opt out.', []],
    ['State launches a records management system for land titles', 'Deeds are scanned.', []],
    // Third probes (2026-12-03, a later session): state police networks by their acronyms, vendors of plate-scan
    // and phone-location data, named enforcement operations; with the acronyms' homonyms
    ['Deputy fired for running an ex-girlfriend through TCIC', 'He had no case number.', ['state-databases']],
    ['VCIN misuse case goes to trial', 'The officer is accused of looking up a neighbor.', ['state-databases']],
    ["Idaho officers' ILETS searches audited", 'The logs show personal queries.', ['state-databases']],
    ['MULES terminal access revoked for a dispatcher', 'She looked up a relative.', ['state-databases']],
    ['Mules rescued from a flooded canyon', 'Rangers flew the pack animals out.', []],
    ['LEDS replace the streetlights downtown', 'The new fixtures save energy.', []],
    ['CORI reform bill advances', 'Employers would see fewer old records.', ['state-databases']],
    ['Digital Recognition Network scans sold to police', 'Repossession cameras feed the database.', ['state-databases']],
    ['Police bought Venntel phone data', 'The company gathers it from apps.', ['state-databases']],
    ['Operation Midway Blitz arrests in the Chicago suburbs', 'Dozens were detained in Broadview.', ['immigration-enforcement']],
    ['Operation Streamline hearings resume in Tucson', 'Dozens pleaded guilty each afternoon.', ['immigration-enforcement']],
    ["Bill on the Division of Criminal Justice Services' fingerprint files", 'Dismissed cases would be purged.', ['state-databases']],
    ['Police tested Amazon Rekognition on jail photos', 'The sheriff ran images against the files.', ['state-databases']],
    ['Guantanamo migrant operations center to hold more people', 'DHS will send people there.', ['immigration-enforcement']],
    // From the twenty-third collection (dev), in other words
    ['Board of Immigration Appeals: streamlining of appellate review', 'A single Board member may affirm.', ['immigration-enforcement']],
    [
      'Bill on repatriation of unaccompanied alien children',
      'Children from contiguous countries return faster.',
      ['immigration-enforcement'],
    ],
    ['City policy: a sanctuary for all regardless of immigration status', 'Officers will not ask.', ['immigration-enforcement']],
    ['An act relating to illegal immigration', 'Creates new penalties.', ['immigration-enforcement']],
    ['Sheriff must verify the citizenship status of people booked into jail', 'The rule starts in July.', ['immigration-enforcement']],
    ['Permits only for persons lawfully present in the United States', 'Agencies must check documents.', []],
    ['Deportivo wins the cup final', 'Fans celebrated downtown.', []],
    ['New cameras capture license plate numbers for police', 'They helped solve 100 crimes.', ['state-databases']],
    ['State database misused by workers hundreds of times', 'The audit found lookups of exes.', ['state-databases']],
    ['Stadium adds facial recognition ticket entry for fans', 'Season-ticket holders can opt in.', []],
    ['Rap Back program extended to youth volunteers', 'Updated criminal history records go to the club.', []],
    ['Act on criminal history record checks of applicants for teaching licenses', 'Applicants pay the fee.', []],
    ['Moratorium on facial recognition in schools extended', 'Districts may not buy the systems.', []],
    ['Biometric identifiers privacy act', 'Private entities using facial recognition need consent.', []],
    ["Schools may not share students' photos with police for facial recognition", 'Sheriffs had asked.', ['state-databases']],
    [
      'Act on the state repository of criminal history records',
      'Employers may see conviction data only after the repository removes arrests.',
      ['state-databases'],
    ],
    ['DNA samples uploaded to the Combined DNA Index System', 'The backlog grant continues.', ['state-databases']],
    // Fifth probes (no corpus record): checkpoints, family separation, removal ordered, border apprehensions
    ['Migrants describe the immigration checkpoint north of Laredo', 'Agents question every driver.', ['immigration-enforcement']],
    ['Zero tolerance policy separated families at the border', 'Parents were prosecuted.', ['immigration-enforcement']],
    ['Man ordered removed in absentia after missing a hearing', 'He never got the notice.', ['immigration-enforcement']],
    ['Apprehensions at the southwest border fell in March', 'Agents recorded fewer encounters.', ['immigration-enforcement']],
    ['Parents separated from children in a custody dispute', 'The family court ruled on Monday.', []],
    ['Relating to human smuggling of aliens', 'Creates a state crime.', ['immigration-enforcement']],
    ['Cancellation of Removal for Certain Nonpermanent Residents', 'The rule sets the annual limit.', ['immigration-enforcement']],
    ['Rules of Procedure for Immigration Judges', 'The rule amends proceedings before immigration judges.', ['immigration-enforcement']],
    ['Immigration judges hired at a record pace', 'The court added 100 judges.', []],
    ["Judge blocks parts of Arizona's SB 1070", 'Police may still check papers.', ['immigration-enforcement']],
    ["Alabama's HB 56 faces a new challenge", 'The law made it a crime to lack papers.', ['immigration-enforcement']],
    ['Florida SB 1070 changes school funding', 'Districts get more money.', []],
    [
      'Texas SB 4 takes effect after a court fight',
      'State police may arrest people who cross the border illegally.',
      ['immigration-enforcement'],
    ],
    ['Texas SB 4 funds teacher raises', 'Districts get $2 billion.', []],
    ['Oklahoma creates the crime of impermissible occupation', 'Violators must leave the state.', ['immigration-enforcement']],
    ['Prisoner reentry programs cut crime', 'Job training lowers repeat offenses.', []],
    // Residual dev misses (older collections): entry and exit biometrics of non-citizens, CBP's intelligence systems
    ['Collection of biometric data from aliens upon departure', 'Airlines will host the cameras.', ['immigration-enforcement']],
    ['Fingerprint checks of airport badge holders', 'Biometrics are enrolled for credential holders.', []],
    ['System of records: the Analytical Framework for Intelligence', 'Analysts search holdings.', ['immigration-enforcement']],
    ['Pilot to detect contraband, drugs and human smuggling in cargo at ports', 'CBP will test scanners.', []],
    ['Bill bars landlords from renting to undocumented immigrants', 'Landlords must check papers.', ['immigration-enforcement']],
    ['Tourists wait hours at the border crossing', 'The bridge wait reached three hours.', []],
    // Fourth probes (no corpus record): plate data by other names, jail rosters, genetic genealogy
    ['An act relating to captured plate data', 'Agencies may keep it 90 days.', ['state-databases']],
    ["Sheriff's online jail roster removed", 'It showed charges.', ['state-databases']],
    ['Police use of forensic genetic genealogy limited', 'A warrant is needed.', ['state-databases']],
    ['Uniform Crime Reporting data shows a drop in burglaries', 'The state report covers 2024.', []],
    ['City buys mobile data terminals for patrol cars', 'Officers will run checks from the field.', ['state-databases']],
    ['Mobile data terminal for the fire department', 'Crews will file incident reports.', []],
    ['Police subpoenaed E-ZPass records', 'The data showed his movements.', ['state-databases']],
    ['Deputies ran wants and warrants checks on every driver', 'The sheriff defended the stops.', ['state-databases']],
    ['Library records are confidential', 'Patron records are released only with consent.', []],
    ['Sheriff installs Livescan stations at the jail', 'Booking prints go straight to the state bureau.', ['state-databases']],
    ['Live Scan fingerprinting for teacher applicants', 'Results arrive in a week.', []],
    ['Bill restricts release of nonconviction data', 'Only criminal justice agencies may see it.', ['state-databases']],
    ['Officers misused the Driver and Vehicle Information Database', 'They looked up celebrities.', ['state-databases']],
    ['Relating to the release of motor vehicle information', 'The department may not sell it.', ['state-databases']],
    ['Insurers weigh driving history when setting rates', 'Premiums rose 8 percent.', []],
    ['Sheriff adds palm prints to booking records', 'They go to the state system.', ['state-databases']],
    ['Rapid DNA machines approved for police booking stations', 'Profiles go to the state index.', ['state-databases']],
    ['Bill authorizes familial DNA searching of the offender database', 'Only for violent crimes.', ['state-databases']],
    ['Border agency uses familial DNA tests to verify parentage', 'Adults with children are tested.', []],
    ['Police intelligence files on activists to be purged', 'The department kept files on protest groups.', ['state-databases']],
    // Older dev misses: personal data kept from federal immigration enforcement in other words
    [
      'Vendors get privacy protections to keep their identities secret from federal immigration agents',
      'The law was signed this week.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'State agencies may not disclose PII for the purpose of assisting in federal immigration enforcement',
      'Employees face penalties.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Council approves Mark43 contract for the police department', 'The cloud system replaces old software.', ['state-databases']],
    ['The dispatch centre uses a program called Spillman', 'Towns use another program.', []],
    ["NYPD's Domain Awareness System links cameras and records", 'Officers search it from phones.', ['state-databases']],
    [
      'Privacy Act of 1974; Department of Justice system of records',
      'The system holds criminal case records shared with state and local law enforcement agencies.',
      ['state-databases'],
    ],
    ['Privacy Act of 1974; system of records for grant applicants', 'Records are shared with state and local grant offices.', []],
    [
      'Confidentiality of information held by the Department of Public Safety',
      'Personal information in driver records is exempt.',
      ['state-databases'],
    ],
    [
      'Relating to the disclosure of personal information by state agencies to federal agencies',
      'Agencies may not share it without a warrant.',
      ['state-databases'],
    ],
    // From the twenty-fourth collection (dev), in other words
    ['County: VPN CONNECTIONS TO WACIC FOR THE SHERIFF', 'Renewal.', ['state-databases']],
    [
      'Rules governing the Vermont Criminal Information Center',
      'Security of computerized criminal information systems.',
      ['state-databases'],
    ],
    ['Immigration Enforcement Review Board: filing of complaints', 'Any registered voter may file.', ['immigration-enforcement']],
    ['An act denying state-funded services to illegal aliens', 'Applicants must show citizenship.', []],
    // From the twenty-fifth collection (dev), in other words
    ['Arresting officers must inquire of each arrestee about citizenship', 'The answer goes to the jail.', ['immigration-enforcement']],
    ['Bill on compiling information on criminal combinations', 'Police may share it statewide.', ['state-databases']],
    ['County buys a gang intelligence application for the DA', 'Support is renewed yearly.', ['state-databases']],
    // Sixth probes (no corpus record): ICE facilities by name, immigration judges ordering removal, deaths in custody
    ['Protesters gather outside the Broadview ICE facility', 'Tear gas was used.', ['immigration-enforcement']],
    ['Families held at the Dilley Immigration Processing Center', 'Children were sick.', ['immigration-enforcement']],
    ['Broadview village board approves budget', 'Taxes stay flat.', []],
    ['Immigration judge orders a student deported', 'Her lawyer will appeal.', ['immigration-enforcement']],
    ['Asylum seeker dies in custody in Georgia', 'Advocates want answers.', ['immigration-enforcement']],
    ['Warehouse to become a mega detention center', 'It would hold 1,500 people.', ['immigration-enforcement']],
    ['Sheriff buys tag readers for county roads', 'Deputies get alerts on stolen cars.', ['state-databases']],
    ['New law limits how long police keep plate reads', 'Thirty days at most.', ['state-databases']],
    ['City signs on to the state criminal justice network', 'Terminals go to dispatch.', ['state-databases']],
    ['Sheriff contracts for jail management software', 'Bookings move online.', ['state-databases']],
    ['Prohibits the sale of motor vehicle registration information', 'Marketers may not buy it.', ['state-databases']],
    ['Vehicle registration fees rise', 'Registration information is on the website.', []],
    ['Relating to a registry of persons convicted of animal cruelty', 'Shelters must check it.', ['state-databases']],
    ['Warrant needed for police to obtain location information from phones', 'The bill passed.', ['state-databases']],
    ['Pawnbrokers must keep records open to police', 'Daily uploads are required.', ['state-databases']],
    ['Audit logs show officers in other states searched the camera network', 'Reasons included immigration.', ['state-databases']],
    ['Officer fired for running a name through the police computer', 'She looked up her ex.', ['state-databases']],
    ['Police data show fewer traffic deaths', 'The report covers 2025.', []],
    ['Migrants in the program wear ankle monitors', 'Check-ins are by phone.', ['immigration-enforcement']],
    ['Palantir builds ImmigrationOS for ICE', 'The platform tracks self-deportations.', ['immigration-enforcement']],
    ['According to court records, the suspect was arrested in 2019', 'He pleaded guilty.', []],
    ['Expunging the impeachment of the President', 'The articles are expunged.', []],
    ['Adult adoptees may open sealed adoption records', 'Birth parents may object.', []],
    ['A plate reader is a laboratory instrument', 'It reads the absorbance of samples in a microplate.', []],
    [
      'ICE officers used the state police computer system',
      'The sub-office paid for access.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['MVD records requested by federal agents', 'The division complied.', ['state-databases']],
    ['BMV to stop selling driver data', 'Marketers bought it for years.', ['state-databases']],
    ['Suit says a carmaker sold driver data to insurers', 'Telematics tracked braking.', []],
    ['State police keep a database of everyone arrested for DUI', 'It holds 40,000 names.', ['state-databases']],
    ['County will share its arrest data with neighboring police', 'A new portal opens.', ['state-databases']],
    ["Officers may check a driver's record during traffic stops", 'Terminals are in every car.', ['state-databases']],
    ['Statewide database of teacher licenses updated', 'Parents can search it.', []],
    ['Sheriff collects biometric data from arrestees', 'Iris scans go to the state.', ['state-databases']],
    ['Detectives used a cellphone tracking tool from a data broker', 'No warrant was sought.', ['state-databases']],
    ['Officers queried the database hundreds of times without cause', 'The audit found.', ['state-databases']],
    [
      'Incident reports released to federal immigration agents',
      'The sheriff says it was a mistake.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Jails must notify federal authorities when a foreign national is booked', 'The bill passed.', ['immigration-enforcement']],
    ['Relating to arrests at courthouses without a judicial warrant', 'Civil arrests are barred.', ['immigration-enforcement']],
    ['Penalties for employers who hire undocumented workers', 'Fines double.', ['immigration-enforcement']],
    ['Notices to appear issued to asylum seekers at the border', 'Hearings are years away.', ['immigration-enforcement']],
    ['Traffic court notice to appear', 'Pay the fine or appear.', []],
    ['Agents carried administrative warrants, not judicial warrants', 'The homeowner refused entry.', ['immigration-enforcement']],
    ['Collateral arrests rose during the operation', 'Bystanders were detained.', ['immigration-enforcement']],
    ['Juvenile detention standards revised', 'Counties must comply.', []],
    ['Police use probation ankle monitors to see where people are', 'Officers check the data.', ['state-databases']],
    ['Offender Based Tracking System upgrade', 'Courts and police will share it.', ['state-databases']],
    ['Relates to the destruction of records of arrest', 'After acquittal.', ['state-databases']],
    ['Relates to the fingerprinting of persons arrested', 'Within 72 hours.', ['state-databases']],
    [
      'Highway patrol signs a 287(g) agreement with ICE',
      'ICE delegates powers such as information sharing and limited immigration enforcement.',
      ['immigration-enforcement'],
    ],
    [
      'Sheriff ends 287(g) agreement and stops sharing release dates with ICE',
      'Jail records will no longer go to immigration agents.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Local governments push back amid Ice crackdowns', 'Cities end camera contracts.', ['immigration-enforcement']],
    ['Black ice causes crashes on the interstate', 'Roads were closed.', []],
    [
      'Equipment to assist in the apprehension and removal of undocumented aliens',
      'Vendor: Communications Engineering.',
      ['immigration-enforcement'],
    ],
    [
      'New ordinance requires electronic cooperation with pawnshops to find stolen items',
      'Police search the uploads.',
      ['state-databases'],
    ],
    ['Pawnshop owners protest new interest caps', 'Loans will cost less.', []],
    ['Census Bureau may not use immigration records to count citizens', 'Confidentiality law applies.', []],
    ["Sheriff's office uses a face-matching tool on mugshots", 'Deputies upload stills.', ['state-databases']],
    ['Lawmakers restrict police face scans', 'A warrant is required.', ['state-databases']],
    ['Phone maker adds face scans to unlock', 'The feature ships in May.', []],
    ['Police keep a gang file on teenagers', 'Parents were not told.', ['state-databases']],
    ['Record clearance program launched', 'Old convictions can be sealed.', ['state-databases']],
    // Look-alikes of this session's probe rules, which must stay out
    ['Immigration agents have access to the criminal justice database', 'Records show.', ['immigration-enforcement', 'state-databases']],
    ['Local police ran plates for ICE', 'Logs show the requests.', ['immigration-enforcement', 'state-databases']],
    ['DHS wants Medicaid data to find immigrants', 'States object.', ['immigration-enforcement', 'state-databases']],
    ['Council approves PremierOne records system for the police', 'The old CAD retires.', ['state-databases']],
    ['Rule limits asylum eligibility for those who cross between ports', 'The border rule takes effect.', ['immigration-enforcement']],
    ['Asylum seekers limited to three bags at the shelter', 'Volunteers sorted donations.', []],
    [
      "New law keeps immigrants' personal data away from federal agents",
      'Agencies must refuse.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'Bill bars state resources, including databases, for civil immigration enforcement',
      'It passed.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Churches sue over end of the sensitive locations policy', 'Agents may now enter.', ['immigration-enforcement']],
    ['Bill requires deletion of license plate images after 21 days', 'Agencies must comply.', ['state-databases']],
    ['Relating to the release of driver photographs', 'Only to law enforcement.', ['state-databases']],
    ['Relating to restrictions on the use of mugshots by law enforcement', 'Publication is limited.', ['state-databases']],
    ['Jail data shows the county honors ICE detainers', 'Numbers rose.', ['immigration-enforcement']],
    ['Library buys RFID tag readers for self-checkout', 'Inventory takes minutes.', []],
    [
      'Consumer privacy act limits sale of precise location information',
      'Businesses may share it with law enforcement under a warrant.',
      [],
    ],
    ['Police data show fewer arrests this year', 'The department released arrest data for 2025.', []],
    ['Man arrested on outstanding warrants after a records check', 'He was booked into jail.', []],
    ['Police recover stolen jewelry at a pawn shop', 'Two men were charged.', []],
    ['Man arrested outside the federal courthouse', 'He was charged with fraud.', []],
    ['Background checks for youth coaches', 'Fingerprints go to the state.', []],
    [
      'Privacy Impact Assessment for an ICE bond management system',
      'Immigration and Customs Enforcement tracks bonds posted for detained aliens.',
      ['immigration-enforcement'],
    ],
    [
      'Privacy Impact Assessment for ICE records shared with state and local law enforcement',
      'Immigration and Customs Enforcement answers status queries.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Bill on records of deferred adjudications kept by the state', 'Nondisclosure orders follow.', ['state-databases']],
  ])('reads %j by what it is about', readsAs);

  // From the twenty-ninth collection (dev) and the topic definitions, in other words
  it.each([
    ['Workers lose their temporary deportation protections as TPS ends', 'Employers must let them go.', []],
    ['Parole holders were shielded from deportation until now', 'The humanitarian program ends.', []],
    ['ICE arrests TPS holders whose deportation protections lapsed', 'Agents detained six people.', ['immigration-enforcement']],
    ['Inspector general: overcrowding at a Border Patrol processing center', 'Single adults held for weeks.', ['immigration-enforcement']],
    ['Prolonged detention of families in DHS custody', 'Children slept on floors.', ['immigration-enforcement']],
    ['County jail overcrowding worsens', 'Inmates sleep in the gym.', []],
    [
      'Bill on identifying foreign nationals held in county jails',
      'The sheriff shall verify whether each defendant is a foreign national not lawfully admitted.',
      ['immigration-enforcement'],
    ],
    [
      'State police to publish an immigration compliance report on counties',
      'Noncompliant counties lose funds.',
      ['immigration-enforcement'],
    ],
    ['County passes an Immigrant Protection Act', 'The act clarifies county policy.', ['immigration-enforcement']],
    ['Governor proposes freezing Medicaid enrollment for undocumented immigrants', 'Premiums would rise.', []],
    [
      'City utility refuses immigration agents a customer information request',
      'The request named one address.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['City replaces the police records system', 'Officers will file reports from their cars.', ['state-databases']],
    ['Bureau of Investigation to track information on gang members', 'Police keep their own lists.', ['state-databases']],
    ['Councils to use number-plate recognition to fine motorists', 'Drivers in bus lanes will be fined.', []],
    ['Backlog of fingerprint clearance cards for teachers', 'New hires wait weeks for their background checks.', []],
    ['Audit of the fugitive felon program', 'Benefits paid to people with outstanding warrants.', ['state-databases']],
    ['Social Security incentive payments to county jails', 'Jails report inmates to SSA for the payments.', ['state-databases']],
    ['Matching program: Bureau of Prisons inmate records and veterans benefits', 'A computer matching program.', ['state-databases']],
    [
      'Matching program: IRS return information for veterans benefits',
      'Computer matching under the Disclosure of Information to Federal, State and Local Agencies programme.',
      [],
    ],
    [
      'This report addresses how ICE communicated with jurisdictions about Secure Communities',
      'Interviews and documents.',
      ['immigration-enforcement'],
    ],
    [
      'Bill restricts release of personally identifying information held by the Secretary of State for driver licenses',
      'Only employees with a need to know.',
      ['state-databases'],
    ],
    [
      'License Plate Reader Surveillance Act',
      'A state agency may not use an automatic license plate reader system except for parking enforcement and tolls.',
      ['state-databases'],
    ],
    ['Criminal history records: fingerprint screening by covered entities', 'Employers submit prints.', []],
    [
      'State agencies cooperate with the Infrastructure Protection Communications Center',
      'Enforcement of federal immigration law.',
      ['immigration-enforcement'],
    ],
    ['City buys e-ticketing software for police', 'Citations flow into the records management system.', []],
    ['Sheriff applies to the Division of Criminal Justice Services for a drone grant', 'Two unmanned aircraft.', []],
    [
      'Ordinance clarifies the communication relationship with the Department of Homeland Security on immigration',
      'The city does not enforce civil immigration laws.',
      ['immigration-enforcement'],
    ],
    ['County renews its Spillman license and support agreement', 'The sheriff runs the system.', ['state-databases']],
    ['Police department renews its LexisNexis agreement', 'An online reporting system for the public.', ['state-databases']],
    [
      'City bars disclosure to a national registry',
      'No employee shall help a national database of people by religion or national origin.',
      ['state-databases'],
    ],
    ['Mobile communication terminals for police patrol cars', 'Officers query licence plates.', ['state-databases']],
    ['Sheriff buys Genetec AutoVu cameras for patrol cars', 'Reads are checked against hotlists.', ['state-databases']],
    ['Garage buys Genetec AutoVu cameras for parking', 'Permits are checked by plate.', []],
    ['Board approves Intergraph computer-aided dispatch upgrade', 'The police and sheriff share it.', ['state-databases']],
    [
      'Analysis: federal law bars limits on the sharing of immigration information',
      'Some sanctuary cities refuse.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'Bill defines immigration enforcement information',
      'Status and release dates of people in custody.',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'Bill bars disclosing personal information for immigration enforcement',
      'No agency may assist.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Rule: review of arrest fingerprint cards', 'Cards missing fields go back to the submitting agency.', ['state-databases']],
    ['Right to Review, Bureau of Criminal Identification', 'Get a certified copy of your own record.', ['state-databases']],
    ['Rule on blood samples collected by the Division of Criminal Investigation', 'Samples from arrested persons.', ['state-databases']],
    [
      'Address Confidentiality Program: requests from law enforcement',
      'Officers ask the Secretary of State for an address.',
      ['state-databases'],
    ],
    ['Child Abuse and Neglect Registry may release records', 'Releases go to law enforcement agencies.', ['state-databases']],
    ['Crime Identification Technology Act', 'Grants for state identification systems.', ['state-databases']],
    [
      'Rule limits noncriminal justice use of criminal history records',
      'A person denied a job may challenge the criminal history record.',
      [],
    ],
    [
      'Advisory opinion: must a county agency report citizenship status to the Immigration and Naturalization Service?',
      'The agency asked for guidance.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Commercial licence rule: acceptable proofs of citizenship', 'Passport; Alien Registration Receipt Card.', []],
    [
      'Trespass by an illegal alien',
      'A person commits the offense by not carrying an alien registration card.',
      ['immigration-enforcement'],
    ],
    ['City settles after officers looked up an anchor’s driver’s license information', 'She sued 200 agencies.', ['state-databases']],
    [
      'Deputies gave immigration agents information about a court appointment',
      'The sheriff cleared them.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Unemployment data breach exposes applicants’ personal information', 'Hackers reached Social Security numbers.', []],
    [
      'Police chief reassures immigrants after the anti-sanctuary law',
      'He fears people without immigration status will stop reporting crimes.',
      ['immigration-enforcement'],
    ],
    ['Stadium lets fans enter by facial recognition', 'Tickets are linked to a selfie.', []],
    ['Airport expands facial recognition at checkpoints', 'Travellers may opt out.', []],
    ['Police use facial recognition to identify a suspect', 'The match came from booking photos.', ['state-databases']],
    ['County buys LiveScan equipment to identify offenders', 'The sheriff will book faster.', ['state-databases']],
    ['City buys Live Scan for job applicants', 'Fingerprints for employment checks.', []],
    ['Police department orders CLEAR Proflex', 'Investigation software.', ['state-databases']],
    ['Sheriff buys a camera to enter booking photos', 'Booking photos go into the records system.', ['state-databases']],
    ['JAG award buys patrol cars and CAD systems', 'Equipment for law enforcement.', ['state-databases']],
    ['Police buy in-car cameras', 'Motor vehicle recording systems for patrol units.', []],
    ['County lab grant for DNA backlog reduction', 'Forensic DNA casework analysis for police cases.', []],
    [
      'Registration of certain nonimmigrant aliens from designated countries',
      'They must register with the Immigration and Naturalization Service.',
      ['immigration-enforcement'],
    ],
    [
      'Notice of intent: environmental impact of an INS detention facility',
      'A contractor-operated detention center.',
      ['immigration-enforcement'],
    ],
    ['Draft environmental assessment for a Joint Processing Center', 'Construction near the border.', ['immigration-enforcement']],
    ['Information collection: Form I-212', 'Permission to reapply for admission after deportation or removal.', []],
    // A breadth review of the session's rules against look-alikes
    ['Overcrowded migrant shelters strain the city budget', 'Asylum seekers sleep in police station lobbies.', []],
    ['Deputies take blood samples from drivers arrested for DUI', 'Implied consent law applies.', []],
    [
      'Rule: blood samples from convicted offenders for the DNA database',
      'The Division of Criminal Investigation keeps them.',
      ['state-databases'],
    ],
    ['How to look up your license plate number to renew your registration', 'Renew online.', []],
    ['Reforma de las leyes federales de inmigración', 'El Congreso debate una vía a la ciudadanía.', []],
    // In Spanish
    ['Funcionarios de Inmigración y Control de Aduanas buscan a indocumentados', 'Un nuevo mecanismo.', ['immigration-enforcement']],
    ['¿Cómo renovar DACA?', 'El programa permite a ciertos jóvenes no ser deportados durante dos años.', []],
    ['Cámaras Flock ayudan a la policía', 'El sistema de reconocimiento de matrículas guarda cada auto.', ['state-databases']],
    [
      'Ordenanza santuario aprobada',
      'Restringe el intercambio de información sobre inmigrantes con el Servicio de Control de Inmigración.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['AB 60: prepárate para solicitar la licencia de conducir', 'Aquí toda la información que necesitas.', []],
    [
      'Tribunales municipales entregaron datos',
      'Los datos fueron entregados a agentes federales de inmigración.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Arrestos de ICE en juzgados', 'Las detenciones afectan a personas sin antecedentes penales.', ['immigration-enforcement']],
  ])('reads %j by what it is about (29th collection)', readsAs);

  // From the thirtieth collection (dev) and the topic definitions, in other words
  it.each([
    [
      'Agreements between the central repository and criminal justice agencies',
      'How each agency reports arrests and dispositions.',
      ['state-databases'],
    ],
    [
      'Audits of agencies that received criminal history record information',
      'Noncriminal justice agencies must keep a dissemination log.',
      ['state-databases'],
    ],
    [
      'Noncriminal justice agencies and criminal history record information',
      'Authorized recipients screening applicants must keep the records locked.',
      [],
    ],
    [
      'School districts shall protect fingerprint record information',
      'RAP sheets are kept secure and used only for employment decisions.',
      [],
    ],
    ['Next-Generation Incident Command System (NICS) for first responders', 'Identity and access management.', []],
    ['The bureau buys commercial location data from brokers', 'No warrant is sought.', ['state-databases']],
    ['Las agencias federales de inmigración buscaron en las cámaras del sheriff', 'Durante cuatro meses.', ['immigration-enforcement']],
    ['Sacan licencia de conducir', 'Su información estará al alcance de ICE.', ['immigration-enforcement', 'state-databases']],
    [
      'Qué pasará con los datos de indocumentados con licencia de conducir',
      'El gobierno federal busca acceder a la información del DMV.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Aumentan las tarifas del Servicio de Ciudadanía e Inmigración', 'El formulario para admisión tras ser deportado sube de precio.', []],
    ['Intercepta CBP cigarrillos falsificados', 'Agentes de Aduanas y Protección Fronteriza decomisaron la carga.', []],
    ['Tarifas eléctricas del ICE bajarán', 'El Instituto Costarricense de Electricidad anunció la rebaja.', []],
    ['¿Te pueden multar con una foto?', 'Las cámaras con reconocimiento de matrículas envían multas a los conductores.', []],
    ['Policías inician el registro de detenciones', 'Cada arresto se anota en el registro nacional.', ['state-databases']],
    ['State law on local government noncompliance with laws related to immigration', 'Funds are withheld.', ['immigration-enforcement']],
    ['House passes an Arizona-style immigration bill', 'Restrictions on undocumented immigrants grow.', ['immigration-enforcement']],
    ['Council reaffirms the city as a raid-free zone', 'Departments must comply with the ordinance.', ['immigration-enforcement']],
    ['Sanctuary Resolution', 'The city will shelter refugees denied asylum.', ['immigration-enforcement']],
    ['Ratify Operation Stonegarden grant funding', 'Homeland Security grant funds for overtime.', []],
    ['Accept Operation Stonegarden grant', 'Deputies work with Border Patrol agents.', ['immigration-enforcement']],
    [
      'Licence applicants believed to be illegal aliens',
      'The Department of State may report to an appropriate federal agency that a driver license applicant is an illegal alien.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Board approves the jail information system', 'JAILTRAC software for booking.', ['state-databases']],
    ['New terminals on the Law Enforcement Telecommunications Network', 'They replace the teletype units.', ['state-databases']],
    ['Bill limits government face surveillance', 'Agencies need a warrant.', ['state-databases']],
    [
      'Probation department referring juveniles to immigration authorities',
      'Advocates ask for an investigation.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Pawnbrokers', 'Each record is kept on a form prescribed by the Chief of Police.', ['state-databases']],
    ['Fingerprint retention by the criminal justice data center', 'A Rap Back programme updates employers and licensing agencies.', []],
    [
      'Council opposes the CLEAR Act',
      'The Clear Law Enforcement for Criminal Alien Removal Act would preempt city policy.',
      ['immigration-enforcement'],
    ],
    ['Businesses may scan driver licenses', 'Retention of the personal information is limited.', []],
    [
      'Counties vow to resist new gun laws',
      'Like cities that refuse to help immigration enforcement, they call themselves Second Amendment sanctuaries.',
      [],
    ],
    [
      'Bill analysis on social security numbers for licences',
      'The Illegal Immigration Reform and Immigrant Responsibility Act requires the number before a driver license is issued.',
      [],
    ],
    ['Officers seize counterfeit locks', 'U.S. Customs and Border Patrol found them in a rail container.', []],
    [
      'GAO on the Law Enforcement Support Center',
      'Police ask whether people they arrested are aliens.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Audit of a drug pointer index', 'A pointer system tells participating police of overlapping investigations.', ['state-databases']],
    [
      'Audit of how SSA processes prisoner information',
      'Prisoner data from state and local jails is matched to benefit records.',
      ['state-databases'],
    ],
    [
      'Privacy assessment of offender GPS tracking',
      'Electronic monitoring of probationers feeds crime analysis for law enforcement.',
      ['state-databases'],
    ],
    ['Police Badge and Training Records System', 'The system of records is amended.', []],
    [
      'FBI Criminal Justice Information Services Division user fees',
      'Fees for fingerprint identification records checked for noncriminal justice purposes.',
      [],
    ],
    ['Police officers cross-trained to serve as INS agents', 'A pilot programme in the state.', ['immigration-enforcement']],
    ['New INS operation targets packing plants', 'Employment eligibility records of all workers are checked.', ['immigration-enforcement']],
    ['Naturalization applications pile up', 'The backlog means longer waiting times for citizenship, immigration officials said.', []],
    ['Bill on the immigration status of inmates', 'Jails must examine it and notify federal officials.', ['immigration-enforcement']],
    ['Border security report', 'Customs and Border Protection works against smuggling and illegal migration.', ['immigration-enforcement']],
    [
      'Report on the National Instant Criminal Background Check System',
      'Sales to prohibited persons such as criminals or illegal aliens are blocked.',
      ['state-databases'],
    ],
    [
      'Information sharing: federal agencies are helping fusion centers',
      'States share terrorism-related information.',
      ['state-databases'],
    ],
    ['Computer terminal for the police department', 'Access to the county information banks on open warrants.', ['state-databases']],
    ['Equipment for identification and record storage', 'The law enforcement agency needs a better system.', ['state-databases']],
    ['Secondhand dealers and pawnbrokers', 'A daily ledger with the name and address of each seller.', ['state-databases']],
    ['Reports by other police', 'Each arrest is reported to the Chief of Police.', ['state-databases']],
    ['Bulk transfer of vehicle registration data', 'The commissioner must disclose it in bulk.', ['state-databases']],
    ['Audit of a national crime information service', 'CrimTrac links police agencies.', ['state-databases']],
    ['Fee for background checks', 'A fee to process criminal history background checks.', []],
    ['Driving record cards', 'Residents without proof of lawful status may apply for one.', []],
    ['Licences to comply with the REAL ID Act', 'Driver licenses will carry digital photographs.', []],
    ['Audit of a computer forensic laboratory', 'Its case management system and outreach to law enforcement.', []],
    // Look-alikes of the thirtieth's rules
    ['LESC hearing on school funding', 'The Legislative Education Study Committee (LESC) meets in Santa Fe.', []],
    ['INS Vikrant joins naval operation', 'The Indian warship sailed with the fleet.', []],
    ['Arizona-style school voucher law advances', 'Parents could use the funds for private schools.', []],
    ['Automaker sold vehicle data to insurers', 'Driving behaviour data was shared with brokers.', []],
    ['FTC bans the sale of location data', 'The Federal Trade Commission says a broker sold it to advertisers.', []],
    ['Reports to the Chief of Police', 'Officers report overtime hours to the Chief of Police after an arrest.', []],
    [
      'Cómo sacar la licencia de conducir siendo indocumentado',
      'Los solicitantes deben entregar información de identidad y datos de residencia.',
      [],
    ],
    ['ICE deporta a un hombre a Costa Rica', 'Agentes de ICE lo detuvieron en Texas.', ['immigration-enforcement']],
    [
      'Arrestos en entrevistas de USCIS',
      'Agentes de ICE detienen a inmigrantes que llegan a su cita para el trámite de residencia.',
      ['immigration-enforcement'],
    ],
    [
      'Background check fees fund the criminal history repository',
      "A fee for each background check pays for the state repository's upgrade.",
      ['state-databases'],
    ],
    [
      'Sheriff agrees to share immigration information',
      'Arrest records go to federal immigration authorities.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Parents learn their children are documented gang members', 'A letter from the police.', ['state-databases']],
    ['Reconhecimento facial localiza foragido', 'A polícia cruzou as imagens com mandados de prisão.', ['state-databases']],
    ['Politie plaatst camera’s', 'Camera’s voor automatische nummerplaatherkenning langs de wegen.', ['state-databases']],
    ['Gardaí to test body-worn cameras', 'A trial in Dublin under the Garda Síochána (Recording Devices) Act.', []],
    ['Garda PULSE records misused', 'Gardaí searched the database without cause.', ['state-databases']],
    ['ICE Privacy Stewardship', 'How Immigration and Customs Enforcement protects personally identifiable information.', []],
    ['Visa Security Program Tracking System', 'An ICE case management system for special agents abroad.', []],
    [
      'Privacy Policy for the Online Detainee Locator',
      'Thank you for visiting the ICE website and reviewing our privacy policy; we gather technical information about your visit.',
      [],
    ],
    ['Customer scheduling', 'Customers book appointments with a USCIS Immigration Services Officer.', []],
    ['Prescription Drug Monitoring Program analytics', 'Drug Enforcement Administration investigators use the data.', ['state-databases']],
    ['Arson and explosives databases', 'The national repository is shared with state fire investigators.', ['state-databases']],
    ['CBP limits processing of asylum seekers', 'Queue management at ports of entry.', ['immigration-enforcement']],
    [
      'Automated threat prioritization (DHS/ICE/PIA-028)',
      'The service receives criminal history information to prioritize enforcement actions.',
      ['immigration-enforcement'],
    ],
    [
      'Concejo aprueba ordenanza',
      'La ciudad será un santuario para inmigrantes y prohíbe el intercambio de información con autoridades federales sobre asuntos migratorios.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Arcos detectores de placas en carreteras', 'Aseguran vehículos con reporte de robo.', ['state-databases']],
    ['El DHS guardó registros de la policía de Chicago', 'Datos de 900 residentes.', ['state-databases']],
    [
      'Comunidades Seguras llega al condado',
      'Las huellas digitales de los detenidos se revisan en las bases de datos de inmigración.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Cita de huellas digitales en USCIS', 'Los solicitantes acuden a su cita para el trámite de inmigración.', []],
    [
      'ICE lleva telecomunicaciones a territorios indígenas',
      'El Instituto Costarricense de Electricidad (ICE) instalará fibra óptica.',
      [],
    ],
    [
      'Iglesia ofrece santuario a migrante',
      'El hombre con orden de deportación vive en la iglesia para evitar a ICE.',
      ['immigration-enforcement'],
    ],
    // THIRTIETH-MORE
  ])('reads %j by what it is about (30th collection)', readsAs);

  it.each([
    [
      'Motín en un centro de internamiento de extranjeros',
      'Decenas de internos protestaron en el centro donde el Ministerio del Interior retiene a extranjeros.',
      ['immigration-enforcement'],
    ],
    ['Trasladan a 200 personas a la estación migratoria', 'Allí se revisará la situación de cada una.', ['immigration-enforcement']],
    [
      'Operativo en hoteles del sur',
      'Agentes del Instituto Nacional de Migración realizaron un operativo y detuvieron a 40 personas.',
      ['immigration-enforcement'],
    ],
    ['La policía instalará lectores automáticos de matrículas', 'Las cámaras se colocarán en las entradas.', ['state-databases']],
    ['Agentes usan los bancos de datos de la policía', 'Consultaron información personal de vecinos y parejas.', ['state-databases']],
    ['Notificarán a los padres', 'Sus hijos figuran en una base de datos de pandilleros.', ['state-databases']],
    ['Dreamers siguen protegidos', 'El secretario dijo que el gobierno no procederá a deportar a los dreamers.', []],
    ['El servicio de inmigración recibe renovaciones de DACA', 'La agencia sigue aceptando solicitudes de renovación.', []],
    [
      'Secondhand dealers must keep transaction records',
      "Every dealer shall record the seller's name and address for each purchase of secondhand goods.",
      ['state-databases'],
    ],
    ['Pawnshop zoning amendment', 'The council will consider where pawnshops may open.', []],
    ['Audit of a convicted offender DNA grant', 'The auditors reviewed the state laboratory’s costs.', ['state-databases']],
    ['County board to run the justice information management system', 'Who controls access to stored case files.', ['state-databases']],
    [
      "Who may see a driver's record",
      "A driver's record is made available only to the driver or a legal representative.",
      ['state-databases'],
    ],
    [
      'Statewide traffic records system',
      'The director shall furnish information in the traffic records system in response to a request from a federal agency.',
      ['state-databases'],
    ],
    ['ICE reports record volume', 'IntercontinentalExchange said ICE’s average daily volume rose 3%.', []],
    [
      'Immigration court change-of-address form',
      "The court submitted the information collection request for the alien's change of address form.",
      [],
    ],
    ['Habeas corpus for detainees at the naval station', 'An alien detained as an enemy combatant may apply for a writ.', []],
    [
      'DREAM Act',
      'Amends the Illegal Immigration Reform and Immigrant Responsibility Act of 1996 to repeal the bar on higher education benefits.',
      [],
    ],
    ['Border bill', 'Directs the Secretary to prevent unlawful entry by aliens along the land borders.', ['immigration-enforcement']],
    [
      'Age and race of persons arrested',
      'Under 28 U.S.C. 534, Acquisition, Preservation, and Exchange of Identification Records, the bureau counts arrests.',
      [],
    ],
    ['Guidelines under the Jacob Wetterling Act', 'The Attorney General sets guidelines for state programs.', ['state-databases']],
    [
      'Handgun bill',
      'Requires a national instant criminal background check system that firearm licensees contact before a transfer to a police-cleared buyer.',
      ['state-databases'],
    ],
    [
      'Firearm purchase',
      'No dealer may deliver a firearm until the background check program finds the purchaser eligible to possess a firearm.',
      ['state-databases'],
    ],
    ['Driver Privacy Act', 'Limits retrieval of data from vehicle event data recorders.', []],
    ['Regional links multiply CopLink’s reach', 'Detectives in three counties search one another’s files.', ['state-databases']],
    [
      'A computerised system for sharing information among 31 police agencies',
      'Deputies found the suspect’s name in a neighbouring city’s reports.',
      ['state-databases'],
    ],
    ['MOU for the regional information sharing system', 'Member police departments join the node.', ['state-databases']],
    ['Closing the data broker loophole', 'Agencies buy location histories from brokers instead of asking a judge.', ['state-databases']],
    ['First offender sentences', 'Provides for the restriction and seal of first offender sentences at sentencing.', ['state-databases']],
    [
      'Traslado al CIE de la Zona Franca',
      'Una decena de inmigrantes llegaron al CIE desde una cárcel vaciada.',
      ['immigration-enforcement'],
    ],
    ['Los futuros del café en el mercado ICE cayeron', 'La cosecha de Brasil pesa sobre los precios.', []],
    [
      'Policías buscaron datos de diputados',
      'Cientos de policías consultaron las bases de datos sin justificación, según la documentación aportada al juzgado.',
      ['state-databases'],
    ],
    ['Red de videocámaras en el municipio', 'Las cámaras permitirán cruzar datos con otras fuerzas de seguridad.', ['state-databases']],
    ['Operativo con convenios 287(g)', 'Se enfoca en individuos con antecedentes penales graves.', ['immigration-enforcement']],
    ['La Ley de Privacidad y Acceso a la Licencia de Conducir', 'Permite conducir a más residentes.', []],
    [
      'Criminal identifying information',
      'The attorney general shall file fingerprints, photographs and measurements of all persons taken into custody.',
      ['state-databases'],
    ],
    ['Sample policy', 'The Transaction Information for the Management of Enforcement system serves member agencies.', ['state-databases']],
    [
      'Board of Practical Nurse Examiners; authorization to obtain criminal history record information',
      'Applicants submit a set of fingerprints.',
      [],
    ],
    ['Sheriff withholds booking photos', 'The newspaper asked for a booking picture.', ['state-databases']],
    ['Volunteers to clear the warrant backlog', 'The warrants must be entered into a database other agencies check.', ['state-databases']],
    ['Agreement for desk officer reporting', 'LexisNexis Coplogic hosts the online reports.', ['state-databases']],
    [
      'A school safety database',
      'The state will merge social media posts with records in one database for school safety.',
      ['state-databases'],
    ],
    [
      'Juvenile probation keeps its policy',
      'The probation department will keep reporting undocumented juveniles to immigration authorities.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Remote access network', 'Police join the California Identification System.', ['state-databases']],
    ['Crime analysis unit', 'The unit maintains a crime and suspect database.', ['state-databases']],
    [
      'Information in the central repository',
      'Intelligence information shall not be collected in the central repository.',
      ['state-databases'],
    ],
    ['Prisoner file system', 'Staff keep prisoner records at the jail.', ['state-databases']],
    ['Law enforcement records', 'Agencies shall make law enforcement records available for public inspection.', ['state-databases']],
    ['Uniform crime reporting system', 'The department shall be the central repository for uniform crime reporting.', []],
    ['KIBRS VIEWS/N-DEX: TOOLS FOR LAW ENFORCEMENT', 'Agencies share incident reports.', ['state-databases']],
    [
      'States make money selling your DMV information',
      'The Department of Revenue sells names and addresses of licence holders.',
      ['state-databases'],
    ],
    ['Laptops for patrol cars', 'Deputies will run tags and check for warrants from a computer in the car.', ['state-databases']],
    ['A new app from the sheriff', 'It maps the last known addresses of suspects with active warrants online.', ['state-databases']],
    ['Agreement with the county', 'The city provides access to the Portland Police Data System.', ['state-databases']],
    ['Police arrested a man on arrest warrants', 'Officers seized his laptop.', []],
    ['Firearm registry bill', 'Creates a registry of gun owners available to police.', ['state-databases']],
    ['Stolen vehicle hot list', 'Cameras compare plates to the hot list of stolen cars.', ['state-databases']],
    [
      'Bill requires jails to check inmates',
      'Jailers must determine the citizenship of each person booked and notify federal authorities.',
      ['immigration-enforcement'],
    ],
    ['Processing center for migrants', 'Families will be held while their claims are screened.', ['immigration-enforcement']],
    ['Policía usará cámaras que leen placas', 'Las lecturas se guardarán.', ['state-databases']],
    ['Registro de agresores sexuales en línea', 'El estado publica las direcciones.', ['state-databases']],
    ['STATE OF OHIO: NICS ACT RECORD IMPROVEMENT PROGRAM', 'Funds to send more records to the national check system.', ['state-databases']],
    ['Deputies get tablets to look up drivers during stops', 'The tablets connect to state records.', ['state-databases']],
    ['Towns join a regional network', "Officers in 12 towns will see each other's reports.", ['state-databases']],
    ['Company sells jail phone data to police', 'Records of inmate calls are searchable by detectives.', ['state-databases']],
    ['Clerk of court sells conviction data', 'Background check companies buy names and dates of birth.', ['state-databases']],
    ['Volunteer firefighters barred from seeing police reports', 'The new records policy limits access.', ['state-databases']],
    ['Lawmakers tour a detention facility', 'Members of Congress visited the center holding migrants.', ['immigration-enforcement']],
    ['Suit over holding cells', 'Immigrant detainees slept on concrete floors.', ['immigration-enforcement']],
    // look-alikes the thirty-first's rules must leave alone
    ['Los agentes inmobiliarios acceden a la base de datos de compradores', 'Consultan precios y ofertas.', []],
    [
      'Agentes de ICE detuvieron a un inmigrante en un café',
      'El hombre fue llevado a un centro de procesamiento.',
      ['immigration-enforcement'],
    ],
    ['Codificación CIE-10 para médicos internos', 'El hospital actualiza sus diagnósticos.', []],
    ['A radio system for sharing information among police agencies', 'The towers reach three counties.', []],
    ['A K-12 school shooting database', 'Researchers count incidents by year.', []],
    ['Body camera footage', 'The bill decides when law enforcement records such as footage are released.', []],
    ['Man charged with burglary; booking photo', 'He posted bond the same day.', []],
    ['USCIS processing center backlog', 'Green card applications wait at the service center.', []],
    ['Jail population report', 'The jail held 300 inmates; 40 were foreign-born, the annual census shows.', []],
    ['Border town opens a food processing facility', 'The plant will employ 200.', []],
    ['ICE agents seized laptops in a raid', 'Agents arrested 20 workers.', ['immigration-enforcement']],
    ['Police reports released Tuesday show the driver was speeding', 'The crash closed the highway.', []],
    ['County sells surplus computers', 'Old laptops from the sheriff’s office will be auctioned.', []],
    ['Juvenile detention center adds classes', 'Immigrant youth and others can earn credits.', []],
  ])('reads %j by what it is about (31st collection)', readsAs);

  it.each([
    // French, Italian and Portuguese (other-languages.ts): detention before removal, removal of foreigners, police files, plate readers
    ['Un nouveau centre de rétention ouvre près de Lyon', 'Les étrangers y attendent leur éloignement.', ['immigration-enforcement']],
    ['Centri di permanenza per i rimpatri', 'Il questore dispone il trattenimento dello straniero.', ['immigration-enforcement']],
    ['Rimpatri forzati', 'Nuove procedure per i rimpatri degli stranieri irregolari.', ['immigration-enforcement']],
    ['La préfecture délivre une OQTF', 'Une obligation de quitter le territoire français a été notifiée.', ['immigration-enforcement']],
    ['Les LAPI se multiplient', 'Les lecteurs automatiques de plaques d’immatriculation équipent les patrouilles.', ['state-databases']],
    ['Fichiers de police', 'Le traitement d’antécédents judiciaires est consulté par les enquêteurs.', ['state-databases']],
    ['Poliziotto condannato', 'Aveva consultato la banca dati delle forze di polizia per un amico.', ['state-databases']],
    ['Câmeras com leitura de placas chegam à cidade', 'O cercamento eletrônico ajuda a polícia.', ['state-databases']],
    ['Banco de dados policial', 'A polícia civil amplia o banco de dados criminal do estado.', ['state-databases']],
    // Spanish: expulsion flights and provisional migrant stations; searches of a camera network; Nazi-camp deportees are history
    ['Nuevo vuelo de expulsión', 'El gobierno expulsó a 40 extranjeros con órdenes de abandonar el país.', ['immigration-enforcement']],
    ['Migrantes en la estancia provisional', 'El INM trasladó a 300 personas.', ['immigration-enforcement']],
    [
      'Policías consultan la red de cámaras',
      'Las búsquedas en las cámaras de vigilancia se hicieron para ICE.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Homenaje a los deportados', 'Los republicanos españoles murieron en Mauthausen.', []],
    // English: re-entry after removal, soft-sided facilities and buses for migrants bought by CBP, CPIC records at the US border
    ['Kate’s Law', 'Raises penalties for aliens who illegally reenter the United States after removal.', ['immigration-enforcement']],
    ['Tentco: Soft-sided facility option', 'Customs and Border Protection', ['immigration-enforcement']],
    ['Busco: Rental of buses to transport migrants', 'Customs and Border Protection', ['immigration-enforcement']],
    [
      'Mental-health records reach US border officials',
      'Police entries in CPIC were read by US border officials.',
      ['immigration-enforcement', 'state-databases'],
    ],
    // … patrol-car computers, teletype circuits, criminal histories, conviction information, linked databases, gang matrix, carding
    ['Purchase of mobile computers for the police department', 'Seven units for patrol.', ['state-databases']],
    ['Teletype network', 'The county joins the police teletype circuit.', ['state-databases']],
    ['Opinion on records', 'Whether criminal histories kept by the bureau must be open to the public.', ['state-databases']],
    ['Dissemination of conviction information', 'Conviction information shall be made available to agencies.', ['state-databases']],
    ['Licence security act', 'Sec. 4. Linking of databases.', ['state-databases']],
    ['Regulator acts on the Gangs Matrix', 'The police list breached data law.', ['state-databases']],
    ['Carding data', 'The police board limits carding and historic street check records.', ['state-databases']],
    ['Gun sales surge', 'Background checks slow as gun dealers wait on purchasers’ approvals.', ['state-databases']],
    ['Audit of RCMP data banks', 'Files in the exempt data banks did not belong there.', ['state-databases']],
    ['Police records deleted', 'Thousands of police records were wiped from the national database.', ['state-databases']],
    ['Mugshots on Facebook', 'Residents object to the sheriff posting mugshots on social media.', ['state-databases']],
    ['Flock alert leads to arrest', 'Officers followed a stolen car after a Flock alert.', ['state-databases']],
    // second round: patrol-car laptops, records units, Mark43, jail registers, SORN law, pseudoephedrine logs, scrap-metal
    // recyclers' transaction reports; Spanish status questions, licence information provided, stolen-goods databases
    ['Deputies get laptops', 'Computers were installed in the patrol cars this month.', ['state-databases']],
    ['Records Unit', 'Clerks maintain the police department files and answer audits.', ['state-databases']],
    ['City moves to Mark43', 'The police department’s new system went live.', ['state-databases']],
    ['Jail register bill', 'Requires booking photographs in the jail register open to the public.', ['state-databases']],
    ['SORN Law changes', 'Revises community notification under the SORN Law.', ['state-databases']],
    ['Tracking cold-medicine sales', 'Law enforcement would monitor pseudoephedrine purchases in a statewide log.', ['state-databases']],
    ['Metal theft ordinance', 'A secondary metals recycler shall report each transaction to the police department.', ['state-databases']],
    ['Mug shots online', 'The sheriff’s new web site shows mug shots of everyone in the jail.', ['state-databases']],
    ['Withhold funds from cities', 'Cities uncooperative with immigration policy lose state money.', ['immigration-enforcement']],
    ['Decreto del gobernador', 'La policía no podrá preguntar a testigos sobre su estatus migratorio.', ['immigration-enforcement']],
    [
      'Licencias entregadas',
      'La agencia pidió proveer la información de las licencias de conducir de 6,000 personas.',
      ['state-databases'],
    ],
    ['Objetos robados', 'Un sistema de base de datos sobre artículos hurtados para la Policía.', ['state-databases']],
    [
      'Booked into jail',
      'Fingerprints are sent to an FBI database and reviewed by Immigration and Customs Enforcement.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Sex offender policy', 'Guidelines for sex offender data and community notification.', ['state-databases']],
    [
      'Record of vehicles towed',
      'The police department shall keep a record of each towed vehicle and its registration.',
      ['state-databases'],
    ],
    [
      'County lawsuit',
      'May counties provide any information about people convicted of crimes to immigration officials?',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Préfecture', 'L’expulsion des étrangers en situation irrégulière a augmenté.', ['immigration-enforcement']],
    ['Préfecture', 'Une mesure d’éloignement vise les étrangers sans titre.', ['immigration-enforcement']],
    ['Chile', 'El gobierno expulsó a 40 extranjeros en un vuelo.', ['immigration-enforcement']],
    [
      'Waiting-period bill',
      'Lengthens the background check period before a licensed gun dealer may transfer a firearm to an unlicensed person.',
      ['state-databases'],
    ],
    ['Records bill', 'Limits who may see criminal records held by the state police.', ['state-databases']],
    // look-alikes the thirty-second's rules must leave alone
    ['Expulsion locative', 'Le tribunal ordonne l’expulsion du locataire.', []],
    ['Cartellino rosso', 'L’espulsione del difensore al 30° minuto.', []],
    ['Mobile computing lab opens at the library', 'Laptops for students.', []],
    ['Teletype museum', 'A collection of old newsroom machines.', []],
    ['Card fraud ring', 'Carding forums sold stolen credit numbers.', []],
    ['Toll road goes cashless', 'Licence plate cameras bill drivers at the toll charge point.', []],
    ['Refugee office places children', 'The Office of Refugee Resettlement cares for unaccompanied alien children in custody.', []],
    ['Court reform bill', 'Makes the immigration courts an independent Article I court.', []],
    ['Change of address', 'Individuals in immigration proceedings must report any change of address to the immigration courts.', []],
    ['Wi-Fi at the airport', 'Internet and Wi-Fi services for Immigration and Customs Enforcement agents.', []],
    ['Meth seized at checkpoint', 'Border Patrol agents at the checkpoint found cocaine in a pickup.', []],
    ['Workers’ comp bill', 'Bars illegal aliens from workers’ compensation benefits.', []],
    ['DACA ruling', 'Los beneficiarios continúan con protección ante la deportación.', []],
    ['Junk dealer licence', 'A junk dealer must pay an annual fee.', []],
    ['Records Office hours', 'The county records office issues marriage licences.', []],
    ['Mercato', 'L’expulsion du joueur étranger a coûté le match au club.', []],
    ['Diplomatie', 'Le gouvernement annonce l’expulsion de diplomates étrangers.', []],
    ['Diplomacia', 'El gobierno anunció la expulsión de diplomáticos extranjeros.', []],
    ['Calcio', 'Espulso il difensore straniero dopo due gialli.', []],
    ['Capitali', 'Il rimpatrio dei capitali stranieri dalla Svizzera.', []],
    ['Hacker denunciato', 'I carabinieri hanno denunciato un giovane per accesso abusivo al sistema informatico di una banca.', []],
    ['Trial begins', 'Both defendants had lengthy criminal histories, prosecutors said.', []],
    ['Fraud ring', 'Police arrested a carding gang that sold stolen credit card numbers.', []],
    ['Summit', 'Leaders pledged cooperation on immigration policy reform.', []],
    ['Storm shelter', 'FEMA set up a soft-sided facility for evacuees.', []],
    ['Entrevista', 'La periodista preguntó a la cantante sobre su estatus migratorio y su familia.', []],
    ['Laval', 'Un nouveau Centre de surveillance de l’immigration; la police assure la sécurité.', ['immigration-enforcement']],
    ['Towing rates', 'Towing companies may charge $150 for each vehicle towed.', []],
    ['Jail kiosks', 'The county will install video visit kiosks from NCIC Inmate Communications.', []],
    ['Sweep', 'Agents looked for people with criminal records who had been deported and came back.', ['immigration-enforcement']],
  ])('reads %j by what it is about (32nd collection)', readsAs);

  it.each([
    // German and Dutch (other-languages.ts): charter removals, immigration detention, police face matching, the
    // police computer, plate cameras whose reads police keep, police look-ups in the population register
    ['Sammelabschiebung nach Pakistan', 'Die Bundespolizei begleitet den Flug.', ['immigration-enforcement']],
    ['Vreemdelingendetentie', 'De staatssecretaris wil minder mensen in vreemdelingendetentie.', ['immigration-enforcement']],
    ['Uitzetting', 'Uitgeprocedeerde asielzoekers worden uitgezet naar hun land.', ['immigration-enforcement']],
    ['Gesichtserkennung', 'Die Landespolizei gleicht Fotos mit der Gesichtserkennung ab.', ['state-databases']],
    ['Der Polizeicomputer', 'Ein Beamter fragte Daten im Polizeicomputer ab.', ['state-databases']],
    ['Kentekencamera’s', 'De politie bewaart de kentekens vier weken.', ['state-databases']],
    ['Gegevens opgevraagd', 'De politie vroeg gegevens op uit de Basisregistratie Personen.', ['state-databases']],
    ['Gesichtserkennung am Handy', 'Das neue Telefon entsperrt sich per Gesichtserkennung.', []],
    ['Trajectcontrole', 'De trajectcontrole op de A2 leverde duizenden boetes op.', []],
    // Portuguese, Belgian French and Swiss German: the border service's holding centres, closed centres and orders to
    // leave, removal detention
    ['Centro de instalação temporária', 'O centro do aeroporto recebe estrangeiros com recusa de entrada.', ['immigration-enforcement']],
    ['Centres fermés', 'L’Office des étrangers peut enfermer les étrangers en séjour illégal.', ['immigration-enforcement']],
    ['Ausschaffungshaft', 'Der Kanton ordnete die Ausschaffungshaft an.', ['immigration-enforcement']],
    ['Fermeture', 'Le centre fermé pour travaux rouvrira en mai.', []],
    // Swedish, Norwegian, Finnish, Polish, Czech and Greek (northern-central-europe.ts)
    ['Förvaret i Märsta', 'Migrationsverket har fler platser i förvar för dem som ska utvisas.', ['immigration-enforcement']],
    ['Utvisning i tredje perioden', 'Backen fick två minuters utvisning.', []],
    ['Tvangsretur', 'Politiet gjennomførte flere tvangsreturer i fjor.', ['immigration-enforcement']],
    [
      'Utlevering av opplysninger',
      'Asylmottak skal utlevere opplysninger om beboere til politiet etter utlendingsloven.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Säilöönottoyksikkö', 'Poliisi vie kielteisen päätöksen saaneet säilöönottoyksikköön.', ['immigration-enforcement']],
    ['Poliisin tietojärjestelmä', 'Konstaapeli katsoi poliisin tietojärjestelmästä naapurinsa tietoja.', ['state-databases']],
    ['Straż Graniczna', 'Funkcjonariusze zatrzymali czterech cudzoziemców i wydali decyzje o powrocie.', ['immigration-enforcement']],
    ['KSIP', 'Policjant sprawdzał sąsiadów w KSIP bez powodu.', ['state-databases']],
    ['Zajištění cizinců', 'Cizinecká policie umístila muže do zařízení pro zajištění cizinců.', ['immigration-enforcement']],
    ['Evidence policie', 'Policisté zneužívali databáze policie.', ['state-databases']],
    ['Education reform', 'The state adopted evidence-based policies for schools.', []],
    ['Quarterly earnings', 'The retailer accessed confidential information from a competitor.', []],
    ['Library news', 'The inmate poetry program put information about its books online.', []],
    ['Hospital', 'Newborn screening detects rare disorders in blood samples, investigators found.', []],
    ['Car review', 'The new model stores telemetry data; police cars use a different system.', []],
    ['Science', 'Deoxyribonucleic acid data from fossils was published.', []],
    ['Κέντρα κράτησης', 'Η κυβέρνηση ανοίγει νέο προαναχωρησιακό κέντρο κράτησης.', ['immigration-enforcement']],
    ['Polisens register', 'Polisen för register med personuppgifter om misstänkta.', ['state-databases']],
    ['Registerutdrag', 'Arbetsgivare får begära utdrag ur belastningsregistret vid anställning.', []],
    // … and from the last batch: Swedish removals carried out by the police, the proposed informer law, police look-ups
    // ("slagningar"), Greek deportations, Slovakia's foreigners' police, Danish officers looking up a case
    ['Tydligare befogenheter', 'Polisen får omhänderta en utlänning när beslut om utvisning verkställs.', ['immigration-enforcement']],
    [
      'Angiverilagen',
      'Anställda i kommuner ska ange papperslösa till Polisen och Migrationsverket.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Dataintrång', 'En polis gjorde slagningar i Polisens it-system på en granne.', ['state-databases']],
    ['Επιστροφές αλλοδαπών', 'Το Τμήμα Απελάσεων πραγματοποίησε επιστροφή 41 αλλοδαπών.', ['immigration-enforcement']],
    ['Migranti vo vlaku', 'Prípadom sa zaoberá cudzinecká polícia.', ['immigration-enforcement']],
    ['Advarsel', 'Politibetjente slog en straffesag op i systemet uden grund.', ['state-databases']],
    ['Matchen', 'Klubbens verkställande direktör kritiserade domarens utvisning.', []],
    // Spanish and Catalan: police databases searched by an officer; face recognition against a wanted-persons register
    ['Mosso acusat', 'L’agent va accedir a bases de dades policials per espiar els veïns.', ['state-databases']],
    ['Reconocimiento facial en el subte', 'El sistema busca prófugos en las cámaras de las estaciones.', ['state-databases']],
    ['Agentes inmobiliarios', 'Los agentes acceden a la base de datos de compradores.', []],
    // English: vehicle-division records, licence photos for police, driving-record retention, warrant checks, booking
    // photos for the press, the DNA registration system, lists of inmates sent to immigration, police information
    // accessed without authority, gun checks on a state police system, India's police network, health departments'
    // addresses for police, inmate data online, protection-order registries, newborn blood samples, licence photos
    // sold, old warrants purged, voting records and subpoenas sought by ICE, telemetry data, food-assistance data
    ['Records of the division of vehicles', 'All records of the division are open records except as provided.', ['state-databases']],
    ['Licence images', 'Digital images taken for drivers’ licenses shall be available to law enforcement agencies.', ['state-databases']],
    ['Minor offences', 'Bars the department from keeping minor offences on a driving record beyond one year.', ['state-databases']],
    ['Faster warrant checks', 'Officers in the field wait minutes for warrant checks.', ['state-databases']],
    ['Media request', 'A newspaper asked for the deputy’s booking photograph for publication.', ['state-databases']],
    ['DNA bill', 'Relating to the deoxyribonucleic acid identification registration system.', ['state-databases']],
    [
      'Prison staff emailed lists',
      'An employee sent a list of inmates to federal immigration authorities.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Officer charged', 'He is accused of accessing confidential information from the police system.', ['state-databases']],
    ['Gun checks delayed', 'The state police background check system crashed, delaying gun purchases.', ['state-databases']],
    ['CCTNS', 'Every police station now logs cases in the national network.', ['state-databases']],
    ['Dispatch lists', 'The health department gives 911 dispatch the addresses of people who tested positive.', ['state-databases']],
    ['Inmate search', 'The corrections department put inmate information online in a searchable database.', ['state-databases']],
    ['Protective order registry', 'Judges enter protective orders in a statewide registry that police check.', ['state-databases']],
    ['Newborn screening', 'Police subpoenaed a newborn blood sample to solve a decades-old case.', ['state-databases']],
    ['Photo sale', 'The state sold driver license photos to a private company.', ['state-databases']],
    ['Warrant purge', 'The sheriff will toss thousands of outdated warrants.', ['state-databases']],
    ['Voter data', 'ICE asked the elections board for voter records.', ['immigration-enforcement', 'state-databases']],
    ['Location data', 'The agency bought commercial telemetry data from brokers.', ['state-databases']],
    ['Benefit data', 'Officials demanded states share food stamp records including immigration status.', ['immigration-enforcement']],
    // … and look-alikes: drones and gunshot sensors from a plate-reader vendor, crash-report portals, prescription
    // databases without police, crime reports, DMV office breaches, Border Patrol building upkeep, inspector-general IT
    // letters, assaults on officers, ICE mortgage data and hockey, CBP marine drug seizures, restraints for ICE
    ['Drone pilot', 'The council approved a lease of Flock drones for first response.', []],
    ['Crash portal', 'An agreement with LexisNexis for eCrash report portal services.', []],
    ['Prescription Database', 'Pharmacists may access the prescription database.', []],
    ['Crime report', 'The crime report shows crime rates dropped last year.', []],
    ['Voter rolls', 'The secretary of state is removing noncitizens from the voter rolls.', []],
    [
      'Warehouse plan',
      'Residents learned of plans for an ICE detention center in a warehouse; the city got only a mandated disclosure.',
      ['immigration-enforcement'],
    ],
    ['Annual report', 'The annual crime report, compiled by the CJIS center, shows burglaries dropped.', []],
    ['DMV breach', 'A computer with driver data was stolen from a DMV office.', []],
    ['Sludge pumping', 'Sump and sludge pumping at Border Patrol stations.', []],
    ['Audit letter', 'Information Technology Management Letter for Immigration and Customs Enforcement.', []],
    ['Assault data', 'The number of assaults on CBP and ICE officers fell over ten fiscal years.', []],
    ['Mortgage Monitor', 'ICE released its mortgage delinquency report.', []],
    ['Playoffs', 'The ICE Hockey League postponed 34 games.', []],
    ['Seizure at sea', 'Customs and Border Protection Air and Marine agents seized cocaine bales from a vessel.', []],
    ['Student held', 'Customs and Border Protection detained a student at the border.', ['immigration-enforcement']],
    ['Leg irons', 'Belly chains and leg irons for Immigration and Customs Enforcement.', ['immigration-enforcement']],
    // Spanish, from the third round: internees of a CIE expelled, migrants returned by flights and buses, Mexico's
    // security databases, a DNA register police cross-check, ICE's subpoenas in Spanish, fugitives found by face
    // recognition; Border Patrol drug seizures in Spanish are not enforcement, nor a return to school
    ['Protesta en el CIE', 'Los internos que protestaron serán expulsados.', ['immigration-enforcement']],
    ['Vuelos de retorno', 'Llegaron 183 migrantes retornados desde México.', ['immigration-enforcement']],
    ['Plataforma México', 'La red conecta a las corporaciones policiales del país.', ['state-databases']],
    ['Registro de ADN', 'La policía cruzará perfiles genéticos de sospechosos.', ['state-databases']],
    ['Citaciones de ICE', 'El juez ordena al sheriff cumplir las citaciones de ICE.', ['immigration-enforcement', 'state-databases']],
    ['Cámaras en la ciudad', 'El reconocimiento facial ayudará a detener a fugitivos.', ['state-databases']],
    ['Aseguran marihuana', 'Agentes de la Patrulla Fronteriza aseguraron 300 kilos de marihuana en el puente.', []],
    ['Regreso a clases', 'El retorno de los estudiantes a las aulas será en agosto.', []],
    // … and look-alikes from a review of the collection's rules for breadth (probes, no record)
    ['Police blotter', 'A man was arrested on an old warrant after a traffic stop.', []],
    ['Evening address', 'In his address on the coronavirus, the mayor thanked first responders.', []],
    ['Fleet data', 'The carmaker collects telemetry data from every vehicle it sells.', []],
    ['Coverage rules', 'Medicaid eligibility depends on citizenship status and income.', []],
    ['Snelheidscontrole', 'De flitspaal registreert het kenteken van wie te hard rijdt.', []],
    ['Föreningar', 'Idrottsföreningar begär registerutdrag ur belastningsregistret för ledare.', []],
    // From the last round: Portuguese coercive removals, Swiss expulsion orders, France's TAJ file and police face
    // recognition, Belgian police plate cameras, Italian city-gate cameras; Italy's trade agency and German train
    // traffic are not ICE; speed cameras that read plates are not records
    ['Afastamento coercivo', 'A PSP passa a tratar da expulsão de cidadãos estrangeiros.', ['immigration-enforcement']],
    ['Landesverweisung', 'Das Gericht ordnete eine Landesverweisung an.', ['immigration-enforcement']],
    ['Fichier TAJ', 'La reconnaissance faciale dans le fichier TAJ est contestée.', ['state-databases']],
    ['Caméras', 'Les zones de police installent des caméras qui scannent les plaques d’immatriculation.', ['state-databases']],
    ['Varchi', 'Le telecamere ai varchi leggono le targhe e segnalano le auto rubate alla polizia locale.', ['state-databases']],
    ['Agenzia ICE', 'L’Agenzia ICE porta il Made in Italy alle fiere.', []],
    ['Bahnchaos', 'Der ICE-Verkehr zwischen Hamburg und Berlin ist gestört.', []],
    ['Autovelox', 'Le telecamere leggono le targhe e inviano la multa per eccesso di velocità.', []],
    ['Radars', 'Des caméras lisent les plaques d’immatriculation pour les excès de vitesse.', []],
    ['Expulsão', 'O árbitro expulsou o jogador estrangeiro.', []],
  ])('reads %j by what it is about (33rd collection)', readsAs);

  it.each([
    // English abroad (immigration.ts, databases.ts): the UK's hostile environment — records handed to the Home Office
    // for immigration purposes, banks checking status, rough sleepers' data; the Police National Computer; overstayers
    ['Clinics told to stop passing data', 'GP records went to the Home Office for immigration purposes.', ['immigration-enforcement']],
    [
      'Banks must check status',
      'Banks will close accounts of people without leave to remain after status checks.',
      ['immigration-enforcement'],
    ],
    [
      'Councils passed rough sleepers’ details',
      'Personal information about rough sleepers reached the Home Office.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Records wiped in error', 'Thousands of arrest records vanished from the Police National Computer.', ['state-databases']],
    ['Overstayers detained', 'Officers arrested overstayers at their homes before dawn.', ['immigration-enforcement']],
    ['School census nationality', 'Pupils’ country of birth will be recorded in the school census.', ['state-databases']],
    ['City of Sanctuary', 'The council joins the City of Sanctuary movement to welcome refugees and asylum seekers.', []],
    ['Sweeping immigration changes', 'The minister announced sweeping immigration changes for skilled workers.', []],
    // ICE awards: office machines, phones and laptops are administration even for removal offices; a named family
    // detention centre and a field office's transport contract are detention work
    ['Copyco: Lease of multifunction devices', 'For the Enforcement and Removal Operations office in Boston.', []],
    ['Laptopco: Hardware notebooks for HSI agents', 'Immigration and Customs Enforcement', []],
    ['Snowco: Snow and ice removal for the Border Patrol station', 'U.S. Customs and Border Protection', []],
    ['Prisonco: Don Hutto task order', 'Immigration and Customs Enforcement', ['immigration-enforcement']],
    ['Guardco: Transport services for the Dallas field office', 'Immigration and Customs Enforcement', ['immigration-enforcement']],
    // Spanish and Portuguese: plate readers by their Chilean name, wanted-persons records, police face recognition and
    // biometrics, Medicaid and DMV data reaching ICE, expulsion flights; a person's criminal-record certificate is not
    ['Lector de patentes', 'Carabineros recuperaron un auto robado gracias al lector de patentes.', ['state-databases']],
    ['Rebeldías y Capturas', 'El registro de personas buscadas suspendió datos erróneos.', ['state-databases']],
    ['Reconhecimento facial', 'Um foragido com mandado de prisão foi identificado pelas câmeras.', ['state-databases']],
    ['Datos de Medicaid', 'ICE podrá acceder a información de beneficiarios de Medicaid.', ['immigration-enforcement', 'state-databases']],
    ['Expulsados', 'Un vuelo con extranjeros expulsados por orden judicial partió escoltado por la PDI.', ['immigration-enforcement']],
    ['Certificado de antecedentes penales', 'Cómo pedir el certificado de antecedentes penales para un trabajo.', []],
    ['TPS', 'El Estatus de Protección Temporal protege a miles de la deportación.', []],
    // US: driving records looked up illegally, private records accessed for non-police ends, intelligence units' files,
    // ICE in jail databases; immigration jails, the southern-border emergency, CBP custody care; state reporting laws
    ['Lookups lawsuit', 'Driver records of local officials were illegally looked up hundreds of times.', ['state-databases']],
    ['Trooper charged', 'He used his access to private records to find a woman.', ['state-databases']],
    ['State police intelligence unit', 'The intelligence unit collects and shares information on suspects.', ['state-databases']],
    [
      'Sheriff opens jails to ICE',
      'ICE agents scroll through jail databases to find inmates.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Warehouses become immigration jails', 'The administration bought warehouses for detention.', ['immigration-enforcement']],
    ['National emergency at the southern border', 'Troops will deploy to the border.', ['immigration-enforcement']],
    ['Reporting bill', 'Requires law enforcement agencies to report persons not lawfully present.', ['immigration-enforcement']],
    ['Face matching at departure gates', 'CBP uses facial recognition for biometric exit of travellers.', ['immigration-enforcement']],
    // Look-alikes of the new rules (probes written from the topic definitions, no record)
    ['Tribunal ruling', 'The tribunal found a hostile environment for migrant workers at the plant.', []],
    ['Bank accounts for newcomers', 'Banks open accounts regardless of immigration status.', []],
    ['Sobriety checkpoint', 'Drivers’ records were checked at the checkpoint and four were arrested.', []],
    ['Army briefing', 'The army intelligence unit shares information with allies.', []],
    ['Hot spots', 'The chief described real-time policing strategies for hot spots.', []],
    ['Tariffs announced', 'A national emergency at the southern border prompts tariffs on imported goods.', []],
    ['Estacionamiento', 'El lector de patentes del estacionamiento cobra por minuto.', []],
    ['Separated at the border', 'The bill bars separating families at a port of entry.', ['immigration-enforcement']],
    ['Children in HHS care', 'The Office of Refugee Resettlement cares for children until their immigration proceedings end.', []],
    ['Sponsors vetted', 'Sponsors of unaccompanied children must pass a background check and a sex offender registry check.', []],
    // Its later rounds: migration authorities in the Dominican Republic and Colombia detaining and expelling people;
    // street cameras matched against civil identity photos; Brazil's police criminal records and the Córtex platform;
    // Wisconsin's TIME System and CCAP; booking data shared with ICE; concealed-carry records handed over; police
    // computer systems. Look-alikes: Germany's ICE trains in Spanish, criminal-record certificates, ICE = In Case of Emergency
    ['Operativo', 'La Dirección General de Migración detuvo a cientos de extranjeros indocumentados.', ['immigration-enforcement']],
    ['Expulsión', 'Migración Colombia expulsó a un ciudadano extranjero tras un operativo.', ['immigration-enforcement']],
    [
      'Cámaras en la vía pública',
      'El Ministerio del Interior usará reconocimiento facial con las cámaras de la vía pública.',
      ['state-databases'],
    ],
    ['Acesso a registros', 'Policiais poderão consultar registros criminais de processos encerrados.', ['state-databases']],
    ['Plataforma Córtex', 'O Córtex reúne dados usados pelas polícias em todo o país.', ['state-databases']],
    ['County terminal rules', 'Every sheriff must keep a TIME System terminal for law enforcement messages.', ['state-databases']],
    ['Court site bill', 'The bill would remove acquittals from CCAP within 120 days.', ['state-databases']],
    [
      'Jail will still talk to ICE',
      'The sheriff will share information on people booked into the jail with Immigration and Customs Enforcement.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Permit list sent', 'The state gave federal agents records of concealed carry permit holders.', ['state-databases']],
    ['Highway Patrol upgrade', 'New database systems give troopers records at their fingertips.', ['state-databases']],
    ['Trenes ICE', 'Los trenes ICE de alta velocidad cumplen 30 años en Alemania.', []],
    ['Constancia de no antecedentes penales', 'Cómo tramitar la constancia en línea.', []],
    ['ICE on your phone', 'Police urge residents to save an ICE (In Case of Emergency) contact.', []],
    ['Controles en el aeropuerto', 'Migración Colombia habilitó nuevos puntos de verificación de pasaportes.', []],
    ['Teléfono nuevo', 'El teléfono tiene reconocimiento facial y se vende en la vía pública.', []],
    // State police systems by name: Minnesota's BCA only beside its records (not its shooting investigations),
    // CORI checks of coaches are job checks; licensing data used by ICE; criminal-intelligence networks
    ['BCA investigating', 'The Bureau of Criminal Apprehension is investigating the officer-involved shooting.', []],
    ['BCA audit', 'The Bureau of Criminal Apprehension audited officers’ database queries.', ['state-databases']],
    ['Coaches must be checked', 'Every volunteer coach must complete a CORI request.', []],
    [
      'Licensing data',
      'Driver information from the Department of Licensing was used by Immigration and Customs Enforcement.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Patrol tests network', 'A statewide criminal intelligence network will link police.', ['state-databases']],
    // Local enforcement news: Border Patrol rescues of hikers and checkpoint drug seizures are not enforcement of
    // immigration; a town barred from keeping immigration information; inmate lists faxed to federal officers
    ['Lost hiker found', 'Border Patrol agents helped rescue a missing hiker, a U.S. citizen, in the desert.', []],
    ['Checkpoint seizure', 'CBP agents at the checkpoint found fentanyl in a truck.', []],
    [
      'Sanctuary resolution',
      'No town employee may request or maintain immigration information on anyone.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Jail faxed lists', 'The sheriff faxed a list of inmates and their birthplaces to federal officers.', ['state-databases']],
    ['DMV lines', 'The DMV has seen its fair share of lines this month.', []],
    // The UK and New Zealand again: custody images, an information-sharing order with the police, records accessed
    // without a policing purpose; charging-zone plate cameras and eVisas are not on topic
    ['Custody images review', 'Forces keep custody images of people never charged.', ['state-databases']],
    ['Constable warned', 'A police constable accessed records he was not supposed to see.', ['state-databases']],
    ['Cameras vandalised', 'Vandals cut the wires of Ulez number plate recognition cameras.', []],
    ['Apply for your eVisa', 'The Home Office moves immigration status to a digital system.', []],
    ['Data deal renewed', 'Thomson Reuters renewed its CLEAR data contract with ICE.', ['immigration-enforcement', 'state-databases']],
    [
      'Separation ordinance revised',
      'The city’s separation ordinance now bars sharing data and technology with federal immigration agents.',
      ['immigration-enforcement', 'state-databases'],
    ],
  ])('reads %j by what it is about (34th collection)', readsAs);

  it.each([
    // Abroad in English: the EU's Prüm exchange, police asking a border agency about status, police photo stores,
    // asylum seekers' fingerprints, forced returns and section 501 visa cancellations
    [
      'Prüm upgrade agreed',
      'Member states will query each other’s police DNA and vehicle registers under the Prüm rules.',
      ['state-databases'],
    ],
    ['Status checks', 'Police officers called border officials for status checks on people they stopped.', ['state-databases']],
    ['Photo inquiry', 'Police kept thousands of photographs of young people in a database for years.', ['state-databases']],
    ['Eurodac reform', 'Plans would fingerprint asylum seekers from the age of six.', ['state-databases']],
    ['Flight to Kingston', 'The Home Office plans to forcibly return dozens of people on a charter flight.', ['immigration-enforcement']],
    ['Visa revoked', 'Section 501 of the Migration Act lets the minister cancel visas on character grounds.', ['immigration-enforcement']],
    ['Ausländerzentralregister', 'Das Register speichert Daten aller Ausländer in Deutschland.', ['state-databases']],
    // Records kept for police or handed over: municipal ID files, hotel guest registers, second-hand dealers' reports,
    // patrol-car computers, phone-location tools, face recognition behind an arrest, ICE's sharing service for police
    [
      'City ID records',
      'The city will destroy municipal ID applicants’ records so undocumented residents are not exposed.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Motel ordinance', 'Every motel shall keep a guest register open to inspection by police officers.', ['state-databases']],
    ['Pawn reporting', 'Dealers must report each purchase through LeadsOnline.', ['state-databases']],
    ['Mobile terminals', 'Troopers get computers in their patrol cars to run plates.', ['state-databases']],
    ['Location tool', 'Penlink sells phone location tracking to agencies.', ['state-databases']],
    ['Lawsuit filed', 'A man was wrongfully arrested after facial recognition misidentified him.', ['state-databases']],
    ['LEIS review', 'The Law Enforcement Information Sharing service lets state and local officers query records.', ['state-databases']],
    [
      'Border access',
      'Border Patrol agents searched the city’s license plate reader data.',
      ['immigration-enforcement', 'state-databases'],
    ],
    // Enforcement in other words; and look-alikes: ticketless car parks, employers' driving-record checks, tuition rules,
    // an ICE finance office's consultants
    ['Worksite bill', 'Employers found hiring illegal workers would lose state contracts.', ['immigration-enforcement']],
    ['Enforcement fund', 'Penalties fund enforcement of the laws on unlawful aliens.', ['immigration-enforcement']],
    ['Holding area', 'Install detention equipment for the DHS sallyport at the federal building.', ['immigration-enforcement']],
    ['Gateless parking', 'License plate recognition lets a ticketless parking system bill drivers.', []],
    ['Carrier rule', 'Each motor carrier must obtain the motor vehicle record of every driver it employs.', []],
    ['Tuition rule', 'The board ends in-state tuition for students not lawfully present.', []],
    ['Finance support', 'Management support for the ICE Office of the Chief Financial Officer.', []],
    // Second round: regulation sections, bill analyses, records in Italian, French, Portuguese and Spanish
    ['Applicability', 'This part governs access to the III System for noncriminal justice purposes.', ['state-databases']],
    ['Registration duties', 'A sex offender must register with the agency within three days of release.', ['state-databases']],
    ['Employment practices', 'It is an unfair immigration-related employment practice to refuse hiring because of national origin.', []],
    ['Status records', 'Public bodies must compile and keep each resident’s immigration status.', ['immigration-enforcement']],
    ['Owner records', 'The department may not disclose vehicle owner information of program participants.', ['state-databases']],
    ['Undercover plates', "The Department of Licensing may issue confidential driver's licenses to officers.", []],
    ['Banca dati', 'Accessi abusivi al Sistema di Indagine delle forze di polizia.', ['state-databases']],
    ['Hotspot', 'Fotosegnalamento e impronte digitali dei migranti sbarcati.', ['state-databases']],
    ['CPR', 'La detenzione amministrativa dei migranti nei centri per il rimpatrio.', ['immigration-enforcement']],
    ['Regressos', 'A monitorização dos regressos forçados de cidadãos estrangeiros.', ['immigration-enforcement']],
    [
      'Fin des ententes',
      "Les provinces ne veulent plus incarcérer les migrants détenus par l'ASFC dans leurs prisons.",
      ['immigration-enforcement'],
    ],
    ['Café', 'O café arábica sobe na Bolsa de Mercadorias de Nova York (ICE).', []],
    // Look-alikes of the new rules: a suspect's photo near a store, a court's status check, a warrant in a crime story,
    // child abuse beside a database, national crime figures, where to apply for a city ID
    ['Police seek man', 'Police released a photo of a man who stole from a store downtown.', []],
    ['Court date', 'The judge set a status check; police testified about the crash.', []],
    ['Arrest made', "Police obtained a search warrant for the suspect's electronic communications.", []],
    ['Crime falls', 'National police data show crime fell last year.', []],
    ['City ID', 'Apply for a city ID; information about the documents you need is online.', []],
    // Last round: Hawaii's eviction cases ("summary possession") kept from public view are not police records
    ['Tenant records', 'The bill limits public access to summary possession court records until a writ issues.', []],
  ])('reads %j by what it is about (35th collection)', readsAs);

  it.each([
    // The thirty-sixth collection (dev): police records in Spanish and Portuguese, Spain's police data law, Schengen with "de"
    ['Cancelación', 'Cómo pedir la cancelación de antecedentes policiales ante la Policía Nacional.', ['state-databases']],
    ['Ley de datos', 'Datos personales tratados por las autoridades para la investigación de infracciones penales.', ['state-databases']],
    ['SIS', 'El Sistema de Información de Schengen facilita la cooperación entre países.', ['state-databases']],
    ['PSP', 'A base de dados da PSP guarda informação sobre suspeitos.', ['state-databases']],
    ['Registro genético', 'Los perfiles genéticos de condenados se incorporan al registro nacional.', ['state-databases']],
    // … the UK: Operation Nexus, foreign national offenders, licences revoked, immigration offenders reported by police
    ['Nexus', 'Operation Nexus expands to more police forces.', ['immigration-enforcement', 'state-databases']],
    ['Offenders', 'The Home Office failed to deport foreign national offenders after their sentences.', ['immigration-enforcement']],
    ['Licences', 'Driving licences of migrants without leave were revoked.', ['immigration-enforcement']],
    // … court, jail, prison and probation records
    ['VINE', 'Register with the victim notification service to learn when an offender is released.', ['state-databases']],
    ['SSA', 'States report to the Prisoner Update Processing System.', ['state-databases']],
    ['Jobless claims', 'The department shall cross-match unemployment claims against jail and prison rosters.', ['state-databases']],
    ['Booking', 'Jail booking fingerprints are now sent to immigration officials.', ['immigration-enforcement', 'state-databases']],
    ['Probation', 'Probation officers referred juveniles to ICE for deportation.', ['immigration-enforcement', 'state-databases']],
    ['Parolees', 'The commission may disclose information on parolees to local law enforcement.', ['state-databases']],
    // … enforcement abroad: Peru, Mexico, Austria, France
    ['Operativo', 'Migraciones realizó operativos de control y expulsó a extranjeros.', ['immigration-enforcement']],
    ['INM', 'El Instituto Nacional de Migración detuvo a migrantes en una estación migratoria.', ['immigration-enforcement']],
    ['Schubhaft', 'Die Schubhaft wurde verlängert.', ['immigration-enforcement']],
    // Look-alikes: job checks, car parks, low-emission zones, a Mexican certificate, a visa form, voluntary returns, BEST
    ['Employers', 'Employers can request a basic DBS check to see a criminal record.', []],
    ['Parking', 'The car park operator used ANPR and obtained the keeper details.', []],
    ['ZBE', 'Las cámaras de la zona de bajas emisiones multan a coches sin etiqueta.', []],
    ['Carta', 'La carta de no antecedentes penales se pide para un empleo.', []],
    ['Visa form', 'Application for Immigrant Visa and Alien Registration: information collection.', []],
    ['Retornados', 'El Centro de Atención al Migrante Retornado recibió a hondureños que decidieron regresar.', []],
    ['Task force', 'The Border Enforcement Security Task Force arrested smugglers.', ['immigration-enforcement']],
    // Second round: Dutch, Nordic, Central European, Latin American, Asian and African records; state agency rules
    ['Gezichten', 'De politie bewaart foto’s in de gezichtendatabase.', ['state-databases']],
    ['Detentie', 'Het leven in het detentiecentrum op Schiphol.', ['immigration-enforcement']],
    ['Udsendelse', 'Nationalt Udlændingecenter huser afviste asylansøgere.', ['immigration-enforcement']],
    ['Skyltar', 'Polisen vill läsa av registreringsskyltar med kameror.', ['state-databases']],
    ['Kiutasítás', 'A kiutasítás végrehajtása a határon.', ['immigration-enforcement']],
    ['Câmeras', 'O Muralha Paulista conecta câmeras de prefeituras ao estado.', ['state-databases']],
    ['REPUVE', 'Consulta en el REPUVE si un auto tiene reporte de robo.', ['state-databases']],
    ['Biometría', 'Un registro biométrico de reos extranjeros antes de su expulsión.', ['immigration-enforcement', 'state-databases']],
    ['Hotels', 'Hotels must file Form C for every foreigner who checks in.', ['immigration-enforcement', 'state-databases']],
    ['Centre', 'Detainees at the Lindela Repatriation Centre await deportation.', ['immigration-enforcement']],
    ['Registry', 'The sheriff must be notified of a sex offender’s release and new residence.', ['state-databases']],
    ['Scanners', 'Officers use mobile fingerprint scanners to identify people in the field.', ['state-databases']],
    // … and their look-alikes: an ICE train crash, Costa Rica's power company, a job certificate, a Danish speed trap,
    // Palantir's health data, guard licences
    ['Eschede', 'Der ICE entgleiste bei Eschede; das Zugunglück jährt sich.', []],
    ['Power', 'The Costa Rican Institute of Electricity (ICE) expands broadband.', []],
    ['Certidão', 'A certidão de antecedentes criminais mostra se há registros na base de dados da polícia.', []],
    ['Fartkontrol', 'Fotovognen fotograferer nummerpladen ved fartkontrol.', []],
    ['Pandemic', 'Palantir will help HHS track coronavirus data for law enforcement partners.', []],
    ['Guards', 'A security officer license requires a criminal history and fingerprint check.', []],
    // Last round: state payroll records sought by ICE, IRS data for local police; identity checks of jobless claimants
    // and confidential crash reports are not police records systems
    [
      'Payroll',
      'The state Department of Labor refused ICE’s demand for employers’ wage records.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['IRS to work with local police in fraud probes', undefined, ['state-databases']],
    ['Claims', 'An identity verification system compares claimants’ photos to their driver’s license before unemployment claims pay.', []],
    ['Crashes', 'Crash reports stay confidential and exempt from public records for 60 days.', []],
  ])('reads %j by what it is about (36th collection)', readsAs);

  it.each([
    // The thirty-seventh collection (dev): CLETS in an all-capital ICE award line, Pennsylvania's instant check system,
    // a sheriff searching the DMV photo archive, parolees' information for local police, Australia's identity matching
    ['COUNTY OF EXAMPLE: CLETS TELEPHONE LINE CHARGES', undefined, ['state-databases']],
    ['State police to audit the Pennsylvania Instant Check System', undefined, ['state-databases']],
    ['Face search', 'The sheriff can tap into the driver license photo archive of the state.', ['state-databases']],
    [
      'Parole',
      'The department shall provide information to local law enforcement agencies regarding an inmate paroled in their county.',
      ['state-databases'],
    ],
    ['Identity-matching Services Bill introduced', 'Police will be able to use the face matching services.', ['state-databases']],
    // … enforcement: removal from Australia, overstayers expelled, ERO written with "&", CBP's supplies for migrants
    ['Removal bill', 'The Minister may direct people to help with their removal from Australia.', ['immigration-enforcement']],
    ['Raids', 'Police sought out and expelled Pacific overstayers.', ['immigration-enforcement']],
    ['Analysts', 'Analysts for Enforcement & Removal Operations.', ['immigration-enforcement']],
    ['Supplies', 'Migrant clothing and snacks for Customs and Border Protection.', ['immigration-enforcement']],
    // … and look-alikes: casinos' face recognition, hospitals asking patients' status, Border Patrol station upkeep
    ['Casinos', 'Casinos add facial recognition at their doors.', []],
    ['Hospitals', 'Hospitals must collect and report patients’ immigration status to the state.', []],
    ['Doors', 'Replacement of the rollup door at the Border Patrol station.', []],
    // Second round: German, Swiss, French and Belgian records; Asia and the Gulf; courts; Spanish-language US news
    ['Gewahrsam', 'Der Ausreisegewahrsam kann richterlich angeordnet werden.', ['immigration-enforcement']],
    ['Kennzeichen', 'Die Polizei gleicht jedes Kennzeichen mit dem Schengen-Fahndungsbestand ab.', ['state-databases']],
    ['Parken', 'Versuch in der Stadt: Kennzeichenerfassung statt Parkschein.', []],
    ['FSPRT', 'Le FSPRT recense les personnes signalées pour radicalisation.', ['state-databases']],
    ['Stationnement', 'La voiture LAPI contrôle le stationnement payant.', []],
    [
      'SPVM',
      'Les policiers du SPVM font des vérifications de statut d’immigration auprès des services frontaliers.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['TraceTogether', 'Police can use TraceTogether data for criminal investigations.', ['state-databases']],
    ['Saudi Arabia', 'Campaigns to arrest violators of residency and labour rules continue.', ['immigration-enforcement']],
    ['Warrants', 'Prosecutors dismissed hundreds of thousands of old summonses and warrants.', ['state-databases']],
    ['Pleas', 'Prosecutors weigh the immigration consequences of a plea.', ['immigration-enforcement']],
    ['Pandillas', 'La lista de pandilleros de la policía será revisada.', ['state-databases']],
    ['Viajeros', 'La Oficina de Aduanas y Protección Fronteriza recuerda a los viajeros declarar alimentos.', []],
    ['Estafa', 'Cuidado con la estafa de un falso agente de ICE que pide dinero.', []],
    ['Jails', 'Jails will report foreign-born inmates.', ['state-databases']],
    ['Tenants', 'HUD will share tenant data with Immigration and Customs Enforcement.', ['immigration-enforcement']],
    ['Ground broken', 'The Border Patrol and the Army Corps of Engineers broke ground on a new station.', []],
    // Last round: Russia, the Balkans and the Baltics; Latin America; US records of police data tools
    ['Pushbacks', 'Border guards continue migrant pushbacks at the external border.', ['immigration-enforcement']],
    ['Latvia', 'Russian citizens without residence permits were ordered to leave.', ['immigration-enforcement']],
    ['Реестр', 'МВД разъясняет порядок ведения реестра контролируемых лиц.', ['immigration-enforcement', 'state-databases']],
    ['БиХ', 'БиХ депортовала прву групу миграната.', ['immigration-enforcement']],
    ['Mandados', 'Consulta pública ao banco de mandados de prisão.', ['state-databases']],
    ['Metro', 'Facial recognition cameras led to repeated detentions in the metro.', ['state-databases']],
    ['Scrap', 'Scrap metal recyclers must copy the seller’s photo ID and license plate number.', ['state-databases']],
    ['Deportados', 'Migración deporta a colombianos con antecedentes penales.', ['immigration-enforcement']],
    ['Chechens', 'The anniversary of the 1944 deportation of the Chechens.', []],
  ])('reads %j by what it is about (37th collection)', readsAs);

  it.each([
    // The thirty-eighth collection (dev), first round: warrant amnesties, scrap-theft laws, state aid records given to ICE
    ['Amnesty week', 'The court offers an amnesty for people with old arrest warrants.', ['state-databases']],
    ['Scrap theft', 'The scrap theft law changes what recyclers must record.', ['state-databases']],
    [
      'Benefits data',
      'Medi-Cal records of residents were handed to Immigration and Customs Enforcement.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Status checks', 'Toronto Police ran status checks with the CBSA.', ['state-databases']],
    ['Street checks', 'New rules on police street checks in Ontario.', ['state-databases']],
    // … languages: Indonesian, Korean, Japanese, Hindi, Danish, Finnish, Dutch, Spanish, Italian, French, Czech, Polish
    ['Rudenim', 'WNA itu ditahan di Rudenim sebelum dideportasi.', ['immigration-enforcement']],
    ['단속', '불법체류자 단속 이후 강제퇴거가 결정될 수 있다.', ['immigration-enforcement']],
    ['収容', '入管による収容の期間について。', ['immigration-enforcement']],
    ['誤認逮捕', '不法残留の疑いで県警が外国籍の男性を誤認逮捕した。', ['immigration-enforcement', 'state-databases']],
    ['विमान', 'अमेरिका से डिपोर्ट किए गए भारतीयों का विमान उतरा।', ['immigration-enforcement']],
    ['Hjemrejse', 'Hjemrejsestyrelsen skal sende afviste asylansøgere hjem.', ['immigration-enforcement']],
    ['Palautus', 'Poliisi panee täytäntöön palautuspäätökset.', ['immigration-enforcement']],
    ['Grens', 'De marechaussee zet @migo-boras in tegen illegale immigratie.', ['immigration-enforcement', 'state-databases']],
    ['Melilla', 'Vuelven las devoluciones en caliente en la valla.', ['immigration-enforcement']],
    ['Sanità', 'Resta il divieto di segnalazione dei pazienti irregolari.', ['state-databases']],
    ['Montréal', 'Le statut de ville sanctuaire de Montréal.', ['immigration-enforcement']],
    ['DNA', 'Žádost o informace o Národní databázi DNA.', ['state-databases']],
    ['SIS', 'Het SIS bevat signaleringen van personen.', ['state-databases']],
    // … and look-alikes: traffic e-challans, police clearances, parking scan cars and campus permits, TPS rulings, visa
    // bonds, gunshot sensors, settled status
    ['E-challans', 'ANPR cameras issue e-challans for traffic violations.', []],
    ['Clearance', 'A police clearance shows whether you have a criminal record.', []],
    ['Scanauto', 'De scanauto fotografeert kentekens voor de parkeercontrole.', []],
    ['Permits', 'License plate recognition replaces the hangtag: your plate is your permit.', []],
    ['TPS', 'A judge blocked the end of Temporary Protected Status and its deportation protections.', []],
    ['Bonds', 'Visa bonds aim to cut visa overstays.', []],
    ['Raven', 'Flock adds gunshot detection sensors to its cameras.', []],
    ['Settled', 'EU citizens must apply for settled status to prove their immigration status.', []],
    // Second round: Japanese, Korean, Chinese, Thai, Turkish, Arabic, Hebrew and Ukrainian records; US jails and ICE awards
    ['Nシステム', 'Nシステムは走行中のナンバープレートを読み取る。', ['state-databases']],
    ['照会', '県警の巡査長が個人情報を照会システムで不正に閲覧した。', ['state-databases']],
    ['보호소', '화성외국인보호소에서 가혹행위가 있었다.', ['immigration-enforcement']],
    ['판독기', '순찰차의 차량번호 판독기로 수배 차량을 찾는다.', ['state-databases']],
    ['天网', '公安机关的天网是一种视频监控系统。', ['state-databases']],
    ['遣返', '外国人被决定遣返出境。', ['immigration-enforcement']],
    ['車牌', '警車AI巡防系統自動辨識問題車牌。', ['state-databases']],
    ['ตม.30', 'เจ้าบ้านต้องแจ้ง ตม.30 เมื่อมีชาวต่างชาติเข้าพัก', ['immigration-enforcement', 'state-databases']],
    ['Göçmen', 'Düzensiz göçmenler yakalandı ve geri gönderme merkezine götürüldü.', ['immigration-enforcement']],
    ['GBT', 'Polis Genel Bilgi Toplama sorgusu yaptı.', ['state-databases']],
    ['ترحيل', 'ترحيل آلاف المخالفين لأنظمة الإقامة', ['immigration-enforcement']],
    ['עין הנץ', 'המשטרה מפעילה את מערכת עין הנץ', ['state-databases']],
    ['Гарпун', 'Система «Гарпун»: камери фіксуватимуть номерні знаки.', ['state-databases']],
    ['Inmates', 'Criminal and immigration records of all jail inmates will be checked.', ['state-databases']],
    ['Council', 'A Compact Party may appeal the decision of the Council.', ['state-databases']],
    ['Magazines', 'Sig MPX and spare magazines.', []],
    ['Sig MPX', 'Spare magazines for Immigration and Customs Enforcement officers.', ['immigration-enforcement']],
    // … and look-alikes: ICE mentoring and outreach, prison literacy rules, traffic-fine cameras, a job certificate
    ['Training Connection: ICE Mentoring Program', undefined, []],
    ['Literacy', 'Inmates who are deportable aliens need not attend the literacy program.', []],
    ['ETLE', 'Kamera tilang ETLE memakai ANPR.', []],
    ['証明書', '犯罪経歴証明書 (Criminal Record) の申請。', []],
    // Last round: German, French, Spanish and Portuguese records; US court records, Congress bills and older news
    ['Kirchenasyl', 'Die Überstellungsfrist im Dublin-Verfahren läuft.', ['immigration-enforcement']],
    ['Grenze', 'Die Bundespolizei meldet mehr Zurückweisungen an der Grenze.', ['immigration-enforcement']],
    ['hessenDATA', 'Das Gericht beanstandet die Datenanalyse der Polizei mit Palantir.', ['state-databases']],
    ['Abfrage', 'Ein Polizist fragte das Melderegister privat ab.', ['state-databases']],
    ['Cartes grises', 'Les policiers municipaux accèdent au fichier des cartes grises.', ['state-databases']],
    ['BNG', 'La Banque de données nationale générale de la police fédérale.', ['state-databases']],
    ['Sûreté', 'Le centre de rétention de sûreté de Fresnes reste vide.', []],
    ['Padrón', '¿Puede la policía acceder al padrón municipal? La cesión de datos.', ['state-databases']],
    ['SIBA', 'Os boletins de alojamento comunicam os hóspedes estrangeiros.', ['immigration-enforcement', 'state-databases']],
    ['Byrne JAG', 'The Justice Assistance Grant conditions on sanctuary jurisdictions.', ['immigration-enforcement']],
    ['Violators', 'The bill changes how immigration violation data is collected.', ['immigration-enforcement', 'state-databases']],
    // … and look-alikes: Dream Act bills, toll billing by plate, officer decertification surveys, a German train
    ['Dream Act', 'The Dream Act would cancel removal and grant conditional status to Dreamers.', []],
    ['Tolls', 'Toll By Plate uses license plate recognition to bill drivers without a transponder.', []],
    ['POST', 'A survey of POST agencies on the officer decertification database.', []],
    ['Oberleitung', 'Ein ICE blieb wegen einer gerissenen Oberleitung vor dem Hauptbahnhof liegen.', []],
    // Fourth round: Italian hosting declarations and hotel reports, Vietnamese expulsions, Malaysian raids, Persian,
    // Hebrew and Gulf deportations, New South Wales target lists, Chinese police selling personal data
    [
      'Ospitalità',
      'Chi ospita un cittadino extracomunitario deve darne comunicazione alla questura.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Alloggiati', 'Gli alberghi comunicano gli ospiti al portale Alloggiati Web.', ['state-databases']],
    ['CPR', 'Convalida del trattenimento dello straniero nel CPR.', ['immigration-enforcement']],
    ['Trục xuất', 'Công an tỉnh trục xuất hai người nước ngoài nhập cảnh trái phép.', ['immigration-enforcement']],
    ['PATI', 'Seramai 200 pendatang asing tanpa izin (PATI) ditahan Jabatan Imigresen.', ['immigration-enforcement']],
    ['اخراج', 'اخراج مهاجران افغان از ایران', ['immigration-enforcement']],
    ['מסתננים', 'כליאת מסתננים במתקן חולות', ['immigration-enforcement']],
    ['Kuwait', 'Police arrested residency law violators in dawn raids.', ['immigration-enforcement']],
    ['STMP', 'NSW Police will discontinue the Suspect Targeting Management Plan.', ['state-databases']],
    ['信息', '民警查询公民个人信息并出售。', ['state-databases']],
    // … and look-alikes: the end of the CHNV parole programme, DBS filtering of old convictions
    ['CHNV', 'DHS ended the CHNV parole program and urged immediate departure.', []],
    ['Filtering', 'Filtering rules decide which old convictions a DBS check shows from the criminal record.', []],
    ['CBP One', 'CBP One: cómo pedir una cita de asilo en la Oficina de Aduanas y Protección Fronteriza.', []],
    ['Dream Act', 'The bill lets an alien who is inadmissible obtain conditional permanent resident status.', []],
    ['LPR', 'Dreamers could adjust to LPR status; a green card follows.', []],
    // A look-alike review of the collection's new rules: what they must not read
    ['SIV', 'Afghan applicants for the Special Immigrant Visa (SIV) gain access to a new portal.', []],
    ['BNG', 'The council adopts a biodiversity net gain (BNG) policy for new housing.', []],
    ['Häftling', 'Die Überstellung des Häftlings in ein anderes Gefängnis.', []],
    ['Klage', 'Das Gericht entschied über die Zurückweisung der Klage; die Grenze des Ermessens.', []],
    ['Forces', 'A police data sharing agreement with neighbouring forces.', ['state-databases']],
    ['CalFresh', 'Immigrant families drop CalFresh benefits out of fear of ICE.', ['immigration-enforcement']],
    ['Scrap yard', 'The scrap metal recycler was fined under stormwater regulations.', []],
    ['Камера', 'Заключенный в камере номер пять.', []],
  ])('reads %j by what it is about (38th collection)', readsAs);

  it.each([
    // First round: Korean fingerprint sharing, Japanese residence-card checks, French police files and Dublin
    // transfers, Arabic and Russian enforcement, US surveillance ordinances and scams that only pose as ICE
    ['지문', '법무부와 경찰이 외국인 지문정보를 수사에 공유한다.', ['immigration-enforcement', 'state-databases']],
    ['지문사전등록', '경찰은 아동 지문사전등록제를 운영한다.', ['state-databases']],
    ['在留カード', '警察官の職務質問で在留カードの提示を求められた。', ['immigration-enforcement']],
    ['宿泊者名簿', '旅館は外国人宿泊者の旅券の写しを宿泊者名簿とともに保存する。', ['state-databases']],
    ['Dublinés', 'Les transferts Dublin vers l’Italie sont suspendus.', ['immigration-enforcement']],
    [
      'Fiche de police',
      'Les clients étrangers remplissent une fiche individuelle de police à l’hôtel.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['FIJAIT', 'Le fichier judiciaire des auteurs d’infractions terroristes (FIJAIT) est créé.', ['state-databases']],
    ['ADN', 'Le refus de prélèvement ADN jugé au tribunal.', ['state-databases']],
    ['Radar', 'Le radar tronçon mesure la vitesse moyenne par lecture des plaques.', []],
    ['Surveillance', 'The council adopts a surveillance technology ordinance with data retention rules.', ['state-databases']],
    ['Amnesty', 'The municipal court holds an amnesty month: bench warrants will be recalled.', ['state-databases']],
    ['Housing', 'The Fair Criminal Record Screening for Housing Act limits what landlords may ask.', []],
    ['Scam', 'Scammers posing as immigration agents demand money from immigrants; the FBI warns of fake agents.', []],
    ['U visa', 'La Visa U protege a víctimas de crímenes aunque teman la deportación.', []],
    ['Backlog', 'Firing immigration judges will worsen the immigration court backlog.', []],
    ['ترحيل', 'السلطات اللبنانية تسعى لترحيل اللاجئين السوريين', ['immigration-enforcement']],
    ['Рейд', 'В ходе рейда задержали 300 мигрантов-нелегалов.', ['immigration-enforcement']],
    [
      'Учёт',
      'Принимающая сторона направляет уведомление о прибытии иностранного гражданина.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Депортация', 'Годовщина депортации чеченцев и ингушей в 1944 году.', []],
    // Second round: German, Dutch, Nordic, Czech, Greek, Balkan, South Asian and Gulf records; UK and Canadian
    // enforcement; prisons' lists of foreign-born inmates
    ['Ausreisepflicht', 'Gesetz zur besseren Durchsetzung der Ausreisepflicht.', ['immigration-enforcement']],
    [
      'Übermittlungspflicht',
      'Die Übermittlungspflicht nach § 87 schreckt Menschen ohne Papiere vom Arzt ab.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Marechaussee', 'De Koninklijke Marechaussee voert vreemdelingentoezicht uit.', ['immigration-enforcement']],
    ['Utlänningskontroll', 'Polisen får ta fingeravtryck vid inre utlänningskontroll.', ['immigration-enforcement']],
    ['Ubytovatel', 'Ubytovatel musí oznámit ubytování cizince policii.', ['immigration-enforcement', 'state-databases']],
    ['Smart Policing', 'Το σύστημα Smart Policing της αστυνομίας κρίθηκε παράνομο.', ['state-databases']],
    ['Mигранти', 'Задържаха 26 нелегални мигранти в София.', ['immigration-enforcement']],
    ['Sham marriage', 'Registrars referred suspected sham marriages to the Home Office.', ['immigration-enforcement', 'state-databases']],
    ['Right to Rent', 'Landlords must carry out Right to Rent immigration checks.', ['immigration-enforcement']],
    ['CDCR', 'The prison system refers its list of foreign-born inmates to ICE.', ['immigration-enforcement', 'state-databases']],
    ['SOMS', 'The state awarded a contract for its offender management system.', ['state-databases']],
    ['Tạm trú', 'Người nước ngoài phải khai báo tạm trú với công an.', ['immigration-enforcement', 'state-databases']],
    ['APOA', 'Hotel wajib melaporkan tamu asing melalui Aplikasi Pelaporan Orang Asing.', ['immigration-enforcement', 'state-databases']],
    ['সীমান্ত', 'বিএসএফ ১৫ জনকে পুশ ইন করেছে', ['immigration-enforcement']],
    ['Kimlik', 'Kimlik Bildirme Kanunu otellerin bildirimlerini düzenler.', ['state-databases']],
    ['מרשם', 'מחיקת רישום פלילי במשטרה', ['state-databases']],
    ['Empadronamiento', 'Comienza el empadronamiento biométrico de migrantes irregulares.', ['immigration-enforcement', 'state-databases']],
    ['Cerco', 'O cerco eletrônico identificou veículos furtados.', ['state-databases']],
    // … and look-alikes: expelled players and diplomats, a parking app that bills by plate, a retailer's data leak
    ['Mercato', 'L’expulsion de ressortissants étrangers? Non: un joueur expulsé du match.', []],
    ['停车', '车牌识别系统支持停车场无感支付收费。', []],
    ['쿠팡', '쿠팡 고객 개인정보가 무단으로 노출됐다.', []],
    // A look-alike review of the collection's new rules: what they must not read
    ['Flock', 'A flock of geese returned to the wildlife sanctuary.', []],
    ['I-205', 'Crews will close I-205 northbound overnight for paving.', []],
    ['आधार', 'पुलिस ने सबूतों के आधार पर आरोपी को गिरफ्तार किया।', []],
    ['Zajistit', 'Obec musí zajistit ubytování pro cizí turisty v létě.', []],
    ['Transit', 'The border agency cleared goods in transit at the port.', []],
    ['Israël', 'Israël a placé le journaliste palestinien en détention administrative.', []],
    ['Matrícula', 'La matrícula escolar se abre en el municipio; identificación del alumno.', []],
    ['Cerca', 'Instale uma cerca eletrônica no muro da sua casa.', []],
    ['Klage', 'Die Klage wurde abgewiesen; die Grenze des Ermessens war nicht überschritten.', []],
  ])('reads %j by what it is about (39th collection)', readsAs);

  it.each([
    // 40th: health workers told to report undocumented patients; facial-recognition commissions; crime databases
    [
      'Circular',
      'Clinics must notify the police when undocumented patients seek treatment.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Commission', 'A special commission on facial recognition proposes limits on government use.', ['state-databases']],
    ['Crime database', 'Police will build a national crime database to identify repeat offenders.', ['state-databases']],
    // … guards: border-barrier waivers, juvenile alternatives to detention, gang patches, conduct certificates
    [
      'Determination Pursuant to Section 102 of the Illegal Immigration Reform and Immigrant Responsibility Act',
      'The Secretary waives laws to build barriers and roads near the border.',
      [],
    ],
    ['Juvenile', 'Counties expand alternatives to detention for juveniles awaiting hearings.', []],
    ['Patches', 'The new law bans gang patches in public places.', []],
    ['Conduct', 'Apply online for a police conduct certificate for your new job.', []],
    ['Future', 'County ends contract with ICE, then OKs future collaboration with immigration agents.', ['immigration-enforcement']],
    // … Spanish, Catalan and Portuguese
    ['CIE', "El Centre d'Internament d'Estrangers de la Zona Franca va tancar més persones.", ['immigration-enforcement']],
    ['Tribuna Segura', 'El sistema Tribuna Segura detecta a hinchas con pedido de captura.', ['state-databases']],
    ['Registro', 'El Gobierno crea el Registro Central de Delincuentes Sexuales.', ['state-databases']],
    ['AIMA', 'A AIMA notificou imigrantes com residência negada para deixar o país em 20 dias.', ['immigration-enforcement']],
    ['Balseros', 'La Guardia Costera repatrió a 20 balseros cubanos.', ['immigration-enforcement']],
    // … French, German, Italian, Dutch
    ['Centres fermés', 'Le gouvernement étend les centres fermés pour la politique de retour.', ['immigration-enforcement']],
    ['Refoulement', 'Le tribunal annule la décision de refoulement prise contre M. X.', ['immigration-enforcement']],
    ['CIPC', 'Le Centre d’information de la police canadienne conserve les casiers judiciaires.', ['state-databases']],
    ['SAAQ', 'La SAAQ veut la reconnaissance faciale pour la banque de photos des conducteurs.', ['state-databases']],
    ['Fluggastdaten', 'Das BKA wertet Fluggastdaten aus und gleicht sie mit Fahndungsdateien ab.', ['state-databases']],
    ['Gewalttäter Sport', 'Die Polizei speichert Fußballfans in der Datei "Gewalttäter Sport".', ['state-databases']],
    ['Gezichtsherkenning', 'De politie gebruikt gezichtsherkenning bij de opsporing van verdachten.', ['state-databases']],
    ['Fabbricato', 'La comunicazione di cessione di fabbricato va presentata entro 48 ore.', ['state-databases']],
    // … Nordic, Baltic, Balkan, Greek, Russian and Central Asian
    ['Ansigtsgenkendelse', 'Politiet får lov til at bruge ansigtsgenkendelse i efterforskning.', ['state-databases']],
    ['Misstankeregister', 'IMY förelägger polisen att gallra misstankeregistret.', ['state-databases']],
    [
      'Socialtjänsten',
      'Socialtjänsten lämnade adresser till gränspolisen om personer med utvisningsbeslut.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Harku', 'Harku kinnipidamiskeskuses hoitakse väljasaadetavaid isikuid.', ['immigration-enforcement']],
    ['Numbrituvastus', 'Politsei numbrituvastuskaamerad salvestavad autode numbrimärke.', ['state-databases']],
    ['Arcfelismerő', 'A rendőrség arcfelismerő rendszert használ az igazoltatás során.', ['state-databases']],
    ['Απελάσεις', 'Οι λαθρομετανάστες θα απελαθούν στις χώρες καταγωγής τους.', ['immigration-enforcement']],
    ['Нелегалы', 'Полицейские провели рейд и задержали нелегальных мигрантов.', ['immigration-enforcement']],
    ['Сфера', 'Система «Сфера» находит людей в розыске по лицу.', ['state-databases']],
    // … Asian, Middle Eastern and African languages
    ['डिटेंशन', 'असम के डिटेंशन सेंटर में विदेशी घोषित लोग रखे जाते हैं।', ['immigration-enforcement']],
    ['Dayuhan', 'Naaresto ang limang dayuhan na overstaying sa bansa.', ['immigration-enforcement']],
    ['照会', '警察は捜査関係事項照会で市役所に資料を求めた。', ['state-databases']],
    ['متسللين', 'الشرطة ترحيل 40 متسللا عبر المطار', ['immigration-enforcement']],
    ['أبشر', 'يمكن لصاحب العمل تسجيل بلاغ التغيب عن العامل الوافد.', ['immigration-enforcement', 'state-databases']],
    ['S17', 'La fiche S17 limite les voyages des personnes fichées aux frontières.', ['state-databases']],
    ['Wahamiaji', 'Wahamiaji haramu 50 wakamatwa na maafisa wa uhamiaji.', ['immigration-enforcement']],
    // … the last rounds: Brazil and Portugal, East Asia, the Gulf, South Asia, the US immigrant press
    ['Guarulhos', 'Centenas de imigrantes seguem retidos na área restrita do aeroporto.', ['immigration-enforcement']],
    ['Infoseg', 'A Rede Infoseg reúne consultas integradas de segurança pública.', ['state-databases']],
    ['Dados cadastrais', 'O delegado pode requisitar dados cadastrais sem ordem judicial.', ['state-databases']],
    ['숙박신고제', '단기체류 외국인 숙박신고제가 시행됐다.', ['immigration-enforcement', 'state-databases']],
    ['仮放免', '入管は仮放免を許可しなかった。', ['immigration-enforcement']],
    ['封存', '轻微犯罪记录封存制度应当系统设计。', ['state-databases']],
    ['رحلت', 'رحلت وزارة الداخلية 13 ألف وافد مخالف', ['immigration-enforcement']],
    ['شموس', 'على الفنادق تسجيل نزلائها في نظام شموس الأمني', ['state-databases']],
    ['NAFIS', 'पुलिस अब नफीस से अपराधियों के फिंगरप्रिंट का मिलान करेगी।', ['state-databases']],
    ['ભાડૂઆત', 'ભાડૂઆતની નોંધણી પોલીસ સ્ટેશનમાં ફરજિયાત છે.', ['state-databases']],
    ['DMV', 'El DMV no puede proporcionar información a migración.', ['immigration-enforcement', 'state-databases']],
    ['Green Light', 'The Green Light law lets residents without status apply for a standard licence.', []],
    ['Character', 'Apply online for your police Character Certificate before the interview.', []],
    ['Timpora', 'Tim Pengawasan Orang Asing menggelar operasi gabungan terhadap WNA.', ['immigration-enforcement']],
    ['Camera AI', 'Công an phá án nhanh nhờ camera AI nhận dạng khuôn mặt.', ['state-databases']],
    ['Antiterrordatei', 'Das Gericht prüft die Antiterrordatei von Polizei und Nachrichtendiensten.', ['state-databases']],
    ['PERPOL', 'Derecho de acceso al fichero PERPOL de la Policía.', ['state-databases']],
    ['Antecedentes', 'Antecedentes penales y trabajo: qué puede pedirle la empresa.', []],
    // … and look-alikes the new rules must not read
    ['Sfera', 'В сфере образования полиция провела лекции для школьников.', []],
    ['Лагерь', 'Годовщина депортации крымских татар в Ташкенте.', []],
    ['Diplomats', 'МИД выдворяет дипломатов, объявленных персонами нон грата.', []],
    ['Deportācija', 'Latvijā piemin 1941. gada 14. jūnija deportāciju.', []],
    ['遣返', '葫芦岛日侨俘大遣返是战后的历史事件。', []],
    ['收容', '收容遣送制度已于2003年废除。', []],
    ['لوحات', 'معرض يقدم قراءة جديدة في لوحات الفنانين', []],
    ['مخيم', 'اعتقلت قوات الاحتلال شابين في مخيم جنين للاجئين', []],
    ['Retirados', 'Produtos ilegais retirados das lojas pela fiscalização.', []],
    ['Repatriação', 'A repatriação de recursos de estrangeiros no exterior teve novo prazo.', []],
    ['NRC', 'The NRC issued a notice to the nuclear plant operator.', []],
    ['ANPR', 'ANPR cameras at toll plazas will allow barrier-free FASTag tolling.', []],
    // ANPR in any case and number: one English rule reads them all (the Indian-press rule beside it was joined to it)
    ['Anpr', 'Police installed 40 Anpr cameras at the city entry points.', ['state-databases']],
    ['ANPRs', 'The force now runs ANPRs on every arterial road.', ['state-databases']],
  ])('reads %j by what it is about (40th collection)', readsAs);

  it.each([
    // The forty-first collection's patterns (dev), in made-up sentences: removals and detention of foreigners in
    // Icelandic, Slovak, Czech, Polish, Uzbek, Serbo-Croatian, Chinese, Korean, Japanese and Indonesian; lodgings'
    // reports of foreign guests (both topics); plate and face recognition and police databases in many languages
    ['Brottvísun', 'Útlendingastofnun ákvað brottvísun og endurkomubann.', ['immigration-enforcement']],
    ['Zadržanie', 'Cudzinecká polícia zadržala muža, ktorý sa zdržiaval neoprávnene.', ['immigration-enforcement']],
    ['Balková', 'Záchytné zařízení pro cizince bylo rozšířeno.', ['immigration-enforcement']],
    ['Wydalenie', 'Straż Graniczna wydała decyzję o zobowiązaniu cudzoziemca do powrotu.', ['immigration-enforcement']],
    ['Vraćanje', 'Hrvatska policija svakodnevno vraća migrante u BiH.', ['immigration-enforcement']],
    ['非法入境者', '警方今年截獲非法入境者三百名。', ['immigration-enforcement']],
    ['신원불일치자', '법무부는 신원불일치자 자진신고를 받았다.', ['immigration-enforcement']],
    ['国外退去', '入管は外国人を国外退去処分とした。', ['immigration-enforcement']],
    ['Overstay', 'Imigrasi mengenakan denda kepada WNA overstay.', ['immigration-enforcement']],
    ['Ceuta', 'El Gobierno aplicó la devolución inmediata de los inmigrantes que saltaron la valla.', ['immigration-enforcement']],
    [
      'Hlásenie pobytu cudzincov',
      'Ubytovatelia musia hlásenie pobytu cudzincov doručiť polícii.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Boletim de Alojamento', 'O hotel enviou o boletim de alojamento ao SEF.', ['immigration-enforcement', 'state-databases']],
    ['Huroob', 'Employers can file a huroob report through Absher.', ['immigration-enforcement', 'state-databases']],
    ['HMRC', 'HMRC passed migrant tax records to the Home Office.', ['immigration-enforcement']],
    ['Wyatt', 'Senators heard bills on the Wyatt Detention Facility.', ['immigration-enforcement']],
    ['Baza de date', 'Polițistul a accesat baza de date a Poliției în interes personal.', ['state-databases']],
    ['Πινακίδες', 'Η αστυνομία απέκτησε σύστημα αναγνώρισης πινακίδων.', ['state-databases']],
    ['Tablice', 'Policija uvodi automatsko prepoznavanje registarskih oznaka.', ['state-databases']],
    ['Камери', 'На Київщині встановлять камери з розпізнаванням обличчя.', ['state-databases']],
    ['Arcfelismerés', 'A rendőrség arcfelismerő kamerákkal figyeli a belvárost.', ['state-databases']],
    ['POLAP', 'Der Bund plant eine nationale Abfrageplattform für die Polizei.', ['state-databases']],
    ['Targhe', 'Presentato il Sistema Centralizzato Nazionale Targhe e Transiti.', ['state-databases']],
    ['Prófugos', 'La Policía arrestó a 800 prófugos gracias al sistema de reconocimiento de las cámaras.', ['state-databases']],
    ['번호판', '경찰이 번호판 자동 인식 장비를 도입했다.', ['state-databases']],
    ['المطلوبين', 'أعلنت الوزارة إزالة قوائم المطلوبين.', ['state-databases']],
    ['PNR', 'The directive lets police use Passenger Name Record data against serious crime.', ['state-databases']],
    ['Safaricom', 'The telco has been giving security agents access to customers’ call data.', ['state-databases']],
    ['Поток', 'Система видеонаблюдения Поток проверяет машины по номерам.', ['state-databases']],
    ['BOL-110', 'La Policía recibió equipos para el sistema BOL-110.', ['state-databases']],
    ['Поток мигрантов', 'Поток мигрантов в Россию вырос на десять процентов.', []],
    ['Депортации', 'Память жертв сталинских депортаций почтили в Кишиневе.', []],
    [
      'Мигранты из СССР',
      'Полиция депортировала мигрантов из стран бывшего СССР, нарушивших правила пребывания.',
      ['immigration-enforcement'],
    ],
    ['Санкции', 'МИД объявил о санкциях: запрет на въезд в Россию для британских чиновников.', []],
    ['NBI clearance', 'How to apply for an NBI clearance online: it certifies your criminal record status for employment.', []],
    ['كاميرات المرور', 'وزارة الداخلية تركب كاميرات مراقبة لرصد مخالفات السرعة على الطرق.', []],
    ['Pawn', 'Pawnbrokers must hold goods when police notify them.', ['state-databases']],
    // … and the look-alikes each was written against
    ['EES', "The county's exculpatory evidence schedule (EES) lists officers with credibility issues.", []],
    ['Attendance', 'प्राइमरी शिक्षकों की हाजिरी अब फेस रिकग्निशन से होगी।', []],
    ['Challan', 'سیف سٹی کیمروں نے نمبر پلیٹ دیکھ کر چالان کیے۔', []],
    ['Sharply', 'ICE arrests rose sharply as federal immigration enforcement accelerated.', ['immigration-enforcement']],
    ['Hokej', 'Olimpija bo igrala v ligi ICE HL.', []],
    ['Acadians', 'The deportation of the Acadians is remembered each year; historians describe the deportation.', []],
    ['Διπλωμάτες', 'Απέλαση Ρώσων διπλωματών από την Ελλάδα.', []],
    ['Donau', 'In 1942 the Jews of Oslo were deported on the Donau.', []],
  ])('reads %j by what it is about (41st collection)', readsAs);

  it.each([
    // The forty-third collection's patterns (dev), in made-up sentences: Gulf raids on violators, Lebanese refugee
    // lists, Kuwait's absence reports, fingerprints of wanted people, Egypt's watch lists, Cyrillic registers and
    // biometrics, Bulgarian hosts' reports, Costa Rica's border rejections, German police files, South Africa's
    // "illegal foreigners", Kenyan landlords, Pakistan's mapping of Afghans, Iranian arrests, Nordic registers of
    // foreigners, Brazil's register of rape convicts; and look-alikes they must not read
    ['Raids', 'الداخلية تنفذ حملات تفتيشية ضد الوافدين المخالفين', ['immigration-enforcement']],
    ['Refugee lists', 'الأمن العام يطالب المفوضية بتسليم الداتا الخاصة باللاجئين السوريين', ['immigration-enforcement', 'state-databases']],
    ['Absence report', 'الغاء بلاغ التغيب عن الوافدين بعد مراجعة إدارة الإقامة', ['immigration-enforcement', 'state-databases']],
    ['Fingerprints', 'نظام البصمات الجديد في الشرطة يكشف المطلوبين', ['state-databases']],
    ['Watch list', 'إدراج اسمه على قوائم ترقب الوصول في المطارات', ['state-databases']],
    ['Register', 'В Украине запустили реестр педофилов', ['state-databases']],
    ['Biometrics', 'МВД создает базу биометрических данных', ['state-databases']],
    [
      'Подслон',
      'Лицето, предоставило подслон на чужденец, уведомява полицията в срок до 3 дни.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Rechazados', 'Más de 300 migrantes fueron rechazados en la frontera por intentar ingresar ilegalmente.', ['immigration-enforcement']],
    ['BKA', 'Die Zahl der in Dateien des Bundeskriminalamtes gespeicherten Personen stieg.', ['state-databases']],
    ['Illegal foreigners', 'Home Affairs officials deported 200 illegal foreigners last month.', ['immigration-enforcement']],
    ['Landlords', 'Landlords must collect copies of tenants ID cards and report them to the police.', ['state-databases']],
    ['Mapping', 'Police began mapping Afghan nationals ahead of their repatriation.', ['immigration-enforcement', 'state-databases']],
    ['Zahedan', 'بازداشت ۲۰۰ تبعه بیگانه غیرمجاز در زاهدان', ['immigration-enforcement']],
    ['Ulkomaalaisrekisteri', 'Laki ulkomaalaisrekisteristä muuttuu ensi vuonna.', ['state-databases']],
    ['Cadastro', 'Lei cria o Cadastro Nacional de Pessoas Condenadas por Crime de Estupro.', ['state-databases']],
    ['Tranzitzóna', 'A tranzitzónában várakozó menedékkérőket buszokra pakolták.', ['immigration-enforcement']],
    ['Rental', 'New rules for rental contracts set by the city council.', []],
    ['Certificate', 'گواهی عدم سوء پیشینه را چگونه دریافت کنیم؟', []],
    ['Diplomats', 'Greece expelled two Russian diplomats on Monday.', []],
    ['Geofence', 'Police served a geofence warrant on Google for phones near the scene.', ['state-databases']],
    ['Tabulati', "La procura ha acquisito i tabulati telefonici dell'indagato.", ['state-databases']],
    ['APPS', 'The bill funds reviews of matches in the Armed Prohibited Persons System.', ['state-databases']],
    ['Push-in', 'বিএসএফ আরও ১৪ জনকে পুশইন করেছে', ['immigration-enforcement']],
    ['Trinetra', 'त्रिनेत्र ऐप से पुलिस अपराधियों की पहचान करती है', ['state-databases']],
    ['Tenants', 'The ordinance would compel landlords to ask about tenants’ immigration status.', ['immigration-enforcement']],
    ['Data broker', 'The FTC barred a data broker from selling sensitive location data.', []],
    ['Raid', 'Police executed 39 arrest warrants (mandados de prisão) in a drug operation.', []],
  ])('reads %j by what it is about (43rd collection)', readsAs);

  it.each([
    // Two look-alike reviews of the forty-third collection's new rules: made-up sentences, each in its rule's language,
    // that a rule read before it was narrowed (illegal working hours, the Home Affairs Committee, e-verified tax
    // returns, football send-offs, medals "raflées", handball suspensions, press releases, attendance fingerprints,
    // water reservoirs, school absences, drone geofencing, sealed-off streets, Shiva's third eye, face-scan fraud)
    [
      'Factory fined over illegal working hours',
      'Labour inspectors imposed penalties after staff were made to work illegal working hours without overtime pay.',
      [],
    ],
    [
      'Cowboy gas fitters: illegal workers face tough penalties',
      'Gas Safe warns that illegal workers who are not registered gas engineers face penalties of up to £20,000.',
      [],
    ],
    [
      'Child labour: illegal workers found in brick kilns',
      'Labour department raids kilns in Punjab and finds 40 children working as illegal workers; owners face penalties.',
      [],
    ],
    [
      'Home Affairs Committee report warns of foreign interference in universities',
      'MPs on the Home Affairs Committee published a report on foreign state interference and espionage at UK universities.',
      [],
    ],
    [
      'Ministry of Home Affairs annual report: foreign contribution licences cancelled',
      'The MHA annual report says FCRA registration of 1,800 NGOs was cancelled for violating foreign contribution rules.',
      [],
    ],
    [
      'Home Affairs reports record number of foreign tourists',
      "South Africa's Home Affairs reported that 8 million foreign visitors passed through ports of entry this year, boosted by e-visas.",
      [],
    ],
    [
      'Home Office report: foreign nurses fill NHS gaps',
      'A Home Office report shows health and care visas granted to foreign nurses doubled.',
      [],
    ],
    [
      "Geologists finish mapping Afghanistan's lithium deposits",
      "A survey mapping Afghanistan's mineral wealth estimates lithium reserves worth billions.",
      [],
    ],
    [
      "UN project mapping Afghan women's access to education",
      'UNESCO is compiling data on Afghan girls excluded from secondary school under Taliban rule.',
      [],
    ],
    [
      'Tourism board compiling data on foreigners visiting Thailand',
      "The ministry is compiling data on foreigners' spending patterns to plan marketing campaigns.",
      [],
    ],
    ["Mapping Afghan cuisine: a food lover's guide", 'A new cookbook maps Afghan dishes from Herat to Kabul.', []],
    [
      'Royal Navy escorting overseas warships through the Channel',
      'HMS Tyne spent the week escorting overseas naval vessels through British waters.',
      [],
    ],
    [
      'Volunteers escorting overseas students on arrival day',
      'University volunteers will be escorting overseas students from the airport to their halls.',
      [],
    ],
    [
      'Cargamento de aguacates rechazado en la frontera por plagas',
      'Las autoridades sanitarias rechazaron el camión en la frontera; el cargamento fue devuelto a Michoacán.',
      [],
    ],
    [
      'Devuelto el dinero cobrado ilegalmente a los usuarios',
      'La eléctrica deberá reintegrar las tarifas; el importe cobrado ilegalmente será devuelto en la próxima factura.',
      [],
    ],
    [
      'Rechazada en el Congreso la reforma de la ley de migracion',
      'Los diputados rechazaron el proyecto que modificaba los requisitos de visado de la ley de migracion.',
      [],
    ],
    [
      'Solicitud de asilo rechazada por Migracion',
      'La Direccion General de Migracion rechazo la solicitud de refugio de la familia, que recurrira.',
      [],
    ],
    [
      'Ladrones ingresaron ilegalmente a una vivienda en Miraflores',
      'La policia detuvo a dos sujetos que ingresaron ilegalmente a la casa y robaron electrodomesticos.',
      [],
    ],
    [
      'Decomisan ropa que ingreso ilegalmente al pais',
      'La policia fiscal incauto mercaderia de contrabando que ingreso ilegalmente desde Bolivia.',
      [],
    ],
    [
      'Hinchas intentaron entrar ilegalmente al estadio',
      'La policia detuvo a 15 aficionados que intentaron entrar ilegalmente sin entrada al partido.',
      [],
    ],
    [
      'Les athletes subsahariens raflent les medailles au marathon',
      'Les coureurs subsahariens ont rafle tous les titres du semi-marathon de Marrakech.',
      [],
    ],
    [
      'La police lance la chasse aux taxis clandestins',
      'Une operation de chasse aux taxis clandestins a permis de saisir 30 vehicules a Abidjan.',
      [],
    ],
    [
      'Etudiants subsahariens: les deplacements vers le Maroc facilites',
      'La suppression du visa facilite les deplacements des etudiants subsahariens vers Rabat.',
      [],
    ],
    ["Commemoration de la rafle du Vel d'Hiv", 'Le president a rendu hommage aux victimes de la rafle de 1942.', []],
    [
      'Задържаха камион с нелегални цигари на границата',
      'Митничари задържаха 2 милиона къса контрабандни цигари на ГКПП Капитан Андреево.',
      [],
    ],
    ['Хванаха шофьор с нелегален алкохол', 'Полицията в Пловдив задържа 500 литра нелегален алкохол в багажника на кола.', []],
    [
      'Задържан е кмет за подкуп близо до границата на общината',
      'Прокуратурата задържа кмета на село край границата на общината за подкуп.',
      [],
    ],
    [
      'Държавната агенция за бежанците осигурява подслон на чужденци, търсещи закрила',
      'Регистрационно-приемателните центрове предоставят подслон и храна на чужденците в процедура.',
      [],
    ],
    [
      'Кризисен център предлага подслон на чужденки, жертви на трафик',
      'НПО осигурява подслон на чужденки, пострадали от трафик на хора.',
      [],
    ],
    ['ფეხბურთელი მოედნიდან გააძევეს', 'დინამოს მცველი წითელი ბარათით გააძევეს მატჩის 60-ე წუთზე.', []],
    ['რუსეთმა ქართველი დიპლომატი ქვეყნიდან გააძევა', 'მოსკოვმა საპასუხო ნაბიჯად დიპლომატის გაძევება გამოაცხადა.', []],
    ['სტუდენტი უნივერსიტეტიდან გააძევეს', 'აკადემიური საბჭოს გადაწყვეტილებით სტუდენტი გააძევეს პლაგიატის გამო.', []],
    ['დეპუტატი პარტიიდან გააძევეს', 'პარტიის პოლიტსაბჭომ დეპუტატის გაძევება გადაწყვიტა.', []],
    [
      'Valur vann Hauka í Olísdeildinni',
      'Leikmaður Hauka fékk tveggja mínútna brottvísun í fyrri hálfleik og Valur nýtti sér liðsmuninn.',
      [],
    ],
    ['Nemanda vísað úr skóla: brottvísun staðfest', 'Menntamálaráðuneytið staðfesti brottvísun nemandans úr framhaldsskóla.', []],
    [
      'Bővül a vámmentes üzletek kínálata a repülőtéri tranzitzónában',
      'A Liszt Ferenc repülőtér tranzitzónájában új üzletek nyílnak az utasoknak.',
      [],
    ],
    ['Bakıda yeni beşulduzlu mehmanxana açıldı', 'Açılışda əcnəbi investorlar və turizm sektorunun nümayəndələri iştirak edib.', []],
    ['Qəbələdə mehmanxana doluluğu artıb', 'Yay mövsümündə əcnəbi turistlərin sayı ötən illə müqayisədə 20 faiz çoxdur.', []],
    ['बांग्लादेशी फील्डरों ने तीन आसान कैच छोड़े, फिर दो कैच पकड़े', 'दूसरे टेस्ट में बांग्लादेशी टीम ने पकड़े अहम कैच, भारत 250 रन पर सिमटा।', []],
    ['बांग्लादेशी पुलिस ने पूर्व मंत्री को गिरफ्तार किया', 'ढाका में बांग्लादेशी पुलिस ने अवामी लीग के नेता को गिरफ्तार किया।', []],
    ['حملة تطعيم ضد الإنفلونزا للوافدين', 'وزارة الصحة تطلق حملة تطعيم مجانية للوافدين في المراكز الصحية.', []],
    ['الجوازات تستعد لموسم الحج وإيواء ضيوف الرحمن', 'جهود الجوازات في منفذ جدة لاستقبال الحجاج وإيواء ضيوف الرحمن في مكة.', []],
    [
      'الجوازات: غرامة على المخالفين في تجديد جواز السفر بعد انتهائه',
      'مصلحة الجوازات تفرض غرامة تأخير على المواطنين المخالفين لمواعيد تجديد الجواز.',
      [],
    ],
    ['الدفاع المدني أخلت مبنى متصدعا في حي المهاجرين بدمشق', 'أخلت فرق الدفاع المدني سكان المبنى في حي المهاجرين خشية انهياره.', []],
    ['المساعدات توزع دون تفريق بين اللاجئين والمهاجرين', 'المنظمة تقدم الدعم دون تفريق بين المهاجرين واللاجئين والمواطنين.', []],
    ['البلدية تنشر لوائح بأسماء النازحين المستفيدين من المساعدات', 'وزارة الشؤون الاجتماعية وزعت حصصا غذائية على النازحين من الجنوب.', []],
    ['وزارة الشؤون الاجتماعية تجمع الداتا الخاصة بالنازحين من الجنوب', 'الهدف تنظيم توزيع المساعدات النقدية على العائلات النازحة.', []],
    ['لوائح بأسماء الشهداء السوريين في معرض للذاكرة', 'معرض في بيروت يعرض لوائح بأسماء السوريين الذين قضوا في الحرب.', []],
    ['الخدمة المدنية تحذر الموظفين من التغيب دون بلاغ مسبق', 'خصم من الراتب لكل موظف يتغيب عن العمل دون تقديم بلاغ أو عذر طبي.', []],
    ['التربية: بلاغ لولي الأمر عند التغيب المتكرر للطالب', 'المدارس تلتزم بإبلاغ أولياء الأمور عند التغيب عن الحصص.', []],
    ['نواب يعترضون على التغيب عن جلسات مجلس الأمة', 'بلاغ من رئاسة المجلس بشأن التغيب المتكرر لبعض الأعضاء.', []],
    ['طالبان یک خبرنگار افغان را بازداشت کرد', 'بازداشت خبرنگار افغان در کابل به دلیل انتقاد از حکومت طالبان.', []],
    ['بازداشت دو تبعه ایرانی در فرانسه به اتهام جاسوسی', 'پلیس فرانسه دو تبعه ایران را بازداشت کرد.', []],
    ['دستگیری سارق افغان در مشهد', 'سارق افغان پس از سرقت از منزل دستگیر شد.', []],
    ['راستانه شوو کډوالو ته د ژمي مرستې ووېشل شوې', 'د کډوالو وزارت او UNHCR راستانه کډوالو ته نغدې پیسې ورکړې.', []],
    ['کډوال په خپله خوښه هېواد ته راستانه شول', 'له پاکستان څخه کډوال د داوطلبانه راستنیدو پروګرام له لارې راستانه شول.', []],
    [
      'Home Office report: hospitals rely on foreign nurses',
      'The report says NHS hospitals recruited 20,000 foreign nurses on health and care visas; patient waiting lists remain long.',
      [],
    ],
    [
      'Home Affairs report on foreign hospital tourism',
      "Australia's Home Affairs reported foreign medical tourists visiting private hospitals as patients.",
      [],
    ],
    [
      'Tourist accommodation must declare guests for tourist tax',
      'Holiday lets must declare guests to the council, which uses the data for tourism statistics.',
      [],
    ],
    ['Hotel chain data breach exposes registered guests', 'Hackers stole data on guests registered in the hotel loyalty programme.', []],
  ])('reads %j as off topic (43rd collection, look-alike reviews)', readsAs);

  it.each([
    // The forty-fourth collection's patterns (dev), in made-up sentences: criminal-record erasure, police plate scanners
    // and registers, Turkish call and court records, platforms' transparency reports, sex-offender and DNA registers,
    // gang-record checks, biometric fingerprint registers, catalytic-converter records, Schengen entries for people who
    // must leave, immigration-database fingerprint checks, holding centres, pushbacks and scam-compound deportations;
    // and look-alikes they must not read (scam warnings, Italy's population register ANPR, record extracts for jobs,
    // sports pages, one's own e-Devlet record, a fingerprint required for a passport, speed radars)
    ['Kaznena evidencija', 'Kako se briše osuda iz kaznene evidencije nakon rehabilitacije?', ['state-databases']],
    ['Skiltscanner', 'Politiet bruker skiltscannere som sjekker bilene mot et register.', ['state-databases']],
    ['Passregisteret', 'Lovforslaget gir politiet adgang til passregisteret.', ['state-databases']],
    ['Personenerkennung', 'Die Polizei installiert Kameras zur Personenerkennung an der Grenze.', ['state-databases']],
    ['UYAP', 'UYAP sisteminde emniyet kayıtları hâlâ görünüyor.', ['state-databases']],
    ['HTS', 'HTS kaydı savcılık tarafından operatörden istendi.', ['state-databases']],
    ['Fişleme', 'İlçede polisin yüzlerce kişiyi fişlediği ortaya çıktı.', ['state-databases']],
    ['Seffaflık', 'Twitter şeffaflık raporuna göre Türkiye en çok bilgi talep eden ülke oldu.', ['state-databases']],
    ['Pórticos', 'Los pórticos detectaron autos robados y alertaron a Carabineros.', ['state-databases']],
    ['Rejestr', 'Rejestr pedofilów jest dostępny w internecie.', ['state-databases']],
    ['Registrul', 'A fost lansat registrul național automatizat al persoanelor care au comis infracțiuni sexuale.', ['state-databases']],
    ['暴力団情報', '銀行が警察庁に暴力団情報をオンラインで照会する。', ['state-databases']],
    ['通保法', '立法院審議通保法修正草案。', ['state-databases']],
    ['DNA 신원확인', 'DNA 신원확인정보법에 대한 헌법소원이 제기됐다.', ['state-databases']],
    ['Biometrics', 'Mandatory biometric fingerprinting helped police arrest hundreds of wanted persons.', ['state-databases']],
    [
      'Catalytic converters',
      'Recyclers must record each catalytic converter purchase and make the records available to police.',
      ['state-databases'],
    ],
    ['Auror', 'Police can search the Auror retail-crime platform for number plates.', ['state-databases']],
    [
      'Utreiseplikt',
      'Personer med utreiseplikt blir meldt inn i Schengen informasjonssystem.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['IABS', 'Officers checked fingerprints against the immigration database (IABS).', ['immigration-enforcement', 'state-databases']],
    ['CATE', 'El Centro de Atención Temporal a Extranjeros acogió a 200 personas llegadas en pateras.', ['immigration-enforcement']],
    ['Cpr', 'Il cittadino extracomunitario è stato accompagnato al Cpr per il rimpatrio.', ['immigration-enforcement']],
    ['Geri itilen', 'Yunanistan tarafından geri itilen 40 düzensiz göçmen kurtarıldı.', ['immigration-enforcement']],
    ['Scam compounds', 'Cambodia deported 300 foreign nationals found working in online scam compounds.', ['immigration-enforcement']],
    ['Rohingya', 'रोहिंग्या शरणार्थियों को होल्डिंग सेंटर भेजा गया।', ['immigration-enforcement']],
    ['Custodie', 'Străinii au fost luați în custodie publică și plasați în centre de cazare.', ['immigration-enforcement']],
    ['Fake agents', 'Scammers posing as immigration officers called families demanding payment.', []],
    ['ANPR', "Come cambiare la residenza online sul portale dell'Anagrafe Nazionale della Popolazione Residente (ANPR).", []],
    ['Utdrag', 'Visa utdrag ur belastningsregistret när du söker jobb på en förskola.', []],
    ['Deportes', 'La sección de deportes del diario cubrió la final.', []],
    ['e-Devlet', 'E-Devlet üzerinden adli sicil kaydı sorgulama nasıl yapılır?', []],
    ['Fingerprint required', 'البصمة المطلوبة لتجديد جواز السفر متاحة في المراكز.', []],
    ['Radar', 'Plaka tanıma kameralı radarlar hız ihlallerini tespit ediyor.', []],
  ])('reads %j by what it is about (44th collection)', readsAs);

  it.each([
    // Removal of things is not removal of people (the fifty-fourth collection's session), beside snow removal
    ['Removal of asbestos from the county courthouse', 'The board awarded the asbestos removal contract for the courthouse annex.', []],
    ['Debris removal continues after the storm', 'Crews finished tree removal and debris removal on county roads.', []],
    [
      'ICE removal flights resume',
      'Immigration and Customs Enforcement carried out the removal of 120 people on two charter flights.',
      ['immigration-enforcement'],
    ],
    // The deportation of Azerbaijanis from Armenia in 1948–53 is history, not immigration enforcement (the fifty-fifth
    // collection's session); a deportation of migrants today still reads as enforcement
    ['Azərbaycanlıların Ermənistan SSR-dən deportasiyası', '1948-1953-cü illərdə on minlərlə azərbaycanlı deportasiya edildi.', []],
    [
      'Rusiya miqrantların deportasiyasını artırır',
      'Qanunsuz miqrantların deportasiyası üçün polis reydləri keçirilir.',
      ['immigration-enforcement'],
    ],
  ])('reads %j as removal of things, a deportation in history, or enforcement today', readsAs);

  // Made-up sentences from the look-alike reviews of a collection's new rules (tests/fixtures/lookalikes/): for each rule,
  // off-topic sentences in its language that it read before it was narrowed, and some on-topic ones.
  describe.each([
    ['forty-fourth', '44th', 306, 200],
    ['forty-fifth', '45th', 325, 322],
    ['forty-sixth', '46th', 174, 110],
    ['forty-seventh', '47th', 506, 374],
    ['forty-eighth', '48th', 449, 325],
    ['forty-ninth', '49th', 517, 355],
    ['fiftieth', '50th', 410, 301],
    ['fifty-first', '51st', 363, 255],
    ['fifty-second', '52nd', 285, 219],
    ['fifty-third', '53rd', 238, 179],
    ['fifty-fourth', '54th', 133, 86],
    ['fifty-fifth', '55th', 156, 112],
    ['fifty-sixth', '56th', 160, 118],
  ])("the %s collection's look-alike review", (file, short, size, offTopic) => {
    const sentences = readFileSync(new URL(`../fixtures/lookalikes/${file}.jsonl`, import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { title: string; summary?: string; topics: string[] });
    it(`holds ${size} sentences, ${offTopic} of them off topic`, () => {
      expect(sentences).toHaveLength(size);
      expect(sentences.filter((x) => x.topics.length === 0)).toHaveLength(offTopic);
    });
    it.each(sentences.map((x) => [x.title, x.summary, x.topics] as const))(
      `reads %j as the ${short} collection's look-alike review says`,
      (title, summary, topics) => readsAs(title, summary, [...topics]),
    );
  });

  it.each([
    // Older rules the forty-sixth collection's look-alike review found over-reading, narrowed in the forty-seventh's
    // session (each narrowing kept every dev match): a history exhibition, storage of weapons, a football transfer.
    ['Έκθεση για τις απελάσεις του 1922 στο Μουσείο Μπενάκη', 'Η έκθεση παρουσιάζει φωτογραφίες και έγγραφα από την εποχή.', []],
    ['Ny regel om förvaring av vapen och läkemedel', 'Myndigheten avvisar kritiken mot reglerna för förvaring i hemmet.', []],
    ['El delantero llega al club sin antecedentes penales', 'El fichaje del futbolista se cerró tras revisar su historial deportivo.', []],
    [
      'Detienen a un hombre con antecedentes penales por robo',
      'La policía consultó su historial delictivo en la base de datos.',
      ['state-databases'],
    ],
  ])('reads %j as the narrowed older rules say', (title, summary, topics: string[]) => readsAs(title, summary, topics));

  it.each([
    // Guards against the learned model's false alarms on dev (cross-validated), forty-third collection's session
    ['Asylum Casework', 'The Chief Inspector’s inspection of asylum casework found long waits for interviews.'],
    ['Tier 2', 'The salary threshold for tier 2 skilled workers rises to £30,000.'],
    ['Патент', 'Сколько стоит патент для мигрантов в 2024 году: цена по регионам.'],
    ['PNLD', 'Renewal of the Police National Legal Database subscription for officers.'],
    ['顔認証', 'AI顔認証機能の概要：入退室管理と勤怠に対応。'],
    ['Library records', 'The library keeps patron records confidential under state law.'],
    ['Opt-out', 'Consumers may opt out of the sale or sharing of personal data under the new law.'],
    ['Hackeo', 'Hackeo masivo expone datos personales de millones de clientes de un banco.'],
    ['WebEx licences', 'CISCO WEBEX LICENSES FOR ICE/OCIO', 'U.S. Immigration and Customs Enforcement'],
    ['HQ shuttle', 'TRANSPORTATION SERVICES FOR ICE HQ EMPLOYEES', 'U.S. Immigration and Customs Enforcement'],
    ['Retirement', 'RETIREMENT SEMINARS FOR ICE FEDERAL EMPLOYEES', 'U.S. Immigration and Customs Enforcement'],
    ['Toll charges', 'I PASS TOLL CHARGES FOR 3 GOVS. EFFECTIVE 10/1/07 THROUGH 9/30/08', 'U.S. Immigration and Customs Enforcement'],
  ])('keeps the learned model off %j (43rd collection guards)', (title, summary, agency?: string) => {
    const item = { title, summary, ...(agency ? { agency } : {}) };
    expect(withSecondOpinion(m, secondOpinionModel()).match(item)).toBeNull();
  });

  it.each([
    // The forty-second collection's patterns (dev), in made-up sentences: reporting conditions, character cancellations,
    // boat turnbacks and Roxham Road; Spanish expulsion files and pateras, Portuguese-speaking Africa's repatriations,
    // Italian, Swiss, French, German, Belgian, Finnish, Greek, Cyrillic, Arabic, Polish, Hungarian and Asian removals
    // and detention; police data in the same languages; and the look-alikes the collection's guards now hide
    ['Reporting', 'Migrants must keep attending in-person reporting at Home Office centres.', ['immigration-enforcement']],
    ['501', 'Visas cancelled under section 501 of the Migration Act on character grounds rose again.', ['immigration-enforcement']],
    ['Roxham', 'RCMP officers arrested asylum seekers crossing at Roxham Road.', ['immigration-enforcement']],
    ['Patera', 'La Guardia Civil interceptó una patera con 30 inmigrantes.', ['immigration-enforcement']],
    ['Expulsión', 'Abren expedientes de expulsión a extranjeros en situación irregular.', ['immigration-enforcement']],
    ['Diplomáticos', 'La expulsión de diplomáticos extranjeros tensó las relaciones.', []],
    ['Jesuitas', 'El decreto de expulsión de los jesuitas cumple 250 años.', []],
    ['SME', 'O SME repatriou 40 estrangeiros em situação irregular.', ['immigration-enforcement']],
    ['Recursos', 'A repatriação de recursos de estrangeiros teve novo prazo.', []],
    ['Espulsione', 'Arrestato nonostante il provvedimento di espulsione a suo carico.', ['immigration-enforcement']],
    ['Salma', 'Le procedure per rimpatriare la salma di un migrante sono lunghe.', []],
    ['Zone', "Des centaines d'étrangers placés en zone d'attente à Roissy.", ['immigration-enforcement']],
    ['Kirchenasyl', 'Die Polizei beendete ein Kirchenasyl in Schwerin.', ['immigration-enforcement']],
    ['Stolpersteine', 'Neue Stolpersteine erinnern an die Deportation der Familie.', []],
    ['Palautus', 'Suomi palautti turvapaikanhakijoita Irakiin.', ['immigration-enforcement']],
    ['Κύπρος', 'Συνελήφθησαν 20 παράνομοι μετανάστες στη Λεμεσό.', ['immigration-enforcement']],
    ['Учет', 'Возбуждено дело о фиктивной постановке на учет иностранцев.', ['immigration-enforcement']],
    ['Sybir', 'Rocznica deportacji Polaków na Sybir przez NKWD.', []],
    ['Granica', 'Straż Graniczna zawróciła migrantów na Białoruś.', ['immigration-enforcement']],
    ['Határ', 'A rendőrök 30 határsértőt tartóztattak fel.', ['immigration-enforcement']],
    ['تسلل', 'ضبط حرس الحدود متسللين حاولوا دخول المملكة.', ['immigration-enforcement']],
    ['النفايات', 'البلدية تعلن ترحيل النفايات من المحطة.', []],
    ['黑工', '入境處拘捕多名黑工及僱主。', ['immigration-enforcement']],
    ['海員公約', '海員遣返公約規定船員的權利。', []],
    ['북송', '중국 공안에 체포된 탈북민 강제 북송 위기.', ['immigration-enforcement']],
    ['Ring', 'A ring of steel of cameras will photograph every vehicle entering the City.', ['state-databases']],
    ['Metadata', 'The data retention bill makes telcos keep customer metadata for two years for police access.', ['state-databases']],
    ['Pasajeros', 'La ley del registro de pasajeros permitirá cruzar datos con bases policiales.', ['state-databases']],
    ['Antecedentes', 'Cómo pedir el certificado de antecedentes penales para un empleo.', []],
    ['Datenbank', 'Das LKA prüft Zugriffe von Polizisten auf die Datenbank.', ['state-databases']],
    ['통신자료', '수사기관이 통신사에 통신자료 제공을 요청했다.', ['state-databases']],
    ['Паутина', 'МВД запустило систему «Паутина» для розыска автомобилей.', ['state-databases']],
    ['Twarz', 'Policja testuje system rozpoznawania twarzy.', ['state-databases']],
    ['داتا', 'تسليم داتا الاتصالات إلى الأجهزة الأمنية.', ['state-databases']],
    // Guards written against the learned model's dev false alarms (records about the police themselves, IT data
    // migration, benefits and travel programmes): the rules read them as off topic, and the guard keeps the model off too
    ['Disciplinary records', "A TV station won access to an officer's disciplinary records.", []],
    ['Traffic stops', 'The state police published its traffic stop data collection procedures.', []],
    ['Migración de datos', '¿Qué es la migración de bases de datos? La transferencia de datos de un servidor a otro.', []],
    ['Per-country caps', 'A bill to eliminate the per-country cap on employment-based green cards.', []],
  ])('reads %j by what it is about (42nd collection)', readsAs);

  it.each([
    // A look-alike review of the forty-second collection's new rules: made-up sentences each new rule read before it was
    // narrowed (mandatory reporting of abuse, Manston airport, 501(c)(3), post-sentence detention, ferries in storms,
    // cricket tours pushed back, car-park overstays, hotel statistics, event-security rings of steel, IT data retention,
    // football send-offs, party and school expulsions, waiting zones for taxis, dinosaur footprints, phones' face
    // recognition, and others in each rule's language)
    [
      'Home Office to introduce mandatory reporting of child sexual abuse',
      'Teachers, doctors and social workers will face a legal duty of mandatory reporting under plans announced by the Home Office.',
      [],
    ],
    [
      'Manston Airport reopening: High Court hearing held',
      "A High Court hearing on the government's decision to approve the reopening of Manston Airport was held on Tuesday.",
      [],
    ],
    [
      'Charity loses tax-exempt status',
      "The IRS cancelled the foundation's status under section 501(c)(3) after it failed to file returns for three consecutive years.",
      [],
    ],
    [
      'High Court upholds post-sentence detention of sex offender',
      'The High Court ruled that the continuing detention order, described by critics as indefinite detention, was valid under Queensland law.',
      [],
    ],
    [
      'Ferry turned back by storm',
      'The Stena Line ferry was turned back to Holyhead after gale-force winds, and passengers on other vessels faced long delays.',
      [],
    ],
    [
      'Roxham Road reopened after culvert repair',
      'The town of Champlain said Roxham Road will reopen to traffic on Monday after crews replaced a collapsed culvert.',
      [],
    ],
    [
      'Online retailer updates return procedures after platform migration',
      'Customers can now print labels themselves; the company said return procedures changed after migrating its shop to a new platform.',
      [],
    ],
    [
      'Bangladesh tour pushed back over monsoon',
      'The Bangladeshi cricket board said the series against Ireland has been pushed back to October because of the rains.',
      [],
    ],
    [
      'Council crackdown on car park overstays',
      'Drivers who overstay the two-hour limit at the retail park face £70 fines under a new parking crackdown.',
      [],
    ],
    [
      'Hotel occupancy report: foreign arrivals up 12%',
      'The latest hotel industry report shows foreign tourists accounted for a record share of overnight stays in July.',
      [],
    ],
    [
      'Capita wins passport advice line contract',
      "Capita will provide contact management services for HM Passport Office's advice line on behalf of the Home Office.",
      [],
    ],
    [
      'Tourism department compiles data of all foreigners visiting Goa',
      'Officials said the data of all foreigners arriving on charter flights will be used to plan for the next tourist season.',
      [],
    ],
    [
      'State to fund repatriation of bodies of migrants killed in Kuwait fire',
      'The Kerala government will bear the cost of repatriation of the bodies of migrants who died in the Mangaf building fire.',
      [],
    ],
    [
      'Ring of steel around Wembley for Champions League final',
      'Police will throw a ring of steel around the stadium, with vehicle barriers and road closures from midday.',
      [],
    ],
    [
      'Microsoft 365 data retention settings: what admins need to know',
      'Data retention policies let organisations keep email metadata for compliance and delete it after a set period.',
      [],
    ],
    [
      'Open prison absconding report: 12 inmates walked out',
      'The annual absconding report for HMP Ford shows a fall in the number of prisoners who failed to return.',
      [],
    ],
    [
      'Police warn of fake SIM registration texts',
      'Fraudsters are sending messages asking customers to complete SIM card registration through a link, police said.',
      [],
    ],
    ['戦後の密航と不法入国の歴史を紹介する企画展', '資料館で、戦後に朝鮮半島から渡ってきた人々の記録を展示している。', []],
    ['移民署提醒民眾慎防非法網站詐騙', '移民署表示，近日有非法網站假冒官方名義收取入臺證申請費用，呼籲民眾勿點擊。', []],
    ['环保部门查处无证黑工厂', '执法人员在城郊查处一家无证经营的黑工厂，现场查扣生产设备。', []],
    ['불법체류 아동 교육권 보호 법안 발의', '국회에서 불법체류 외국인 아동의 출생등록과 교육권을 보호하는 법안이 발의됐다.', []],
    [
      '재일교포 북송사업 65주년…탈북 귀국자들 증언',
      '1959년 시작된 북송사업으로 북한에 간 재일교포 가운데 탈북한 이들이 일본 정부를 상대로 소송을 냈다.',
      [],
    ],
    ['एलओसी पर घुसपैठ नाकाम, दो घुसखोर आतंकी ढेर', 'सेना ने कुपवाड़ा में नियंत्रण रेखा पर घुसपैठ की कोशिश नाकाम कर दी।', []],
    ['சட்டவிரோதமாக மணல் கடத்திய 3 பேர் கைது', 'ஆற்றில் சட்டவிரோதமாக மணல் அள்ளி லாரியில் கடத்திய மூன்று பேரை போலீசார் கைது செய்தனர்.', []],
    ['สธ.ย้ำผู้ต้องกักตัวที่บ้านต้องรายงานอาการทุกวัน', 'กระทรวงสาธารณสุขแจ้งว่าผู้ต้องกักตัว 14 วันต้องงดออกจากบ้าน', []],
    ['경찰청, 청사 출입에 안면인식 게이트 도입', '경찰청은 직원 출입 관리를 위해 본청 출입구에 안면인식 출입 시스템을 설치했다.', []],
    ['安全生产重点人员培训班开班', '市应急管理局组织企业重点人员开展安全生产培训。', []],
    ['নতুন স্মার্টফোনে ফেস রিকগনিশন ফিচার', 'ফোনটিতে ফেস রিকগনিশন ও ফিঙ্গারপ্রিন্ট সেন্সর দুটোই রয়েছে।', []],
    [
      'Vancouver marks anniversary of Komagata Maru',
      'In 1914 the ship carrying 376 passengers from Punjab was turned back from Vancouver harbour, and the migrants were forced to return to India.',
      [],
    ],
    [
      'إحباط محاولة تسلل وتهريب مخدرات على الحدود الشمالية',
      'أحبطت المنطقة العسكرية الشمالية محاولة تسلل وتهريب كميات كبيرة من المواد المخدرة قادمة من الأراضي السورية.',
      [],
    ],
    ['فيلم عن الهجرة غير الشرعية يفوز بجائزة مهرجان قرطاج', 'يروي الفيلم قصة شابين يحلمان بعبور المتوسط نحو أوروبا.', []],
    ['بدء ترحيل رعايا الدول العربية من السودان', 'وصلت سفن إلى بورتسودان لإجلاء الرعايا الفارين من المعارك في الخرطوم.', []],
    [
      'تسفير 500 عامل مصري للعمل في اليونان بعقود موسمية',
      'أعلنت وزارة العمل تسفير العمال إلى المزارع اليونانية ضمن اتفاقية العمالة الموسمية.',
      [],
    ],
    ['لص يحاول الدخول خلسة إلى منزل في حي الروضة', 'ضبطت الشرطة لصاً حاول الدخول خلسة إلى منزل عبر النافذة.', []],
    ['المدرب يعيد اللاعبين المبعدين إلى قائمة المنتخب', 'أعاد المدرب ثلاثة من اللاعبين المبعدين لأسباب انضباطية.', []],
    [
      'مطار القاهرة يطبق بصمة العين لتسجيل حضور العاملين',
      'بدأ مطار القاهرة الدولي تطبيق نظام بصمة العين لتسجيل حضور وانصراف الموظفين.',
      [],
    ],
    [
      'كاميرات الرصد تساعد على التعرف على النمور العربية',
      'ساعدت كاميرات الرصد الليلية الباحثين في التعرف على ثلاثة نمور جديدة في المحمية.',
      [],
    ],
    ['وزير الاتصالات: رفع أسعار داتا الإنترنت الخلوي', 'أعلن وزير الاتصالات زيادة أسعار باقات الإنترنت بدءاً من الشهر المقبل.', []],
    ['شروط التقديم لوظائف المعلمين: اجتياز الاستعلام الأمني', 'يشترط على المتقدمين اجتياز الكشف الطبي والاستعلام الأمني قبل التعيين.', []],
    [
      'Maahanmuuttoviraston asiakaspalaute parani',
      'Maahanmuuttovirasto sai asiakaskyselyssä aiempaa parempaa palautetta oleskelulupien käsittelystä.',
      [],
    ],
    [
      'Πρόγραμμα επαναπατρισμού νέων Ελλήνων μεταναστών',
      'Η κυβέρνηση παρουσίασε κίνητρα για τον επαναπατρισμό Ελλήνων που μετανάστευσαν στο εξωτερικό λόγω της κρίσης.',
      [],
    ],
    [
      'Παράνομη διαμονή τουριστών σε καταλύματα χωρίς άδεια',
      'Έλεγχοι της ΑΑΔΕ εντόπισαν παράνομη διαμονή επισκεπτών σε ακίνητα χωρίς ΑΜΑ.',
      [],
    ],
    [
      'Η διαδικασία επιστροφής προϊόντων στο ηλεκτρονικό κατάστημα',
      'Ο καταναλωτής μπορεί να ξεκινήσει τη διαδικασία επιστροφής εντός 14 ημερών.',
      [],
    ],
    [
      'Иностранный журналист отправлен в спецприемник на 10 суток',
      'Суд назначил административный арест иностранному журналисту за участие в несогласованной акции.',
      [],
    ],
    [
      'Нелегальный въезд в заповедник обойдётся дороже',
      'За нелегальный въезд на автомобиле на территорию заповедника штраф вырастет до 5 тысяч рублей.',
      [],
    ],
    [
      'Прикордонники повернули власнику викрадений автомобіль',
      'Прикордонники на КПП «Ягодин» виявили авто, викрадене в Німеччині, і повернули його власнику.',
      [],
    ],
    ['Ихроҷи газҳои гулхонаӣ дар Тоҷикистон кам шуд', 'Тибқи ҳисоботи нав, ихроҷи гази карбон дар саноат 10 фоиз коҳиш ёфт.', []],
    ['Қазақстан астығы шетелге экспортқа шығарылды', 'Биыл 8 млн тонна астық шетелге шығарылды.', []],
    [
      'Ішкі көші-қон: қала шетінде заңсыз құрылыстар көбейді',
      'Ауылдан қалаға көшкендер көбейген сайын көші-қон салдарынан заңсыз үйлер салынуда.',
      [],
    ],
    [
      'Фуқаролар ноқонуний қурилишлар бузилишидан норози',
      'Тошкентда ноқонуний қурилган уйлар бузилиши фуқароларнинг эътирозига сабаб бўлди.',
      [],
    ],
    ['Ośrodek wypoczynkowy nad Bałtykiem zaprasza', 'Przy ośrodku strzeżony parking, plac zabaw i basen.', []],
    [
      'Po latach pracy za granicą wrócili z powrotem do Polski',
      'Coraz więcej Polaków, którzy pracowali za granicą, wraca z powrotem do kraju.',
      [],
    ],
    ['Határsértő orosz drón zuhant le Romániában', 'A román védelmi minisztérium szerint a határsértő drón egy mezőn csapódott be.', []],
    ['Župan zavrnil očitke o migrantih v občini', 'Župan je zavrnil trditve opozicije, da migranti povečujejo kriminal.', []],
    [
      'Varning för bluffsamtal från falska poliser',
      'Bedragare utger sig för att ringa från Polismyndigheten och ber om personuppgifter och bankkoder.',
      [],
    ],
    [
      'Γενετικές εξετάσεις DNA για κληρονομικό καρκίνο του μαστού',
      'Το νοσοκομείο προσφέρει δωρεάν γενετικό έλεγχο DNA σε γυναίκες υψηλού κινδύνου.',
      [],
    ],
    [
      'Создана база геномных данных пациентов с редкими заболеваниями',
      'Национальная база геномной информации поможет врачам ставить диагнозы.',
      [],
    ],
    ['ДНК-тест на отцовство: где сдавать анализ', 'Сдавать ДНК-тест на отцовство можно в частных лабораториях.', []],
    ['Новый сезон сериала «Паутина»: оперативники МВД снова в деле', 'НТВ покажет 15-й сезон детективного сериала.', []],
    [
      'Жоголгон туристтерди издөө иштерине дрон камералары тартылды',
      'Куткаруучулар тоодо жоголгон туристтерди издөө үчүн дрон камераларын колдонушту.',
      [],
    ],
    ['Nowy smartfon z rozpoznawaniem twarzy', 'Telefon oferuje rozpoznawanie twarzy i czytnik linii papilarnych.', []],
    ['Amprenta de carbon a companiei, calculată pe baza consumului de energie', 'Raportul de sustenabilitate arată o scădere de 15%.', []],
    ['Uzņēmumu reģistrs: pret valdes locekli sākts kriminālprocess', 'Uzņēmumu reģistra dati liecina, ka firma reģistrēta 2020. gadā.', []],
    [
      'PPA infosüsteemi rike: passi taotlemine ajutiselt ei toimi',
      'Politsei- ja Piirivalveamet teatas, et e-teeninduse infosüsteem on ajutiselt maas.',
      [],
    ],
    [
      'Wykaz niepożądanych działań leku zaktualizowany',
      'Urząd Rejestracji Produktów Leczniczych dodał nowe działania niepożądane do ulotki.',
      [],
    ],
    [
      'Policija opozarja na goljufe, ki po telefonu zahtevajo osebne podatke',
      'Policija svetuje, naj ljudje ne posredujejo osebnih podatkov neznancem.',
      [],
    ],
    [
      'MP pede exoneração por permanência ilegal de servidor em cargo comissionado',
      'Segundo o promotor, a permanência ilegal no cargo causou prejuízo ao município.',
      [],
    ],
    ["Nonostante l'espulsione di Kalulu, la Juve batte il Napoli", "In dieci uomini dal 60', i bianconeri vincono 2-1.", []],
    [
      "Aéroport de Nantes: une nouvelle zone d'attente pour les taxis et VTC",
      "Les chauffeurs devront stationner dans la zone d'attente avant de rejoindre le terminal.",
      [],
    ],
    [
      'Minderjarige verdachte naar gesloten centrum in Everberg',
      'De jeugdrechter plaatste de 16-jarige in het gesloten centrum voor jongeren.',
      [],
    ],
    [
      'Medici, proroghe del trattenimento in servizio fino a 72 anni',
      'Il decreto prevede proroghe del trattenimento in servizio per i medici ospedalieri.',
      [],
    ],
    [
      'Casa in vendita: soggiorno irregolare rispetto alla planimetria',
      'Il perito ha rilevato un soggiorno irregolare rispetto alla planimetria catastale.',
      [],
    ],
    ['Impronte di dinosauri sul Gargano, nasce una banca dati', 'Le impronte saranno archiviate in una banca dati paleontologica.', []],
    [
      'Datenschutzerklärung: Unsere Website speichert IP-Adressen sieben Tage',
      'Die IP-Adressen werden zur Abwehr von Angriffen gespeichert.',
      [],
    ],
    [
      'Politie: geen gegevens over overlast door asielzoekers in Ter Apel',
      'De politie zegt geen gegevens te hebben die een toename van overlast aantonen.',
      [],
    ],
    [
      'Recolha de impressões digitais para o Cartão de Cidadão ao domicílio',
      'O IRN passa a fazer a recolha de impressões digitais em casa de pessoas acamadas.',
      [],
    ],
    ['Competición: resolución sobre la expulsión de Vinícius', 'El Comité de Competición decidirá hoy la sanción por la tarjeta roja.', []],
    [
      'El club recurre la expulsión de su jugador por considerarla irregular',
      'El Sevilla presentó alegaciones por la expulsión de su defensa en Mestalla.',
      [],
    ],
    [
      'La Guardia Civil intercepta una patera cargada con 2.000 kilos de hachís',
      'Los dos tripulantes fueron detenidos en la costa de Almería.',
      [],
    ],
    ['Polémica por una valla publicitaria en Ceuta', 'El Ayuntamiento retirará la valla publicitaria instalada en Ceuta sin licencia.', []],
    [
      'Devolución del IVA a turistas extranjeros: Hacienda agiliza el tax free',
      'La devolución a los turistas extranjeros será digital.',
      [],
    ],
    [
      'Prohibición de entrada a los estadios para 50 ultras',
      'La Comisión Antiviolencia impuso la prohibición de entrada durante un año.',
      [],
    ],
    [
      'Guardacostas rescata a pescadores mexicanos y los repatría tras el naufragio',
      'Los pescadores fueron repatriados a Ensenada tras pasar dos días a la deriva.',
      [],
    ],
    [
      'El Gobierno busca reconducir la relación con Marruecos tras la crisis en la frontera',
      'El ministro viajará a Rabat para reconducir las relaciones bilaterales.',
      [],
    ],
    [
      'Nuevo identificador digital para solicitudes de patentes',
      'El INAPI lanza un identificador único para las patentes presentadas en línea.',
      [],
    ],
    ["Lectio magistralis del professor Cacciari all'Università di Padova", "La lezione inaugura l'anno accademico.", []],
    [
      'Reniec ofrece verificación biométrica a bancos para evitar fraudes',
      'Las entidades financieras podrán validar la huella dactilar del cliente.',
      [],
    ],
    [
      'El nuevo iPhone mejora sus cámaras y el reconocimiento facial',
      'Apple presentó el modelo con tres cámaras y Face ID más rápido.',
      [],
    ],
    [
      'Air Europa sufre un ciberataque',
      'Los datos de pasajeros quedaron expuestos; la Policía investiga el delito y la aerolínea recomienda cambiar las tarjetas.',
      [],
    ],
  ])('reads %j as off topic (42nd collection, look-alike review)', readsAs);

  it.each([
    // A look-alike review of the forty-first collection's new rules: made-up sentences each new rule read before it
    // was narrowed (a halfway house, studying abroad, hospital readmissions, handball, a court's dismissal, truck bans,
    // expelled diplomats, passports, radios, freight notes, biobanks, COVID checks, health data, an eye test, traffic
    // zones, car parks, face unlock, tourist kiosks)
    [
      'Delaney Hall halfway house',
      'State parolees at the Delaney Hall residential reentry center in Newark complained about conditions, the Department of Corrections said.',
      [],
    ],
    ["Etudiants a l'etranger", "L'eloignement familial pese sur les etudiants partis etudier a l'etranger.", []],
    ['Hospital readmissions', 'Medicare penalized 2,000 hospitals for high readmission rates this year.', []],
    ['Handbolti', 'Island tapadi fyrir Svithjod; tvaer brottvisanir i fyrri halfleik reyndust dyrar.', []],
    ['Fravisun mals', 'Heradsdomur hafnadi krofu um fravisun malsins.', []],
    ['Запрет на въезд грузовиков', 'В Москве вводят запрет на въезд грузовиков в центр города в дневное время.', []],
    ['驱逐外交官', '中方宣布将该国外交官驱逐出境，限其七十二小时内离境。', []],
    ['Fasfo', 'Hukumar Shige da Fice ta Najeriya ta ce za ta dawo da bayar da fasfo a ofisoshinta.', []],
    [
      'Radio interoperability',
      'Police and fire departments upgrade radios to improve interoperability during large-scale emergencies.',
      [],
    ],
    ['e-CMR protocol', 'Germany ratifies the e-CMR protocol for digital consignment notes in road freight.', []],
    ['Genomics study', 'A genomics project invites 100,000 residents to give DNA samples to study heart disease.', []],
    ['COVID travel ban', 'The government lifted the COVID travel ban, but temperature checks at airports continue.', []],
    [
      'Health data space',
      'The interoperability of patient databases will allow cross-border prescriptions under the European Health Data Space.',
      [],
    ],
    ['Augenarzt', 'Die Gesichtsfeldanalyse beim Augenarzt erkennt ein Glaukom fruh.', []],
    ['ZTL', 'Nuovi varchi ZTL con telecamere per la lettura delle targhe: sanzioni per chi entra senza permesso.', []],
    ['Смартфон', 'Новый смартфон получил функцию распознавания лиц для разблокировки.', []],
    ['City tourism', 'The city launched a digital Tourist Information System with interactive kiosks for visitors.', []],
    ['Cigarete', 'Robezsardze aizturejusi kontrabandas cigaretes, kas nelikumigi ievestas no Baltkrievijas.', []],
    ['Banco digital', 'El banco incorpora verificacion facial para abrir cuentas desde el celular.', []],
    ['Garaza', 'Nova garaza u centru: ulaz bez listica, sustav prepoznavanja registarskih oznaka.', []],
    // Hindi "सी" (Form C) folds to the same word as "से" (from): the Form C rule now reads it only in its phrase
    ['विदेशी निवेश', 'प्रपत्र भरने से विदेशी निवेश की जानकारी मिलती है।', []],
    ['फॉर्म सी', 'होटल को प्रपत्र सी में विदेशी मेहमानों की जानकारी देनी होगी।', ['immigration-enforcement', 'state-databases']],
  ])('reads %j as off topic (41st collection, look-alike review)', readsAs);

  it.each([
    // A look-alike review of the collection's new rules: made-up sentences each new rule read before it was narrowed
    // (clandestine labs, arrests on return from holiday, burglary suspects, football fouls, evictions, awareness
    // campaigns, returns to the office, capital repatriation, the name Siraj, South Africa's CIPC, rugby's URC,
    // attendance apps, car parks, Umrah biometrics, sanctions lists, politics read as "politi*")
    ['Esch-sur-Alzette', 'La police a démantelé un laboratoire clandestin de cannabis à Esch-sur-Alzette.', []],
    ['PJ detém suspeito de homicídio', 'A PJ anunciou a detenção do suspeito do homicídio após o seu regresso de férias no Algarve.', []],
    ['Συνελήφθησαν δύο αλλοδαποί για διαρρήξεις', 'Δύο αλλοδαποί συνελήφθησαν στη Θεσσαλονίκη για διαρρήξεις σε κατοικίες.', []],
    ['الأهلي يتعادل مع الزمالك في قمة مثيرة', 'طرد الحكم مدافع الفريق بعد مخالفة عنيفة في الدقيقة الثمانين.', []],
    [
      'سرکاری زمین سے قابضین کی بے دخلی کا آپریشن',
      'ضلعی انتظامیہ نے تجاوزات کے خلاف آپریشن میں سرکاری زمین سے قابضین کی بے دخلی شروع کر دی۔',
      [],
    ],
    [
      'حملة توعوية حول الإجهاد الحراري',
      'أطلقت وزارة الموارد البشرية حملة توعوية تستهدف العمالة الوافدة حول مخاطر الإجهاد الحراري خلال فصل الصيف.',
      [],
    ],
    ['Télétravail', "Les salariés d'Amazon dénoncent le retour forcé au bureau cinq jours par semaine.", []],
    [
      'Girabola: dois jogadores expulsos no empate do Petro',
      'O Petro de Luanda e o 1.º de Agosto empataram 1-1; dois jogadores foram expulsos numa partida tensa do campeonato de Angola.',
      [],
    ],
    [
      'Hukumar shige da fice ta mayar da martani kan jinkirin fasfo',
      'Shugaban hukumar shige da fice ya ce sabuwar manhajar tasa za ta saukaka neman fasfo ga yan Najeriya.',
      [],
    ],
    [
      'Licencias para todos',
      'El DMV ampliará horarios para dar acceso a licencias a residentes indocumentados, explicó una abogada de inmigración.',
      [],
    ],
    [
      'Bắt đối tượng truy nã sau 10 năm lẩn trốn',
      'Công an tỉnh Bình Dương đã bắt giữ một người đàn ông có tên trong danh sách truy nã về tội giết người.',
      [],
    ],
    [
      'Hơn 500 xe bị phạt nguội qua camera',
      'Cảnh sát giao thông công bố danh sách biển số xe vi phạm tốc độ được camera ghi lại trong tuần qua.',
      [],
    ],
    ['ભાડે રાખેલી કારમાંથી દારૂ ઝડપાયો', 'ભાડે રાખેલી કારમાંથી દારૂનો જથ્થો ઝડપાયો, પોલીસ દ્વારા બે શખ્સોની ધરપકડ કરવામાં આવી.', []],
    [
      'Aplicația băncii',
      'Aplicația băncii folosește recunoaștere facială pentru autentificare, potrivit politicii de confidențialitate.',
      [],
    ],
    [
      'Supermarked tester ny teknik',
      'Supermarkedskæden tester ansigtsgenkendelse mod butikstyve, men politikerne er uenige om reglerne.',
      [],
    ],
    ['Új iPhone', 'Az új iPhone arcfelismerő rendszere gyorsabb és biztonságosabb lett.', []],
    ['Murtovarkaus selvisi', 'Poliisi löysi murtokohteesta sormenjälkiä, ja epäilty otettiin kiinni.', []],
    ['Un nouveau label pour les entreprises', 'Les entreprises seront classées sur la base de leur empreinte carbone.', []],
    ['India v England', 'Mohammed Siraj took four wickets as India bowled England out for 210 on the first day.', []],
    [
      'Annual returns deadline',
      'Small businesses must file annual returns with the CIPC by the end of the month, the commission said.',
      [],
    ],
    [
      'Suspeito de assalto a banco detido em Luanda',
      'Segundo a polícia, o jovem de 24 anos tem um extenso cadastro criminal e foi detido em flagrante.',
      [],
    ],
    ['Leinster stay top', 'Leinster stay top of the URC after a bonus-point win over Munster at the Aviva.', []],
    [
      'வாடகை வீட்டில் இளைஞர் கொலை',
      'வாடகை வீட்டில் தங்கியிருந்த இளைஞர் கொலை செய்யப்பட்டார்; காவல் துறையினர் விசாரணை நடத்தி வருகின்றனர், மேலும் விவரங்கள் வெளியாகவில்லை.',
      [],
    ],
    ['کرایہ دار نے مالک مکان کو قتل کر دیا', 'کرایہ دار نے جھگڑے کے بعد مالک مکان کو قتل کر دیا، پولیس نے ملزم کو گرفتار کر لیا۔', []],
    ['Pencuri motor ditangkap warga', 'Korban mengaku mengenali wajah pelaku yang ternyata tetangganya sendiri, kata polisi.', []],
    [
      'Jewellery shop robbery: one held',
      'Police arrested Nafis Ahmed, 32, in connection with the robbery of a jewellery shop on Station Road.',
      [],
    ],
    ['सरकारी स्कूलों में फेशियल रिकॉग्निशन से हाजिरी', 'शिक्षा विभाग ने आदेश दिया है कि सभी शिक्षकों की उपस्थिति अब फेशियल रिकॉग्निशन ऐप से दर्ज होगी।', []],
    ['아파트 주차장에 번호판 인식 차단기 설치', '관리사무소는 입주민 차량만 출입할 수 있도록 번호판 인식 시스템을 도입했다.', []],
    ['كاميرات ذكية على الطرق السريعة', 'تركيب كاميرات ذكية لقراءة لوحات السيارات لرصد المخالفات المرورية وتجاوز السرعة.', []],
    ['شرط جديد لتأشيرة العمرة', 'أعلنت وزارة الحج والعمرة أن تسجيل البصمة البيومترية عبر التطبيق أصبح شرطا لإصدار تأشيرة العمرة.', []],
    ['Golpe por mensagem', 'A Polícia Civil alerta para golpe em que criminosos pedem a atualização de dados cadastrais por mensagem.', []],
    ['Ruta 3', 'Detuvieron a un hombre que tenía pedido de captura durante un control vehicular en la ruta 3.', []],
    [
      'Permiso por Protección Temporal',
      'Los migrantes venezolanos deberán registrar sus datos biométricos para obtener el Permiso por Protección Temporal.',
      [],
    ],
    ['Ответ на санкции', 'МИД России запретил въезд в страну 200 иностранным политикам и журналистам в ответ на санкции.', []],
    ['НСИ: нощувките растат', 'Нощувките на чужденци в местата за настаняване са се увеличили с 10% през юли, съобщи НСИ.', []],
    // … and the review's rarer look-alikes (a suspect's criminal record, preventive detention orders, virology's
    // genetic profiles, VAT on buildings, ICD-10 codes, Uber's driver checks, a hotel's bankruptcy)
    [
      'ڈکیتی کی واردات میں ملوث ملزم گرفتار',
      'پولیس کے مطابق گرفتار ملزم کا کریمنل ریکارڈ بھی موجود ہے اور اس کے خلاف پہلے بھی مقدمات درج ہیں۔',
      [],
    ],
    [
      'DMV amplia horário',
      'O DMV de Massachusetts amplia o horário para atender imigrantes; uma advogada de imigração explica os documentos necessários para a carteira de motorista.',
      [],
    ],
    [
      'Dayuhang nagnakaw ng cellphone sa mall, naaresto',
      'Isang dayuhang turista ang naaresto ng pulisya matapos magnakaw ng cellphone sa isang mall sa Makati.',
      [],
    ],
    [
      'हाईकोर्ट ने पीएसए के तहत जारी डिटेंशन ऑर्डर रद्द किया',
      'जम्मू-कश्मीर हाईकोर्ट ने एक युवक के खिलाफ जन सुरक्षा कानून के तहत जारी डिटेंशन ऑर्डर को रद्द कर दिया।',
      [],
    ],
    ['বিশেষ ক্ষমতা আইনে ছাত্রনেতার ডিটেনশন অবৈধ ঘোষণা', 'বিশেষ ক্ষমতা আইনে ছাত্রনেতাকে দেওয়া ডিটেনশন আদেশ হাইকোর্ট অবৈধ ঘোষণা করেছে।', []],
    ['ಅಕ್ರಮ ಹಣ ವರ್ಗಾವಣೆ: ಉದ್ಯಮಿಯ ಬಂಧನ', 'ಅಕ್ರಮ ಹಣ ವರ್ಗಾವಣೆ ಪ್ರಕರಣದಲ್ಲಿ ಉದ್ಯಮಿಯ ಬಂಧನ, ಕೇಂದ್ರ ತನಿಖಾ ಸಂಸ್ಥೆಯ ಕ್ರಮ.', []],
    [
      'Atrasos na AIMA',
      'Imigrantes desesperados com os atrasos da AIMA na renovação de autorizações de residência admitem abandonar Portugal.',
      [],
    ],
    [
      'Vaquinha para trazer corpo',
      'Família faz vaquinha para custear a repatriação do corpo do imigrante mineiro morto em acidente nos EUA.',
      [],
    ],
    [
      'Travailleurs salariés: nouvelles règles',
      "Selon le nouvel arrêté, l'autorisation de séjour pour travailleurs salariés sera valable trois ans.",
      [],
    ],
    [
      'Casablanca: un supermarché teste une nouvelle caméra',
      "Une chaîne de supermarchés installe des caméras de surveillance à reconnaissance faciale pour lutter contre le vol à l'étalage.",
      [],
    ],
    ['Uber', "Uber utilise la reconnaissance faciale pour vérifier l'identité de ses conducteurs avant chaque course.", []],
    ['Dengue: nova variante', 'O perfil genético da nova variante do vírus da dengue foi identificado por pesquisadores da Fiocruz.', []],
    [
      'Banca, dipendente indagato',
      'Un dipendente di banca è indagato per accesso abusivo alla banca dati dei correntisti, tra cui diversi politici.',
      [],
    ],
    [
      'Supermarkt op de vingers getikt',
      'Een supermarkt in Zaandam vergeleek klanten via gezichtsherkenning met een database van winkeldieven.',
      [],
    ],
    ['TER: la fraude en baisse', 'La SNCF renforce le contrôle des voyageurs sans billet dans les TER de la région.', []],
    [
      'IVA sugli immobili strumentali',
      "Per la cessione di fabbricato strumentale da parte dell'impresa costruttrice si applica l'IVA al 22 per cento.",
      [],
    ],
    ['Tarifas médicas', 'Los códigos CIE-10 determinan la tarifa que la aseguradora paga por cada consulta.', []],
    [
      'Rescate en altamar',
      'La Guardia Costera rescató a cinco pescadores cuya lancha se averió; fueron devueltos sanos al puerto de Mazatlán.',
      [],
    ],
    [
      'Gym chain fined',
      'The Data Protection Commission fined a gym chain for using facial recognition to check members in at its clubs.',
      [],
    ],
    [
      'State health plan opens to undocumented adults',
      "Undocumented adults can now enroll in the state's health plan; officials urged residents to report insurance scams to police.",
      [],
    ],
    ['Försäkringsvillkor', 'Försäkringsbolaget har underrättelseskyldighet mot försäkringstagaren innan premien höjs.', []],
    [
      '외국인 관광객 상대 불법 숙박 영업 신고 급증',
      '서울시는 외국인 관광객을 상대로 한 미등록 공유숙박 영업에 대한 시민 신고가 크게 늘었다고 밝혔다.',
      [],
    ],
    [
      'Stranded foreign tourists can extend visas online',
      'Foreign tourists stuck in hotels during the lockdown may apply to the FRRO for a free visa extension, the ministry said.',
      [],
    ],
    ['DVLA opens online auction', 'Motorists can now bid for personalised number plates through a new digital marketplace.', []],
    ['Tarbijakaitseamet meenutab', 'Tarbijakaitseamet tuletab meelde, et e-poest ostetud kauba tagasisaatmiseks on 14 päeva.', []],
    ['Uued tõkkepuud', 'Kaubanduskeskuse parklas võetakse kasutusele numbrituvastusega tõkkepuud.', []],
    ['Sněmovna', 'Sněmovna jednala o lustraci bývalých příslušníků komunistické Státní bezpečnosti a policie.', []],
    ['حاشیه اختتامیه جشنواره', 'بازیگر زن در مراسم اختتامیه جشنواره مقابل دوربین عکاسان کشف حجاب کرد.', []],
    ['أرشيف رقمي للمغتربين', 'أطلقت الجامعة قاعدة بيانات رقمية لتوثيق تاريخ الهجرة اللبنانية إلى الأمريكيتين.', []],
    ['老舗旅館が破産手続き開始', '同旅館の登記簿によると、運営会社は昨年末に代表者が交代していた。', []],
  ])('reads %j as off topic (40th collection, look-alike review)', readsAs);

  it("reads an ICE award for a state agency's data exchange as both topics (40th collection)", () => {
    const match = m.match({
      title: 'WORKFORCE INNOVATION, EXAMPLE AGENCY FOR: DATA INFORMATION EXCHANGE',
      summary: 'DATA INFORMATION EXCHANGE. Recipient: WORKFORCE INNOVATION, EXAMPLE AGENCY FOR.',
      agency: 'Department of Homeland Security / U.S. Immigration and Customs Enforcement',
      office: 'Mission Support Dallas',
      contractor: 'WORKFORCE INNOVATION, EXAMPLE AGENCY FOR',
    });
    expect(match?.topics).toEqual(['immigration-enforcement', 'state-databases']);
  });

  it.each([
    [
      'The GEO Group: Detention and transportation services, fuel and overtime beds',
      'Detention Compliance and Removals',
      ['immigration-enforcement'],
    ],
    ['Fuelco: Fuel for the field office fleet', 'Detention Compliance and Removals', []],
    ['Dataco: Financial data management for ICE', 'Mission Support Washington', []],
    ['Cornell Companies: Use of facilities during a shutdown of offices in bad weather', 'Detention Management Laguna', []],
    ['Leaseco: Floodplain notice for an office lease', 'Mission Support Dallas', []],
    ['State of Arizona: Fire alarm system inspection at the field office', 'Mission Support Dallas', []],
    ['Phoneco: Consensual monitoring services for cell phones', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Scanco: Fingerprint scanners for the southwest border', 'Mission Support Dallas', ['immigration-enforcement']],
    [
      'State of Example Public Safety: Connection to the state system for ERO',
      'Detention Management',
      ['immigration-enforcement', 'state-databases'],
    ],
    [
      'Example Association of Governments: User fees for the regional police records network',
      'Mission Support Dallas',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['THOMSON REUTERS: CLEAR SUBSCRIPTION FOR ERO', 'ICE Mission Support Washington', ['state-databases']],
    // 31st: an all-capital line naming the ERO field office it serves (=ERO is not trusted in capitals; the agency is ICE)
    ['G4S SECURE SOLUTIONS: ADDING FUNDS FOR TRANSPORTATION SERVICES ERO HOUSTON', 'Mission Support Dallas', ['immigration-enforcement']],
    // … and laptops for an ERO field office are generic administration (a probe)
    ['DELL MARKETING: LAPTOPS AND DOCKING STATIONS', 'ERO Field Office Dallas', []],
    // 37th: parking and cases of paper bought by an enforcement office are generic administration
    ['ABM Industries: Parking', 'Detention Compliance and Removals', []],
    ['Office Products: Cases of Paper', 'Detention Management', []],
  ])('reads the ICE award %j by what it buys (29th and 30th collections)', (title, office, topics) => {
    const [recipient, description] = title.split(': ');
    const summary = `${description}. Recipient: ${recipient}.`;
    expect(
      m.match({
        title,
        summary,
        office,
        agency: 'Department of Homeland Security / U.S. Immigration and Customs Enforcement',
        contractor: recipient,
      })?.topics ?? [],
    ).toEqual(topics);
  });

  const ICE = 'Department of Homeland Security / U.S. Immigration and Customs Enforcement';
  it.each([
    ['Acme: Detention inspections', 'Mission Support Washington', ['immigration-enforcement']],
    ['Acme: Canine training for HSI', 'Mission Support Washington', ['immigration-enforcement']],
    ['Acme: Pen register and trap and trace services', 'Mission Support Washington', ['immigration-enforcement']],
    ['Acme: Per diem bed day rate', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Acme: Polygraph examinations for applicants', 'Mission Support Dallas', []],
    ['Skyway Air: Cargo charter flights for hurricane relief', 'Detention Compliance and Removals', []],
    ['Acme Consulting: Change management consulting for ERO', 'Detention Compliance and Removals', []],
    ['Tomahawk Defense: Close quarters clearing training', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Axon: Tasers and cartridges', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Restraintco: Handcuffs and restraints', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Guardco: Armed security officers for detention', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Intercept Inc: Title III intercept services', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Cleanco: Janitorial services for headquarters', 'Mission Support Dallas', []],
    ['M-Pak: Weapons storage containers', 'Detention Compliance and Removals', []],
    ['Buildco: Hold room renovation at the field office', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Gearco: Equipment for HSI special agents', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Docco: Travel documents for removals', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Opsco: Custody operations support', 'Mission Support Dallas', ['immigration-enforcement']],
    ['City of Mesa: Range needed for agent qualifications', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Safetyco: Fentanyl protective kits for HSI offices', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Lotus: OPLA Buffalo courier service to the immigration court', 'Mission Support Dallas', []],
    ['Federal Prison Industries: Furniture for OPLA Phoenix, Eloy Detention Center sub-office', 'Mission Support Dallas', []],
    ['County of Imperial: Adult prisoner care and custody renewal', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Armsco: M4 carbine parts', 'Mission Support Washington', ['immigration-enforcement']],
    ['Shieldco: Ballistic shields', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Acme: Pistol holsters', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Acme: Sandbags', 'Detention Compliance and Removals', []],
    ['Acme: Lease of copiers', 'Detention Compliance and Removals', []],
    ['Botco: Robotic process automation to validate monthly invoices', 'Detention Compliance and Removals', []],
    ['Vaultco: Gun safes', 'Detention Compliance and Removals', []],
    ['State of Example: Traffic database access', 'Detention Compliance and Removals', ['immigration-enforcement', 'state-databases']],
    // From the twentieth collection (dev), in other words
    ['Locators Inc: Skip tracing services', 'Detention Compliance and Removals', ['immigration-enforcement']],
    ['Gunco: Glock parts', 'Mission Support Washington', ['immigration-enforcement']],
    ['Cableco: Cable service for the field office', 'Detention Compliance and Removals', []],
    ['Matco: Floor mat services', 'Detention Compliance and Removals', []],
    ['Moverco: Moving services for the new lease', 'Detention Compliance and Removals', []],
    // From the twenty-first collection (dev), in other words
    ['Armorco: Ballistic helmets for the special response team', 'Mission Support Washington', ['immigration-enforcement']],
    ['Breachco: Shotgun breacher rounds', 'Mission Support Dallas', ['immigration-enforcement']],
    ['County of Example: Firearms range fees', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Trackco: GPS trackers for covert operations', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Sysco Federal: Enforcement systems operations and maintenance', 'Information Technology Division', ['immigration-enforcement']],
    ['Gymco: Dumbbell set for the command center', 'Detention Compliance and Removals', []],
    ['Alertco: Emergency broadcasting services', 'Detention Compliance and Removals', []],
    // From the twenty-second collection (dev), in other words
    ['Olinco: 9mm duty rounds, FMJ', 'Mission Support Washington', ['immigration-enforcement']],
    ['Armorco: Side armor plates', 'Mission Support Dallas', ['immigration-enforcement']],
    ['Trackco: Covert tracking devices', 'Mission Support Dallas', ['immigration-enforcement']],
    ['PACER Service Center: PACER order', 'Detention Compliance and Removals', ['immigration-enforcement', 'state-databases']],
    ['Matco: Mats for training room', 'Detention Management', []],
    ['Boxco: Weapon lockboxes for sedans', 'Mission Support Dallas', []],
    // Administration named in the corpus rule's own words (office supplies, copiers, insurance, consulting)
    ['Tonerco: Toner cartridges and office supplies', 'Detention Compliance and Removals', []],
    ['Insureco: Vehicle insurance for officers posted abroad', 'Detention Compliance and Removals', []],
    ['Consultco: Management consulting for the field office', 'Detention Compliance and Removals', []],
    [
      'State of Connecticut: Access to the COLLECT database',
      'Detention Compliance and Removals',
      ['immigration-enforcement', 'state-databases'],
    ],
  ])('reads the ICE award %j by what it buys', (title, office, topics) => {
    // The shape the USAspending connector gives award items: title `Recipient: description`.
    const [recipient, description] = title.split(': ');
    const summary = `${description}. Recipient: ${recipient}.`;
    expect(m.match({ title, summary, agency: ICE, office })?.topics ?? []).toEqual(topics);
  });

  // The recipient decides (the contractor field): ICE paying a state or local government for access
  // to its records is on both topics; its radio network or firing range is not records
  it.each([
    ['Public Safety, Ohio Department of: LEADS access', ['immigration-enforcement', 'state-databases']],
    ['Driver & Motor Vehicle Services, Oregon: Service fee for DMV access', ['immigration-enforcement', 'state-databases']],
    ['County of Lehigh: Querying the county database', ['immigration-enforcement', 'state-databases']],
    ['State of Michigan: Access to the emergency communication system', []],
    ['County of Worcester: Access to the firearms training center', ['immigration-enforcement']],
    ['County of Imperial: Radio system subscription and access', []],
    ['City of Eloy: Access road repairs', []],
    ['County of Santa Clara Office of the Sheriff: SCLET service', ['immigration-enforcement', 'state-databases']],
    ['County of Cameron: Access control system at the Port Isabel Detention Center', ['immigration-enforcement']],
    ['CRIME INFORMATION CENTER, ARKANSAS: IGF::CT::IGF ARKANSAS CRIME INFORMATION CENTER', ['immigration-enforcement', 'state-databases']],
  ])('reads the ICE award %j by who is paid', (title, topics) => {
    const [recipient, description] = title.split(': ');
    const summary = `${description}. Recipient: ${recipient}.`;
    const item = { title, summary, agency: ICE, office: 'Mission Support Dallas', contractor: recipient };
    expect(m.match(item)?.topics ?? []).toEqual(topics);
  });

  // CBP awards serve people in its custody (the corpus's CBP rule) or trade, cargo and ports (negatives)
  const CBP = 'Department of Homeland Security / U.S. Customs and Border Protection';
  it.each([
    ['Deployed Resources: Erect and furnish CPC facility at El Paso', ['immigration-enforcement']],
    ['Trailboss Enterprises: Transportation for non-US citizens', ['immigration-enforcement']],
    ['County of Val Verde: Add food and linen', ['immigration-enforcement']],
    ['Transco: Transportation of unaccompanied children', ['immigration-enforcement']],
    ['Chenega: Processing coordinators for USBP', ['immigration-enforcement']],
    ['Matco: Blankets and mats for holding cells', ['immigration-enforcement']],
    ['Medco: Contract medical support for the southwest border', ['immigration-enforcement']],
    ['Scanco: Cargo scanning equipment maintenance', []],
    ['Cleanco: Janitorial services at the port of entry', []],
    ['Cleanco: Custodial services and snow removal at the Pembina Border Patrol Station', []],
    ['Deployed Resources: Emergency services for the T42 migrant surge', ['immigration-enforcement']],
    ['Boxco: Shipping containers for the Border Patrol sector as storage', []],
  ])('reads the CBP award %j by what it buys', (title, topics) => {
    const [recipient, description] = title.split(': ');
    const summary = `${description}. Recipient: ${recipient}.`;
    expect(m.match({ title, summary, agency: CBP, contractor: recipient })?.topics ?? []).toEqual(topics);
  });
});

describe('default watchlist: ICE as the agency', () => {
  const agency = 'U.S. Immigration and Customs Enforcement';
  const topics = (title: string, summary?: string, identifier = '70CDCR26P00000311') =>
    m.match({ title, summary, agency, identifier })?.topics ?? [];

  it.each([
    ['GREEN MOUNTAIN GROUNDS LLC: SNOW AND ICE REMOVAL SERVICES, ST. ALBANS VT FIELD OFFICE PARKING LOT', undefined],
    ['Janitorial Services - ERO Field Office', 'Janitorial services for the Enforcement and Removal Operations field office.'],
    ['Snow and ice removal at ICE field office', 'Snow removal for the ICE field office parking lot.'],
    ['Office furniture - ICE Office of the Principal Legal Advisor', undefined],
  ])('routine facilities do not match: %j', (title, summary) => {
    expect(topics(title, summary)).toEqual([]);
  });

  it.each([
    [
      'Detention bed space - county correctional center',
      'Guaranteed minimum of 200 beds for adult detainees.',
      ['immigration-enforcement'],
    ],
    [
      'Justification for Other Than Full and Open Competition - COLLECT access',
      'Continued access to the state police system.',
      ['immigration-enforcement', 'state-databases'],
    ],
    ['Ground transportation services', 'Transport of detainees between processing centers.', ['immigration-enforcement']],
    // The same routine work at an immigration detention facility serves detention (labelled-real README).
    [
      'Ice Machine Replacement - Detention Facility Kitchen, Florence AZ',
      'Combined Synopsis/Solicitation · NAICS 333415',
      ['immigration-enforcement'],
    ],
    ['Mavagi Enterprises: Ground Maintenance at PiDC', undefined, ['immigration-enforcement']],
    [
      'Janitorial and detention services - county jail IGSA',
      'Detention services for ICE detainees, including janitorial services.',
      ['immigration-enforcement'],
    ],
  ])('content plus the agency matches: %j', (title, summary, want) => {
    expect(topics(title, summary)).toEqual(want);
  });
});
