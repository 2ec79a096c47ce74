/**
 * Rules that both topics read, named once so the two topics' files cannot drift apart (from the fortieth collection
 * on, and two older ones moved here from terms.ts, which is at its size limit). Topic definitions: src/matching/README.md.
 */
import { SHARE } from './words.ts';
/** Dream Act bills (legal status for people brought as children): benefits, guarded in both topics (the thirty-eighth). */
export const DREAM_ACT_BILLS = '("Dream Act" OR "American Dream and Promise" OR Dreamers)';

/** State data shared with Homeland Security or ICE: both topics (the thirty-ninth). */
export const STATE_DATA_TO_HOMELAND_SECURITY = `("state data" NEAR/10 (${SHARE} OR hand*)) AND ("Homeland Security" OR =DHS OR =ICE OR immigra*)`;

/**
 * Health workers required to report undocumented patients to the police or security forces (Malaysia's 2001 health
 * circular, its vaccination rules): both topics, like public bodies' reporting duties elsewhere (the fortieth).
 */
export const HEALTH_WORKERS_REPORT_UNDOCUMENTED =
  '(health* OR hospital* OR doctor* OR clinic* OR medical OR vaccin*) AND ((notify OR inform OR report*) NEAR/6 (police OR "security forces" OR authorities OR "immigration department" OR =ICE)) AND ((notify OR inform OR report*) NEAR/10 (undocumented OR "illegal immigrant*" OR "without status" OR "illegal migrant*"))';

/** Lodgings' reports of foreign guests to Slovakia's foreign police ("hlásenie pobytu cudzincov"): both (the forty-first). */
export const SLOVAK_LODGING_REPORTS = '(hlasen* OR ohlasovat OR nahlasovan*) NEAR/4 (pobyt* NEAR/2 cudzinc*)';

/** Saudi employers' absconding ("huroob") reports on workers to the passports directorate through Absher: both (the forty-first). */
export const SAUDI_ABSCONDING_REPORTS = '(Absher OR Abshir OR Jawazat) AND (huroob OR runaway OR absconding OR "absent from work")';

/** Apps that track labour migrants' location for the authorities (Moscow's "Amina"): both (the forty-first). */
export const MIGRANT_LOCATION_TRACKING = '(Амина AND мигрант*) OR ((геолокац* OR местоположени* OR отслежива*) NEAR/10 мигрант*)';

/** Lodgings and landlords reporting foreign guests and tenants to Peru's Migraciones: both (the forty-first). */
export const PERU_LODGING_REPORTS = '(hospedaje* OR arrendador*) AND Migraciones AND (extranjer* OR report* OR registr*)';

/**
 * Hotels and guesthouses reporting foreign guests to the police or immigration (India's Form C, the FRRO): both topics
 * (the forty-second collection; not tourism statistics).
 */
export const HOTELS_REPORT_FOREIGN_GUESTS =
  '((hotel* OR guesthouse* OR "guest house*") NEAR/10 report* NEAR/10 (foreign* OR immigration)) AND (police OR immigration OR passport* OR "Form C" OR =FRRO OR registration) NOT (occupancy OR bookings OR arrivals OR "overnight stays")';

/** State agencies barred from giving the federal government personal information, in immigration bills: both topics (the forty-second). */
export const PERSONAL_INFORMATION_TO_FEDERAL_GOVERNMENT =
  '((supplying OR sharing OR share OR provid* OR supply) NEAR/8 "personal information" NEAR/10 ("federal government" OR "federal authorities")) AND immigra*';

/** Bulgaria's duty on anyone who shelters a foreigner to notify the police's migration unit within three days: both topics (the forty-third). */
export const BULGARIAN_HOSTS_REPORT_FOREIGNERS =
  '((подслон NEAR/10 чужден*) AND (уведом* OR МВР OR полиц* OR Миграция OR "адресна регистрация" OR деклар*)) OR ("адресна регистрация" NEAR/5 чужденц*)';

/** Lists and data of Syrian refugees handed to Lebanon's General Security: both topics (the forty-third). */
export const LEBANON_REFUGEE_LISTS =
  '((الداتا OR "لوائح بأسماء") NEAR/6 (اللاجئين OR باللاجئين OR النازحين OR السوريين)) AND ("الأمن العام" OR الأمنية OR ترحيل* OR لترحيل* OR الداخلية OR المخابرات)';

/** Kuwait's absence ("taghayyub") reports against expatriate workers, which cancel residence: both topics (the forty-third). */
export const KUWAIT_ABSENCE_REPORTS =
  '((التغيب NEAR/10 (الإقامة OR الوافدين OR العمالة OR بلاغ*)) AND (الإقامة OR إقامة OR الوافدين OR الوافد OR وافد OR العمالة OR الكفيل OR "القوى العاملة" OR "العمالة المنزلية")) NOT "تصحيح الأوضاع"';

/** Police mapping and geo-tagging Afghans and other foreigners for removal (Pakistan): both topics (the forty-third). */
export const MAPPING_AFGHANS_FOR_REMOVAL =
  '((mapping OR geo-tagging OR geotagging OR "compiling data") NEAR/10 (Afghans OR "Afghan nationals" OR "Afghan refugees" OR "Afghan migrants" OR "Afghan citizens" OR "illegal immigrants" OR "illegal foreigners" OR foreigners)) AND (police OR repatriat* OR deport* OR expel* OR expulsion OR illegal* OR crackdown OR undocumented OR "Proof of Registration")';

/** Entering people under a return decision in the Schengen Information System (Danish): both topics (the forty-third). */
export const SIS_RETURN_DECISIONS_DANISH = 'Schengeninformationssystem* NEAR/15 tilbagesend*';

/** Azerbaijan's Migration Code: hotels and hosts report foreigners' stays: both topics (the forty-third). */
export const AZERBAIJAN_HOSTS_REPORT_FOREIGNERS = 'mehmanxana AND əcnəbi* AND (qeydiyyat* OR miqrasiya* OR polis*)';

/** Norway's Schengen entries for people who must leave or are banned from entry: both topics (the forty-fourth). */
export const SIS_RETURN_DECISIONS_NORWEGIAN =
  '"Schengen informasjonssystem*" AND (utreiseplikt OR innreiseforbud OR retur* OR utlending* OR tredjelandsborgere) AND (utreiseplikt OR innreiseforbud OR returvedtak* OR returforordning* OR utvis* OR innmelding* OR "meldt inn" OR bortvis*)';

/** Serbia's duty on hosts to report foreigners' stays: both topics (the forty-fourth). */
export const SERBIAN_HOSTS_REPORT_FOREIGNERS =
  '(пријав* NEAR/8 (странац* OR странаца OR странцима)) AND (боравиш* OR смештај* OR боравак) AND (пријав* NEAR/3 (боравиш* OR боравак))';
