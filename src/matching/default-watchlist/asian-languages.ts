/** Japan's and Korea's duties on officials to report foreigners without status to immigration (both topics; the thirty-eighth). */
import { JAPANESE_LANDLORDS_REPORT_FOREIGNERS } from './both-topics.ts';
const JAPANESE_REPORTING_DUTY = '通報 NEAR/20 (入管 OR 不法在留 OR 不法滞在 OR 出入国)';
const KOREAN_REPORTING_DUTY = '(통보의무* OR (통보 NEAR/1 의무*)) AND (불법체류* OR 출입국*)';
/** China's registration of foreigners' lodging with the police, Thailand's TM30 notice by landlords and hotels and its residence notifications (both topics, like India's Form C). */
const FOREIGN_GUEST_REGISTRATION =
  '((住宿登记 OR 住宿登記) AND (境外 OR 外国人 OR 外國人)) OR ตม.30 OR =TM30 OR (=TM NEAR/1 30) OR ("แจ้งที่พัก" AND ("ต่างด้าว" OR "ต่างชาติ"))';

/** Indonesia's app for hotels and landlords to report foreign guests to immigration (APOA): both topics (the thirty-ninth). */
const INDONESIAN_FOREIGN_GUEST_REPORTS =
  '"Aplikasi Pelaporan Orang Asing" OR "Aplikasi Pengawasan Orang Asing" OR (=APOA AND (asing OR imigrasi)) OR (lapor* NEAR/5 "tamu asing")';

/** China's hotel rules for foreign guests (registered with the police): both topics (the thirty-ninth). */
const CHINESE_HOTEL_FOREIGN_GUESTS = '旅馆业 AND (外国 OR 境外)';

/** Thailand's immigration bureau keeping foreigners' biometrics (PIBICS): both topics (the thirty-ninth). */
const THAI_IMMIGRATION_BIOMETRICS = 'PIBICS OR ((Biometrics OR อัตลักษณ์) AND ("ตม" OR ("ตรวจคน" NEAR/1 "เข้าเมือง") OR ต่างด้าว))';

/** Indian hotels and hosts told to inform the police of foreign guests (Hindi): both topics, like Form C (the thirty-ninth). */
const INDIAN_FOREIGN_GUEST_REPORTS = '(विदेशी NEAR/6 (नागरिक* OR पर्यटक*)) AND पुलिस AND (सूचना OR सूचित)';

/** Landlords and hotels reporting foreign tenants and guests to India's Foreigners Regional Registration Office: both topics (the fortieth). */
const FRRO_REPORTS =
  '(FRRO OR "Foreigners Regional Registration") AND (((کرائے OR hotel* OR landlord* OR ہوٹل OR tenant*) NEAR/10 (inform* OR report* OR submit* OR "Form C" OR details)) OR مطلع)';

/** Korea's short-stay foreigners' lodging reports ("숙박신고제") from hotels to the justice ministry: both topics (the fortieth). */
const KOREAN_LODGING_REPORTS = '숙박신고* OR ((숙박 NEAR/2 신고*) AND 외국인* AND (법무부 OR 출입국* OR 단기체류* OR 경찰*))';

/**
 * India's Form C (hosts' reports of foreign guests) in Hindi and Telugu: both topics, like the English Form C rule (the fortieth).
 * "सी" (C) is written in its phrase: alone it folds to the same word as the postposition "से" (from).
 */
const FORM_C_IN_INDIAN_LANGUAGES = '("प्रपत्र सी" AND विदेशि*) OR (("ఫామ్ సీ" OR "ఫారం సీ" OR "ఫారం సీలో" OR "ఫామ్ సీలో") AND విదేశీ*)';

/** Korean police looking up a foreigner's stay record: both topics (the thirty-eighth and thirty-ninth). */
const KOREAN_STAY_RECORD_LOOKUPS = '체류정보* NEAR/10 조회*';

/**
 * Indonesian, Malay, Vietnamese, Korean, Japanese, Chinese, Thai and Hindi vocabulary for both topics (and, from the thirty-ninth,
 * Bengali, Urdu, Tamil, Sinhala and Nepali; from the fortieth, Tagalog, Mongolian, Punjabi, Gujarati, Kannada, Telugu and
 * Malayalam), from the thirty-eighth to fortieth collections' dev records (topic definitions: src/matching/README.md): immigration detention and deportation by the names those
 * countries' records use; police registers, plate readers and DNA databases, and officials' duties to report foreigners. The matcher folds rules as it folds texts (tokens.ts): Hangul syllables and Devanagari vowel
 * signs are decomposed and dropped alike, so terms are written as the records write them; a prefix counts the letters
 * left after folding (Devanagari "भेज*" folds to two and is too short, so its forms are spelled out). Chinese characters
 * and kana are words of one character each, so a Japanese term matches as a phrase of its characters and NEAR counts
 * characters there; so are Thai letters (a phrase holds at most 24 characters in these scripts, 8 until the
 * fifty-first collection, when long Thai words were paired by NEAR).
 */

