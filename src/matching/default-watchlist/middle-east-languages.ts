/**
 * Turkish, Arabic, Persian and Hebrew vocabulary for both topics, from the thirty-eighth collection's dev records (topic
 * definitions: src/matching/README.md): Turkey's removal centres and irregular migrants caught for removal, Saudi
 * deportation campaigns; Turkey's police identity checks (GBT) and city camera systems, Israel's "Hawk Eye" plate
 * tracking. Rules are folded as texts are (tokens.ts): Turkish ç, ğ, ö, ş, ü lose their marks but dotless ı stays a letter
 * of its own, so "sınır dışı" is written with it; Arabic hamza on alif folds to bare alif.
 */

export const immigrationMiddleEastLanguages = [
  // Turkey: removal centres (geri gönderme merkezi, GÖKSEM), removal ("sınır dışı"), irregular migrants caught
  '"geri gonderme merkez*" OR =GOKSEM OR "sınır dışı"',
  '("duzensiz gocmen*" OR "kacak gocmen*") NEAR/15 (yakala* OR gozaltı* OR "geri gonder*")',
  // Saudi Arabia: deportation of residence and labour violators
  '(ترحيل* OR الترحيل* OR بترحيل*) NEAR/20 (مخالف* OR المخالفين OR الإقامة OR وافد*)',
  '(ضبط NEAR/10 مخالف*) AND الإقامة',
  // … Kuwait's residence-law violators; Iran expelling Afghan migrants (Persian); Israel's infiltrators, stay orders,
  // custody and people staying unlawfully (Hebrew)
  '(مخالف* OR لمخالفي) NEAR/5 ("قانون الإقامة" OR "أنظمة الإقامة" OR الإقامة)',
  'اخراج NEAR/10 (مهاجر* OR افغان* OR اتباع OR غیرمجاز)',
  '"שוהים שלא כדין" OR מסתננים OR "הוראת שהייה" OR (משמורת NEAR/10 (מסתננים OR הכניסה OR זרים))',
  // From the thirty-ninth (dev): Saudi patrols after violating foreign workers; Lebanon deporting and counting Syrian
  // refugees; Iran's warnings against renting to unauthorised foreign nationals (Persian); fingerprint checks exposing
  // deportees who came back under new names (Kuwait, Saudi Arabia); Israel's Holot facility; Turkey's mobile migration
  // points querying refugees' fingerprints
  'العمالة NEAR/4 المخالفة',
  '(ترحيل* OR رحلت OR يرحل* OR ترحيلهم) NEAR/20 (لاجئ* OR اللاجئين OR السوريين OR سوري* OR النازحين)',
  '(إحصاء OR احصاء OR الإحصاء) NEAR/10 (النازحين OR للنازحين OR اللاجئين OR للاجئين)',
  '"اتباع خارجی غیرمجاز" OR "اتباع غیرمجاز" OR "اتباع غیر مجاز"',
  '(البصمة OR بصمة OR بصمات* OR البيومترية) AND (المبعدين OR إبعاد* OR المقيمين OR الجوازات)',
  'מתקן NEAR/3 חולות',
  '("parmak izi" NEAR/10 (sorgu* OR sistem* OR biyometrik)) AND (multeci* OR yabancı* OR goc*)',
];

export const databasesMiddleEastLanguages = [
  // Turkey: city security cameras with plate recognition (MOBESE) and the police's general information query (GBT)
  '=MOBESE OR ("plaka tanıma" NEAR/15 (emniyet OR polis))',
  '"Genel Bilgi Toplama" OR (=GBT AND (sorgu* OR polis OR kolluk))',
  // Israel: the police's "Hawk Eye" plate-tracking cameras
  '"עין הנץ"',
  // … face recognition by security cameras (Arabic); Turkey's plate recognition system (PTS) for wanted cars
  '"التعرف على الوجوه" OR "التعرف على الوجه" OR "بصمة الوجه"',
  '"plaka tanıma sistem*" AND (aranan OR polis OR emniyet OR ikiz)',
  // From the thirty-ninth (dev): fingerprint matches against deportees' records (Arabic); Israel's biometric database
  // and the police's biometric cameras (Hebrew, with its attached prefixes spelled out); Algeria's plate readers;
  // Turkey's identity-reporting law (hotels' guest reports) and refugees' fingerprints in the national biometric system
  '(البصمة OR بصمات* OR البيومترية) AND (المبعدين OR إبعاد*)',
  '(המאגר OR במאגר* OR מאגרי OR מאגר OR במאגרים OR מאגרים OR למאגר) NEAR/3 (ביומטרי* OR הביומטרי OR טביעות)',
  'צילום NEAR/2 ביומטרי*',
  'القارئ NEAR/3 (للوحات OR اللوحات)',
  '"Kimlik Bildirme"',
  '("parmak izi" NEAR/10 (sorgu* OR sistem* OR biyometrik)) AND (multeci* OR yabancı* OR goc*)',
];
