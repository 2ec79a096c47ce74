import { KUWAIT_ABSENCE_REPORTS, LEBANON_REFUGEE_LISTS, ARABIC_INFORMER_LAW } from './both-topics.ts';

/** Turkey querying refugees' and migrants' fingerprints in its biometric systems: both topics (the thirty-ninth). */
const TURKISH_REFUGEE_FINGERPRINTS = '("parmak izi" NEAR/10 (sorgu* OR sistem* OR biyometrik)) AND (multeci* OR yabancı* OR goc*)';

/**
 * Saudi employers' absconding reports ("بلاغ التغيب", formerly "بلاغ الهروب") filed with the passports directorate, after
 * which the worker is listed and deported: both topics, like hosts' reports elsewhere (the fortieth).
 */
const ABSCONDING_REPORTS = '"بلاغ التغيب" OR "بلاغ الهروب" OR "بلاغ تغيب" OR "بلاغ هروب"';

/** Refugee data handed to Lebanon's General Security: both topics (the thirty-ninth). */
const REFUGEE_DATA_TO_SECURITY = '(بيانات NEAR/5 (اللاجئين)) AND (تسليم OR تسلم OR سلمت OR "الأمن العام")';

/**
 * Turkish, Arabic, Persian and Hebrew vocabulary for both topics, from the thirty-eighth to fortieth collections' dev records (topic
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
  '(ترحيل* OR الترحيل*) NEAR/20 (مخالف* OR المخالفين OR الإقامة OR وافد*)',
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
  '(إحصاء OR الإحصاء) NEAR/10 (=النازحين OR للنازحين OR اللاجئين OR للاجئين)',
  '"اتباع خارجی غیرمجاز" OR "اتباع غیرمجاز" OR "اتباع غیر مجاز"',
  '(البصمة OR بصمة OR بصمات* OR البيومترية) AND (المبعدين OR إبعاد* OR =المقيمين OR =الجوازات) AND NOT "البصمة الوراثية"',
  'מתקן NEAR/3 חולות',
  TURKISH_REFUGEE_FINGERPRINTS,
  // … second round: Jordan returning Syrian refugees; Libya's and Tunisia's detention, "shelter" centres and deportations
  // of migrants, and Libya's anti-illegal-migration agency; Turkey's GÖÇBİL registration app, mobile migration points,
  // residence without permit, border-violation arrests and fines for renting to irregular foreigners; Israel's
  // Population Authority arrests, foreign workers released from custody and entry refusals; Iran's unauthorised
  // migrants (Persian); UNHCR handing refugee data to Lebanon's General Security (both topics)
  '(ترحل OR ستعيد OR تعيد) NEAR/10 (اللاجئين OR السوريين OR السورين OR سوري*)',
  '(احتجاز OR الاحتجاز OR المحتجزين OR محتجز* OR إيواء) NEAR/10 (مهاجر* OR المهاجرين)',
  '"مكافحة الهجرة غير الشرعية" OR ("الهجرة غير الشرعية" NEAR/10 ضبط)',
  '(ترحيل* OR رحلت OR ترحل OR يرحل*) NEAR/10 (مهاجر* OR المهاجرين OR الأفارقة)',
  'gocbil OR "mobil goc noktası" OR ("duzensiz goc*" NEAR/6 mucadele*)',
  '(ikamet NEAR/3 izinsiz) OR ((sınır NEAR/1 ihlal*) AND yakala*) OR ((kiraya OR kiralayan) AND (duzensiz OR "izni olmayan") AND yabancı*)',
  '("רשות האוכלוסין" AND (עצרו OR אכיפה OR מעצר)) OR (עובדים NEAR/3 "לא חוקיים") OR ((עובדים NEAR/2 זרים) NEAR/5 (ממעצר OR מעצר OR משמורת))',
  '(מסורבי OR סירוב OR לסירוב) NEAR/2 כניסה',
  '"مهاجران غیرمجاز" OR "فاقد مجوز اقامت"',
  REFUGEE_DATA_TO_SECURITY,
  // … third round: Egypt detaining and returning Sudanese refugees; Iraq's deportations ("تسفير") and residency
  // directorate; Northern Cyprus's mobile inspections; Afghans returned from Iran and biometric checks of foreign
  // nationals at the border (Persian)
  '(السودانيين OR سودانيين OR سودانية) AND (مصر OR المصرية OR مصرية OR ليبيا OR الليبية) AND (تعيدها OR الترحيل OR ترحيل* OR تلاحق OR ملاحقة OR الاعتقال)',
  '(تسفير* AND (الاجانب OR الاقامة)) OR "مديرية الاقامة" OR ="شؤون الاقامة"',
  '"mobil denetim" AND (kacak OR goc*)',
  '((بازگشت OR اخراج OR "رد مرز") AND (اتباع OR افغانستانی OR افغان*)) OR (بیومتریک AND اتباع)',
  // From the fortieth (dev): Oman's infiltrators caught and deported; Saudi absconding reports; Jordan's campaigns
  // against migrant workers who broke labour and residence law; Lebanon's power to remove any foreigner; arrests of
  // refugees; Israel's arrests of people staying unlawfully
  '(ترحيل* OR رحلت OR ترحل OR تسفير* OR بتسفير) NEAR/10 (متسلل* OR المتسللين OR متسللا OR متسللين)',
  '"مكافحة التسلل"',
  ABSCONDING_REPORTS,
  '((ضبط* OR حملة OR حملات) NEAR/10 ("العمالة الوافدة" OR "عمال وافدين" OR "عاملا وافدا" OR "العمال الوافدين")) AND (ضبط* OR تفتيش* OR مخالف* OR ترحيل* OR امني* OR مداهم*)',
  '"اخراج اي اجنبي" OR ("صلاحية اخراج" NEAR/5 اجنبي)',
  '((اعتقل* OR اعتقالات OR مداهمات) NEAR/10 (اللاجئين OR لاجئين OR المهاجرين)) NOT (مخيم* OR الاحتلال)',
  '("שוהים בלתי חוקיים" OR "שוהה בלתי חוקי") AND (נעצרו OR מעצר* OR גירוש* OR אכיפה)',
  // … ICE in Arabic (US Arabic-language press: "Immigration and Customs") and arrests of "illegal migrants"
  '"الهجرة والجمارك" OR ((اعتقال OR اعتقل* OR احتجاز) NEAR/10 ("المهاجرين غير الشرعيين" OR "مهاجرين غير شرعيين"))',
  // … foreigners, refugees and migrants deported, removed or expelled in the Gulf, Sudan and Tunisia; units for visa and
  // residence violators; irregular migration stopped (Tunisia); fines for employing foreigners without permits (Persian,
  // Turkish)
  '((رحلت OR ابعدت OR ابعاد OR طردوا OR طرد) NEAR/10 (وافد* OR لاجئ* OR مخالف* OR مهاجر* OR المهاجرين)) NOT (مباراة OR المباراة OR البطاقة OR الدقيقة OR "ابعاد ازمة" OR "ابعاد الازمة" OR "ابعاد ظاهرة" OR "ابعاد قضية")',
  '"مخالفي التاشيرات" OR "مخالفي الاقامة" OR "مخالفي نظام الاقامة"',
  '("هجرة غير شرعية" OR "الهجرة غير الشرعية" OR "الهجرة غير النظامية") AND (ضبط OR اعتقل* OR احباط OR ترحيل* OR طرد*)',
  '("اتباع خارجی" OR "کارگران خارجی") AND (جریمه* OR "فاقد پروانه")',
  '"kacak yabancı" OR ("yabancı isci" AND (ceza* OR izinsiz OR "calısma izni"))',
  // From the forty-first collection (dev): Lebanon's measures on displaced Syrians (registration, landlords' reports,
  // arrests for irregular presence); Yemen's passports authority holding African migrants
  '("الوجود السوري" NOT (العسكري OR انسحاب OR الانسحاب OR الوصاية OR 2005 OR 1976)) OR (((النازحين OR نازحين) NEAR/10 (إفادة OR تسجيل* OR ترحيل* OR توقيف)) AND (سوري* OR السوري*))',
  'توقيف AND (سوري* OR السوريين) AND ("غير نظامية" OR "غير شرعي*" OR الترحيل) NOT (المازوت OR مازوت OR البنزين OR محروقات OR مخدرات OR الكبتاغون OR أسلحة)',
  '((تحتجز OR احتجاز) AND ("الهجرة والجوازات" OR الجوازات)) NOT ("احتجاز الجوازات" OR "احتجاز جوازات")',
  // … third round: migrants intercepted crossing in secret (Morocco, Tunisia's National Guard), clandestine migrants
  // (Algeria), Egypt's expulsions of foreigners; Iran's sweeps of undocumented migrants; Israel's Saharonim and Holot
  // facilities
  '(اعتراض OR أوقفت OR إحباط OR "القبض على" OR ضبط) AND (مهاجر* OR مهاجرين OR "جنوب الصحراء") AND (خلسة OR سري* OR "غير شرعي*" OR "غير قانونية" OR سبتة)',
  '"اجتياز الحدود" AND خلسة',
  '"مهاجر سري" OR "المهاجرين السريين" OR "الهجرة السرية"',
  '(إبعاد OR تطرد) AND (أجنبي* OR سوداني* OR سوريين)',
  '"مهاجران غیرقانونی" OR "مهاجرین غیرقانونی" OR "فاقد سند" OR "اتباع غیرمجاز"',
  'סהרונים OR "מתקן חולות"',
  // The forty-second collection: border guards catching infiltrators (Saudi Arabia, Oman); irregular migration foiled
  // (Tunisia, Egypt, Syria); Algeria's repatriation of Nigeriens; Jordan's deportation of foreign workers and raids on
  // residence violators; entering Lebanon covertly; Kuwait's deportation prison; iris checks at Cairo airport
  '((تسلل* OR متسلل* OR التسلل) NEAR/12 (حرس OR الحدود OR القبض OR إحباط OR ضبط OR خفر OR الشرطة OR شرطة)) NOT (مخدر* OR المخدرة OR إرهابي* OR منزل*)',
  '("هجرة غير نظامية" OR "الهجرة غير النظامية" OR "الهجرة غير الشرعية" OR "الهجرة بصورة غير شرعية" OR "هجرة غير شرعية") AND (ضبط OR إحباط OR توقيف OR القبض OR ترحيل* OR اعتقال OR حرس OR الأمن OR مهاجرين OR مرشحين) NOT (فيلم OR مهرجان OR رواية OR ندوة)',
  '((ترحيل* OR المرحلين OR رحلت) NEAR/10 (رعية OR رعايا OR النيجر OR نيجري* OR نيجيري* OR النيجريين OR المهاجرين OR إفريقية)) NOT (الفارين OR المعارك OR الحرب)',
  '(تسفير NEAR/10 (وافد OR وافدين OR مخالف* OR المخالفين)) OR ((تسفير NEAR/10 (عامل OR عمال)) AND (مخالف* OR الإقامة OR الداخلية OR ترحيل* OR إبعاد))',
  '"مخالفين لشروط العمل والاقامة" OR ((ضبط OR الحملة) NEAR/10 (مخالفين OR مخالف) NEAR/10 ("نظام الإقامة" OR "قانون الإقامة" OR "الإقامة والعمل"))',
  'خلسة NEAR/10 (الأراضي OR التراب OR البلاد OR الحدود OR ((دخول OR الدخول OR يدخلون) NEAR/10 (الحدود OR البلاد OR الأراضي OR مهاجر*)))',
  '"سجن الإبعاد" OR ((المبعدين NEAR/10 (وافد* OR الوافدين OR ترحيل* OR البلاد OR المطار OR الجوازات OR الإقامة OR بصمة)) NOT (اللاعبين OR المنتخب OR النادي OR الأقصى))',
  '("بصمة العين" NEAR/15 (القادمين OR المغادرين OR المسافرين OR المبعدين OR المجرمين OR (مطار NEAR/10 (المسافرين OR القادمين OR الجوازات)))) NOT (حضور OR انصراف OR الموظفين OR العاملين)',
  // From the forty-third collection (dev): inspection campaigns and raids against expatriate violators and "loose labour"
  // (Kuwait, Bahrain, Qatar); Morocco deporting migrants south; the passports directorate's decisions against violators;
  // Tunisian security forces clearing migrants' camps; Israel's custody of foreign workers and employing them without a permit
  '(حملات OR حملة OR المداهمات OR مداهمات OR التفتيشية) NEAR/10 (=الوافدين OR "العمالة السائبة" OR "سوق العمل")',
  '("العمالة السائبة" OR ((يرحل OR ترحل OR ترحيل*) NEAR/6 (المهاجرين OR مهاجرين))) NOT (الأربعينيات OR "الحرب العالمية")',
  'الجوازات NEAR/15 (مخالفين OR المخالفين OR =ايواء) AND (الإقامة OR "أمن الحدود" OR ترحيل* OR وافد* OR الوافدين OR =ايواء OR تشغيل* OR ضبط)',
  '((اخلت OR تفريق OR دفعهم) NEAR/15 (المهاجرين OR مهاجرين)) NOT ("حي المهاجرين" OR "دون تفريق")',
  '"עובדים זרים" NEAR/10 (משמורת OR כלא OR גירוש OR הרחקה OR שחרור)',
  '("העסקת עובד זר" OR "העסקת עובדים זרים") NEAR/5 ("ללא היתר" OR "שלא כדין")',
  LEBANON_REFUGEE_LISTS,
  KUWAIT_ABSENCE_REPORTS,
  // … Iran arresting Afghans and unauthorised foreign nationals (Persian); Afghan refugees returned from Pakistan (Pashto)
  '((بازداشت OR دستگیری) NEAR/6 (افغان* OR اتباع OR تبعه)) AND (غیرمجاز OR غیرقانونی OR اخراج OR "رد مرز" OR ردمرز OR اقامت OR مهاجر* OR اردوگاه)',
  '(کډوال* NEAR/8 (اخراج OR شړل)) OR ((کډوال* NEAR/8 راستانه) AND (زور OR جبري OR اخراج OR شړل* OR ایستل* OR ونیول* OR پولیس*))',
  // … "infiltrators" with the Hebrew article or prepositions
  '(המסתננים OR במסתננים OR למסתננים) AND (גירוש* OR הגירוש OR לגירוש OR אפריק* OR אריתרא* OR סודנ* OR "מבקשי מקלט" OR חולות OR "דרום תל אביב" OR "מדינה שלישית" OR "רשות האוכלוסין" OR פיקדון OR "חוק המסתננים")',
  '((حملة OR حملات) NEAR/15 (ترحيل* OR ترحيلهم)) AND (مهاجر* OR المهاجر* OR لاجئ* OR اللاجئ* OR الأجانب OR أجانب OR وافد* OR الوافد* OR المخالفين OR مخالفي OR الإقامة OR إقامة OR النظاميين OR "غير نظاميين" OR السوريين OR الأفغان)',
  // … (the forty-fourth) Turkish: migrants pushed back at sea, unlawful workers and residents caught or expelled, fines for
  // work without permits, "immigration police", the fight against irregular migration; Arabic: Kuwait's deportation
  // department, raids on refugee camps
  '(("geri itilen" OR "geri itil*" OR itilen OR "geri itme*") NEAR/12 (gocmen* OR sıgınmacı*)) AND (Yunan* OR "sahil guvenlik*" OR sınır* OR duzensiz OR Meric OR Ege)',
  '((kacak NEAR/4 (isci* OR gocmen*)) NEAR/15 (yakala* OR tutukla* OR ihrac* OR gozaltı*)) OR (((kacak NEAR/4 (sahıs OR yabancı*)) NEAR/15 (yakala* OR tutukla* OR ihrac* OR gozaltı*)) AND (sınır* OR gocmen* OR uyruklu OR "yasa dısı" OR duzensiz OR vize OR ihrac* OR vatandas*))',
  '("yasa dısı ikamet" OR "oturma izni bulunmayan" OR ("yasal statusu olmayan" NEAR/4 (yabancı* OR gocmen* OR kisi* OR sıgınmacı*))) AND (gozaltı* OR polis*)',
  '"calısma izni olmaksızın" AND (yabancı* OR gocmen* OR "sınır dısı") AND (ceza* OR yasak*)',
  '"gocmen polisi" AND (operasyon* OR yakala* OR gozaltı* OR "sınır dısı" OR duzensiz OR kacak)',
  '("yasadısı gocle mucadele" OR "yasa dısı gocle mucadele" OR "duzensiz gocle mucadele") AND (yakala* OR gozaltı* OR operasyon* OR "sınır dısı" OR "geri gonderme" OR kacak OR tutukla* OR tedbir* OR genelge OR sorgu* OR denetim* OR kontrol*)',
  '"إدارة الإبعاد" OR "الإبعاد الإداري" OR ("قرارات إبعاد" AND (وافد* OR مقيم* OR أجانب OR الأجانب OR ترحيل OR الإقامة OR مخالف*))',
  '(مداهمات NEAR/8 (النازحين OR اللاجئين OR مخيمات)) AND (ترحيل* OR إقامات OR "غير شرعي*" OR السوريين OR "أوراق ثبوتية" OR مخالف*)',
  // … the EU–Turkey readmission agreement; asylum seekers caught or pushed back
  '("geri kabul anlasma*" OR "geri kabul antlasma*") AND (gocmen* OR sıgınmacı* OR multeci* OR duzensiz OR "Avrupa Birligi" OR =AB OR "ucuncu ulke")',
  '(sıgınmacı* NEAR/8 (yakala* OR itil* OR gozaltı*)) AND (sınır* OR duzensiz OR "geri gonderme" OR kacak OR jandarma OR "sahil guvenlik")',
  // … (the forty-fifth) Eurodac for returns; Sweden's informer law; Saudi passports' raids on residency violators
  '(يوروداك OR EURODAC) AND (إعادة OR ترحيل* OR "غير الشرعيين" OR "بشكل غير قانوني")',
  ARABIC_INFORMER_LAW,
  'جوازات AND ((مخالفا OR مخالفين OR المخالفين OR مخالفي OR مخالف) NEAR/8 (توقيف OR ضبط OR القبض OR ضبطهم))',
  // … (the forty-fifth) Arabic news of removals in Europe and the Maghreb: deportation of foreigners and people
  // without status, deportation centres and forced deportation, expulsion by the police
  '((ترحيل* OR المرحلين OR مرحلين) NEAR/10 (الأجانب OR أجانب OR "غير الشرعيين" OR "بصورة غير قانونية" OR "بشكل غير قانوني" OR "غير القانونية" OR "غير شرعية")) AND (السلطات OR الأمن OR الشرطة OR المهاجر* OR مهاجر* OR اللاجئ* OR لاجئ* OR المرحلين OR المبعدين OR الهجرة OR الداخلية OR الرعايا) NOT (أرباح* OR أرباحهم OR الأرباح OR الأموال OR أموال*)',
  '("مراكز الترحيل" OR "مركز الترحيل" OR "معسكرات الترحيل" OR "وكالة الترحيل" OR "دائرة الترحيل" OR "الترحيل القسري" OR "ترحيل قسري" OR "المرحلين قسرا" OR "مرحلين قسرا") AND (اللاجئ* OR للاجئ* OR لاجئ* OR المهاجر* OR مهاجر* OR الأجانب OR اللجوء OR لجوء* OR إيطاليا OR التونسي* OR الأوروبي* OR مطار*)',
  '(طرد NEAR/12 ("لا يحق له البقاء" OR "لا يحق لهم البقاء" OR المهاجرين)) AND (الشرطة OR الحكومة OR السلطات)',
  // … (the forty-fifth) Iran: renting to and employing unauthorised foreign nationals; asylum seekers returned
  // (Persian)
  '((اجاره OR رهن) NEAR/8 (اتباع OR "اتباع خارجی" OR "اتباع غیرمجاز")) AND (غیرمجاز OR "غیر مجاز" OR "مجوز قانونی" OR پلمب OR متخلف*)',
  '((اشتغال OR بهکارگیری OR "به کارگیری" OR بکارگیری) NEAR/8 (اتباع OR "اتباع بیگانه" OR "اتباع غیرمجاز")) AND (غیرمجاز OR "غیر مجاز" OR غیرقانونی OR "غیر قانونی")',
  '((بازگردانده OR برگرداند* OR اخراج OR دیپورت*) NEAR/10 (پناهجو OR پناهجویان OR پناهجوی)) AND (کابل OR کشورشان OR "به کشور*" OR افغانستان* OR اجباری OR بازداشت* OR فرودگاه* OR مرز*)',
  // … (the forty-fifth) Turkish and Northern Cypriot: people without residence permits caught, administrative
  // detention, entry bans and restriction codes, people sent back at the border, illegal crossings; Azerbaijani news
  // of Russia's migrant ID cards and profiles
  '(("ikamet izni olmayan" OR "ikamet izni bulunmayan") AND (yakala* OR tespit* OR tutuk* OR gözaltı* OR "geri gönder*" OR "idari gözetim" OR deport* OR "sınır dışı")) OR (("kacak yasam*") NEAR/6 (denetim* OR yabanci* OR göç*))',
  '("idari gozetim*") AND (yabanci* OR "sınır dışı" OR sınırdışı OR "geri gönderme" OR göç* OR mülteci* OR sığınmacı* OR özgürlüğünden OR deport* OR tahdit*)',
  '"kabul edilemeyen yolcu*" OR (("giris yasagi") AND (deport* OR "sınır dışı" OR sınırdışı OR "kaçak yabancı*" OR "Göç İdaresi" OR vize* OR "Türkiye\'ye giriş*"))',
  '("geri gonderil*" OR "geri cevril*") AND (sinir* OR kapisi OR havalimani* OR KKTC) AND (göç* OR yabancı* OR kaçak OR sığınmacı* OR mülteci* OR "sınır dışı" OR sınırdışı OR deport* OR "geri kabul" OR kişi)',
  '("kacak gecis*") AND ("ara bölge*" OR göçmen* OR "yeşil hat" OR Kıbrıs OR sınır*)',
  'miqrant* AND (biometrik OR "QR kod*" OR "rəqəmsal profil*" OR polis) NOT quş*',
  // … (the forty-fifth) the EU migration pact's fingerprinting (Arabic)
  '(ميثاق OR "اتفاق الهجرة" OR "سياسات اللجوء" OR "الهجرة واللجوء") AND (بصمات OR بصماتهم OR البصمات OR "بصمات الأصابع") AND (الأوروبي OR الأوروبيون)',
  // … (the forty-fifth) Turkish restriction codes on foreigners (not a police look-up alone)
  '"tahdit kod*" AND (yabancı* OR deport* OR "sınır dışı" OR "giriş yasağı" OR "Göç İdaresi")',
  // The forty-sixth collection: removal orders in Hebrew
  '("צו הרחקה" OR "צו ההרחקה") AND (גירוש* OR וגירוש* OR אשרת OR אשרה OR "רשות האוכלוסין" OR "חוק הכניסה" OR זרים OR זרות OR זר OR מסתננ* OR הגירה OR ההגירה OR משמורת OR "ביקורת גבולות")',
  // Forty-seventh collection (2026-12-06): removals of residence violators and expulsions of migrants in Arabic
  '((ابعاد) NEAR/8 (متجاوز* OR المخالفين OR الاجانب)) AND (الاقامة OR الجوازات OR ترحيل* OR "خارج البلاد" OR "عن البلاد" OR الداخلية OR الوافدين OR "شؤون الاجانب" OR تأشير*)',
  '(((طرد* OR ترحيل*) NEAR/8 (المهاجرين OR مهاجرين OR مهاجر)) AND (السلطات OR الشرطة OR الحكومة OR قسري* OR "غير الشرعيين" OR "غير النظاميين" OR الحدود OR الامن OR الداخلية OR البلاد OR "مراكز الاحتجاز" OR ترحيلهم)) NOT (قريش OR الانصار)',
  // Forty-seventh collection (2026-12-06): irregular migrants caught in Turkey
  '"kacak gocmen*" NEAR/6 (denetim* OR operasyon*) NOT ("sahte polis*" OR gasp* OR "para sizdir*" OR istismar* OR dizi OR dizide OR dizideki OR dizisi OR dizinin OR filmi OR filminde)',
  '"duzensiz gocmen*" NEAR/15 ("Sahil Guvenlik" OR operasyon* OR denetim*) AND ("Sahil Guvenlik" OR jandarma* OR polis* OR emniyet* OR "Goc Idaresi" OR "Geri Gonderme" OR "ele gecir*" OR gozalti* OR "sinir disi" OR kacakci* OR deport* OR "teslim edil*")',
  // Forty-seventh collection (2026-12-06): deportations of asylum seekers and migrant workers from Israel, in Hebrew
  '((גירוש OR שיגורשו OR יגורשו OR לגרש OR הגירוש OR גורשו) NEAR/8 (מבקשי OR מהגר* OR זרים OR זרה OR רואנדה OR עובד* OR מסתננ*)) NOT (השואה OR אושוויץ OR לאושוויץ OR באושוויץ OR ספרד OR "גוש קטיף" OR ההתנתקות OR מהמגרש OR המגרש OR דיפלומט* OR הדיפלומטים OR השגריר)',
  '"משטרת ההגירה" OR ("פקחי רשות" NEAR/3 (ההגירה OR האוכלוסין)) OR ("רשות ההגירה" AND (גירוש OR נעצר* OR נעצרה OR הרחק* OR עצרו OR מעצר OR משמורת OR מסתננ* OR אכיפ* OR הזרות OR זרים))',
  // From the forty-eighth (dev): Israel's deportation of migrant workers' children and asylum seekers; Saudi holding centres for residency violators; Egyptian expulsions of refugees and foreigners; Persian reports of irregular migrants arrested and Iran's Sefid Sang camp; Algeria expelling migrants; Tunisia's National Guard holding centre
  '(גירוש* OR לגרש* OR "פקחי ההגירה" OR "מועמדים לגירוש") AND ("עובדים זרים" OR "העובדים הזרים" OR "מהגרי עבודה" OR "מבקשי מקלט" OR (ילדי* AND (זרים OR הזרים OR מהגרים OR המהגרים OR "רשות האוכלוסין" OR הגירה OR ההגירה OR מקלט OR אשרה OR מעמד OR פליטים)))',
  '"مراكز استقبال المخالفين" OR ((ترحيل*) AND ("نظام الإقامة" OR "لنظام الإقامة" OR "المخالفين لنظام") AND (مخالف* OR المخالفين OR ضبط OR وافد* OR الوافدين OR "امن الحدود" OR حملات OR الحملات OR مخالفي))',
  '(الترحيل OR ترحيل) AND (اللاجئين OR "المهاجرين غير النظاميين") AND (قسرا OR قسري* OR القسري OR معبر OR الحدود OR حدود OR السوريين OR اعتقال OR احتجاز OR اعتقل* OR داهم* OR مداهم* OR "الامن العام" OR اقامات OR مخالف* OR اعاد* OR بلادهم OR بلدانهم OR "غير النظاميين" OR "غير الشرعيين")',
  '((ابعاد) AND (أجانب OR الأجانب) AND (="الصالح العام" OR ترحيل OR "خارج البلاد" OR "من البلاد") AND (مخالف* OR المخالفين OR الداخلية OR وافد* OR الوافدين OR "ابعاد اداري" OR "الابعاد الاداري" OR ="الصالح العام" OR ترحيل* OR الاقامة OR اقامة OR "السجل الامني" OR محكوم*)) NOT (اللاعبين OR الدوري)',
  '(دستگیری OR بازداشت) AND ("مهاجر غیرقانونی" OR "مهاجرین غیرقانونی" OR "مهاجران غیرقانونی")',
  '("سفید سنگ" OR "سفيد سنگ") AND (اردوگاه* OR مهاجر* OR اتباع OR افغان* OR اخراج OR بازداشت* OR "فاقد مدرک" OR "رد مرز" OR دوغارون OR مرز)',
  '(تطرد OR طرد OR ترحيل OR ترحليهم OR ترحيلهم) AND (المهاجرين OR مهاجر) AND (الجزائر OR التراب) AND (النيجر OR حدود OR الحدود OR الصحراء OR افارقة OR الافارقة OR "غير الشرعيين" OR "غير النظاميين" OR "غير شرعيين" OR ترحيل* OR اساماكا OR "غير القانونيين" OR السريين OR الحراقة OR مخيم*)',
  '("مركز الإيواء والتوجيه" OR "الإيواء والتوجيه") AND (مهاجر* OR المهاجرين OR محتجز* OR احتجاز OR الترحيل OR ترحيل* OR الوردية OR افارقة OR الافارقة OR "جنوب الصحراء" OR اجانب OR الاجانب)',
  // … a Kuwaiti prison for foreigners awaiting removal, migrants moved from the Libyan border (Tunisia), Lebanon's General Security handing refugees back, foreign beggars removed (Sudan, Saudi Arabia)
  '=ابعادهم OR "سجن الابعاد" OR (سجن AND (الاجانب) AND ابعاد*)',
  '(اجلت OR تجلي OR اجلاء) AND المهاجرين AND (الحدود OR الحدودية)',
  '"الامن العام" AND (رحل* OR ترحيل* OR سلم*) AND (لاجئين OR اللاجئين OR السوريين)',
  'متسول* AND (ابعد* OR ترحيل* OR "بطرق غير شرعية" OR الجوازات)',
  // The forty-ninth collection: arrest by Canada's border agency (Persian)
  'CBSA AND (بازداشت OR "پلیس مهاجرت" OR مهاجرتی) AND (اخراج* OR دیپورت* OR پناهجو* OR پناهند* OR بازگرداند* OR غیرقانونی OR "بدون مدرک" OR "بدون مدارک" OR اقامت OR "وضعیت اقامتی" OR "بازداشتگاه مهاجرتی" OR "بازداشت مهاجرتی" OR مهاجران OR پناهندگی OR IRPA OR "قانون مهاجرت")',
  // The forty-ninth collection: security campaigns against irregular migrants (Tunisia, Arabic); Syrians made to sign deportation papers;
  // Afghan nationals without papers moved across the border (Persian); administrative detention of foreigners and irregular migrants held (Turkish)
  '((المهاجرين OR مهاجرين OR المهاجرون) NEAR/3 ("غير النظاميين" OR "غير الشرعيين" OR "غير نظاميين" OR "غير شرعيين") AND (طرد* OR تطرد OR إخلاء OR ترحيل* OR أمني* OR الأمني OR الحرس OR حملة OR قوات)) AND (طرد* OR تطرد OR إخلاء OR ترحيل* OR لترحيل OR الترحيل OR أمني* OR الأمني OR الأمن OR الحرس OR قوات OR توقيف OR اعتقال OR احتجاز OR الشرطة OR مداهمة OR الحدود)',
  '(ترحيل* OR الترحيل) AND (سوري* OR اللاجئين OR لاجئين) AND (توقيع OR التوقيع OR البصم OR يجبرون OR قسر*) AND (قسرا OR قسري* OR "العودة الطوعية" OR يجبرون OR إجبار* OR ترحيلهم OR "تم ترحيل" OR الحدود OR المرحلين OR مرحلين OR "أوراق العودة" OR السلطات OR الشرطة OR "مراكز الترحيل" OR "مركز ترحيل" OR احتجاز OR الاحتجاز OR محتجز* OR اعتقال* OR "الأمن العام" OR "ورقة الترحيل" OR الداخلية)',
  '((تبعه OR اتباع) NEAR/4 (غیرمجاز OR "غیر مجاز" OR غیرقانونی OR "غیر قانونی")) AND (پلیس OR دستگیر* OR اخراج* OR بازداشت* OR "رد مرز" OR مرز* OR انتظامی OR فراجا OR ناجا OR قاچاق* OR اردوگاه* OR بازگرداندن OR بازگردانده OR ساماندهی OR متخلف* OR جریمه* OR کارفرما* OR سرشماری OR "ثبت نام")',
  '"idari gözetim altında" AND (tutma OR tutul* OR yabancı* OR "geri gönderme" OR "sınır dışı" OR özgürlük*)',
  '((("kayıt dışı" OR düzensiz OR kaçak) NEAR/2 göçmen* AND (gözaltı* OR "geri gönderme" OR "sınır dışı" OR imzalat*)) AND (gözaltı* OR "geri gönderme" OR "sınır dışı edil*" OR yakala* OR operasyon* OR jandarma OR polis* OR emniyet OR "Göç İdaresi" OR "Göç Yönetimi" OR "geri dönüş" OR "geri gönderme merkez*" OR "sınır dışı edilmek")) NOT ("göçmen kuş*" OR avcı*)',
  // Syrians' returns through the migration directorate; US Homeland Security detentions reported in Turkish
  '("gonullu geri donus" OR "geri donus") AND (Suriyeli* OR "Goc Idaresi") AND ("sınır dışı" OR "geri gönderme" OR gözaltı* OR mülteci* OR "geçici koruma" OR sığınmacı* OR göçmen* OR deport* OR "gönüllü geri dönüş" OR "Suriye\'ye" OR "ülkelerine" OR "geri gönderilen" OR "geri gönderildi" OR zorla OR "kaçak göç*" OR "düzensiz göç*")',
  '(("Homeland Security" OR "Ic Guvenlik") AND (gozaltı* OR gozaltina OR "ozel bir birim")) AND ("sınır dışı" OR sınırdışı OR =ICE OR göçmen* OR deport* OR vize* OR ABD OR Amerika* OR "Birleşik Devletler" OR "oturum izni" OR "yeşil kart" OR Immigration OR "Customs Enforcement" OR iltica OR sığınma*)',
  // Turkey's restriction codes on foreigners' records (Arabic, Persian, Turkish); Syrians checked as unregistered in Turkey (Arabic);
  // Afghans without papers returned from Turkey or Iran (Persian)
  '("رمز التقييد" OR "كود التقييد" OR "رموز التقييد" OR "أكواد التقييد" OR "کد محدودیت") AND (ترکیه OR تركيا OR اخراج OR الأجانب OR أجنبي OR الأجنبي OR ترحيل* OR "ورود مجدد" OR اتباع OR خارجی OR الإقامة OR إقامة OR الهجرة OR مهاجرت)',
  '("V-71" OR "V-87" OR "G-87" OR "V-160" OR "V-69" OR "G-78" OR "Ç-114" OR "N-82") AND (الأجانب OR الهجرة OR إقامة OR الإقامة OR ترحيل* OR "رمز التقييد" OR yabanci* OR göç* OR tahdit OR "sınır dışı" OR اخراج OR اتباع OR مهاجرت OR deport* OR foreigner*)',
  '((السوريين OR اللاجئين OR السوري OR سوريين) NEAR/6 (المخالفين OR "غير المسجلين" OR لضبط)) AND (اللاجئين OR لاجئ* OR الهجرة OR المهاجرين OR مهاجر* OR الترحيل OR ترحيل* OR الشرطة OR إقامة OR الإقامة OR المقيمين OR السلطات OR الكيملك)',
  '(("مهاجر غیرقانونی" OR "مهاجران غیرقانونی" OR "مهاجرین غیرقانونی" OR "اتباع غیرمجاز" OR "مهاجر غیرمجاز" OR "مهاجران غیرمجاز") NEAR/15 (بازگرد* OR اخراج* OR دیپورت* OR "رد مرز")) NOT (جشنواره OR بازیگر OR بازیکن OR پرسپولیس OR کالیفرنیا* OR "قرن نوزدهم")',
  // Expulsion orders and deportees (Arabic: the Gulf, Egypt, Iraq); forged passports caught by immigration (UAE); migrants held in
  // detention centres (Saudi Arabia); Afghan migrants in Pakistani prisons (Dari)
  '(إبعاد OR الإبعاد) NEAR/10 ("خارج البلاد" OR ترحيل OR الترحيل OR مقيم* OR الإقامة OR "يحمل جنسية") AND (وافد* OR الوافد* OR مخالف* OR جنسي* OR الجنسي* OR الداخلية OR الجوازات OR الأجنب* OR أجنب* OR الأجانب OR العمالة OR "خارج البلاد" OR ترحيل OR الترحيل OR البلاد OR الهجرة OR "شؤون الإقامة")',
  '((جوازات OR جواز) NEAR/3 (المزورة OR مزورة OR المزور)) AND (الهجرة OR المنافذ OR "جوازات السفر" OR "جواز سفر" OR المطار) NOT (اللقاح OR التطعيم)',
  '((المرحلين OR المرحلون OR سترحل* OR رحلت) AND (السودانيين OR السوريين OR الإثيوبيين OR الأفغان OR اللاجئين OR المهاجرين OR سوريين)) AND (المرحلين OR المرحلون OR ترحيل* OR الترحيل OR السلطات OR الشرطة OR شرطة OR الأمن OR أمن OR الأمنية OR الهجرة OR احتجاز OR الحدود OR (رحلت OR سترحل*) NOT (الممثلة OR الفنانة OR الفنان OR نعاها OR الروائية OR كاتبة OR "القافلة الطبية"))',
  '("مراكز احتجاز" OR "مراكز الاحتجاز" OR "مركز احتجاز") AND (المهاجرين OR مهاجرين OR مهاجرون OR الإثيوبيين OR ترحيل OR اللاجئين)',
  '("مهاجر افغان" OR "مهاجرین افغان" OR "مهاجران افغان") AND (زندان* OR اخراج* OR بازداشت* OR دیپورت*) AND (افغانستان OR ایران OR پاکستان OR تاجیکستان OR ترکیه OR مرز* OR غیرقانونی OR غیرمجاز OR مدرک OR مدارک OR اقامت* OR ویزا OR پولیس OR پلیس OR اردوگاه* OR اجباری OR بازگشت* OR بازگردان* OR اتباع)',
  // Foreigners stopped and deported (Egypt); watching foreigners' movements (Mauritania)
  '(توقيف NEAR/4 (ترحيل)) AND (أجانب OR الأجانب OR الوافدين) AND (ثبوتية OR أوراق* OR أوراقا OR إقامة OR الإقامة OR الترحيلات OR الجوازات OR الهجرة OR جنسيات OR لاجئ* OR اللاجئين OR مخالف*)',
  '((مراقبة OR الرقابة) NEAR/4 "حركة الأجانب") AND (الأمن OR شرطة OR الشرطة OR الحدود OR الأمنية OR الداخلية OR الجوازات OR الإقامة)',
  // Sudan's foreigners and immigration-control office ordering foreigners out; forged entry visas caught (Libya)
  '("إدارة الأجانب" AND (مغادرة OR ترحيل OR الترحيل OR إبعاد OR المخالفين)) OR "ضبط الهجرة"',
  'تأشيرات NEAR/3 مزورة',
  // From the fifty-first collection (dev): police action against foreigners residing illegally (Urdu); Azerbaijan's
  // migration service detaining foreigners; Afghans returned and removal from Turkey; Northern Cyprus
  // migration-centre checks
  '"غیر قانونی مقیم" OR (("غیر قانونی" NEAR/3 "تارکین وطن") AND (کارروائی* OR آپریشن OR ایکشن OR گرفتار* OR "ملک بدر*") AND (پولیس OR "کے خلاف" OR کیخلاف OR "کریک ڈاؤن" OR گرفتار* OR "ملک بدر*" OR کارروائی* OR حراست* OR "ڈی پورٹ"))',
  '("qanunsuz miqrasiya*" OR "qeyri-qanuni miqrasiya*" OR "illegal migration") AND ("State Migration Service" OR "Miqrasiya Xidmət*") AND (detain* OR "ölkədən çıxarıl*" OR deport* OR (saxlanıl* AND (əcnəbi* OR miqrant* OR "xarici vətəndaş*" OR nəfər)))',
  '("ülkelerine gönderil*" OR "sınır dışı edil*") AND (göçmen* OR "yasa dışı" OR kaçak OR düzensiz)',
  '"Göç Merkezi" AND (kaçak OR denetim* OR "yasal statü*" OR sınır) AND (polis* OR İçişleri OR emniyet OR "Göç İdaresi" OR "sınır dışı")',
  // From the fifty-first collection (dev): army raids on Syrian refugees' camps (Lebanon); departures of residency
  // violators (Bahrain); expulsion of foreigners (Egypt)
  '(يداهم OR مداهمة OR مداهمات) AND (مخيمات OR مخيم) AND (السوريين OR اللاجئين) AND (الجيش OR الأمن OR الأمنية OR المخابرات OR اعتقال OR يعتقل OR ترحيل OR توقيف OR الموقوفين)',
  '(الوافدين NEAR/3 المخالفين) AND (مغادرت* OR ترحيل* OR إبعاد*) AND (الإقامة OR إقامة OR الجنسية OR الجوازات OR الداخلية OR العمل)',
  '("إبعاد الأجانب" OR "ابعاد الاجانب") AND (دخول OR الإقامة OR وإقامة OR الداخلية OR الخروج OR ترحيل* OR الحدود)',
  // Israel's population and immigration authority holding asylum seekers (Arabic); Pakistani police arresting Afghan
  // refugees (Pashto)
  '"سلطة السكان" AND الهجرة AND (سجن OR المحتجزين OR ترحيل OR للترحيل OR المتسللين OR "طالبي اللجوء")',
  '"افغان کډوال*" AND (نيولو OR نیولو OR نیول OR نيول OR "پاکستاني پولیسو" OR "پاکستاني پولیس" OR "پاکستاني پوليسو" OR "پاکستاني پوليس" OR ستنوي OR "اسناد نه لري")',
  // Refugees arrested and held by police (Egypt); migrants left in the desert (Tunisia)
  '(القبض OR احتجاز* OR اعتقال*) AND (اللاجئين OR لاجئين) AND (الإريتريين OR السودانيين OR "مديرية أمن" OR ترحيل*) AND (حملة OR حملات OR حملتها OR السلطات OR ترحيل OR الترحيل OR "قوات الأمن" OR "مديرية أمن" OR الإقامة OR الهجرة OR اللجوء OR "مراكز احتجاز")',
  '(المهاجرين OR مهاجرين) AND الصحراء AND (تركتهم OR ترحيل* OR طرد*) AND ("جنوب الصحراء" OR السلطات OR "قوات الأمن" OR الحرس OR الشرطة OR الحدود OR توقيف*)',
  // From the fifty-second collection (dev): Azerbaijani readmission agreements, border-violation detentions and
  // fingerprinting of arriving foreigners
  'readmissiya* AND (saziş* OR qanunsuz OR miqra* OR deport* OR qaytar*) AND (Azərbaycan OR miqra* OR qanunsuz OR "icazəsiz yaşayan")',
  '("dövlət sərhədini" OR "dövlət sərhəddini" OR "sərhəd rejimi" OR "sərhəd rеjim") AND (poz* OR qanunsuz) AND (saxlanıl* OR tutuldu OR tutulub OR "qarşısı alınıb" OR saxla*) AND (vətəndaş* OR əcnəbi*)',
  '("barmaq izi" OR "barmaq izləri" OR "barmaq izinin") AND (əcnəbi* OR "daxil olan" OR "hava liman*" OR sərhəd*) AND (miqra* OR "daxili işlər" OR deport* OR "xarici vətəndaş*")',
  // From the fifty-second collection (dev): Israeli removal orders, custody review and the anti-infiltration law;
  // Kuwait's deportation prison and judicial expulsion (Qatar); harbouring residence violators (Saudi Arabia)
  '"בית הדין למשמורת" OR "לביקורת משמורת" OR ("צו הרחקה" AND ("חוק הכניסה לישראל" OR ("שלא כדין" AND (שוהה OR השוהה OR שוהים OR מסתנן*))))',
  '(("למניעת הסתננות" OR "מניעת הסתננות") AND (מסתנן* OR חוק OR החוק OR לחוק OR בחוק OR עבירות OR חולות OR סהרונים OR "מבקשי מקלט")) OR ("חוק הכניסה לישראל" AND (משמורת OR הרחקה OR "בית דין" OR ("שלא כדין" AND (שוהה OR השוהה OR שוהים OR מסתנן*))))',
  '("سجن طلحة" OR "سجن الإبعاد" OR "الإبعاد القضائي") AND (وافد* OR الوافد* OR مبعد* OR المبعد* OR ترحيل* OR تسفير* OR الداخلية OR البدون OR للابعاد OR للإبعاد OR الإقامة OR الاقامة OR اقامته OR إقامة OR اقامة OR الكفالة OR "حقوق الانسان" OR "حقوق الإنسان")',
  '("التستر على المخالفين" OR "المخالفين لنظام الإقامة" OR "مخالفي نظام الإقامة") AND (غرام* OR السجن OR ترحيل OR الجوازات OR ضبط) AND (الإقامة OR الاقامة OR إقامة OR اقامة OR "أمن الحدود" OR "امن الحدود")',
  // From the fifty-second collection (dev): deportation written with an attached preposition, arrests and
  // detention of refugees and migrants (Egypt, Morocco, Libya), expulsion orders sent to the passport authority
  '(لترحيل OR بترحيل OR وترحيل OR ترحيلات OR "سجن ترحيلات" OR لترحيلهم) AND (المهاجرين OR اللاجئين OR "طالبي اللجوء" OR "طالبي لجوء" OR محتجز* OR المحتجزين OR الأفارقة) AND NOT (النفايات OR القمامة OR فائض OR الأسرى OR "نادي الأسير")',
  '("القبض على اللاجئين" OR "القبض على المهاجرين" OR "احتجاز المهاجرين" OR "احتجاز اللاجئين" OR "احتجاز طالبي" OR ("احتجازهم" AND (مهاجر* OR المهاجر* OR اللجوء OR لجوء OR ترحيل* OR الترحيل OR "مركز احتجاز" OR "مراكز احتجاز"))) AND (المهاجرين OR اللاجئين OR "طالبي اللجوء" OR السودانيين OR الإريتريين OR إريتري*)',
  '(بإبعاد OR "قرار بإبعاد" OR "قراراً بإبعاد" OR "قرارا بإبعاد") AND (الجوازات OR "لأسباب أمنية" OR أجنبي OR الجنسية) AND (الداخلية OR الإقامة OR الاقامة OR إقامته OR اقامته OR وافد* OR الوافد* OR مقيم* OR المقيم*) AND (وافد* OR الوافد* OR مقيم* OR المقيم* OR أجنبي* OR الأجانب OR الجنسية OR المواطن OR مواطن OR البلاد OR ترحيل*)',
  // From the fifty-third collection (dev): arrests by Dubai's residency and foreigners' affairs department
  '"الإدارة العامة للإقامة وشؤون الأجانب" AND (القبض OR ضبط OR مخالف* OR المخالفين) AND NOT ("ضبط الجودة" OR التميز OR بطولة OR "كرة القدم" OR احتيالية OR تنتحل)',
  // From the fifty-fourth collection (dev): deporting asylum seekers (Hebrew); the EU entry/exit system; lists of those
  // barred from entering Saudi Arabia; irregular migrants intercepted or arrested
  'גירוש AND ("מבקשי מקלט" OR "מבקשי המקלט" OR אריתריאה OR מסתננים) AND ("רשות האוכלוסין" OR הרחקה OR חולות OR "מדינות שלישיות" OR "מדינה שלישית" OR בכפייה OR מסתננים OR "משרד הפנים")',
  '"نظام الدخول والخروج" AND (الأوروبي OR الاوروبي OR شنغن OR شنجن OR EES OR الحدود)',
  '("الممنوعين من دخول" OR "الممنوعة من دخول" OR "منعهم من دخول" OR "قائمة الممنوعين") AND (الجوازات OR المخالفين OR ترحيلهم OR المرحلين OR الأجانب OR الوافدين)',
  '(("غير نظامي" OR "غير نظاميين" OR "غير النظاميين" OR "غير الشرعيين") NEAR/3 (مهاجر* OR المهاجر* OR الهجرة OR الأجانب OR متسلل* OR مخالف* OR الحدود OR عمال OR عاملا)) AND (اعترض* OR إحباط OR ضبط OR توقيف)',
  // From the fifty-fifth collection (dev): deportations carried out by Sweden's border police or by force (Arabic-language news on
  // // Sweden); arrests of irregular migrants (Tunisia)
  '((ترحيل* OR الترحيل* OR رحلت OR ترحيله* OR المرحلين) NEAR/15 ("مصلحة الهجرة" OR "شرطة الحدود" OR "الشرطة السويدية")) OR (((ترحيل* OR الترحيل* OR رحلت OR ترحيله* OR المرحلين) NEAR/15 (قسري* OR قسرا OR قسراً)) AND (لاجئ* OR اللاجئين OR مهاجر* OR المهاجرين OR السويد OR "طالبي اللجوء"))',
  '(اعتقل* OR اعتقال* OR توقيف OR أوقفت OR احتجاز OR اعتقت) NEAR/10 ("المهاجرين غير النظاميين" OR "مهاجرين غير نظاميين" OR "المهاجرين الأفارقة" OR "المهاجرين غير الشرعيين" OR "مهاجرين غير شرعيين")',
  // From the fifty-fifth collection (dev): Turkmen migrants in Russia held by police or registered illegally (Turkmen)
  'bikanun AND (migrant* OR "daşary ýurtly" OR raýat* OR türkmenistanly* OR Orsýet*) AND (migrasiýa OR polisiýa OR deport* OR saklandy OR "hasaba alynmagy*")',
  // From the fifty-sixth collection (dev): Iranian police returning foreign nationals without permits; Tunisian arrests of irregular migrants
  '((بازگرداندن OR اخراج) NEAR/10 ("اتباع خارجی" OR "اتباع غیرمجاز" OR "اتباع غیر مجاز")) AND (پلیس OR مرز OR مرزی OR غیرمجاز OR "فاقد مجوز" OR "فاقد مجوزهای" OR "فاقد مدارک" OR "غیر مجاز")',
  '((إيقاف OR إيقافات OR ايقاف OR توقيف OR ايقافات) NEAR/10 ("مهاجرين غير نظاميين" OR "المهاجرين غير النظاميين" OR "المهاجرين غير النظامين" OR "مهاجرين غير شرعيين" OR "المهاجرين غير الشرعيين")) AND (الأمنية OR الأمن OR الامن OR الشرطة OR الحرس OR السجن OR القضاء OR ايداع OR إيداع)',
  // From the fifty-sixth collection's third wave (dev): deportation of foreigners in Arabic law commentary; expulsion of aliens in Iran's penal code; Pakistan's FIA arresting and deporting foreigners; Afghans sent back from Punjab
  '("ترحيل الأجانب" OR "ترحيل الاجانب") AND (قانون OR القانون OR "أمن الدولة" OR المخالفين OR "مخالفي الإقامة")',
  '(الإبعاد OR الابعاد) NEAR/4 "قانون إقامة الأجانب"',
  '"اخراج بيگانگان از كشور" OR "اخراج بیگانگان از کشور" OR "اخراج اتباع بیگانه"',
  '(("غیر ملکی" OR "غیرملکی") NEAR/10 (گرفتار OR "ملک بدر")) AND (امیگریشن OR ویزا OR "ملک بدر")',
  '("افغان باشندوں" OR "افغان شہریوں" OR "غیر قانونی افغان") NEAR/15 ("واپس بھجوانے" OR "واپس بھیج" OR "ملک بدر" OR بےدخلی OR انخلا)',
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
  // From the thirty-ninth (dev): Israel's biometric database and the police's biometric cameras (Hebrew, with its attached prefixes spelled out); Algeria's plate readers;
  // Turkey's identity-reporting law (hotels' guest reports) and refugees' fingerprints in the national biometric system
  '(המאגר OR במאגר* OR מאגרי OR מאגר OR במאגרים OR מאגרים OR למאגר) NEAR/3 (ביומטרי* OR הביומטרי OR טביעות)',
  'צילום NEAR/2 ביומטרי*',
  'القارئ NEAR/3 (للوحات OR اللوحات)',
  '"Kimlik Bildirme"',
  TURKISH_REFUGEE_FINGERPRINTS,
  // … second round: landlords' duty to notify the interior ministry or police of tenants (Egypt, Jordan); Israeli
  // police officers leaking from police systems, and its criminal and police records; Turkey's police and
  // face-recognition cameras; DNA and biometric databases of the Gulf and Egypt's police; refugee data handed to
  // Lebanon's General Security
  '(تأجير OR إيجار OR اجر OR (مالك NEAR/3 (العقار OR الشقة OR الشقق))) NEAR/20 (إخطار OR الداخلية OR "قسم الشرطة")',
  '((מערכות OR ממערכות OR במערכות) NEAR/2 המשטרה) OR ("מאגר מידע" AND שוטר*) OR "רישום פלילי" OR "מרשם פלילי" OR "רישום משטרתי" OR "רישומים משטרתיים" OR "המרשם הפלילי"',
  '("yuz tanıma" AND (kamera* OR emniyet OR polis)) OR "polis kamera*"',
  '((البصمة) NEAR/1 الوراثية) OR ("الحمض النووي" AND (قاعدة OR بنك OR سجل)) OR ("قاعدة بيانات" NEAR/3 (البصمات OR بصمات))',
  REFUGEE_DATA_TO_SECURITY,
  // … third round: Turkey's criminal-record queries by institutions, POLNET and officers querying personal data; the
  // Gulf states' shared security database; Interpol notices; erasing criminal records (Arabic); Turkey's registration
  // of daily rentals
  '("adli sicil" NEAR/6 (sorgula* OR erisim OR yetki*)) NOT e-Devlet',
  '=POLNET OR (("kisisel bilgi*" OR "kisisel veri*") NEAR/10 sorgula*)',
  '("مجلس التعاون" OR الخليجي OR الخليجية) AND ("قاعدة البيانات" OR "قاعدة بيانات" OR "غرف العمليات" OR "الشرطة الخليجية")',
  '(=الإنتربول) AND (النشرة OR نشرات OR المطلوبين OR مطلوبين OR الحمراء)',
  '(محو NEAR/2 السوابق) OR ("السجل الجنائي" NEAR/10 (محو OR الداخلية))',
  '"gunluk kiralık" AND (kayıt OR beyan* OR izin*)',
  // From the fortieth (dev): Saudi absconding reports; Kuwait's biometric fingerprint register; Dubai police patrol
  // cameras reading plates; Tehran's traffic cameras recording unveiling; Turkey's duty for short-term lets to report
  // guests' identities to the police
  ABSCONDING_REPORTS,
  '"البصمة البيومترية" AND (الداخلية OR الجنائية OR امني* OR الامني* OR الشرطة OR مبعد* OR المبعدين)',
  '(((قراءة OR تقرا OR يقرا) NEAR/4 (لوحات OR اللوحات)) AND (المركبات OR مركبات OR السيارات OR سيارات)) NOT ("المخالفات المرورية" OR "مخالفات مرورية" OR السرعة OR ساهر OR المواقف OR مواقف)',
  '(دوربین* AND "کشف حجاب") AND (پلیس OR هوشمند OR شناسایی OR "ثبت تخلفات" OR رانندگی OR پیامک)',
  '"kimlik bildirim*" AND (kolluk OR polis OR jandarma)',
  // … Saudi hotels' guest log in the Shomoos security system; Syria's travel-ban and security entries cancelled or
  // deleted from its immigration database
  'شموس AND (نزلاء OR نزلائها OR فنادق OR الفنادق OR الامني)',
  '("منع السفر" NEAR/6 (بلاغات OR البلاغات OR منظومة OR الغاء OR الغت)) OR ("قاعدة بيانات" AND (الهجرة OR الجوازات) AND (الداخلية OR الجنائي* OR امني* OR بصم* OR حذف OR شطب OR المطلوبين OR الشرطة))',
  // From the forty-first collection (dev): wanted and travel-ban lists (Syria) and criminal information (Jordan)
  '(لوائح OR قوائم OR قيد OR قيود) NEAR/6 (المطلوبين OR مطلوبين OR "منع السفر")',
  '"المعلومات الجنائية"',
  // … and police cameras that read faces (Abu Dhabi)
  '"قارئ للوجوه"',
  // … and Algeria's national database of clandestine migrants
  '"قاعدة بيانات" AND (مهاجر* OR الهجرة) AND (الشرطة OR الدرك OR الأمن OR بصمات OR موقوف* OR سري*)',
  // … and surveillance cameras taken over by the interior ministry or public security (Iraq, Jordan)
  '((كاميرات NEAR/6 مراقبة) AND (الداخلية OR "الأمن العام")) NOT (مخالفات OR المرور OR السرعة OR رادار*)',
  // The forty-second collection: iris scans at Cairo airport to trace criminals; face-identifying cameras (not Saher's
  // traffic cameras); Lebanon's telecom data given to the security services; Libya's unified security inquiry
  '("بصمة العين" NEAR/15 (مطار OR المطار OR القادمين OR المجرمين)) NOT (حضور OR انصراف OR الموظفين OR العاملين)',
  '((كاميرات NEAR/15 ("التعرف على الوجوه" OR "التعرف على الوجه" OR وجوه* OR ملامح*)) OR ((كاميرات NEAR/15 التعرف) AND (الشرطة OR شرطة OR المطلوبين OR المشتبه* OR الأمن OR الأمنية OR الجناة OR لوحات))) NOT (ساهر OR المرور OR المخالفات OR مخالفات)',
  '"داتا الاتصالات" OR (((داتا NEAR/5 الاتصالات) AND (الأمنية OR الأمن OR القضاء OR التحقيق OR المعلومات OR تسليم*)) NOT (أسعار OR باقات OR تعرفة))',
  '"الاستعلام الأمني" NOT (وظائف OR التعيين OR المتقدمين OR التقديم OR مسابقة)',
  // From the forty-third collection (dev): police fingerprint and biometric systems that find wanted people (Gulf, Egypt);
  // Egypt's arrival-watch and travel-ban lists, criminal registration and the interior ministry's records; police and
  // Interpol databases; Syria's rental contracts reported to the police; an Israeli police database of everyone's movements
  '((بصمات OR البصمات OR بصمة OR البصمة) NEAR/10 (الشرطة OR بشرطة OR الجنائية OR المجرمين OR المطلوبين OR مطلوبين OR مطلوب OR الجناة)) AND (نظام OR النظام OR الأنظمة OR "قاعدة بيانات" OR بقاعدة OR الإلكترونية OR الذكية OR "الأدلة الجنائية" OR "للأدلة الجنائية" OR "والمعلومات الجنائية") NOT (الانصراف OR الدوام OR الدوري OR مباراة OR للوظائف OR التوظيف OR "البصمة المدنية")',
  '"ترقب الوصول" OR ("المنع من السفر" NEAR/5 قوائم) OR ("التسجيل الجنائي" NOT ("صحيفة الحالة الجنائية" OR الفيش)) OR "سجلات وزارة الداخلية" OR ("كارت المعلومات" NEAR/10 (الشرطة OR الأمن OR المتهم* OR الداخلية OR قسم OR القسم))',
  '(("قاعدة البيانات" OR "قواعد البيانات" OR "قاعدة بيانات" OR "قواعد بيانات" OR قاعدتا) NEAR/10 (الشرطة OR الجنائية OR الإنتربول OR المطلوبين OR المجرمين OR الإرهابيين OR بالمباحث)) NOT ("المحكمة الجنائية" OR "نادي الشرطة")',
  '(المطلوبين NEAR/10 (أنظمة OR نظام OR الأنظمة OR أجهزة OR بصمة)) AND (أمني* OR الأمن OR الشرطة OR القبض OR للعدالة OR جنائي* OR الجنائية OR قضايا OR المنافذ)',
  '(عقود NEAR/3 الإيجار) AND (الشرطية OR الشرطة) AND (بيانات OR المستأجرين OR ربط OR تسجيل OR توثيق)',
  '("מאגר מידע" OR "מאגר המידע" OR "מאגרי מידע" OR "מאגר נתונים" OR "מאגר הנתונים" OR "מאגר ביומטרי" OR "המאגר הביומטרי") NEAR/5 (משטרה OR המשטרה OR משטרת)',
  LEBANON_REFUGEE_LISTS,
  KUWAIT_ABSENCE_REPORTS,
  '(البصمة OR بصمة OR بصمات OR البصمات) NEAR/25 (مطلوبا OR مطلوبين OR =المطلوبين OR مطلوبون)',
  '(מאגר OR המאגר) AND "אמצעי זיהוי"',
  // … police face recognition (Persian)
  '"تشخیص چهره" AND پلیس',
  // … officers searching police databases (Hebrew)
  '("מאגרי מידע" OR במאגר OR מאגר* OR למאגר*) NEAR/2 (המשטרתי OR המשטרתיים OR משטרתי OR משטרתיים)',
  // … (the forty-fourth) Turkish criminal and archive records erased (not one's own e-Devlet record), UYAP's court records
  // seen with police records, call-detail (HTS) and IP records obtained for investigations, passport restriction codes,
  // the intelligence service's data protocols with state bodies
  '("adli sicil" NEAR/8 (silin* OR sildir*)) NOT (e-Devlet OR aday* OR başvurusu* OR memur* OR ehliyet* OR "taksi plaka*" OR "işe alım*")',
  '(("arsiv kaydı" OR "arsiv kaydının" OR "arsiv kayıtları") NEAR/15 ("adli sicil" OR adli OR silin* OR sabıka OR emniyet* OR GBT)) NOT e-Devlet',
  'UYAP NEAR/20 (emniyet OR "adli gecmis" OR "adli gecmisi" OR hukumlu OR tutuklu)',
  '"HTS kaydı" OR "HTS kayıtları" OR ("IP adres*" NEAR/12 (polis* OR savcılık OR sorusturma)) OR ("internet trafik bilgi*" NEAR/12 (yargı OR tutul* OR sakla*))',
  '(("pasaport tahdid*" OR "tahdit kod*") NEAR/20 (kimlik OR kayıt* OR sorgula* OR sistem*)) OR ("cıkıs yasagı" NEAR/20 (kayıtlar* OR kaydı OR sorgula*))',
  '((=MIT OR "Milli Istihbarat") NEAR/20 (protokol* OR "kisisel veri*" OR "veri paylasım*")) NOT (Massachusetts OR universite* OR arastırmacı*)',
  // … Turkish plate readers bought by councils and villages (not speed radars); the police "virtual patrol", call and
  // cell-site records; police files kept on people ("fişleme"); POLNET and UYAP access; the DNA data bank; court exit bans;
  // rental-car and passenger reports to police; second-hand sale forms; platforms' transparency reports; GBT records and
  // foreigners' address records checked by police
  '(("plaka tanıma" OR "plaka okuma" OR "plakası okuma") AND (belediye* OR kamera* OR meclis OR guvenlik) AND (belediye* OR meclis OR guvenlik OR MOBESE OR emniyet* OR polis* OR jandarma OR aranan OR calıntı)) NOT (radar* OR otopark* OR "gecis ucret*" OR HGS OR OGS)',
  '("sanal devriye" AND (yetki* OR veri* OR kayıt* OR Anayasa OR kisisel)) OR ("HTS" AND (baz OR sinyal OR delil*) AND (kayıt* OR kayd* OR rapor* OR GSM OR telefon* OR arama OR gorus*)) OR ("baz kayıt*" OR "baz istasyonu kayıt*") OR ("ankesor kayıt*")',
  '(fisleme* OR fislendi* OR fisleniyor OR fislenen*) AND (emniyet* OR polis* OR jandarma OR devlet* OR bakanlık* OR valilik* OR =MIT OR istihbarat OR kamu OR GBT OR "guvenlik kayıt*")',
  '("polnet" NEAR/8 (sifre* OR ihrac* OR sorgu*)) OR "Uyap Bilgilerini" OR (UYAP NEAR/8 (gorebilir OR "yetkisiz erisim"))',
  '("DNA veri bank*" OR "DNA bankas*" OR "DNA veri tabanı") AND (polis* OR emniyet* OR kriminal* OR adli OR suç* OR "kimlik tespiti" OR fisle* OR jandarma)',
  '("yurt dısına cıkıs yasagı" OR "yurtdısına cıkıs yasagı" OR "yurt dısı cıkıs yasagı" OR "yurtdısı cıkıs yasagı" OR "yurtdısına cıkma yasagı") AND (GBT OR pasaport* OR tahdit* OR tahdid* OR sorgula* OR kayıtlar* OR kolluk* OR kolluga)',
  '((KABİS OR "Kiralık Arac Bildirim*") AND (emniyet* OR polis* OR jandarma OR kimlik OR sorgu* OR aranan)) OR (U-ETDS AND (yolcu* OR kimlik OR emniyet* OR jandarma OR polis*))',
  '(("ikinci el" NEAR/10 ("alım satım belgesi" OR "alım veya satım belgesi")) OR "alım satım belgesi") AND (calıntı OR Valilik* OR polis*)',
  '"seffaflık rapor*" AND (talep* OR bilgi*) AND (hukumet* OR devlet* OR ulke* OR "resmi makam*" OR kullanıcı* OR hesap*)',
  '("GBT kayd*" NOT (aday* OR "is basvuru*" OR "ise alım*" OR "guvenlik gorevlisi")) OR ("adres beyan*" AND ("Emniyet Genel" OR "Jandarma Genel"))',
  // … Israel's communications-data law and police identification measures (Hebrew); automated identity and biometric
  // systems of the security services and linked police systems (Arabic)
  '"נתוני תקשורת" OR "נתוני זיהוי תקשורת" OR (("אמצעי זיהוי" OR "טביעות אצבעות") AND משטרה)',
  '("التعرف على الهوية" OR "البايومترية" OR "البيومترية") AND (الوجه OR المجرمين OR أمن OR الداخلية)',
  '"ربط الأنظمة" AND (المرورية OR الأمنية OR الشرطة)',
  // … (the forty-fifth) Eurodac in Arabic; Sweden's informer law (public employees reporting undocumented migrants to
  // the police); asylum seekers' phones searched
  '(يوروداك OR EURODAC) AND (بصمات OR البصمات OR بيانات OR قاعدة)',
  ARABIC_INFORMER_LAW,
  '((هواتف OR الهواتف OR هواتفهم OR الجوالة OR المحمولة) NEAR/8 (تفتيش OR فحص OR قراءة OR بيانات OR معلومات OR يخزن)) AND ("طالبي اللجوء" OR اللاجئين OR لطالبي) AND (السلطات OR الشرطة OR "المكتب الاتحادي" OR "مكتب الهجرة" OR "مصلحة الهجرة" OR قانون OR تفتيش OR فحص)',
  // … (the forty-fifth) fingerprint systems catching wanted people (with the conjunction)
  '("بصمة الوجه" OR "بصمة الإصبع" OR "بصمة العين" OR "بصمة القزحية" OR "بصمات الأصابع" OR "البصمة العشرية" OR "البصمة الحيوية" OR "البصمة البيومترية" OR "نظام البصمة" OR "نظام بصمة") NEAR/25 والمطلوبين',
  // … (the forty-fifth) Russia's biometric and QR-coded migrant profiles (Azerbaijani)
  'miqrant* AND (biometrik OR "QR kod*" OR "rəqəmsal profil*") AND (polis* OR nəzarət* OR qeydiyyat*)',
  // … (the forty-fifth) Turkish plate-recognition cameras (not speed radar)
  '("plaka tanima*") NOT (radar* OR hiz) AND (güvenli* OR emniyet* OR polis* OR jandarma* OR aranan OR çalıntı OR şüphe* OR suç* OR mobese OR asayiş OR "kara liste*" OR adli OR terör*)',
  // … (the forty-fifth) ports and airports linked to Interpol's databases; foreigners' files digitised (Tunisia); the
  // Gulf security agreement's data exchange; Moroccan hotels' pre-registration; Europol data exchange; Morocco's
  // national security directorate's databases
  '(الإنتربول OR أنتربول) AND ("قاعدة بيانات" OR "قاعدة البيانات" OR بقاعدة OR "قواعد البيانات" OR "قاعدة الأمانة" OR ربط OR ببنك OR "بنك معلومات" OR "بنك المعلومات" OR ((قائمة OR قوائم) NEAR/4 (مطلوبين OR المطلوبين OR أسماء)))',
  '"ملفات الأجانب" AND (رقمنة OR المقيمين OR الإقامة OR الداخلية OR الأمن OR الشرطة OR بيانات OR معرف)',
  '("مؤسسات الإيواء" OR "وحدات فندقية" OR "المؤسسات الفندقية") AND (التسجيل OR المعطيات) AND (الأمن OR الدرك OR الشرطة OR "المعطيات الشخصية" OR "ذات الطابع الشخصي" OR النزلاء)',
  '(يوروبول OR اليوروبول OR Europol) AND ((تبادل NEAR/4 (البيانات OR بيانات OR المعلومات OR معلومات)) OR "مذكرة تفاهم" OR "البيانات الشخصية" OR "بيانات الأفراد")',
  '"المديرية العامة للأمن الوطني" AND ("قاعدة بيانات" OR "قاعدة البيانات" OR "قواعد البيانات" OR "قواعد بيانات" OR "أنظمة المراقبة" OR "أنظمة مراقبة" OR "نظام إلكتروني" OR "نظام معلوماتي" OR "المعطيات الشخصية" OR "التعرف على الوجوه" OR "التعرف على الصور")',
  // The forty-sixth collection: erasing criminal records (Egypt, Morocco), electronic links between justice and interior ministries (Jordan, Saudi Arabia), Covid (HES) codes reported to the police (Turkey)
  '((محو OR شطب) NEAR/8 (السجل OR التسجيل OR الأحكام OR السوابق)) AND (الجنائ* OR العدلي OR السوابق OR الأحكام OR "رد الاعتبار")',
  '"رد الاعتبار" AND (السوابق OR الجنائ* OR العدلي)',
  '("الربط الإلكتروني") AND ("وزارة الداخلية" OR "ووزارة الداخلية" OR "لوزارة الداخلية" OR "بوزارة الداخلية" OR "وزير الداخلية" OR "الأمن العام") AND (بيانات OR البيانات OR المعلومات OR القضايا OR الجزائية OR الجنائ* OR المطلوبين OR الأحكام OR تبادل)',
  '"HES kodu" AND kolluk* AND (sorgula* OR kontrol* OR bildirim* OR denetim* OR denetle* OR tespit* OR ihlal*)',
  // Forty-seventh collection (2026-12-06): criminal-record rehabilitation in Persian, residents' biometrics, security censuses of foreigners, phone tapping, furnished flats, travel bans at e-gates and wanted-person cameras in Arabic
  '("اعاده حیثیت" OR "اعاده حيثيت") AND (محکوم* OR محكوم* OR کیفری OR كيفري OR مجازات OR جزا* OR "قانون مجازات")',
  '("سجل کیفری" OR "سجل كيفري") AND (استعلام OR سوابق OR قانون OR دستورالعمل OR حذف OR "اعاده حیثیت" OR سامانه OR دسترسی) NOT (جعلی OR جعلي OR "ساعات کاری")',
  '("البصمة البيومترية" OR "بصمة العين" OR "البصمة الحيوية") AND (المقيمين OR الوافدين OR الاجانب OR العمالة) AND (الداخلية OR "الادلة الجنائية" OR الشرطة OR "الامن العام" OR "قاعدة بيانات" OR "قاعدة البيانات" OR "الجهات الامنية") NOT (البنك OR بنك OR المصرف)',
  '("حصر الاجانب" AND (الداخلية OR الامن OR الشرطة OR "قاعدة بيانات" OR "قاعدة البيانات" OR "غير الشرعيين" OR المخالفين OR "الجهات الامنية")) OR ("الحصر الامني" AND الاجانب)',
  '((التنصت NEAR/6 (المكالمات OR الاتصالات OR الهواتف)) AND (الداخلية OR "الاجهزة الامنية" OR المخابرات OR "اذن قضائي" OR "مشروع قانون" OR لائحة OR "هيئة تنظيم الاتصالات" OR "النائب العام" OR "الامن الوطني")) NOT (تطبيقات OR زوج* OR ووترغيت)',
  '(("الشقق المفروشة" OR "المساكن المفروشة") AND (ضبط OR الامن OR الشرطة OR التصريح) AND (بيانات OR إخطار OR تسجيل OR الظهير OR القانون OR المشرع)) NOT (الاداب OR اسعار)',
  '("منع السفر" AND (البوابات OR "النظام الالي") AND (اوامر OR صدرت OR المطلوبين OR الجوازات)) NOT (كورونا OR جماهير OR الحوامل)',
  '((كاميرات NEAR/12 (المطلوبين OR المجرمين OR المتهربين)) AND (نظام OR منظومة OR التعرف OR الوجوه OR "قاعدة بيانات" OR "الاحكام القضائية")) NOT (سطو OR وثائقي OR التذاكر)',
  // Forty-seventh collection (2026-12-06): Turkey's identity notification law and police profiling
  '"Identity Notification Law"',
  '(fislen* OR fisleme*) AND (polis* OR Emniyet OR istihbarat* OR jandarma)',
  // Forty-seventh collection (2026-12-06): the security service's phone-location tracking in Israel, in Hebrew
  '(איכוני OR איכון OR איכונים) AND (פרטיות OR "נתוני תקשורת" OR חוק OR בידוד OR לבידוד OR השב OR "שירות הביטחון")',
  // From the forty-eighth (dev): Turkey's identity-notification system and police ID checks (GBT); Israeli police spyware (Pegasus) and wiretaps, in Hebrew and Arabic
  '("Kimlik Bildirim Sistemi" AND (polis* OR emniyet* OR jandarma* OR sorgu* OR aranan* OR =GBT OR "Genel Bilgi Toplama" OR kolluk* OR icisleri OR kayd* OR veri*)) OR (=GBT AND (polis* OR kimlik) AND (sorgu* OR emniyet* OR aranan* OR "Genel Bilgi Toplama" OR kayd* OR kayit* OR jandarma* OR durdur* OR kontrol* OR sabika*))',
  '(פגסוס OR רוגל* OR "האזנות סתר" OR "האזנת סתר") AND (משטרה OR המשטרה OR משטרת OR במשטרה OR למשטרה OR ומשטרה OR והמשטרה OR שהמשטרה OR משטרתי* OR שוטר* OR השוטר* OR שוטרים)',
  '(بيغاسوس OR "برنامج التجسس") AND (شرطة OR الشرطة) AND (ناشط* OR الناشط* OR صحفي* OR الصحفي* OR حقوقي* OR الحقوقي* OR معارضين OR المعارضين OR المعارضة OR معارضة OR قضائي* OR القضائي* OR NSO OR مراقبة OR المراقبة OR زرع* OR سياسي* OR السياسي*)',
  // … Turkish interception, call records and phone location under CMK 135; restriction codes as a register
  '"CMK 135" OR "CMK m. 135" OR "CMK Madde 135" OR "iletisimin tespiti" OR "iletisimin denetlenmesi" OR (("135. madde*" OR "telefon dinleme*" OR "telefon dinlemesi" OR "yerinin tespiti") AND (CMK OR "Ceza Muhakemesi" OR "sulh ceza" OR "agir ceza" OR "ceza mahkemesi" OR savci* OR emniyet* OR polis* OR HTS OR "baz istasyon*" OR GSM OR sorusturma* OR kovusturma* OR supheli* OR teror*))',
  '"tahdit kod*" AND (sicil* OR "idari kod*")',
  // … call records for prosecutors and security forces, security permits for furnished flats, genetic fingerprint banks, Saudi Arabia's Shomoos guest system, data retention, travel-ban and arrival-watch lists
  '("سجل المكالمات" OR "سجل مليون مكالمة" OR "بيانات الهاتف" OR "مراقبة المكالمات" OR "ضبط المراسلات") AND (النائب OR النيابة OR الامنية OR التحقيق)',
  '("الشقق المفروشة" OR "الشقة المفروشة") AND (امني OR الشرطة OR تصريح)',
  '("البصمات الجينية" OR "البصمة الجينية") AND (بنك OR قاعدة)',
  'شموس AND (نظام OR النزلاء OR الفنادق OR الامن)',
  '"الاحتفاظ بالبيانات" AND (الشرطة OR التحقيق OR الاتصالات)',
  '"قائمة الممنوعين من السفر" OR "قوائم الممنوعين من السفر" OR "قوائم ترقب الوصول"',
  // The forty-ninth collection: police reaching internet subscribers' identity data (Turkish); police DNA samples from suspects (Hebrew)
  '(polis* OR emniyet) NEAR/10 ("kimlik bilgilerine" OR "kimlik bilgileri" OR abonelerine) AND (eriş* OR erisim OR "mahkeme kararı" OR operatör* OR GSM OR "veri tabanı" OR veritaban* OR "kişisel veri" OR "kişisel veriler" OR "kişisel verilerin" OR KVKK OR sorgu* OR fişle* OR "iletişim bilgileri" OR "baz istasyonu" OR "HTS kayıtları" OR "HTS" OR "Anayasa Mahkemesi" OR internet)',
  '((דגימת OR דגימות) AND (משטרה OR למשטרה OR המשטרה OR חשודים OR מחשודים)) AND (DNA OR מאגר OR במאגר OR המאגר OR למאגר OR מאגרי OR ומאגר OR ביומטרי* OR טביעות OR גנטי* OR הרשעה OR הורשעו OR לשמור OR תשמור OR שמירת OR נשמרות OR שוטר OR עבירות OR הכנסת)',
  // Interpol's shared databases (Turkish and English)
  '(Interpol* AND (paylaşım* OR "veri taban*" OR veritaban* OR database OR SLTD OR "Stolen and Lost")) AND (pasaport* OR passport* OR polis* OR police OR emniyet* OR sınır* OR border* OR "kırmızı bülten" OR "red notice" OR aranan* OR wanted OR fugitive* OR suspect* OR şüpheli* OR "kişisel veri*" OR yolcu* OR "parmak izi" OR biyometrik* OR SLTD OR "Stolen and Lost")',
  // Turkey's national DNA data bank
  '("DNA veri bankasi" OR "DNA veri tabani" OR "Milli DNA" OR "DNA Verileri") AND (Adalet OR polis* OR emniyet* OR tasari* OR adli OR delil* OR kriminal* OR sucl* OR sucu OR sucun OR suca)',
  // Travel bans set automatically by courts (Saudi Arabia, Kuwait); Dubai police's biometric tunnel; people jailed for sharing a wanted
  // man's name (Iraq); a criminal register and passports refused over court cases (Jordan); police search operations checking biometrics and
  // identity records (Urdu)
  '("منع السفر" OR "منعه من السفر" OR "المنع من السفر") AND (آلي* OR المحاكم OR الربط OR إلكتروني* OR قرارات) AND (النائب OR النيابة OR "ترقب الوصول" OR المحاكم OR الدائنين OR جنائية OR الجنائية OR قوائم OR الإدراج OR المطارات OR المنافذ)',
  '"النفق البيومتري" AND (شرطة OR الشرطة OR الشرطية OR الجنائية OR الأمن)',
  '"تشابه الأسماء" AND (السجون OR الأمنية OR الداخلية OR اعتقال OR مذكرات)',
  '("سجل عدلي" AND (السوابق OR الأمنية OR شرطية OR الشرطة OR "إذاعة بحث" OR محكوم OR التوقيف OR أحكام OR "وزارة العدل")) OR ((رفض* NEAR/5 تجديد) AND "جواز سفر" AND ("الأمن العام" OR (قضايا AND (تنفيذية OR مديرية OR محكوم*))))',
  '"سرچ آپریشن" AND (بائیومیٹرک OR "شناختی کوائف" OR کوائف) AND (پولیس OR مشتبہ OR حراست OR کرایہ)',
  // Egypt's police register of dangerous people; unified police data systems (Libya)
  '"مسجل خطر" AND (الشرطة OR فئات OR تصنيف* OR "المسجلين خطر" OR "الأمن العام")',
  '(توحيد NEAR/3 (المنظومة OR منظومة OR قاعدة)) AND (المباحث OR الجنائية)',
  // Armed groups collecting residents' data house by house (Yemen)
  'جمع NEAR/3 "بيانات السكان"',
  // From the fifty-first collection (dev): Azerbaijan's entry-exit and migration information systems and the interior
  // ministry's system police read; Turkey's data-protection law exempting police and intelligence processing
  '("Giriş-çıxış və qeydiyyat" AND (idarələrarası OR "məlumat-axtarış" OR avtomatlaşdırılmış OR sistem*)) OR (("Daxili İşlər Nazirliyi*" NEAR/4 "informasiya sistem*") AND (inteqrasiya* OR portal* OR "məlumat bazası"))',
  '"Miqrasiya Məlumat Sistem*" AND ("Miqrasiya Xidmət*" OR nəzarət* OR uçot* OR "informasiya resurs*")',
  '"Kişisel Verilerin Korunm* Kanun*" AND (istihbar* OR "milli güvenli*" OR kolluk* OR önleyici OR "suç soruştur*")',
  // From the fifty-first collection (dev): Syrian security checks of names (fish); arrests over names like wanted
  // people's (Iraq); Egypt's travel-ban and arrival watch lists
  '(فيش OR تفييش OR "الفيش الأمني") AND (أمني* OR الأمني* OR المخابرات OR الجوازات OR "الأجهزة الأمنية")',
  '(("تشابه الأسماء" OR "تشابه في الأسماء" OR "تشابه اسماء" OR "تشابه الاسماء") AND (مطلوب* OR اعتقال* OR "قاعدة بيانات")) AND ((مطلوبين OR المطلوبين OR اعتقال* OR الاعتقال* OR باعتقال* OR القبض OR توقيف* OR احتجاز*))',
  '("قوائم الممنوعين" OR "قوائم ترقب الوصول") AND ("قوائم ترقب الوصول" OR "قوائم الترقب" OR ("قوائم الممنوعين" AND (السفر OR الداخلية OR النائب OR المنافذ OR الجوازات)))',
  // Iran's genetic data bank of offenders; exit bans (Hebrew, Persian)
  '("بانک اطلاعات ژنتیک" OR "بانک اطلاعاتی ژنتیک" OR "پروفایل ژنتیک" OR "هویت ژنتیک" OR "genetic data bank") AND (مجرم* OR محکوم* OR جرم OR criminals OR offenders OR convicts OR "crime scene")',
  '("עיכוב יציאה" AND (מהארץ OR צו)) OR ("ممنوع الخروجی" AND (کشور OR گذرنامه OR قانون* OR قوانین OR استعلام))',
  // Morocco's central criminal-record database; Tunisia's data-protection authority on identity documents and the
  // interior ministry
  '"السجل العدلي" AND ("قاعدة بيانات" OR مركزي* OR المركزي) AND ("وزارة العدل" OR "وزير العدل" OR النيابة OR القضائي* OR الجنائي* OR السوابق OR الشرطة OR الأمن)',
  '"الهيئة الوطنية لحماية المعطيات الشخصية" AND (الداخلية OR الأمن OR "بطاقة التعريف" OR "جواز السفر") AND ("وزارة الداخلية" OR البيومتري* OR "قاعدة بيانات" OR "قاعدة البيانات" OR الشرطة OR "الأمن الوطني")',
  // Fingerprint records of police, passports and deportees; Interpol's databases and wanted lists (Arabic)
  'بصمات AND (المبعدين OR المطلوبين OR الجوازات OR "قاعدة بيانات" OR "قاعدة البيانات" OR نظام OR "السجل الجنائي" OR الأمنية)',
  '"الشرطة الدولية" AND (قاعدة OR بيانات OR مطلوب* OR النشرة OR الإنتربول)',
  // From the fifty-second collection (dev): hotels' automatic guest reports to police and gendarmerie (KBS),
  // Azerbaijan's fingerprint and DNA registration, exit restrictions on debtors and suspects
  '("Polis Listeleri" OR =KBS OR "Kimlik Bildirim Sistemi") AND (misafir* OR jandarma* OR polis*) AND (tesis* OR konakla* OR bildiri* OR bildirim* OR pansiyon* OR otel*)',
  '(daktiloskop* OR "DNT profil*" OR "DNT məlumat*") AND (biometrik* OR qeydiyyat* OR eyniləşdir* OR identifikasiya*)',
  '("ölkədən getmək hüququ*" OR "çıxışa məhdudiyyət*" OR "ölkə ərazisindən çıxış*" OR ("ölkədən çıxış*" AND (şəxs* OR vətəndaş* OR borc* OR icra))) AND (məhdudlaşdır* OR məhdudiyyət*)',
  // From the fifty-second collection (dev): who may ask for a travel ban (Egypt)
  '("المنع من السفر" OR "حظر السفر" OR "قوائم المنع") AND (جهة OR جهات OR "النائب العام" OR قوائم OR ترقب OR الوصول) AND ("النائب العام" OR ترقب OR الترقب OR جهة OR جهات OR الجهة OR منع OR السلطات OR الداخلية OR النيابة)',
  // From the fifty-second collection (dev): Iran's cameras and text messages identifying women without hijab
  // (in Persian, Arabic, Russian, Bengali and Tamil reports)
  '(حجاب OR "کشف حجاب" OR کشفحجاب OR "الحجاب" OR хиджаб* OR হিজাব OR ஹிஜாப்) AND (دوربین* OR پیامک OR "الكاميرات" OR كاميرات OR камер* OR видеокамер* OR ক্যামেরা OR கேமரா* OR "هوش مصنوعی") AND (پلیس OR police OR ناجا OR الشرطة OR полици* OR МВД OR পুলিশ OR காவல்* OR هشدار OR "هوش مصنوعی" OR "تشخیص چهره" OR "للتعرف" OR "امر به معروف" OR قانون OR আইন OR சட்ட* OR "умных" OR нарушени*)',
  // From the fifty-third collection (dev): the Blue Wolf face database used on Palestinians, smart police patrols reading plates and fingerprints
  '("الذئب الأزرق" AND NOT (مسلسل OR المسلسل OR الدرامي OR رمضان)) OR ("Blue Wolf" AND (Palestinian* OR "West Bank" OR Hebron))',
  '("المركبات الأمنية الذكية" OR "الدوريات الذكية" OR "دوريات ذكية" OR "الدوريات الأمنية" OR "دورياته الأمنية") AND (أنظمة OR كاميرات OR التعرف OR المطلوبين OR لوحات OR بصمة OR البصمة) AND NOT (كرة OR بطولة OR حراسة OR المجمعات OR مخالفة OR العيد)',
  // From the fifty-third collection (dev): DNA fingerprints with police and Interpol, the national card held in passport and traffic systems, iris scans at security centres
  '(("البصمة الجينية" OR "الحمض النووي") AND (أنتربول OR الإنتربول OR "الأمن الوطني" OR الشرطة) AND (أنتربول OR الإنتربول OR "الأمن الوطني" OR التحقيقات OR البنك OR "قاعدة بيانات" OR الجرائم OR المشتبه) AND NOT (مومياوات OR "نادي الشرطة")) OR ("عينات وراثية" AND (التحقيق OR الأمنية))',
  '("البطاقة الوطنية" AND ("نظام الجوازات" OR "بنك المعلومات" OR "نظام المرور") AND (الإرهابيين OR مزورة OR هويات OR "الوثائق القديمة" OR "ستحفظ المعلومات" OR الأمنية)) OR (("رقم الهوية" OR "الهوية الرقمية") AND ("المنافذ الحدودية" OR "تراخيص القيادة") AND ("أجهزة الأمن" OR "الأجهزة الأمنية"))',
  '"بصمة العين" AND ("الأمن العام" OR "المراكز الأمنية" OR الشرطة) AND NOT (متاجر OR الدفع OR دوام OR موظفيها OR هاتف OR الشاشة)',
  // From the fifty-fourth collection (dev): the Schengen Information System; data shared with immigration enforcement;
  // a Gulf blacklist of wanted persons; prosecutors monitoring communications
  '("نظام معلومات شنغن" OR "نظام معلومات شنجن") AND (الشرطة OR إنفاذ OR تنبيه* OR المطلوبين OR "تبادل المعلومات" OR الأمن)',
  '"إنفاذ قوانين الهجرة" AND (تشارك* OR تبادل OR "بيانات شخصية" OR "البيانات الشخصية" OR الشرطة OR الحساسة)',
  '"قائمة سوداء" AND المطلوبين AND (أمني* OR الشرطة OR الجوازات OR مرور)',
  '"مراقبة الاتصالات" AND (النيابة OR "الإجراءات الجنائية" OR المتهم OR "سلطة التحقيق")',
  // From the fifty-fifth collection (dev): police patrols' cameras finding wanted vehicles (Dubai, Kuwait); Israel's special camera systems
  '(("مركبة مطلوبة" OR "مركبات مطلوبة" OR "المركبات المطلوبة") AND (شرطة OR الشرطة OR ضبط* OR دوريات OR الدوريات OR كاميرات OR الكاميرات)) OR ((مركب* OR سيار*) NEAR/5 ("مطلوبة جنائيا" OR "مطلوبة جنائياً"))',
  '("מערכות צילום מיוחדות" AND (הכביש OR כביש OR כבישים OR לוחיות OR משטרה OR המשטרה OR משטרת)) OR ("עין הנץ" AND (משטרה OR המשטרה OR משטרת) AND (רכב* OR לוחיות OR מצלמ*))',
  // From the fifty-fifth collection (dev): false registration (propiska) of foreigners with the migration office (Turkmen)
  '(propiska OR "hasaba alyn*") AND (migrasiýa OR "daşary ýurtly") AND ("daşary ýurtly raýat*" OR migrant* OR türkmenistanly*)',
  // From the fifty-sixth collection (dev): Saudi links between the justice and interior ministries and a judgments database tied to police departments; Oman police's unified biometric system; Syria's central interior-ministry system at border crossings
  '("الربط الإلكتروني" NEAR/10 (العدل OR الداخلية)) AND (العدل AND الداخلية) AND ("الأوامر القضائية" OR "أوامر القبض" OR القبض OR "منع السفر" OR "إيقاف الخدمات" OR التنفيذ OR المطلوبين)',
  '("قاعدة بيانات" OR "قاعدة البيانات") AND ("تنفيذ الأحكام" OR "المحكوم عليه" OR "المحكوم عليهم") AND (الشرط OR الشرطة OR "إدارات الشرط")',
  '("القياسات الحيوية" OR البيومترية OR البيومتري) NEAR/15 (الجنائية OR التحريات OR الجريمة OR جرائم OR المجرمين OR المشتبه OR يشتبه OR البصمات OR "الشرطة الفدرالية")',
  '("النظام الإلكتروني المركزي" OR "نظام إلكتروني مركزي") AND الداخلية AND (المنافذ OR الحدودية OR المعابر) AND (طلبات OR مراجعات OR مطلوب*)',
  // From the fifty-sixth collection's third wave (dev): Dubai police cameras spotting stolen and wanted cars; Morocco's ID card shown to judicial police officers; Sindh police sharing criminals' data
  '((كاميرات OR الكاميرات OR كاميرا) NEAR/20 ("السيارات المطلوبة" OR "المركبات المطلوبة" OR "السيارات المسروقة" OR "المركبات المسروقة")) AND (شرطة OR الشرطة OR الدوريات OR دوريات OR "القيادة العامة") AND NOT (مسلسل OR المسلسل OR فيلم)',
  '("البطاقة الوطنية" OR "بطاقة التعريف") AND ("ضابط الشرطة القضائية" OR "ضباط الشرطة القضائية") AND (غرامة OR بغرامة OR يعاقب OR غرامات)',
  '((ڈیٹا OR "ڈیٹا بیس") NEAR/8 (کرمنلز OR "جرائم پیشہ")) AND پولیس AND (فراہم OR رسائی OR شیئر)',
];