export const immigrationAsianLanguages = [
  // Indonesia: immigration detention houses (Rudenim) and deportation of foreign nationals
  'Rudenim OR "rumah detensi" OR deportasi OR dideportasi OR mendeportasi* OR pendeportasian OR pendetensian',
  // Korea: crackdowns on illegal stayers, forced removal and the foreigners' protection (detention) centres
  '(불법체류* NEAR/8 (단속* OR 집중단속* OR 합동단속* OR 적발* OR 검거* OR 강제퇴거* OR 구금* OR 보호소* OR 혐의*)) OR ((불법 NEAR/1 체류*) NEAR/8 (단속* OR 집중단속* OR 합동단속* OR 적발* OR 검거* OR 혐의*)) OR 강제퇴거* OR 외국인보호소*',
  // … and the US immigration authorities' raids and arrests as Korean news reports them
  '이민당국 NEAR/20 (급습* OR 단속* OR 체포*)',
  // Japan: the immigration bureau's detention and removal; illegal overstays ending in arrest, detention or removal
  '(入管 OR 出入国在留管理) NEAR/20 (収容 OR 送還 OR 退去強制)',
  '退去強制 OR 収容令書',
  '(不法残留 OR 不法滞在 OR 不法在留 OR オーバーステイ) NEAR/30 (逮捕 OR 摘発 OR 収容 OR 送還)',
  // Hindi: deportation, and illegal migrants sent back on a plane
  'डिपोर्ट* OR ((अवैध NEAR/3 प्रवासी*) NEAR/20 (वापस OR विमान OR भेजा))',
  // … second round: officials' reporting duties and information given to the immigration bureau (Japan, Korea); Korea's
  // detention centres by name and smuggled entries (its crackdowns on illegal stays are read by the rule above)
  JAPANESE_REPORTING_DUTY,
  '入管 NEAR/10 (情報提供 OR 通報)',
  KOREAN_REPORTING_DUTY,
  '화성외국인보호소* OR 청주외국인보호소* OR 여수외국인보호소* OR (외국인 NEAR/1 보호소*)',
  '밀입국* NEAR/10 (검거* OR 적발* OR 단속*)',
  // … last round: Chinese repatriation and forced exit (not a residence-permit FAQ); Taiwan's overstaying and missing
  // migrant workers found or surrendering; lodging registration of foreigners (China, Thailand); Thai raids on illegal
  // foreign workers; Malaysia's biometric registration of immigrants
  '(遣返 OR 遣送 OR 强制出境 OR 強制出境 OR 驱逐出境 OR 驅逐出境) NOT (居留许可 OR 居留許可)',
  '(逾期居留 OR 逾期停留 OR 失聯移工 OR 非法入境 OR 非法居留) NEAR/30 (移民署 OR 查獲 OR 查察 OR 到案 OR 執法 OR 收容 OR 遣返)',
  FOREIGN_GUEST_REGISTRATION,
  '(แรงงาน NEAR/3 ต่างด้าว) NEAR/50 (จับ OR กวาดล้าง OR ทลาย OR สกัด)',
  'biometrik AND (imigresen OR pendatang OR =PATI)',
  // … fourth round: Vietnam's expulsions of illegal entrants; Malaysia's raids on undocumented migrants (PATI)
  '"truc xuat" OR ("nhap canh trai phep" AND ("cong an" OR "xuat nhap canh"))',
  '(("pendatang asing tanpa izin" OR =PATI) AND (tahan* OR ditahan OR imigresen OR =JIM OR serbu* OR tangkap*)) OR ("pekerja ilegal" AND (imigrasi OR imigresen))',
  // From the thirty-ninth (dev): Korea's fingerprint and face checks of foreigners at entry and the justice ministry's
  // foreigners' fingerprints shared with police investigators; police look-ups of a foreigner's stay record; Japan's
  // police questioning of foreigners and residence-card checks, the Immigration Control Act ("入管法"); Taiwan's
  // detainees in the immigration agency's holding centres
  '(지문* OR 얼굴정보* OR 얼굴인식* OR "얼굴 정보") NEAR/20 (입국* OR 출입국*)',
  '(외국인* NEAR/15 지문*) AND (경찰* OR 수사*)',
  KOREAN_STAY_RECORD_LOOKUPS,
  '(在留カード NEAR/30 (不携帯 OR 職務質問 OR 提示)) OR (職務質問 AND (外国 OR 国籍 OR 在留)) OR (入管法 AND (収容 OR 送還 OR 退去 OR 難民 OR 仮放免 OR 在留カード OR 不法 OR 問題点))',
  '受收容人 OR 臨時收容所 OR (收容所 AND 移民署)',
  // … Thai round-ups and returns of foreigners; Vietnam's temporary-residence declarations for foreigners (both
  // topics, like hotel reports); Indonesia's app for hotels to report foreign guests (APOA; both); Malaysia's
  // immigration depots; Hindi deportation, detention centres and infiltrators (Assam), overstays; Bengali reports of
  // India's Border Security Force pushing people across ("push in"); Urdu deportations of Afghans from Pakistan
  '("ส่งกลับ" OR "กวาดล้าง") AND ("ต่างชาติ" OR "ต่างด้าว")',
  '"khai bao tam tru" AND "nguoi nuoc ngoai"',
  INDONESIAN_FOREIGN_GUEST_REPORTS,
  'depo NEAR/3 (imigrasi OR imigresen)',
  'निर्वासन OR "निरोध केन्द्र" OR "निरोध केंद्र" OR घुसपैठियों OR घुसपैठिए OR "ओवर स्टे" OR (वीजा NEAR/5 समाप्त)',
  '(পুশ NEAR/2 ইন) OR (বিএসএফ AND (পাঠিয়েছে OR ঠেলে OR পুশ))',
  '"ڈی پورٹ" OR ("غیر قانونی" NEAR/3 افغان*)',
  // … second round: Taiwan's police stopping runaway migrant workers; Korea's crackdowns on unregistered migrant
  // workers; Japan's entry screening against face and fingerprint records; China's hotel rules for foreign guests
  '(逃逸移工 OR 逃逸外勞 OR (移工 NEAR/5 (逾期 OR 逃逸 OR 失聯))) AND (攔查 OR 盤查 OR 警方 OR 逮 OR 查獲)',
  '(미등록* NEAR/3 (이주* OR 외국인*)) NEAR/10 단속*',
  '入国審査 AND (顔 OR 指紋 OR 照合)',
  CHINESE_HOTEL_FOREIGN_GUESTS,
  // … Malaysia's and Indonesia's immigration raids, custody and depots
  '(imigresen OR imigrasi) AND (serbu* OR tahan* OR tangkap* OR "depot tahanan" OR deport*)',
  // … third round: Thailand's immigration cells holding Uyghurs and Rohingya, and its biometric records (PIBICS);
  // Bangladeshi workers sent home from Saudi Arabia (Bengali); Sri Lanka's deportations and visa overstays (Sinhala);
  // Nepalis expelled by Malaysia; Indian hotels not reporting foreign guests to police (Hindi; both topics)
  '(ห้องกัก OR ห้องคุมตัว OR ห้องกักขัง OR คุมขัง OR ห้องขัง) AND (อุยกูร์ OR โรฮิงยา OR ต่างด้าว OR ผู้ลี้ภัย)',
  THAI_IMMIGRATION_BIOMETRICS,
  '(ফেরত NEAR/3 (পাঠিয়েছে OR পাঠালো OR পাঠানো)) AND (সৌদি OR শ্রমিক*)',
  'පිටුවහල්* OR (වීසා NEAR/3 (ඉක්මවූ OR අවසන්))',
  'निष्कासन AND (मलेसिया* OR वैदेशिक OR विदेशी)',
  INDIAN_FOREIGN_GUEST_REPORTS,
  // From the fortieth (dev): foreigners arrested or overstaying in Tagalog; Korea's voluntary-departure periods for
  // people without status; Mongolia's forced removal; Urdu for deportation and illegally resident Afghans; detention
  // centres and people declared foreigners in Hindi and Bengali, deportation flights in Punjabi and Gujarati, Gujarati
  // police catching Bangladeshis; Tamil deportation and overstayed visas; India's FRRO reports
  '(dayuhan* NEAR/10 (overstay* OR ipinatapon OR deport*)) OR ((dayuhan* NEAR/10 (naaresto OR nadakip)) AND ("Bureau of Immigration" OR iligal OR visa OR POGO))',
  '자진출국*',
  'албадан NEAR/3 гарга*',
  '"ملک بدر" OR ("بے دخلی" NEAR/6 (افغان* OR "غیر ملکی*" OR غیرملکی* OR مہاجر* OR تارکین)) OR "غیر قانونی طور پر مقیم" OR "غیرقانونی طور پر مقیم"',
  '(डिटेंशन NEAR/2 (सेंटर OR कैंप OR शिविर)) OR "विदेशी घोषित" OR (निर्वासित NEAR/8 (नागरिक* OR विदेशी))',
  '(ডিটেনশন NEAR/2 (ক্যাম্প* OR সেন্টার* OR শিবির*)) OR ("বন্দী শিবির" AND (বিদেশি OR আসাম*)) OR "ফরেনার্স ট্রাইব্যুনাল" OR "ফরেনার্স ট্রাইবুন্যাল"',
  'ਡਿਪੋਰਟ OR ડિપોર્ટ OR ((ગેરકાયદેસર OR ગેરકાયદે) NEAR/8 બાંગ્લાદેશી*)',
  '"நாடு கடத்த*" OR ("விசா காலாவதி*" AND (காவல் OR வெளிநாட்டு*)) OR (வெளியேற்ற* AND குடிவரவு)',
  FRRO_REPORTS,
  // … US Border Patrol and immigration agencies holding migrants, in Vietnamese
  '("Tuan tra Bien gioi" OR "co quan nhap cu") AND ("di dan" OR "giam giu" OR "bat giu" OR "truc xuat")',
  // … Japan's provisional release from immigration detention and its detention centres; Korea's lodging reports of
  // short-stay foreigners; Hong Kong's immigration detention ("入境羈留")
  '仮放免 OR 入国者収容所 OR 入管施設',
  KOREAN_LODGING_REPORTS,
  '入境羈留 OR 入境羁留',
  // … detention centres for foreigners in Kannada, Gujarati and Tamil (Sri Lanka's Mirihana); Form C in Hindi and
  // Telugu; Assam's NRC notices in Bengali; police drives against illegally resident Bangladeshis in Hindi
  '(ಬಂಧನ NEAR/2 ಕೇಂದ್ರ*) AND (ವಿದೇಶಿ* OR ವಲಸಿಗ*)',
  '"અટકાયત કેન્દ્ર"',
  '"தடுப்பு மையம்" AND வெளிநாட்ட*',
  FORM_C_IN_INDIAN_LANGUAGES,
  '(এনআরসি OR NRC) AND (নোটিস OR ট্রাইব্যুনাল OR বিদেশি)',
  '(अवैध NEAR/6 (बांग्लादेशी* OR रोहिंग्या)) OR (बांग्लादेशी* AND (सर्च OR सत्यापन) AND पुलिस)',
  // … Indonesia's joint teams for the supervision of foreigners (Timpora); Thai raids on aliens who entered illegally
  'Timpora OR "Tim Pengawasan Orang Asing"',
  '(เข้าเมือง NEAR/2 ผิดกฎหมาย) AND ต่างด้าว',
  // From the forty-first collection (dev): Indonesia's overstaying foreigners (WNA); Mongolian reports of migrants
  // expelled; illegal entrants, China's "three illegals" foreigners, Macau's expulsions and Hong Kong's detention of
  // claimants; Korea's identity-mismatch self-reports and crackdowns on illegal stay; Japanese "国外退去"
  '(WNA OR "warga negara asing") AND (overstay OR deportasi OR dideportasi OR "detensi imigrasi")',
  'цагаач* AND (албадан* OR хөөх OR "хууль бус*" OR ("улсаас" NEAR/3 гаргах))',
  '非法入境者 OR 三非外国人 OR 三非外國人 OR (((驅逐 OR 驱逐) NEAR/10 (原居地 OR 出境 OR 入境)) NOT (外交官 OR 外交人员 OR 外交人員 OR 不受欢迎 OR 不受歡迎)) OR ((羈留 OR 羁留) AND (入境處 OR 入境处 OR 聲請人 OR 非法入境))',
  '신원불일치자 OR (불법체류* AND (단속* OR 강제퇴거 OR 출국*))',
  '国外退去 NOT (外交官 OR 大使館員 OR 領事 OR 大使)',
  // … second round: Afghans arrested, handed over or pushed out by Pakistan's police (Urdu, Pashto); Bangladeshis held
  // as illegal in India (Bengali)
  '((افغان* NEAR/4 (باشند* OR کډوال* OR مہاجر*)) AND (گرفتار* OR نیول* OR حوالے OR اېستل* OR ستنو* OR "ملک بدر" OR "بے دخل")) NOT (ڈکیتی OR چوری OR قتل OR منشیات)',
  '((অবৈধ NEAR/3 বাংলাদেশ*) OR ((বাংলাদেশি*) AND (আটক* OR গ্রেফতার* OR গ্রেপ্তার*) AND (অবৈধ* OR কাগজপত্র))) AND (ভারত* OR দিল্লি* OR অনুপ্রবেশ* OR বসবাস* OR পুলিশ*)',
  // … third round: Indonesia's administrative immigration measures against foreigners
  '"tindakan administratif keimigrasian"',
  // The forty-second collection: Japan's illegal stay and overstay; Taiwan's immigration agency; Hong Kong's raids on
  // illegal workers; Korea's immigration detention rooms, raids on overstayers and North Korean defectors returned by
  // China; Marathi "infiltrators"; Tamil reports of Bangladeshis arrested; Thai immigration detainees
  '(不法滞在 OR 不法残留 OR 不法入国 OR オーバーステイ OR (難民認定法 NEAR/3 違反)) NOT (企画展 OR 資料館 OR 展示 OR 戦後)',
  '移民署 NEAR/20 (非法入境 OR 非法居留 OR 非法打工 OR 非法工作 OR 非法僱用 OR 非法移工 OR 逾期停留 OR 查處 OR 查獲 OR 收容 OR 遣返 OR 專勤隊) NOT (詐騙 OR 假冒)',
  '(黑工 NEAR/15 (入境處 OR 入境事務處 OR 外籍 OR 非法入境 OR 雙程證 OR 旅客 OR 逾期居留 OR 拘捕 OR 遣返 OR 移民 OR 移工)) OR 非法勞工 OR 非法移工 OR 非法出入境',
  '외국인보호소* OR 외국인보호시설* OR 외국인보호실*',
  '불법체류* NEAR/15 (단속* OR 폭행* OR 외국인보호* OR 출입국* OR 체포*)',
  '((북송* OR 강제북송* OR 강제송환* OR "강제 송환*") AND (탈북* OR 공안*)) NOT (북송사업* OR 재일교포*)',
  'घुसखोर* AND (बांगलादेशी* OR रोहिंग्या* OR अटक* OR कागदपत्र* OR दस्तावेज* OR पोलिस*)',
  '((வங்கதேசத்தினர் OR வங்கதேச) NEAR/10 (கைது OR குடியேறிகள்)) OR (("சட்ட விரோதமாக" OR சட்டவிரோதமாக) NEAR/3 (தங்கி* OR குடியேறி* OR நுழைந்த*) NEAR/10 கைது)',
  '"ผู้ต้องกัก" NOT ("ผู้ต้องกักตัว" OR "ผู้ต้องกักขัง" OR กักตัว)',
  // … last pass: Japan's illegal-employment offence (employer sanctions)
  '不法就労',
  // From the forty-third collection (dev): Bangladeshis caught in India (Hindi), Sri Lanka's fines for overstaying visas (Tamil)
  '(बांग्लादेशी NEAR/5 (पकड़े OR गिरफ्तार OR घुसपैठ*)) NOT (कैच OR क्रिकेट OR विकेट)',
  'விசா NEAR/8 அபராத*',
  // From the forty-third collection's last round (dev): India's Border Security Force pushing people into Bangladesh
  // ("push-in") and raids on undocumented migrants (Bengali)
  '(পুশইন* OR পুশ-ইন OR পুশ-ইনের OR পুশ-ইনকে) AND NOT "পেনাল্টি কর্নার"',
  '((অবৈধ NEAR/3 অভিবাসী*) NEAR/10 (অভিযান OR আটক OR গ্রেফতার OR গ্রেপ্তার)) OR (((অবৈধ NEAR/1 প্রবাসী*) NEAR/10 অভিযান) AND NOT ("এখন অবধি" OR "এ অবধি" OR "আজ অবধি"))',
  '((অবৈধভাবে NEAR/5 প্রবেশ*) NEAR/10 (সীমান্ত* OR বিজিবি OR বিএসএফ OR ভারত* OR বাংলাদেশ* OR মিয়ানমার* OR রোহিঙ্গা* OR মালয়েশিয়া*)) OR (ইমিগ্রেশন* NEAR/3 অভিযান*) OR (ইমিগ্রেশন* NEAR/3 (ডিটেনশন OR ডিপো OR ক্যাম্প*))',
  // … (the forty-fourth) Taiwan's immigration agency screening arrivals; deaths in Japan's immigration detention; Afghan
  // migrants arrested or expelled (Persian); "infiltrators" seized (Bengali); Rohingya camps and biometrics (Hindi);
  // unlawful stayers arrested (Tamil); Iran's camps for undocumented foreigners
  '(人臉 OR 生物辨識 OR 指紋建檔 OR 預審) AND 移民署 AND (查緝 OR 攔阻 OR 偷渡 OR 收容 OR 遣返 OR 逃逸)',
  '入管収容 OR (ウィシュマ AND (入管 OR 収容 OR 死亡)) OR (名古屋入管 AND (収容 OR 死亡 OR 送還 OR ウィシュマ))',
  '("مهاجرین افغان" OR "مهاجران افغان" OR "مهاجر افغان") AND (بازداشت* OR "رد مرز" OR دستگیر* OR ((پولیس OR پلیس) AND (برضد OR علیه OR عملیات OR اقدامات OR اخراج)) OR (اخراج NEAR/4 (افغانستان OR کشور OR مرز OR پاکستان OR ایران)))',
  'অনুপ্রবেশকারী* AND (পাকড়াও OR গ্রেফতার* OR আটক* OR অভিযান*) AND (সীমান্ত* OR বাংলাদেশি OR বিদেশি OR বিএসএফ OR পুশব্যাক OR রোহিঙ্গা OR ভারতীয়)',
  'रोहिंग्या* AND (बायोमीट्रिक OR होल्डिंग OR हिरासत OR ((कैंप OR शिविर OR अभियान) AND (पुलिस OR गिरफ्तार OR डिपोर्ट OR सत्यापन OR निर्वासित)))',
  '(சட்டவிரோதமாகத் OR சட்டவிரோதமாக) AND (விசா OR (தங்கியிருந்த AND (பிரஜைகள் OR நாட்டினர்))) AND (கைது OR பிரஜைகள்)',
  '(اردوگاه* AND (اتباع OR مهاجرین OR مهاجران OR "مهاجر افغان" OR غیرمجاز OR "غیر مجاز")) OR ("اتباع غیرمجاز" OR "اتباع غیر مجاز")',
  // … (the forty-fifth) Pakistani nationals ordered to leave India; Bangladeshis and Rohingya arrested for staying
  // illegally (Marathi, Telugu); Gurugram's holding centres; Bangladesh sending back foreigners without status;
  // Nepal's arrests for illegal stay
  '((पाकिस्तानी NEAR/4 नागरिक*) NEAR/20 ("भारत छोड़" OR "भारत छोड़ना" OR "देश छोड़" OR "वापस भेज")) AND (वीज़ा OR आदेश OR पहलगाम OR निर्वासन OR डिपोर्ट*)',
  '(बांगलादेशी* OR रोहिंग्या* OR रोहिंगे) AND (बेकायदा* OR बेकायदेशीर* OR घुसखोर*) AND (अटक OR ताब्यात OR पोलिस*) AND (वास्तव्य* OR नागरिक* OR भारतात OR घुसखोर* OR हद्दपार*)',
  '("होल्डिंग सेंटर" AND (विदेशी* OR विदेशियों OR बांग्लादेशी* OR "बांग्ला भाषी" OR संदिग्ध* OR घुसपैठ* OR हिरासत OR डिटेंशन)) OR ("वेरिफ़िकेशन ड्राइव" AND (बांग्ला* OR बांग्लादेशी*)) OR ((बांग्लादेशी NEAR/6 समझ*) AND हिरासत)',
  '("অবৈধ বিদেশিদের" OR "অবৈধ বিদেশি নাগরিক*" OR "অবৈধ বিদেশি অনুপ্রবেশ*" OR (অবৈধভাবে NEAR/6 (বিদেশিদের OR "বিদেশি নাগরিক*"))) AND (ফেরত OR ব্যবস্থা OR আটক* OR বহিষ্কার*)',
  '("अवैध रूपमा" NEAR/4 (बस्दै OR बसेका OR बस्ने)) AND (पक्राउ OR अध्यागमन) AND (अध्यागमन OR विदेशी*)',
  '(రోహింగ్యా* AND (అరెస్టు* OR అక్రమ*)) OR (బంగ్లాదేశీయు* AND (అరెస్టు* OR అక్రమ*))',
  // … (the forty-fifth) Korean departure orders and workplace raids; illegal crossings, overstays and illegal work in
  // Chinese; Afghan PoR card holders told to return; Uyghurs returned by Thailand; Korean immigration offenders
  '출국명령*',
  '단속 AND 출입국* AND (이주노동자* OR 미등록*)',
  '偷渡 AND (公安 OR 边防 OR 邊防 OR 遣返 OR 查获 OR 查獲 OR 打击 OR 斗爭 OR 斗争) AND (入境 OR 出境 OR 边境 OR 邊境 OR 国境 OR 國境 OR 边防 OR 邊防 OR 遣返 OR 偷渡客 OR 偷渡者 OR 反偷渡 OR 蛇头 OR 蛇頭 OR 外籍)',
  '(逾期停留 OR 逾期居留 OR 非法工作 OR 偷渡) AND (移民署 OR 查緝 OR 外事警察 OR (警察 AND (入境 OR 出境 OR 入出國 OR 移工 OR 外籍 OR 外來人口 OR 外来人口 OR 偷渡客 OR 移民 OR 外僑)))',
  '("پی او آر" OR =PoR) AND افغان* AND ("واپس جانے" OR "واپس بھیج*" OR "ملک بدر*" OR گرفتار* OR "بے دخل*" OR ہراسانی)',
  '((қайтуруп OR қайтурмаймиз OR қайтурушни) NEAR/10 уйғур*) AND (хитай* OR "тутуп турулған" OR панаһ* OR мусапир*)',
  '출입국사범 OR "출입국 사범"',
  // … (the forty-fifth) Thai raids on foreign workers who sneaked in; Lao and Khmer illegal entrants sent back;
  // foreigners arrested and held in the Maldives; Sri Lankan arrests for staying without a visa
  '(ลักลอบ OR ลอบเข้า OR หลบหนี OR เถื่อน OR ตรวจเข้ม) AND (แรงงาน OR ต่างด้าว) AND (จับ OR รวบ OR สกัด OR ส่งกลับ OR ผลักดัน OR ดำเนินคดี) AND (ต่างด้าว OR ต่างชาติ OR เข้าเมือง OR เมียนมา OR พม่า OR กัมพูชา OR เขมร OR ลาว OR โรฮิงญา OR ชาวจีน)',
  '((ລັກເຂົ້າ OR "ລັກລອບ") NEAR/3 (ປະເທດ OR ເຂົ້າເມືອງ OR ຂ້າມແດນ OR ແຮງງານ)) AND (ຈັບ OR ຕໍາຣວດ)',
  'ខុសច្បាប់ AND (បញ្ជូន OR បណ្ដេញ OR ឃាត់ខ្លួន) AND (បរទេស OR ជនបរទេស OR ពលករ OR ឆ្លងដែន OR អន្តោប្រវេសន៍)',
  'ބިދޭސީ* AND ("ގަވާއިދާ ހިލާފަށް އުޅުނު" OR "ގަވާއިދާ ހިލާފަށް އުޅޭ" OR "ގަވާއިދާ ޚިލާފަށް އުޅޭ" OR "ގަވާއިދާ ޚިލާފު ބިދޭސީ*" OR "ގަވާއިދާ ހިލާފު ބިދޭސީ*" OR "ޑިޓެންޝަން ސެންޓަރ*")',
  '("வீசா இன்றி" OR "வீசா காலாவதி") AND ("நாடு கடத்த*" OR தங்கியிருந்த* OR தங்கியிருக்கும் OR "கைது செய்ய" OR "கைது செய்யப்பட்ட*" OR "கைது செய்த*")',
  // … (the forty-fifth) Bangladeshi infiltrators arrested with fake papers (Bengali, Gujarati)
  '(অনুপ্রবেশ* OR বাংলাদেশী) AND (গ্রেফতার* OR ধরা) AND ("ভুয়ো আধার*" OR "ভুয়ো পরিচয়পত্র*" OR "ভুয়ো নথি" OR "ভুয়ো নথিপত্র" OR "ভুয়ো পাসপোর্ট*" OR "ভুয়ো ভোটার*" OR অনুপ্রবেশ* OR "জাল পরিচয়পত্র*" OR "জাল আধার*" OR (অবৈধ* NEAR/3 (বাংলাদেশী))) AND (বাংলাদেশ* OR বাংলাদেশী OR সীমান্ত* OR ভারত*)',
  'બાંગ્લાદેશી* AND (ઘૂસણખોર* OR (ગેરકાયદે* NEAR/4 (રહેતા OR ઘૂસેલા OR આવેલા OR વસવાટ OR વસતા OR ઇમિગ્રન્ટ* OR પ્રવેશ*)))',
  // The forty-sixth collection: the Philippine immigration bureau's access to Interpol's databases
  '("Bureau of Immigration" OR =BI) AND Interpol AND (database* OR access OR system*) AND (fugitive* OR foreigner* OR deport* OR entry OR entering OR blacklist* OR "red notice*" OR wanted OR arrival* OR passenger* OR alien*)',
  // The forty-sixth collection, third round: landlords fined for not reporting foreign residents to the police (Japanese-language Cambodian news): both topics
  JAPANESE_LANDLORDS_REPORT_FOREIGNERS,
  // Forty-seventh collection (2026-12-06): overstays in Macau, raids on foreigners in Indonesia, immigration detention in Taiwan and Japan
  '逾期逗留 AND (警方 OR 警察 OR 犯罪 OR 拘捕 OR 遣返 OR 治安警 OR 保安 OR 非法 OR 入境事務處 OR 移民)',
  '(WNA NEAR/6 (deportasi OR dideportasi)) OR (WNA NEAR/6 (razia OR terjaring OR diamankan) AND (imigrasi* OR keimigrasian OR overstay OR "izin tinggal" OR KITAS OR KITAP OR paspor OR Rudenim OR "Rumah Detensi" OR visa OR penangkalan OR deportasi OR dideportasi))',
  '收容異議 OR (收容 AND (遣送 OR 遣返 OR 強制出境 OR 強制驅逐 OR 驅逐出國 OR 逾期停留 OR 逾期居留 OR 非法入境 OR 失聯移工 OR 非法移民 OR 暫予收容 OR 非法打工))',
  '((入国管理センター OR 入管) AND (収容 NEAR/8 (入管 OR 仮放免 OR 外国人 OR 送還 OR 難民 OR 被収容者 OR 長期 OR 施設 OR 退去 OR 中 OR 死))) NOT 輸入管理',
  // From the forty-eighth (dev): Korean immigration offices holding foreigners, airport repatriation waiting rooms for refused entrants
  '출입국관리사무소* AND (보호시설* OR 억류* OR 보호소* OR 외국인보호* OR 강제퇴거* OR 불법체류* OR 미등록* OR 보호명령* OR (수용* AND (구금 OR 단속 OR 보호 OR 강제송환*)))',
  '송환대기실* OR ("출국 대기실" AND (송환* OR 외국인* OR 난민* OR 불허* OR 거부* OR 입국불허*)) OR ((입국* NEAR/3 (불허* OR 거부*)) AND 공항* AND (외국인* OR 난민* OR 송환* OR 승객* OR 국적* OR 출입국* OR 체류* OR 사증* OR 비자))',
  // … Pakistan's return of Afghans (Urdu); removals and immigration detention in Hindi
  '("غیرقانونی" OR "غیر قانونی") AND افغان AND ("وطن واپسی" OR بیدخلی OR "ملک بدر") AND (مقیم OR "ملک بدر" OR تارکین OR پناہ OR مہاجر* OR شہریوں OR باشندوں OR باشندے OR حراست OR گرفتار* OR کارڈ OR دستاویزات OR "غیر ملکی" OR "غیر ملکیوں")',
  'निर्वासन* OR (हिरासत AND (प्रवासी* OR वेनेजुएला* OR आव्रजन*))',
  // … Bangladeshis arrested (Marathi/Hindi), Assam's transit camps (Bengali), overstaying foreigners held or deported (Tamil, Telugu)
  '((बांगलादेशी*) AND (अटक OR हिरासत OR डिपोर्ट* OR घुसपैठ*)) NOT (क्रिकेट OR कापड OR सट्टा OR सावकारी)',
  '("ট্রানজিট ক্যাম্প*" AND (বিদেশি* OR আটক OR বন্দি OR বাংলাদেশি* OR রোহিঙ্গা* OR পুশব্যাক* OR ডিটেনশন* OR নির্বাসন* OR ফরেনার্স OR অনুপ্রবেশ*)) OR (বিদেশি* AND (ডিটেনশন* OR (ক্যাম্প* AND (আটক OR বন্দি OR ট্রানজিট OR অনুপ্রবেশ* OR পুশব্যাক* OR নির্বাসন* OR ফরেনার্স OR "ঘোষিত বিদেশি*"))))',
  '((விசா NEAR/6 இல்லாமல்) AND (தங்கியிருந்* OR தங்கியுள்ள* OR "தங்கி இருந்*" OR "தங்கி வந்த*" OR கைது OR சிறைப் OR "நாடு கடத்*")) OR ("சட்ட விரோதமாக" AND (((தங்கியிருந்* OR தங்கியுள்ள* OR "தங்கி இருந்*" OR "தங்கி வந்த*") AND (நைஜீரிய* OR வெளிநாட்டு* OR வங்கதேச* OR விசா OR பாஸ்போர்ட்* OR "நாடு கடத்*" OR குடியேற்ற* OR அகதி*)) OR (நைஜீரிய* AND (விசா OR பாஸ்போர்ட்* OR "நாடு கடத்*" OR குடியேற்ற*))))',
  '(విదేశీయ* AND ((వీసా AND ("గడువు ముగిసి*" OR అరెస్ట్* OR అదుపులో* OR డిపోర్ట్* OR బహిష్కర* OR అక్రమంగా OR ఉల్లంఘ*)) OR డిపోర్ట్* OR (అక్రమ* AND ("అక్రమంగా ఉంటున్న*" OR "అక్రమంగా నివసి*" OR "అక్రమ వలస*" OR చొరబా* OR బహిష్కర*)))) OR "అక్రమ విదేశీయులు"',
  // The forty-ninth collection: Canada's border agency and entry/exit records used in investigations (Chinese)
  '(CBSA OR 边境服务局) AND (出入境 OR 移民) AND (骑警 OR RCMP OR 调查) AND (遣返 OR 遣送 OR 驱逐 OR 递解 OR 拘留 OR 羁押 OR 逮捕 OR 非法移民 OR 非法滞留 OR 难民 OR 庇护 OR 移民拘留 OR 出境令 OR 非法居留 OR 无证 OR 驱逐出境 OR 移民法)',
  // The forty-ninth collection: Indonesian immigration offices' operations; Chinese questioning and detention of foreigners
  '(Imigrasi OR "Kantor Imigrasi") AND (WNA OR "orang asing" OR "warga negara asing") AND (operasi OR amankan OR diamankan OR pengawasan OR deportasi OR melanggar)',
  '((盘问 OR 居留审查 OR 遣送出境 OR 驱逐出境) AND (外国人 OR 出入境)) AND (公安 OR 警方 OR 民警 OR 移民管理 OR 非法居留 OR 非法入境 OR 非法就业 OR 三非 OR 拘留 OR 违法 OR 处罚 OR 边检 OR 依法 OR 查获 OR 抓获 OR 执法)',
  // India's border force arresting infiltrators (Hindi); Pakistani nationals told to leave India, checked by police for the FRRO
  '(बीएसएफ OR BSF OR "सीमा सुरक्षा बल") AND (बांग्लादेश* OR घुसपैठ* OR अवैध) AND (गिरफ्तार OR "arrested") AND (घुसपैठ* OR "सीमा पार कर" OR "अवैध रूप से" OR "अवैध प्रवेश" OR नागरिक* OR "वापस भेजा" OR "पुश बैक" OR पुशबैक OR रोहिंग्या OR infiltrat* OR intrud* OR "illegal immigrant*" OR "illegal entry" OR "Bangladeshi national*" OR migrant* OR "बिना पासपोर्ट" OR "बिना वीजा")',
  '(Pakistani OR Pak OR पाक) NEAR/10 (nationals OR नागरिक) AND (overstay* OR "Leave India" OR FRRO OR एफआरआरओ OR deport* OR "police reporting" OR बॉर्डर OR तस्दीक) AND (visa* OR वीजा OR overstay* OR "Leave India" OR FRRO OR एफआरआरओ OR deport* OR डिपोर्ट* OR निर्वासन OR निर्वासित OR LTV OR Attari OR अटारी OR Wagah OR वाघा OR "Foreigners Act" OR "exit permit" OR expel*)',
  // Assam's detention centres for declared foreigners (Hindi); Italy's migrant centres in Albania (Indonesian)
  '(हिरासत NEAR/3 (केंद्र* OR शिविर*)) AND (विदेशी* OR असम OR घुसपैठि* OR बांग्लादेशी*) AND (अवैध OR निर्वासन* OR निर्वासित OR डिपोर्ट* OR घुसपैठि* OR प्रवासी* OR ट्रांजिट OR न्यायाधिकरण OR नागरिकता OR एनआरसी OR बांग्लादेशी* OR घोषित)',
  '(("pusat migrasi" OR "pusat penahanan") NEAR/20 (menahan OR migran* OR Albania)) AND (Albania OR Italia OR Eropa OR imigran* OR imigrasi OR "pencari suaka" OR pengungsi OR deportasi)',
  // Foreigners staying illegally told to leave or sent home (Bengali)
  '((অবৈধ* NEAR/4 বিদেশ*) AND (নাগরিক* OR অবস্থান* OR "দেশ ছেড়েছেন" OR "দেশ ছাড়ার" OR ফেরত)) OR (বিদেশি* NEAR/6 ("ফেরত পাঠানো" OR "দেশ ছাড়ার"))',
  // Malaysia's repatriation programme for undocumented migrants (Malay, Indonesian)
  '((=PATI OR "Pendatang Asing Tanpa Izin" OR (PATI AND (Imigresen OR Imigrasi OR deport* OR WNI OR "tanpa izin" OR tahanan OR Malaysia OR Sabah))) AND (pulang* OR pemulangan OR tahan* OR depot OR usir*)) NOT rekalibrasi',
  // From the fifty-first collection (dev): police checks of residence cards (Japanese); removal of foreigners and the
  // detention committee (Korean)
  '(在留カード AND (警察 OR 拘束 OR 職務質問)) AND (在留カード AND (職務質問 OR 逮捕 OR 不携帯 OR 警察官 OR 拘束され OR 見せる OR 提示 OR 任意同行 OR 摘発 OR 入管法違反 OR 入管難民法違反))',
  '송환대상외국인 OR ((외국인보호위원회 OR 출국대기실) AND (출입국* OR 법무부* OR 송환* OR 외국인보호소* OR 보호시설* OR 강제퇴거*))',
  // Prohibited immigrants and refusals of entry (Malay); orders to leave for overstayers (Vietnamese)
  '"imigran larangan" OR ("ditolak masuk" AND (imigrasi OR imigresen OR bandara OR "bandar udara" OR "pintu masuk" OR perbatasan OR paspor OR visa OR "persyaratan masuk" OR deportasi OR dideportasi OR negara)) OR ("imigran gelap" AND (penggerebekan OR kontrol OR razia))',
  '"buộc xuất cảnh" AND ("Công an" OR "xuất nhập cảnh" OR "quyết định" OR "người nước ngoài" OR "thị thực" OR "tạm trú" OR "trục xuất" OR "cư trú")',
  // Suspected Bangladeshis held by police (Bengali, Assamese)
  '(বাংলাদেশি OR বাংলাদেশী) AND (আটক OR ধৃত OR গ্রেপ্তার)',
  // Phrases longer than eight letters, allowed since the fifty-first collection: Thailand's Immigration Act and
  // foreigners entering or working illegally (Thai); the immigration police expelling or holding foreigners (Khmer);
  // arrests of Laotians crossing or working illegally (Lao)
  '("พระราชบัญญัติคนเข้าเมือง" OR "พ.ร.บ.คนเข้าเมือง" OR ("พระราชบัญญัติ" NEAR/2 "คนเข้าเมือง") OR "กฎหมายเข้าเมือง") NOT (ฟรีวีซ่า OR "วีซ่าผู้พำนักระยะยาว" OR LTR OR "ฉบับแรก" OR ประวัติศาสตร์)',
  '("ต่างด้าวผิดกฎหมาย" OR "ต่างชาติผิดกฎหมาย" OR "ลักลอบเข้าเมือง" OR "หลบหนีเข้าเมือง" OR "เข้าเมืองโดยผิดกฎหมาย") AND (แรงงาน OR ตม OR ตำรวจ OR จับ OR รวบ OR ผลักดัน OR ส่งกลับ OR กวาดล้าง OR ชายแดน OR "สปป.ลาว" OR ผู้เช่า OR เอกสารเดินทาง)',
  '(("អន្តោប្រវេសន៍" OR "អន្ដោប្រវេសន៍" OR "អន្តោប្រវេសន" OR "អន្ដោប្រវេសន្ដ") AND ("បណ្តេញចេញ" OR "បណ្ដេញចេញ" OR "ឃាត់ខ្លួន" OR "ខុសច្បាប់" OR "បញ្ជូនចេញ" OR "ជំរឿនជនបរទេស")) AND (ជនបរទេស OR ប៉ូលិស OR នគរបាល OR សញ្ជាតិ OR ជនជាតិ) NOT (ប្រវត្តិ OR អាណានិគម)',
  '(("ຜິດກົດໝາຍ" OR "ລັກຂ້າມ" OR "ລົບໜີເຂົ້າເມືອງ") AND ("ຈັບກຸມ" OR "ຖືກຈັບ" OR "ຈັບ") AND ("ຄົນລາວ" OR "ແຮງງານ" OR "ຕ່າງດ້າວ" OR "ຄົນຕ່າງປະເທດ" OR "ໜຸ່ມລາວ")) AND (ລັກຂ້າມ OR "ເຂົ້າເມືອງ" OR ຂ້າມແດນ OR "ປະເທດໄທ" OR ທາງການໄທ)',
  // From the fifty-second collection (dev): Bangladeshis sent back and border arrests by the SSB (Hindi); Sri Lankan
  // Tamils in Trichy's special camp
  '("वापस भेजे" OR "वापस भेजा" OR "वापस भेज दिया" OR डिपोर्ट OR गिरफ्तार) AND ("अवैध रूप से" OR घुसपैठिए OR घुसपैठियों OR अवैध) AND (बांग्लादेशी OR बांग्लादेशियों OR सूडानी OR "विदेशी नागरिक" OR "विदेशी नागरिकों") AND (बॉर्डर OR सीमा OR बीएसएफ OR एसएसबी OR पुलिस) AND NOT (शराब OR "विदेशी मुद्रा" OR तोते OR तोता OR मकाऊ)',
  '(एसएसबी OR "सशस्त्र सीमा बल") AND (नागरिक OR विदेशी OR अवैध) AND (गिरफ्तार* OR हिरासत OR "पकड़ा" OR पकड़े) AND NOT (चरस OR "मादक पदार्थ" OR भर्ती OR परीक्षा OR अभ्यर्थी OR सिगरेट OR सिगरेटें)',
  '("சிறப்பு முகாம்*" OR "சிறப்பு முகாமில்" OR "சிறப்பு முகாமிலிருந்து" OR "திருச்சி முகாமில்") AND (இலங்கை OR இலங்கைத் OR "இலங்கை தமிழர்கள்" OR ஈழத்தமிழர்கள் OR "ஈழத் தமிழர்கள்") AND (திருச்சி OR விடுதலை* OR செங்கல்பட்டு OR பூந்தமல்லி)',
  // From the fifty-second collection (dev): illegal border crossing (China), Taiwan's immigration agency checking identities
  // and taking biometrics, refusal of entry
  '"偷越" AND ("偷越国" OR "偷越國" OR "国境" OR "國境" OR "边境" OR "邊境")',
  '"移民署" AND ("查證身分" OR "攔停" OR "生物特徵" OR "查证身份") AND ("外國人" OR "外国人" OR "無戶籍國民" OR "居留" OR "入出國及移民法" OR "外籍" OR "移工")',
  '("拒絕入境" OR "拒绝入境") AND ("遣返" OR "遣送" OR "外國人" OR "外国人" OR "外籍" OR "簽證" OR "签证" OR "入境處" OR "边检" OR "邊檢" OR "非法入境")',
  // From the fifty-second collection (dev): foreigners with expired visas (Bangladesh, in Bengali); illegal entrants and
  // police checks of foreigners (Thailand)
  '"মেয়াদোত্তীর্ণ ভিসা" AND (বিদেশি OR বিদেশী) AND (অবস্থান OR অবস্থানরত OR আটক OR অবৈধ OR অবৈধভাবে)',
  '("เข้าเมืองผิดกฎหมาย" OR ("ตรวจสอบ" AND "คนต่างชาติ" AND ("ตำรวจ" OR "ผบ.ตร."))) AND ("เข้าเมืองผิดกฎหมาย" OR "ต่างด้าว" OR "ส่งกลับ" OR "เกินกำหนด" OR "ตรวจคนเข้าเมือง" OR "วีซ่า")',
  // From the fifty-second collection (dev): Afghans expelled from Iran and Pakistan (Hindi)
  '(अफगानों OR अफगान OR अफ़गान) AND (निकाल* OR डिपोर्ट OR "वापस भेज") AND (ईरान OR पाकिस्तान)',
  // From the fifty-third collection (dev): entry refused through the migration authority (China), immigration arrests (Hindi), FIA arrests at the Afghan border (Urdu)
  '(移民管理机构) AND (不准其入境 OR 不准入境 OR 遣返 OR 遣送) AND NOT (护照破损 OR 纪念展 OR 日侨 OR 外逃贪官 OR 天网行动)',
  '(इमिग्रेशन OR आप्रवासन) AND (गिरफ्तार OR हिरासत OR पकड़* OR निर्वासन) AND (विदेशी OR विदेशियों OR सीमा OR बॉर्डर) NOT (घूस OR रिश्वत OR फर्जी OR ठगे OR ठगी)',
  '("ایف آئی اے" AND افغان AND ("غیر قانونی مقیم" OR "غیر قانونی طور پر پاکستانی" OR "غیر ملکیوں" OR "تارکین وطن" OR مہاجرین)) OR (امیگریشن AND ("ملک بدری" OR "ڈی پورٹ") AND (حراست OR پکڑے OR گرفتار))',
  // From the fifty-fourth collection (dev): Japan's immigration control officers and their violation investigations
  '(入国警備官 AND (違反調査 OR 容疑者 OR 収容 OR 退去強制 OR 摘発 OR 送還)) OR (違反調査 AND (外国人 OR 入管))',
  // From the fifty-fifth collection (dev): detention under Korea's Immigration Act; illegal entry (Lao); foreigners entering India without a
  // // valid passport or visa (Hindi)
  '출입국관리법* AND (("보호된" AND 청구인*) OR "퇴거 집행" OR "외국인보호소" OR ((강제퇴거* OR 보호명령* OR 보호시설* OR 보호기간*) AND 외국인*))',
  '"ເຂົ້າປະເທດແບບຜິດກົດໝາຍ" AND ("ຜູ່ກະທໍາຜິດ" OR "ຜູ້ກະທຳຜິດ" OR "ຄົນຕ່າງປະເທດ" OR "ຄົນຕ່າງດ້າວ" OR ແຮງງານ OR "ເຂົ້າເມືອງ")',
  '(विदेशी NEAR/5 (नागरिक* OR नागरिकों)) AND (वीसा OR वीजा OR पासपोर्ट) AND (निर्वासन OR निष्कासन OR हिरासत OR अवैध OR "बिना वैध" OR गिरफ्तार* OR "वैध पासपोर्ट")',
  // From the fifty-sixth collection's third wave (dev): deportation and arrest of foreigners overstaying visas (Kannada, Tamil); Delhi police telling landlords to report foreign tenants to the FRRO
  '(ಗಡಿಪಾರು OR ಗಡೀಪಾರು) AND (ವಿದೇಶಿಯರು OR ವಿದೇಶಿಯರನ್ನು OR ವಿದೇಶೀಯರನ್ನು OR ವಿದೇಶಿ OR ವಿದೇಶೀಯರಿಗೆ OR ಪ್ರಜೆಗಳನ್ನು) AND ವೀಸಾ',
  'ಅಕ್ರಮವಾಗಿ AND (ವಿದೇಶಿ OR ವಿದೇಶಿಗರನ್ನು OR ವಿದೇಶಿಯರು) AND "ವೀಸಾ ಅವಧಿ"',
  '(வெளியேற்றுவது OR வெளியேற்ற OR "நாடு கடத்த") AND ("விசா காலம்" OR "விதிகளை மீறி தங்கியுள்ள")',
  '(एफआरआरओ OR FRRO) AND पुलिस AND विदेशी AND (किराए OR किरायेदार OR "मकान मालिक" OR "संपत्ति मालिकों")',
];

