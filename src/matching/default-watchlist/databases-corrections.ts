/**
 * State-databases rules for the records of courts, jails, prisons, probation and parole (from the thirty-sixth
 * collection's dev records on; topic definition: src/matching/README.md): prisoner and inmate records and the
 * systems that match them, victim notification fed by jail bookings, probation case systems and laws on booking photos (a booking photo in a crime story is not a records system).
 * Police records systems by name stay in databases.ts.
 */
export const databasesCorrections = [
  // Victim notification networks (VINE), which read jail booking and release records
  '"victim notification" OR "Victim Information and Notification" OR "Victim Information & Notification"',
  // Social Security's prisoner records matching, and unemployment claims checked against jail and prison records
  '"Prisoner Verification System" OR "prisoner database" OR "Prisoner Update Processing System"',
  '(unemployment NEAR/20 (incarcerat* OR prison* OR jail*)) AND (cross-match* OR crossmatch* OR match* OR "data sharing" OR records)',
  // Inmate and prisoner records, probation case systems, booking photographs
  '"inmate records" OR "prisoner records" OR "inmate record*"',
  '"probation module" OR ("case management system" NEAR/10 (probation OR parole))',
  '(mugshot* OR "mug shot*" OR "booking photo*") NEAR/12 (requir* OR law OR bill OR statute OR policy OR rule*)',
  // Jail bookings' fingerprints reaching immigration officials; probation departments reporting people to ICE; parolees'
  // records disclosed to local police
  '(prints OR fingerprint*) NEAR/10 (inmate* OR booked OR booking*) AND (=ICE OR "immigration officials" OR "Immigration and Customs Enforcement" OR "federal immigration")',
  '("turned over" OR "handed over" OR referr* OR report*) NEAR/10 (probation OR parole) NEAR/15 (=ICE OR "Immigration and Customs Enforcement")',
  '(parolee* OR probationer* OR paroled OR "postrelease supervision") NEAR/10 (disclos* OR information OR records) NEAR/10 (police OR "law enforcement")',
  // Sex-offender registrants' release and residence notified to the sheriff; the OffenderWatch registry software
  '(offender* OR registrant*) NEAR/12 (release* OR residence OR register*) NEAR/12 (sheriff* OR notif*)',
  'OffenderWatch OR "Offender Watch"',
  // From the thirty-seventh (dev): old warrants and summonses dismissed or purged en masse (records cleared), outside
  // immigration stories
  '((dismiss* OR purg* OR toss* OR "threw out") NEAR/10 (warrants OR summonses OR "municipal cases" OR "municipal court cases")) NOT (=ICE OR immigra*)',
  // … jails reporting foreign-born inmates (to ICE)
  'report* NEAR/8 ("foreign inmates" OR "foreign-born inmates" OR "foreign-born prisoners")',
  // From the thirty-eighth (dev): warrant amnesty days and programmes (old warrants cancelled in bulk, like the dismissals above)
  'amnesty NEAR/10 warrant*',
  // … a state crime-information bureau's warrant and wanted-person records
  '"warrant/wanted" OR ("wanted person*" NEAR/10 record*)',
  // From the thirty-ninth (dev): prisons' lists of foreign-born inmates referred to ICE; corrections departments'
  // offender management systems
  '((list* OR referr* OR refers) NEAR/15 ("foreign-born")) AND (=ICE OR "Immigration and Customs Enforcement")',
  '"offender management system*"',
  // From the forty-first collection (dev): probation departments' policies on clients' immigration status and notifying ICE
  'probation AND "immigration status" AND (notif* OR =ICE)',
  // … (the forty-fourth) warrant amnesties that clear court records
  '(("warrant amnesty" OR "outstanding warrant*" OR "outstanding arrest warrant*") NEAR/20 (clear* OR court OR sweep)) OR (("amnesty program" NEAR/20 (clear* OR court OR sweep)) AND warrant*)',
];
