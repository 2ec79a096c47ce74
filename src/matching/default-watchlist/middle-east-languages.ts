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
];