export const databasesAsianLanguages = [
  // Japan: police arresting a foreigner for an illegal overstay by mistake (the stay was being renewed): a status check
  // against immigration records gone wrong (both topics, with the overstay rule above)
  '(不法残留 OR 不法滞在 OR 在留期限) NEAR/30 誤認逮捕',
  // … second round: Japan's N-system plate readers, police look-ups of personal and criminal records, face recognition
  // and the DNA-profile database; Korea's police look-ups (KICS), plate readers for wanted and stolen cars, police
  // checks of stay records; both countries' reporting duties
  'Nシステム OR ナンバー自動読取 OR (ナンバープレート NEAR/15 (手配 OR 照合))',
  '(犯歴 OR 個人総合照会 OR 照会システム OR (個人情報 NEAR/10 (照会 OR 不正取得)) OR (捜査情報 NEAR/10 漏)) AND (警察 OR 県警 OR 警部 OR 巡査)',
  '顔認証 NEAR/30 警察',
  'DNA型 NEAR/20 (データベース OR 記録 OR 検索)',
  '((개인정보* OR 수배* OR 수사기록* OR 범죄경력*) NEAR/12 (무단* OR 불법*) NEAR/12 조회*) OR (경찰* AND (개인정보* NEAR/10 (무단* OR 불법* OR 조회* OR 저장*)))',
  '=KICS OR 형사사법정보시스템*',
  '(번호판* OR 차량번호* OR 자동차번호* OR 판독기*) AND (수배* OR 도난*)',
  KOREAN_STAY_RECORD_LOOKUPS,
  JAPANESE_REPORTING_DUTY,
  KOREAN_REPORTING_DUTY,
  // … last round: China's 'Skynet' camera network; police face recognition; patrol-car plate recognition (not traffic
  // cameras, nor car parks that bill by plate: from the thirty-ninth); police officers looking up personal data without cause (Taiwan, Hong Kong); lodging registration
  '(天网 OR 天網) NEAR/30 (监控 OR 監控 OR 人脸 OR 人臉 OR 公安 OR 摄像)',
  '(人臉識別 OR 人脸识别 OR 面部識別 OR 人臉辨識) AND (警方 OR 警察 OR 公安)',
  '((車牌 OR 车牌) NEAR/25 (辨識 OR 辨识 OR 識別 OR 识别 OR 巡防 OR 比對)) NOT (違規 OR 罰單 OR 闖紅燈 OR 停车 OR 停車 OR 收费 OR 收費 OR 扣费)',
  '(濫查 OR 偷查 OR (查詢 NEAR/10 個資) OR 內部系統) AND (警察 OR 員警 OR 港警 OR 警方 OR 警員)',
  FOREIGN_GUEST_REGISTRATION,
  // … fourth round: police selling or looking up citizens' personal information (China); Taiwan's vehicle-records
  // look-up service
  '(公民个人信息 OR 公民個人信息 OR 公民信息 OR 個人信息) AND (民警 OR 辅警 OR 协警 OR 警察 OR 公安)',
  '(公路監理 OR 車籍) NEAR/20 (查詢 OR 資料)',
  // … police face-image systems flagging wanted people (China); officers opening police case systems without
  // authority (Hong Kong)
  '((人像 OR 人脸 OR 面部影像) NEAR/30 (在逃 OR 预警 OR 比对)) AND (公安 OR 民警)',
  '(未經授權 NEAR/25 (系統 OR 資料)) AND (警方 OR 警務)',
  // From the thirty-ninth (dev): Korea's police fingerprint, face and body-data systems (the children's fingerprint
  // pre-registration, 3D face matching of offenders, the foreigners' fingerprints shared by the justice ministry);
  // Japan's hotel guest registers shown to police
  '지문사전등록*',
  '(지문* OR 신체정보* OR 얼굴사진* OR 얼굴인식*) AND 경찰* AND (데이터베이스* OR =DB OR 시스템* OR 조회* OR 검색* OR 공유*)',
  '宿泊者名簿 AND (外国人 OR 警察)',
  // … Vietnam's national population database and residence declarations; Indonesia's hotel reports of foreign guests
  // (APOA) and police use of the civil-registry data (Dukcapil); Malaysia's police wanted-persons system; India's
  // police verification of tenants and the crime and criminal tracking network (CCTNS); Dhaka police's tenant registers
  '("co so du lieu quoc gia" AND "dan cu") OR "co so du lieu ve dan cu" OR "khai bao tam tru" OR "thong bao luu tru"',
  INDONESIAN_FOREIGN_GUEST_REPORTS,
  'Dukcapil AND (polisi OR Polri OR buron OR kejahatan OR "penegakan hukum" OR Kejagung OR "face recognition")',
  '"orang buruan" AND (sistem OR =PDRM)',
  '("पुलिस वेरिफिकेशन" OR "police verification") AND (किरायेदार* OR किराएदार* OR tenant*)',
  'सीसीटीएनएस OR "ट्रैकिंग नेटवर्क" OR (प्राथमिकियों AND पुलिस)',
  '(ভাড়াটিয়া* OR ভাড়াটিয়াদের) AND (পুলিশ* OR ডিএমপি*)',
  // … second round: Japanese police plate look-ups leaked, and face matching of wanted suspects against security
  // cameras; China's face recognition catching fugitives at concerts; Taiwan's and Hong Kong's police handheld look-up
  // systems; China's hotel rules for foreign guests
  '(ナンバー NEAR/3 照会) OR ((防犯カメラ OR 指名手配 OR 被疑者) AND (顔画像 OR 顔形状 OR 顔写真 OR (顔 NEAR/5 特定)))',
  '(智能感知 OR 人脸识别 OR 面部识别 OR 面部識別 OR 天网 OR 天網) AND (逃犯 OR 嫌犯 OR 嫌疑人 OR 通缉 OR 通緝)',
  '=M-Police OR (小電腦 AND 警) OR "Beat App" OR 行咇易',
  CHINESE_HOTEL_FOREIGN_GUESTS,
  // … Japanese police databases named as such
  'データベース AND (警察 OR 県警 OR 警視庁)',
  // … third round: Tamil Nadu police face-recognition apps; Aadhaar used by police; servants' and tenants' police
  // verification (Hindi); Thailand's biometric immigration records; Pakistan's "Hotel Eye" and Delhi's Crimatrix
  // guest reports; Indian hotels reporting foreign guests; Indonesian police face recognition
  '(முக NEAR/2 அடையாள*) OR ((காவல்* OR போலீஸ்) AND செயலி AND (குற்றவாளி* OR முக))',
  '(Aadhaar OR =UIDAI OR "आधार कार्ड" OR "आधार अधिनियम" OR "आधार डेटा" OR "आधार नंबर" OR آدھار) AND (पुलिस OR پولیس OR police)',
  '(नौकरों OR नौकरानी OR किराएदार* OR किरायेदार*) AND (वेरिफिकेशन OR सत्यापन) AND (पुलिस OR थाने OR जेल)',
  THAI_IMMIGRATION_BIOMETRICS,
  '"ہوٹل آئی" OR (ہوٹلز AND رجسٹریشن) OR "Hotel Eye" OR Crimatrix OR ("guest list*" AND (police OR "Sarais Act"))',
  INDIAN_FOREIGN_GUEST_REPORTS,
  '("face recognition" OR "pengenalan wajah" OR "pemindai wajah" OR "identifikasi wajah") AND (Polri OR Bareskrim OR Inafis OR polisi)',
  // From the fortieth (dev): Korean police's handheld lookups of wanted people and their investigation-record cards;
  // China's hotel registration for public security; Mongolia's register of convicted people; Vietnam's wanted lists
  // in the VNeID app; Japan's police inquiries for records ("捜査関係事項照会"); Thailand's criminal-record registry;
  // police verification of tenants (Hindi, Tamil) and India's FRRO reports; face recognition,
  // criminal databases and galleries in Hindi, Telugu, Urdu, Sinhala, Bengali and Malayalam
  '조회기 OR (수배* NEAR/8 조회*) OR 수사자료표* OR 범죄경력자료 OR 수사경력자료 OR (수사자료* AND (삭제* OR 보존*))',
  '旅馆业治安 OR 旅館業治安 OR (((旅馆 NEAR/4 登记) OR (旅館 NEAR/4 登記)) AND (公安 OR 警方 OR 警察 OR 派出所 OR 身份证 OR 身分證 OR 治安 OR 住客))',
  '(ял NEAR/4 шийтгүүлсэн) AND бүртгэл*',
  '"truy na" AND ("tra cuu" OR VNeID OR "co so du lieu")',
  '"捜査関係事項照会"',
  '(ทะเบียน NEAR/1 ประวัติ) NEAR/2 อาชญากร',
  '((किरायेदार* NEAR/4 (वेरिफिकेशन OR सत्यापन)) NOT (चरित्र OR Character OR सर्टिफिकेट OR "प्रमाण पत्र")) OR ((வாடகைதாரர்* OR "வாடகை தாரர்*" OR குடியிருப்போர்*) AND (போலீஸ் OR காவல்) AND (விவரங்க* OR விண்ணப்ப*))',
  FRRO_REPORTS,
  '("फेशियल रिकॉग्निशन" OR "ఫేషియల్ రికగ్నిషన్" OR "فیشل ری کگنائزیشن" OR "چہرے شناخت" OR "چہرے کی شناخت" OR "මුහුණු හඳුනාගැනීමේ") AND (पुलिस OR अपराधी* OR پولیس OR ملزم* OR పోలీస* OR පොලිස*)',
  '"ক্রিমিনাল ডাটা" OR "সিটিজেন ইনফরমেশন" OR "অপরাধীদের তথ্যভাণ্ডার" OR "ക്രിമിനല് ഗാലറി" OR ("کریمنل ریکارڈ" NEAR/4 (ڈیٹا OR ڈیٹابیس OR سسٹم OR ڈیجیٹل* OR آن OR میچ OR "کے پاس")) OR ((నేరస్తు* OR నేరస్థు*) AND డేటాబేస్*)',
  // … plate-reading cameras in Korean (US Korean-language press)
  '(번호판 NEAR/3 (판독* OR 인식*)) AND (경찰* OR 이민* OR 수사* OR 단속국 OR 데이터* OR 범죄*) NOT (주차* OR 과속*)',
  // … Korea's lodging reports and police face recognition; Japan's municipal criminal registers and their answers to
  // inquiries; China's sealing of criminal and public-order records
  KOREAN_LODGING_REPORTS,
  '얼굴인식* AND 경찰*',
  '犯罪人名簿 OR 犯歴照会',
  '(犯罪记录 NEAR/3 封存) OR ("违反治安管理" AND 封存)',
  // … police verification of domestic help, tenants and migrant workers (Hindi, English, Gujarati, Punjabi, Urdu,
  // Sinhala) and Form C; India's national fingerprint system (NAFIS), criminal-justice data exchange (ICJS) and
  // intelligence grid (NATGRID); Tamil Nadu police's face app; Sri Lanka's police database of three-wheelers
  '((घरेलू NEAR/4 (सहायिका OR नौकर)) AND (सत्यापन OR वेरिफिकेशन) AND पुलिस) OR (("Servant Verification" OR "Domestic Help") AND (police AND verification))',
  '(प्रवासी NEAR/3 श्रमिक*) AND (वेरिफिकेशन OR सत्यापन) AND पुलिस',
  '((ભાડૂઆત* OR "મકાન ભાડે") AND પોલીસ AND (જાણ OR નોંધણી OR વેરિફિકેશન OR વિગત* OR જાહેરનામ*)) OR ((ਕਿਰਾਏਦਾਰ* OR ਨੌਕਰ) AND (ਵੈਰੀਫਿਕੇਸ਼ਨ OR ਤਸਦੀਕ) AND (ਪੁਲਸ))',
  '(("کرایہ دار" OR "کرایہ داروں") AND (اندراج OR کوائف OR تصدیق OR ویریفکیشن) AND پولیس) OR ((tenant* NEAR/6 regist*) AND police AND (online OR details OR landlord*))',
  '("දත්ත ගබඩා" AND පොලිස්*) OR (("කුලී නිවාස" OR "කුලී කාමර") AND පොලිස*)',
  FORM_C_IN_INDIAN_LANGUAGES,
  '=NAFIS OR "National Automated Fingerprint Identification System" OR (नफीस AND फिंगर*) OR "फिंगरप्रिंट पहचान प्रणाली" OR "Inter-Operable Criminal Justice System" OR ICJS OR NATGRID OR नेटग्रिड',
  'ஃபேஸ்டேகர் OR FaceTagr',
  // … Indonesia's police identification system (INAFIS) and police face scanning; Thai police cameras that detect
  // faces and the police station system (CRIMES); Vietnamese police face and plate recognition
  'INAFIS',
  '(wajah NEAR/6 (pindai OR memindai OR pemindai* OR pengenalan)) AND (polisi OR kepolisian OR buronan)',
  '((ตรวจจับ NEAR/1 ใบหน้า) AND ตำรวจ) OR (=CRIMES AND ตำรวจ)',
  '("nhan dang khuon mat" OR "nhan dien khuon mat" OR "nhan dang guong mat" OR "sinh trac khuon mat") AND ("cong an" OR "canh sat" OR "truy na")',
  '(("bien so" AND (camera OR "nhan dang")) AND ("cong an" OR "canh sat")) NOT ("phat nguoi" OR "giao thong" OR "toc do")',
  // From the forty-first collection (dev): Safe City cameras reading fake and cloned plates (Urdu); police face
  // recognition (Hindi, Gujarati) and fingerprint systems (AMBIS in Marathi, Sri Lanka's in Tamil); Nepal's foreign
  // nationals information system; police verification (Punjabi); Korea's plate recognition and officers' private
  // look-ups; Indonesia's population data matched for the police; a fugitive caught by a fingerprint check (Chinese)
  '(("نمبر پلیٹ*" OR "نمبر پلیٹس") AND (کیمر* OR "سیف سٹی*")) NOT چالان*',
  '("फेस रिकग्निशन" OR "ફેઇસ રેકોગ્નાઇઝ*" OR "चेहरा ओळखण्याची") AND (पुलिस OR પોલીસ OR अपराधी* OR गुन्हेगार* OR ક્રિમીનલ OR गुन्ह्या*)',
  '=AMBIS OR ॲम्बिस OR एएमबीआयएस OR (கைரேகை* AND குற்றவாளி*)',
  '"विदेशी नागरिक व्यवस्थापन सूचना प्रणाली*" OR FN-MIS OR ("Tourist Information System" AND (police OR foreigners OR "foreign nationals" OR "foreign guests" OR FRRO OR "Form C"))',
  '"ਪੁਲਿਸ ਤਸਦੀਕ" OR (ਕਿਰਾਏਦਾਰ AND ਪੁਲਿਸ AND (ਤਸਦੀਕ OR ਵੈਰੀਫਿਕੇਸ਼ਨ OR ਜਾਣਕਾਰੀ OR ਰਜਿਸਟ੍ਰੇਸ਼ਨ OR ਵੇਰਵੇ))',
  '((번호판 NEAR/4 인식*) AND 경찰*) OR 사적조회 OR "사적 조회"',
  '("data kependudukan" OR Dukcapil) AND (polisi OR Polri OR kepolisian)',
  '(逃犯 OR 在逃) AND (指纹 OR 人脸识别 OR 身份证) AND (警方 OR 公安)',
  // … third round: Vietnam's residence declarations to the police ("khai báo lưu trú"); a national police clearance
  // database (the Philippines)
  '"khai bao luu tru" OR "dang ky tam tru"',
  '"police clearance*" AND (database* OR centralized OR centralised)',
  // The forty-second collection: Korean subscriber data given to investigators, face recognition for the police,
  // wanted-vehicle readers and the BASE biometric system; China's key-persons registers and police big data; Hindi
  // ANPR; Bengali tenant forms for the police and police face recognition
  '(통신자료* OR 통신사실확인자료* OR "통신사실 확인자료*") NEAR/20 (수사기관* OR 경찰* OR 제공* OR 영장*)',
  '((안면인식* OR "얼굴 인식*" OR 얼굴인식*) NEAR/15 (경찰* OR 실종자* OR 공안* OR 수사* OR 범인* OR 살인범*)) NOT (출입* OR 게이트*)',
  '수배차량*',
  '바이오정보전문분석시스템* OR ((지문* OR "얼굴 사진*") NEAR/15 수사기관*)',
  '(((重點人員 OR 重點人口 OR 重点人员 OR 重点人口) NEAR/20 (公安 OR 警方 OR 派出所 OR 维稳 OR 維穩 OR 上访 OR 上訪 OR 数据库 OR 資料庫 OR 名单 OR 名單)) NOT (核酸 OR 疫情 OR 安全生产 OR 安全生產)) OR 公安大数据 OR 公安大數據 OR 公安情报 OR ((情报信息 OR 情報信息) NEAR/20 (公安 OR 警 OR 侦查 OR 偵查))',
  'एएनपीआर',
  '(ভাড়াটিয়া OR ভাড়াটিয়াদের) NEAR/15 (তথ্য OR ফরম OR নিবন্ধন OR যাচাইকরণ OR পুলিসকে)',
  '("ফেস রিকগনিশন" OR "ফেসিয়াল রিকগনিশন") NOT (স্মার্টফোন* OR আইফোন* OR মোবাইলের)',
  // From the forty-third collection (dev): the national ID database opened to police (Bengali); criminal records and
  // NADRA identifying suspects (Urdu); customer data given to investigators without a warrant (Japan's T-card);
  // rental housing and the floating population entered into police platforms (Chinese); Vietnam's records searches;
  // police investigative data (Korean)
  'তথ্যভাণ্ডার* AND (পুলিশ* OR র্যাব*) AND (অপরাধী* OR আসামি* OR "আঙুলের ছাপ" OR জঙ্গি* OR সন্দেহভাজন*)',
  '((ریکارڈ NEAR/5 (مجرم* OR جرائم)) OR "کریمنلز ریکارڈ") NOT (سرٹیفکیٹ OR "ریکارڈ اضافہ" OR "ریکارڈ سطح" OR "ریکارڈ کمی")',
  'نادرا NEAR/10 ملزمان',
  '(((ポイントカード OR Tカード OR 顧客情報 OR 個人情報) NEAR/10 (警察 OR 捜査機関 OR 捜査当局)) AND (提供 OR 照会 OR 開示 OR 令状)) OR (令状なし NEAR/10 (提供 OR 照会 OR 顧客情報 OR 個人情報 OR 位置情報 OR GPS))',
  '((流动人口 OR 出租房) NEAR/20 (公安 OR 民警)) AND (登记 OR 采集 OR 信息 OR 核查)',
  '"Hồ sơ Nghiệp vụ" OR ("tra cứu" NEAR/8 ("đối tượng" NEAR/5 ("trái phép" OR "truy nã" OR "phạm tội")))',
  '(경찰 NEAR/5 (데이터 OR 빅데이터 OR 수사데이터)) NOT 교통사고',
  // … tenants' registration with the police (Urdu), crime data systems (Bengali), China's "one standard, three facts" census
  '(کرائے NEAR/5 رجسٹریشن) AND (پولیس OR تھانہ OR تھانے OR "مالک مکان" OR "کرائے دار*" OR "کرایہ دار*")',
  '"ক্রাইম ডেটা ম্যানেজমেন্ট" OR ("ক্রাইম ডেটা" NEAR/5 (সিস্টেম* OR সফটওয়্যার* OR তথ্যভাণ্ডার* OR ডেটাবেজ*)) OR 一标三实',
  // … criminals' data compiled by the police (Urdu)
  'ڈیٹا NEAR/5 (جرائم OR مجرم*)',
  // … Uttar Pradesh police's Trinetra face and records app (Hindi); face recognition catching fugitives (Chinese)
  '(त्रिनेत्र NEAR/5 (पुलिस OR ऐप OR एप OR सीसीटीवी OR ऑपरेशन OR पोर्टल OR अपराधी*)) AND NOT "त्रिनेत्र गणेश"',
  '(人像识别 OR 人脸识别 OR 人臉辨識 OR 人臉識別) AND (逃犯 OR 通缉 OR 通緝 OR 在逃 OR 追逃 OR 布控 OR (警方 AND NOT (诈骗 OR 詐騙 OR 骗子 OR 盗刷 OR 门禁 OR 門禁)))',
  // … (the forty-fourth) police cars with face recognition and Korea's DNA identification law; Japan's police gang-records
  // checks for banks and station face cameras watching for released prisoners; government requests for users' data from
  // internet and phone companies (Hong Kong) and Taiwan's communications-surveillance law
  '((안면* NEAR/10 인식*) OR 안면인식*) AND (범죄자* OR 용의자* OR 수배*) AND 경찰* AND (데이터베이스* OR 대조* OR 사진* OR 시스템* OR 명단*)',
  '"DNA 신원확인정보*" OR "DNA 신원확인법*" OR 디엔에이신원확인* OR "DNA신원확인*" OR ((DNA NEAR/6 (데이터베이스* OR 채취*)) AND (수형자* OR 구속피의자* OR 범죄* OR 검찰* OR 경찰* OR 수사*))',
  '暴力団情報 NEAR/20 (照会 OR 開示 OR データベース)',
  '(顔認識 OR 顔認証) NEAR/30 (出所者 OR 仮出所者)',
  '((索取 OR 取用 OR 披露) NEAR/20 (用戶資料 OR 網民資料 OR 個人資料 OR 用户资料)) AND (警方 OR 警務處 OR 執法 OR 警察 OR 政府) AND (供應商 OR 供应商 OR 電訊 OR 电信 OR 電話公司 OR 互聯網 OR 互联网 OR 平台 OR Facebook OR 面書 OR 透明度報告)',
  '通保法 OR (通訊保障 NEAR/10 (監察 OR 監聽 OR 調取 OR 通聯)) OR (通讯保障 NEAR/10 (监察 OR 监听 OR 调取))',
  // … tenants, servants and guards registered with police (Hindi, Marathi, Gujarati); Afghans' data sent to Pakistan's
  // police; Pakistan's safe-city face recognition and criminal records; Iran's police messages to cars over the hijab; a
  // Tamil police app for identifying offenders
  '(किरायेदार* OR किराएदार* OR "पेइंग गेस्ट") AND (थाने OR "पुलिस स्टेशन*" OR पुलिस) AND (विवरण OR ब्योरा OR जानकारी OR दर्ज) AND (सत्यापन OR वेरिफिकेशन OR विवरण OR ब्योरा)',
  '(भाडेकरू* NEAR/3 (माहिती OR पडताळणी OR नोंदणी)) AND (पोलिस*)',
  '(પોલીસ NEAR/10 (જાણકારી OR માહિતી OR નોંધણી)) AND (ભાડુઆત OR ચોકિયાતોની)',
  '(افغان* AND (ڈیٹا OR "ڈیٹا بیس" OR میپنگ OR کوائف)) AND پولیس',
  '"فیشل ریگنائزیشن" OR ("سیف سٹی" AND پولیس AND (فیشل OR ملزم* OR اشتہاری* OR "نمبر پلیٹ*" OR گرفتار* OR چالان OR ریکارڈ OR ڈیٹا)) OR ("کریمنل ریکارڈ" NEAR/8 (رکھنے OR انٹری OR ڈیٹا OR سسٹم OR "ریکارڈ رکھنے"))',
  '("کشف حجاب" NEAR/20 (خودرو* OR پلاک OR پیامک OR توقیف)) AND پلیس AND (پلاک OR پیامک OR توقیف OR دوربین* OR سامانه OR برخورد)',
  'குற்றவாளிகளை AND (செயலி OR ஆப் OR (அடையாளம் AND (கைரேகை* OR "முக அடையாளம்" OR தரவுத்தள*)))',
  // … (the forty-fifth) Pakistani police told to collect illegal migrants' data
  '(ڈیٹا NEAR/8 "تارکین وطن") AND پولیس AND (غیرقانونی OR "غیر قانونی") AND (جمع OR اکٹھا OR فراہم OR تصدیق)',
  // … (the forty-fifth) Indonesian immigration checkpoints wired to Interpol; Pakistani police collecting migrants'
  // data and hotel records
  '(Interpol OR "red notice" OR buronan) AND ("I-24/7" OR "pemeriksaan keimigrasian" OR "Tempat Pemeriksaan Imigrasi" OR "pintu imigrasi" OR "perlintasan keimigrasian") AND (hit OR buronan OR "red notice" OR "I-24/7")',
  '((((ڈیٹا OR "کریمنل ریکارڈ" OR "مجرمانہ ریکارڈ") NEAR/8 ("تارکین وطن" OR افغان*)) OR (("کریمنل ریکارڈ" OR "مجرمانہ ریکارڈ") NEAR/8 (غیرملکی* OR "غیر ملکی"))) AND پولیس) AND (جمع OR اکٹھا OR فراہم OR چیک OR بھجوا OR مرتب OR تصدیق OR تیار)',
  '((ہوٹل* OR "گیسٹ ہاؤس*" OR گیسٹ*) NEAR/10 (ریکارڈ OR اندراج)) AND ((مہمانوں OR مہمان OR مسافروں OR کوائف) NEAR/3 (ریکارڈ OR اندراج OR رجسٹر OR تفصیلات)) AND پولیس',
  // … (the forty-fifth) Bangladesh's national ID server opened to the public-security division; tenants' details for
  // the police (Punjabi, Urdu); rooms let to foreigners; Malaysia's passenger screening
  '(("এনআইডি" OR "জাতীয় পরিচয়পত্র") NEAR/3 (সার্ভার OR তথ্যভান্ডার OR ডেটাবেজ)) AND (জননিরাপত্তা OR পুলিশ*) AND (যাচাই OR চুক্তি OR অ্যাক্সেস OR প্রবেশাধিকার OR সংযুক্ত)',
  '(ਕਿਰਾਏਦਾਰ* OR ਕਿਰਾਏਦਾਰਾਂ) AND (ਪੁਲਿਸ OR ਥਾਣੇ OR ਮੈਜਿਸਟਰੇਟ) AND (ਵੈਰੀਫਿਕੇਸ਼ਨ OR ਤਸਦੀਕ OR ਹੁਕਮ OR ਵੇਰਵਾ OR ਪਿਛੋਕੜ OR ਰਜਿਸਟ੍ਰੇਸ਼ਨ)',
  '(("کرایہ داروں" OR "کرایہ دار" OR "کرائے دار" OR "کرائے داروں" OR "کرایہ داری") NEAR/5 (رجسٹریشن OR رجسٹرڈ OR اندراج OR کوائف OR تفصیلات OR تصدیق OR شناخت OR ایکٹ)) AND پولیس',
  '("کرائے پر" NEAR/6 (غیرملکی* OR "غیر ملکی*")) AND (پولیس OR تھانے OR FRRO OR مقدمہ)',
  '"Advanced Passenger Screening" AND (Imigresen OR PDRM OR INTERPOL OR "pelawat asing" OR immigration OR watchlist* OR "foreign visitors")',
  // … (the forty-fifth) landlords fined for not registering tenants with the police (Chinese); NADRA blocking Afghans'
  // cards
  '(房东 OR 出租人 OR 出租屋) AND (承租人信息 OR 租客信息 OR 租住人员信息 OR 租客身份信息) AND 公安',
  'نادرا AND (بلاک OR منسوخ*) AND (افغان* OR "پی او آر") AND (جعلی OR مشکوک OR غیرقانونی OR "غیر قانونی")',
  // … (the forty-fifth) Maldivian councils' registers of foreigners
  '("ބިދޭސީންގެ ދަފްތަރު*" OR "ބިދޭސީންގެ ދަފްތަރެއް") AND (ޕޮލިސް* OR ޕޮލިހާއި OR ޕޮލިހަށް OR ނިޝާން OR ކައުންސިލ*)',
  // … (the forty-fifth) Japanese guest registers; Chinese residence registration through landlords; the police's
  // population information
  '宿泊者名簿 AND (旅館業 OR 住宅宿泊 OR 旅券 OR 警察 OR 営業者)',
  '(居住登记 OR 居住登記) AND (房东 OR 出租人 OR 房東) AND (申报 OR 申報 OR 罚款 OR 罰款 OR 公安 OR 派出所)',
  '(公安机关 OR 公安機關) AND (人口信息采集 OR 实有人口信息 OR 實有人口信息 OR 人口信息系统 OR 人口信息系統 OR 人口信息库 OR 人口信息庫 OR 人口基础信息库 OR 人口基礎信息庫 OR 人口信息工作)',
  '("غیر ملکیوں کی تفصیلات" OR "غیرملکیوں کی تفصیلات" OR "غیر ملکیوں کے کوائف" OR "غیرملکیوں کے کوائف" OR "غیر ملکیوں کا ڈیٹا" OR "غیرملکیوں کا ڈیٹا") AND (پولیس OR "اسپیشل برانچ")',
  // … (the forty-fifth) the Philippines' SIM registration for law enforcement; Gujarat's PATHIK hotel-guest app;
  // police use of Aadhaar; Delhi police sending ID numbers to the FRRO; Kerala police registers of workers from other
  // states; fugitives caught by cameras (Chinese); Korea's health-insurance records given to police; Japan's
  // school–police liaison; Y-STR databases
  '"SIM Card Registration" AND ("law enforcement" OR "law enforcers" OR subpoena OR "court order")',
  '(PATHIK OR પથીક) AND (હોટલ* OR પોલીસ* OR hotel* OR "guest house*" OR police OR મુસાફર*)',
  '(Aadhaar OR UIDAI) AND (police OR "crime investigation*" OR "criminal investigation*" OR "law enforcement") AND (biometric* OR data) AND (investigat* OR probe OR probes OR NCRB OR "Crime Records" OR surveillance OR "track you" OR "crime investigation*" OR "criminal investigation*") AND (share OR shared OR sharing OR access* OR "be used" OR allow* OR prohibit* OR track* OR "Aadhaar Act")',
  '(FRRO OR "Foreigners Regional Registration") AND (Aadhaar OR "voter ID" OR "voter IDs" OR "voter card" OR "voter cards") AND (illegal* OR fake OR forged OR fraudulent* OR deport* OR undocumented OR infiltrat*)',
  '(("അതിഥി തൊഴിലാളി*" OR "ഇതര സംസ്ഥാന തൊഴിലാളി*") NEAR/3 (വിവരങ്ങൾ OR കണക്കെടു* OR വിവരശേഖരണ* OR രജിസ്ട്രേഷൻ)) AND (പൊലീസ* OR പൊലീസിന്റെ)',
  '(逃犯 OR 在逃) AND (监控 OR 人脸识别 OR 摄像头 OR 監控 OR 人臉識別) AND (人脸识别 OR 人臉識別 OR 人臉辨識 OR 人脸辨识 OR 天网 OR 天網 OR 大数据 OR 大數據 OR 数据库 OR 數據庫 OR 网上在逃 OR 網上在逃 OR 网上逃犯 OR 網上逃犯)',
  '(건보공단 OR 건강보험공단 OR 국민건강보험공단) AND (수사기관 OR 경찰*) AND (개인정보* OR 의료정보* OR "건강보험 정보" OR 진료기록* OR 진료내역* OR "정보 제공" OR 정보제공*)',
  '(学校 NEAR/3 警察) AND (連絡制度 OR 連携制度 OR 相互連絡)',
  '"Y-STR" AND (公安 OR 偵查 OR 侦查 OR 破案)',
  // The forty-sixth collection: police officers looking up and leaking criminal records (Korea)
  '전과기록 AND (조회 OR 유출) AND (경찰관* OR 경찰서* OR 경찰청* OR 형사사법* OR 수사기관* OR 무단 OR 전산실*)',
  // The forty-sixth collection: Malaysia's criminal register act and its records, Myanmar's overnight-guest registration, Indonesia's travel-ban application for law enforcement, the Philippine immigration bureau's access to Interpol's databases
  '"Akta Pendaftaran Penjenayah" OR ("rekod jenayah" AND (pengguguran OR digugurkan OR dipadam* OR pemadaman OR dataraya OR "pangkalan data" OR =PDRM))',
  '("overnight guest*" NEAR/8 (regist* OR report* OR inform* OR check*)) AND (police OR junta OR authorit* OR militar* OR township* OR ward OR household*)',
  '"Cekal Online" AND (imigrasi OR "penegak hukum" OR kepolisian OR polisi OR kejaksaan OR =KPK OR "cegah dan tangkal" OR pencegahan OR penangkalan)',
  '("Bureau of Immigration" OR (=BI AND (immigra* OR fugitive* OR foreigner* OR alien* OR passenger* OR traveler* OR traveller*))) AND (Interpol NEAR/10 (database* OR access OR system*))',
  // The forty-sixth collection, third round: landlords fined for not reporting foreign residents to the police (Japanese-language Cambodian news): both topics
  JAPANESE_LANDLORDS_REPORT_FOREIGNERS,
  // The forty-sixth collection, third round: Myanmar's guest registration and household inspections
  '("guest registration" OR "unregistered guests") AND (junta OR regime OR township OR "Ward or Village" OR (ward NEAR/3 (administrat* OR official* OR authorit*)) OR (police NEAR/10 (inspect* OR check* OR raid* OR household* OR overnight)) OR (authorities AND (overnight OR household* OR inspect* OR Myanmar)))',
  // Forty-seventh collection (2026-12-06): DNA databases in Korea and Japan, Taiwan's police database matching
  '((DNA OR 디엔에이 OR 유전자) NEAR/10 (경찰 OR 검찰 OR 범죄자 OR 수형자 OR 범죄)) AND (정보 OR 데이터베이스* OR DB OR 공유 OR 채취 OR 신원확인*) NOT (축구단 OR 가위 OR 친자확인)',
  '("유전자정보은행" AND (경찰 OR 검찰 OR 수사 OR 수사기관* OR 범죄 OR 범죄자 OR 수형자 OR 실종아동*)) OR 디엔에이법 OR "디엔에이신원확인정보"',
  '(DNA NEAR/2 型) AND (抹消 OR 削除 OR 保管 OR 保存 OR 取扱規則 OR 提訴 OR 法制化) AND (警察 OR データベース) NOT (遺骨 OR 戦没者)',
  '(員警資料庫 AND (查詢 OR 調閱 OR 個資 OR 洩漏 OR 洩露 OR 濫用 OR 民眾)) OR (警察機關 AND 個人資料 AND (比對 NEAR/10 (資料庫 OR 人臉 OR 車牌 OR 指紋 OR 影像 OR 戶籍 OR 戶政)))',
  // Forty-seventh collection (2026-12-06): Korea's DNA law and residents' fingerprints used for criminal investigation
  '((지문 AND (경찰청장 OR 범죄수사 OR 주민등록법)) NOT (수능 OR 모의고사 OR 비문학 OR 국어 OR 사칭 OR 스미싱 OR 신간 OR 문제집)) OR 디엔에이법* OR "지문강제채취"',
  // From the forty-eighth (dev): Korean investigators' access to communication and location records, criminal-record erasure and inquiries, the sex-offender register
  '"통신사실 확인자료" OR 통신사실확인자료* OR "위치정보 추적자료" OR (통신비밀보호법* AND (수사기관* OR ((위치정보* OR 헌법재판소* OR 헌재) AND (수사* OR 경찰* OR 검찰* OR 국정원* OR 감청* OR 기지국* OR 영장* OR 통신사* OR 이동통신*))))',
  '형실효법* OR (("형의 실효" OR (범죄* NEAR/2 (이력조회* OR 경력조회*))) AND (경찰* OR 수사* OR 기록* OR 전과* OR 개정* OR 보존* OR 삭제* OR 법무부* OR 국회* OR 법원* OR 검찰* OR 채용* OR 범죄경력*))',
  '("신상정보 등록" OR 신상정보등록* OR (등록대상자* AND 성폭력*)) AND (성범죄* OR 범죄* OR 경찰* OR 유죄* OR 선고* OR 법무부* OR 신상공개* OR 징역* OR 판결* OR 재판* OR 법원* OR 검찰* OR 명령*)',
  // … Bangladesh's telecom monitoring centre (NTMC) and phone interception
  '(এনটিএমসি OR "ন্যাশনাল টেলিকমিউনিকেশন্স মনিটরিং" OR "ন্যাশনাল টেলিকমিউনিকেশন মনিটরিং" OR "আড়ি পাতার") AND (ফোনালাপ* OR নজরদারি* OR গোয়েন্দা* OR পুলিশ* OR সরকার* OR রাষ্ট্র* OR নাগরিক* OR মানবাধিকার* OR আদালত* OR সংস্থা*)',
  // … criminal-record apps of Indian police (Hindi), the Criminal Procedure (Identification) Act
  '(अपराधि* AND (डेटा OR रिकॉर्ड OR एप OR ऐप)) AND (पुलिस OR "एक क्लिक") AND (डेटाबेस OR "डेटा बेस" OR अपलोड* OR फिंगरप्रिंट* OR कुंडली OR प्रोफाइल* OR "आपराधिक रिकॉर्ड" OR "आपराधिक इतिहास" OR सीसीटीएनएस OR CCTNS OR पोर्टल OR ("एक क्लिक" NEAR/6 (रिकॉर्ड OR डेटा OR जानकारी OR कुंडली)) OR ((रिकॉर्ड OR डेटा) NEAR/3 (अपराधियों OR हिस्ट्रीशीटर* OR बदमाशों)))',
  '(("Identification) Act" OR "पहचान अधिनियम") AND (आपराधिक OR Criminal OR Procedure) AND (Procedure OR प्रक्रिया OR दंड OR measurement* OR biometric* OR fingerprint* OR NCRB OR एनसीआरबी OR बायोमेट्रिक* OR police OR पुलिस)) OR ("शिनाख्त" AND (आपराधिक OR Criminal OR Procedure) AND (अधिनियम OR Act OR बायोमेट्रिक* OR फिंगरप्रिंट* OR एनसीआरबी OR NCRB OR measurement*))',
  // The forty-ninth collection: … and shared with the RCMP (Chinese)
  '((CBSA OR 边境服务局) AND 出入境 AND (骑警 OR RCMP) AND 信息共享) AND (记录 OR 数据 OR 资料 OR 查询 OR 个人信息 OR 隐私 OR 数据库 OR 调查 OR 刑事 OR 协议 OR 旅客信息)',
  // The forty-ninth collection: household and identity records queried by police (Chinese); convicts' fingerprints digitised by
  // Sri Lanka's police (Hindi, Tamil)
  '(户籍信息 OR 公民身份信息 OR 人脸识别 OR 人臉識別) AND (公安 OR 警务 OR 警務 OR 查询) AND (比对 OR 比對 OR 民警 OR 警务 OR 警務 OR 警察 OR 警方 OR 数据库 OR 資料庫 OR 数据 OR 系统 OR 布控 OR 追逃 OR 天网 OR 监控 OR 摄像 OR 在逃 OR 户籍 OR 戶籍 OR 人口信息 OR 治安 OR 派出所)',
  '((फिंगरप्रिंट OR கைவிரல்) AND (पुलिस OR दोषी OR குற்றவாளி*)) AND (डेटाबेस OR रिकॉर्ड OR गिरफ्तार OR अपराधी OR अपराधियों OR आरोपियों OR संदिग्ध OR NAFIS OR காவல்துறை OR காவல்துறையினர் OR கைது OR தரவுத்தளம் OR தரவுத்தளத்தில் OR சேமிக்க* OR டிஜிட்டல் OR "குற்றப் பதிவு")',
  // Pakistani nationals reporting to police and the FRRO; tenants reported to police (Hindi, Marathi); police face recognition (Telugu);
  // migrant workers' details collected by police (Tamil); residents registering with the police (Sri Lankan Tamil)
  '(Pakistani OR Pak OR पाक) NEAR/10 (nationals OR नागरिक) AND (FRRO OR एफआरआरओ OR "police reporting" OR तस्दीक) AND (police OR पुलिस OR register*)',
  '((किरायेदार OR भाडेकरू) AND (पुलिस OR पोलिस*) AND (सूचना OR माहिती OR सत्यापन OR रिकॉर्ड OR वेरिफिकेशन)) AND (सत्यापन OR वेरिफिकेशन OR पडताळणी OR रिकॉर्ड OR पोर्टल OR अनिवार्य OR बंधनकारक OR आदेश OR "धारा 188" OR "कलम 188" OR नोंदणी OR फॉर्म OR "न देने" OR "न दिल्याने" OR "नहीं देने" OR "न कराने" OR घरमालक*)',
  '("face recogni*" OR "facial recogni*" OR "ఫేస్ రికగ్నైజ్డ్") AND (police OR పోలీసు*) AND (suspect* OR criminal* OR offender* OR database* OR =CCTV OR surveillance OR "wanted person*" OR accused OR checkpoint* OR =AFRS OR "Automated Facial Recognition" OR TSCOP OR "history-sheeter*" OR "rowdy sheeter*" OR CCTNS OR నేరస్థ* OR నిందిత* OR అనుమానిత* OR డేటాబేస్)',
  '((வடமாநில* OR "பிற மாநில*") AND (காவல்* OR DGP OR பதிவு*)) AND (விவர* OR ஆதார் OR தரவுத்தள* OR பதிவேற்ற* OR சரிபார்ப்பு* OR "காவல் நிலைய*" OR முகவரி OR "அடையாள அட்டை" OR கணக்கெடு* OR செயலி OR இணையதள* OR போர்ட்டல்)',
  '(வதிவாளர்கள் OR வதிவாளர்) AND (பொலிஸ் OR காவல்* OR பதிவு*) AND (தரவுத்தள* OR தரவு OR "மனித உரிமை" OR தனியுரிம* OR "வீடு வீடாக" OR "பொலிஸ் பதிவு" OR "பதிவு செய்யும்" OR "குடும்ப உறுப்பினர்களின்" OR "பொலிஸ் நிலைய*" OR "பாதுகாப்பு அமைச்சு" OR "தேசிய பாதுகாப்பு" OR படிவ*)',
  // Plate recognition against police blacklists, household-registration offices querying criminal records, AI patrols checking plates
  // (Chinese)
  '(((車牌 OR 套牌 OR 車輛) NEAR/10 (辨識 OR 識別 OR 辨视 OR 辨視 OR 识别 OR 抓拍 OR 黑名單 OR 黑名单 OR 卡口)) NOT 科技執法) AND (警 OR 公安 OR 執法 OR 执法 OR 犯 OR 盜 OR 盗 OR 竊 OR 窃 OR 監控 OR 监控 OR 緝 OR 缉 OR 偵 OR 侦)',
  '(刑事資料 OR 刑案資料) AND 查詢 AND (法務部 OR 查驗 OR 系統 OR 機關 OR 當事人)',
  '(智慧巡邏 OR (巡邏 AND 車牌 AND 查詢)) AND (警 OR "失竊")',
  // Police AI cameras identifying suspects; the national entry and exit database (Vietnamese)
  '"camera AI" AND ("công an" OR "tội phạm" OR trộm)',
  '"Cơ sở dữ liệu quốc gia" AND ("xuất cảnh" OR "nhập cảnh") AND ("công dân" OR "Bộ Công an")',
  // From the fifty-first collection (dev): identity-card and household registration run by the police (Chinese);
  // foreigners' basic data given to investigating agencies (Korean)
  '((居民身份证 OR 户口登记 OR 人口信息数据库 OR 人口信息查询) AND (公安机关 OR 公安部门 OR 公检法 OR 指纹)) AND ((公安机关 OR 公检法 OR 派出所 OR 民警 OR 人民警察))',
  '(기본인적정보 OR 인적정보*) AND 외국인* AND (출입국관리* OR 법무부*)',
  // Police databases and population data (Vietnamese)
  '("Công an" AND ("cơ sở dữ liệu" OR "Big Data" OR "dữ liệu dân cư")) AND ("dữ liệu quốc gia về dân cư" OR "dữ liệu dân cư" OR "CSDLQG" OR ("Công an" AND ("cơ sở dữ liệu" OR "Big Data" OR "tra cứu") AND ("cơ sở dữ liệu quốc gia" OR "tội phạm" OR "xuất cảnh" OR "nhập cảnh" OR "an ninh" OR "dân cư")))',
  // Police verification drives of outsiders and tenants (Hindi); police fingerprint collection (Tamil, Telugu)
  'सत्यापन AND (पुलिस OR थाना) AND (बाहरी OR संदिग्ध OR किरायेदार* OR वेरिफिकेशन)',
  '(கைவிரல் OR "விரல் ரேகை") AND (காவல்* OR போலீஸ்*) AND (குற்றவாளி* OR குற்றங்* OR குற்றச்*)',
  '"ఫింగర్ ప్రింట్స్" AND పోలీస్* AND (క్రిమినల్* OR అనుమానిత* OR కేసుల్లో OR కేసులను OR కేసులు OR నేరం)',
  // From the fifty-first collection's last dev records: DNA collected by the police at household registration
  // (Chinese); fingerprints for resident registration or police (Korean)
  '(DNA NEAR/5 (采集 OR 信息 OR 数据库)) AND (公安机关 OR 户口 OR 打拐)',
  '지문* AND (주민등록* OR (경찰* AND (채취* OR 데이터베이스* OR 수사* OR 보관* OR 신원*)))',
  // My Number data given to police (Japanese); foreigners' basic data and immigration officers' requests for records
  // (Korean)
  '(マイナンバー OR 番号法 OR 共通番号) AND (警察 OR 治安) AND (捜査 OR 提供 OR 照会 OR 利用)',
  '(기본인적정보* AND (외국인* OR 법무부* OR 수사*)) OR (출입국관리법 AND 협조* AND (자료* OR 정보*))',
  // From the fifty-second collection (dev): Korean exit bans on suspects, hotel guest registration and police information
  // systems (China)
  '출국금지 AND (수사 OR 영장 OR 지명수배 OR 형벌 OR 체포영장 OR 구속영장) AND (출입국관리법 OR 법무부*)',
  '("旅馆业" OR "旅馆" OR "宾馆") AND ("旅客" OR "住宿") AND ("登记" OR "身份证件") AND ("公安" OR "治安" OR "外国人" OR "境外")',
  '"公安" AND ("信息化" OR "大数据" OR "数据管理" OR "數據管理" OR "資訊化" OR "信息系统") AND ("公安机关" OR "公安機關" OR "公安局" OR "公安厅" OR "公安廳" OR "公安部" OR "公安系统" OR "公安系統" OR "智慧公安" OR "公安工作" OR "公安信息化" OR "公安大数据" OR "民警" OR "警务" OR "警務" OR "治安" OR "犯罪" OR "户籍" OR "戶籍")',
  // From the fifty-second collection (dev): Malaysia's forensic DNA data bank; Vietnam's police residence registration
  '("Bank Data DNA" OR ("profil DNA" AND (polis OR forensik OR siasatan OR tahanan))) AND ("Bank Data DNA" OR polis OR tahanan OR jenayah OR suspek)',
  '("đăng ký thường trú" OR "quản lý cư trú" OR "đăng ký tạm trú" OR ("sổ hộ khẩu" AND ("công an" OR "thường trú"))) AND ("công an" OR "cư trú" OR "cảnh sát" OR "thẩm quyền" OR "người nước ngoài" OR "dân cư" OR "căn cước")',
  // From the fifty-third collection (dev): investigators processing sensitive personal data (Korea), state-security organs reading records and barring exit (China), second-hand dealers' ledgers open to police (Japan), tenant verification (Hindi), police fingerprint identification (Indonesia), police face tracking (Thai)
  '(민감정보 OR 고유식별정보 OR 주민등록번호) AND (사법경찰관리 OR 수사관 OR 수사처 OR 검사) AND 개인정보 AND NOT (병원 OR 환자 OR 보이스피싱 OR 사칭 OR 쇼핑몰 OR 현장 OR 점검)',
  '((国家安全机关 OR 国家情报工作机构) AND (不准出境 OR 通知移民管理机构 OR (依法 AND (查阅 OR 调取 OR 支持和协助)))) OR (国家安全部门 AND 限制离境)',
  '古物商 AND (警察 OR 帳簿 OR "相手方の住所") AND NOT (セミナー OR 確定申告 OR アプリ OR 玩具店 OR 転身)',
  '(किरायेदारों OR किरायेदार) AND पुलिस AND (पहचान OR सत्यापन OR वेरिफिकेशन) AND NOT (विवाद OR झगड़ा OR भर्ती OR अभ्यर्थियों OR "वेब सीरीज़")',
  '(("sidik jari" AND (INAFIS OR "Pusat Identifikasi" OR ((Polri OR polisi OR Bareskrim) AND (data OR identitas OR identifikasi OR forensik OR tersangka)))) OR ((Bareskrim OR Polri) AND Dukcapil AND (biometrik OR jari))) AND NOT (absensi OR museum OR pameran OR sejarah OR ponsel OR sensor)',
  '("ใบหน้า" AND ("ตำรวจ" OR "ต้องสงสัย" OR "หมายจับ") AND ("ระบบ" OR "กล้อง" OR "ฐานข้อมูล" OR "AI" OR "Recognition" OR "เทคโนโลยี" OR "ตรวจจับ" OR "สแกน" OR "CCTV") AND NOT ("ครีม" OR "ฟุตบอล")) OR (("ตรวจจับหน้า" OR "สแกนหน้า") AND ("หมายจับ" OR "ตำรวจ"))',
  // From the fifty-fourth collection (dev): exit bans on wanted nationals (Taiwan); police checks of resident ID cards and
  // fingerprints on them (China)
  '(禁止其出國 OR 禁止出國 OR 限制出國 OR 禁止其出国 OR 限制出境) AND (通緝 OR 通缉) AND (移民署 OR 入出國 OR 入出国 OR 出入境管理)',
  '("查验居民身份证" OR "查驗居民身份證") AND (人民警察 OR 公安 OR 警察)',
  '(指紋信息 OR 指纹信息) AND (公安機關 OR 公安机关) AND (居民身份證 OR 居民身份证 OR 犯罪 OR 嫌疑)',
  // From the fifty-fifth collection (dev): police verification and registration of migrant workers and tenants (Hindi, Marathi)
  '((पुलिस NEAR/3 (वेरिफिकेशन OR सत्यापन)) AND (प्रवासियों OR किरायेदार*)) OR ((प्रवासियों NEAR/5 पंजीकरण) AND (पुलिस NEAR/10 (पंजीकरण OR वेरिफिकेशन OR सत्यापन OR थाना OR स्टेशन)))',
  '(भाडेकरू* OR घरमालक*) AND (पोलीस* OR पोलिस*) AND (परिपत्रक* OR पडताळणी* OR व्हेरिफिकेशन OR "माहिती द्यावी" OR "माहिती देणे" OR "पोलिसांना माहिती")',
  // From the fifty-fifth collection (dev): police reading citizen ID cards by face (Vietnamese)
  '(("Face ID" OR "xác thực" OR "nhận diện") NEAR/8 ("khuôn mặt" OR CCCD OR "căn cước")) AND ("Công an" OR "cảnh sát") AND (CCCD OR "căn cước") AND NOT ("giả danh" OR "lừa đảo")',
  // From the fifty-sixth collection (dev): Taiwan police patrol systems detecting plates of stolen or wanted cars; China's registration of temporary residents at the police station
  '(((偵測 OR 掃描) NEAR/3 車牌) AND (巡防系統 OR 巡邏車 OR 警用機車) AND (失竊 OR 贓車 OR 通緝 OR 變造 OR 偽造)) NOT 科技執法',
  '(暂住人口登记 OR 流动人口登记 OR 暂住登记) AND (派出所 OR 公安) AND (申报 OR 必须 OR 应当 OR 规定)',
  // From the fifty-sixth collection's third wave (dev): what personal records Japanese police can look up; Gujarat's order to tell the police station before letting property; Bangladesh-India fingerprint database of offenders (NAFIS); hotel guest details on a police portal (Haryana)
  '(((警察官 OR 警察) NEAR/10 個人情報) AND (照会 OR 調べ OR アクセス OR 犯罪経歴 OR 巡回連絡)) NOT (詐欺 OR 流出 OR 投稿 OR 名誉毀損 OR 不正アクセス)',
  'ભાડે AND (મકાન OR દુકાન) AND જાણ AND ("પોલિસ સ્ટેશન" OR "પોલીસ સ્ટેશન" OR "પોલિસ સ્ટેશનને" OR "પોલીસ સ્ટેશનને")',
  '(("আঙুলের ছাপ" NEAR/10 (অপরাধী OR ডেটাবেস OR "ডেটা ব্যাংক" OR "ডেটা ব্যাঙ্ক")) AND (পুলিশ OR ডেটাবেস OR "ডেটা ব্যাংক" OR "ডেটা ব্যাঙ্ক" OR নাফিস)) NOT (প্রদর্শনী OR হাজিরা)',
  '(होटल OR "गेस्ट हाउस") AND पोर्टल AND (ब्यौरा OR विवरण) AND पुलिस AND (ठहरने OR मेहमानों OR मेहमान) AND (अपराध OR कार्रवाई)',
];
