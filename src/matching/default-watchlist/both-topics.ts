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
  '((الداتا OR "لوائح بأسماء") NEAR/6 (اللاجئين OR النازحين OR السوريين)) AND ("الأمن العام" OR الأمنية OR ترحيل* OR الداخلية OR المخابرات)';

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

/** Landlords, residence owners and hotels reporting foreigners, Cambodia's FPCS register: both topics (the forty-sixth). */
export const CAMBODIA_HOSTS_REPORT_FOREIGNERS =
  '((report* NEAR/8 foreigner*) AND (landlord* OR "residence owners" OR guesthouse* OR hotel*) AND (immigration OR TM30 OR "TM 30" OR "C-Form*" OR "Foreigners Act" OR obligation* OR mandatory OR "within 24 hours" OR (report* NEAR/5 police))) OR (=FPCS AND (foreigner* OR Cambodia* OR immigration OR visa*)) OR "Foreigners Present in Cambodia"';

/** Hosts and hotels keeping guest registers for the migration service (Cuba, Nicaragua, Costa Rica): both topics (the forty-sixth). */
export const SPANISH_HOSTS_GUEST_REGISTERS =
  '(arrendador* OR hotel* OR hospedaje* OR pension*) AND (Inmigracion OR "Migracion y Extranjeria") AND (huesped* OR "libro de registro" OR (registro NEAR/5 (extranjero* OR extranjera* OR hospedaje* OR hosped* OR alojen OR alojad*)))';

/** Italy's 2009 "medici spia" amendment (doctors reporting undocumented patients): both topics (the forty-fifth). */
export const ITALIAN_DOCTORS_AS_INFORMERS =
  '("divieto di segnalazione" OR "obbligo di denuncia" OR "medici spia" OR (medici NEAR/10 (denunciare OR spie))) AND (clandestin* OR immigrat* OR "soggiorno irregolare" OR "soggiorno illegale" OR "stranieri irregolari" OR "straniero irregolare" OR "senza permesso di soggiorno")';

/** Foreigners' registration of their stay in Mongolia: both topics (the forty-fifth). */
export const MONGOLIAN_FOREIGNER_REGISTRATION = '"гадаадын иргэн*" AND бүртгүүл* AND ("орон байр*" OR "48 цаг*")';

/** Migrants' registration with Kazakhstan's interior ministry: both topics (the forty-fifth). */
export const KAZAKH_MIGRANT_REGISTRATION = 'иммигрант* AND тіркеу* AND ("ішкі істер" OR полиция* OR "көші-қон" OR министрлі*)';

/** Landlords fined for not reporting foreign residents to the police (Japanese-language news): both topics (the forty-sixth). */
export const JAPANESE_LANDLORDS_REPORT_FOREIGNERS =
  '(家主 AND 外国人 AND (報告 OR 警察) AND (滞在 OR 居住 OR 移民 OR 入国管理 OR 入管 OR 罰金 OR 宿泊 OR 登録 OR 義務 OR "24時間")) NOT 国家主席';

/** Sweden's informer law, in Arabic: both topics (the forty-fifth). */
export const ARABIC_INFORMER_LAW =
  '("قانون الإبلاغ" OR "قانون التبليغ" OR "بالإبلاغ عن المهاجرين" OR "الإبلاغ عن المهاجرين") AND (الشرطة OR "مصلحة الهجرة" OR موظفي OR الموظفين) AND (المهاجرين OR اللاجئين OR "مصلحة الهجرة" OR "بدون أوراق" OR "غير المسجلين" OR "غير النظاميين" OR الترحيل)';

/** EU-funded biometric ID systems used for returns (Senegal, Côte d'Ivoire): both topics (the forty-fifth). */
export const BIOMETRIC_ID_FOR_RETURNS =
  '((biometric* OR biometrique*) NEAR/12 (identit* OR system* OR systeme*)) AND ("send back" OR "sans papiers" OR "undocumented citizens" OR "return and reintegration" OR tracer OR "return of migrants" OR "return of undocumented" OR "return of irregular") AND (Senegal OR "Ivory Coast" OR "Côte d\'Ivoire")';

/** France's return bans (IRTF) entered in police and Schengen files: both topics (the forty-seventh). */
export const FRENCH_RETURN_BANS_IN_FILES =
  '(IRTF OR "interdiction de retour") AND (signalement OR =SIS OR "systeme d\'information Schengen" OR fichier*) AND (etranger* OR OQTF OR prefect* OR eloignement OR territoire OR Schengen OR Shengen OR =SIS)';

/** Russian schools passing data on migrants' children to the interior ministry (МВД): both topics (the forty-seventh). */
export const RUSSIAN_SCHOOLS_REPORT_MIGRANT_CHILDREN =
  '((школ* OR образовани*) AND МВД AND ((дет* OR детей) NEAR/3 мигрант*)) AND (((данны* OR сведени*) NEAR/5 (переда* OR обмен* OR сверя* OR провер* OR запрос*)) OR "миграционн* учет*" OR реестр* OR "баз* данных")';

/** Medicaid (Medi-Cal) data reaching ICE or DHS: both topics (the forty-seventh). */
export const MEDICAID_DATA_TO_IMMIGRATION =
  '(("Medi-Cal" OR Medicaid) NEAR/25 (shar* OR "turn over" OR "turned over" OR hand* OR access* OR disclos*)) AND (=ICE OR "Homeland Security" OR "immigration enforcement" OR "immigration authorities") AND (data OR information OR records) NOT "Matching Program"';

/** Cyprus's "stop list" of people barred from entry: both topics (the forty-seventh). */
export const CYPRUS_STOP_LIST =
  '"stop list" AND (deport* OR overstay* OR "exceed the stay" OR "permitted stay" OR "Migration Department" OR "Civil Registry and Migration")';

/** Hospitals and social services reporting undocumented migrants to the police (Spanish): both topics (the forty-seventh). */
export const SPANISH_HEALTH_SERVICES_REPORT_MIGRANTS =
  '((hospital* OR "servicios sociales" OR sanitari*) NEAR/15 (avisan OR informen OR informar OR comunicar* OR denunci* OR notific*) NEAR/20 (Policia OR autoridades)) AND (migrantes OR inmigrantes OR irregulares OR "sin documentacion")';

/** Rules both topics read, from the forty-eighth collection on (one list, spread into both topics). */
const BOTH_TOPICS_FORTY_EIGHTH = [
  // Portugal's border-service (SEF) information system and Schengen entries barring admission
  '("Sistema Integrado de Informacoes do SEF" OR "indicacao SIS" OR "indicacao no SIS") AND ("nao admissao" OR "interdicao de entrada" OR ((estrangeir* OR afastamento) AND ("proibicao de entrada" OR Schengen OR regresso OR fronteira* OR =PSP OR =AIMA OR aeroporto OR expuls* OR recusad* OR "nao admitido" OR coercivo OR "Lei de Estrangeiros")))',
  // Foreigners' stay registered with the police or the interior ministry (Croatian, Bosnian, Serbian)
  '((prijav* OR odjav*) NEAR/8 (stranc* OR stranac OR stranaca)) AND (=MUP OR policij* OR eVisitor OR "Ministarstvo unutarnjih" OR "poslove sa strancima" OR "organizacionoj jedinici Sluzbe") AND (boravist* OR boravak OR boravka OR boravku OR protjer* OR "zabran* ulaska" OR kazn* OR prekrsaj* OR evidencij* OR nezakonit* OR ilegaln* OR vizi OR vize OR "granicnom prijelazu") NOT (izbjeglic* OR azil*)',
  // … in Serbian and Macedonian Cyrillic
  '(пријав* NEAR/10 (странец* OR странецот OR странците OR странаца OR странца)) AND (престој* OR боравиш* OR сместување*) AND (МВР OR полиц* OR депорт* OR приведен* OR "забран* влез" OR границ* OR евиденциј* OR казн* OR прекршо* OR "внатрешни работи" OR смештај* OR "услуге смештаја")',
  // … and in Albanian (Kosovo, North Macedonia)
  '(paraqes* OR regjistro*) AND ("te huaj" OR "te huajve" OR "nga jashte") AND (qendrim* OR "72 ore" OR "72 oreve" OR "Puneve te Brendshme") AND (polic* OR "Puneve te Brendshme" OR "leje qendrimi" OR "leje qendrimit" OR deboh* OR debim* OR kufi OR kufir* OR migracion*)',
  // Schengen Information System entries for refusal of entry and return (Hungarian, Slovak, Romanian)
  '("Schengeni Informacios Rendszer" OR "Schengensky informacny system" OR "Semnalarile si datele din SIS" OR (=SIS AND ("Refuzul intrarii" OR "tretich krajin" OR "harmadik orszagbeli"))) AND (visszakuld* OR refuz* OR tretich OR harmadik OR intrarii OR patran*)',
  // Checking a Russian entry ban in the interior ministry's databases
  '("запрет на въезд" OR "запрет въезда" OR "запрета на въезд" OR "неразрешение на въезд") AND (проверить OR "черном списке" OR "базе данных" OR "базы данных" OR ФМС) AND (мигрант* OR иностран* OR ФМС OR МВД OR "в Россию" OR "в РФ" OR границ* OR выдвор* OR депорт* OR миграцион*)',
  // Swiss welfare offices reporting foreigners to the migration office
  '(Sozialhilfe* OR Sozialamt*) AND Migrationsamt* AND (meld* OR weitergib* OR Personendaten OR Ausschaffung*) AND (Ausschaffung* OR Meldepflicht* OR Datenaustausch* OR Datenweitergabe* OR weitergib* OR weitergegeben OR weiterleit* OR Bezuger* OR Sozialhilfebezug* OR Sozialhilfebeziehend* OR Widerruf* OR entzieh* OR entzog* OR Wegweis* OR "ans Migrationsamt" OR Aufenthaltsstatus OR Ruckstufung*)',
];

/** Rules both topics read, from the forty-ninth collection on (one list, spread into both topics). */
const BOTH_TOPICS_FORTY_NINTH = [
  // City registers and residence-permit data aligned with police databases (Italian)
  '("permessi di soggiorno" OR "permesso di soggiorno") AND ("banche dati" OR "banca dati") AND (polizia OR questura) AND (espuls* OR revoc* OR rimpatri* OR =CPR OR "centro di permanenza" OR irregolar* OR clandestin* OR "precedenti penali" OR pericolos* OR controlli OR incroci* OR "forze di polizia" OR "forze dell\'ordine" OR =SDI OR denunc* OR arrest* OR "sistema di indagine")',
  // Hotels reporting foreign guests to the police (Arabic); foreigners registering with the interior ministry's bodies (Russian, German and
  // Belarusian texts on Kazakhstan, Russia and Belarus)
  '((الفنادق OR فندق* OR النزل) NEAR/15 (إبلاغ OR الإبلاغ OR يبلغ) AND (أجنبي OR الأجانب)) AND (الشرطة OR شرطة OR "وزارة الداخلية" OR الداخلية OR الأمن OR الأمنية OR الإقامة OR المخالفين OR منظومة OR بيانات OR تسجيل OR الهجرة OR الجوازات OR "الجهات الأمنية")',
  '(регистрац* OR зарегистрир*) NEAR/10 ("органах внутренних дел" OR "органе внутренних дел" OR "отделении по гражданству и миграции" OR "территориальном отделении" OR МВД) AND (иностран* OR мигрант*) AND (мигрант* OR "иностранных граждан" OR "иностранные граждане" OR "иностранный гражданин" OR иностранц* OR иностранец OR выдвор* OR депорт* OR миграцион* OR "месту пребывания" OR патент* OR ФМС)',
  '(Auslander* NEAR/40 (Registrierungsorgan OR "Organ fur innere Angelegenheiten")) AND ("Organ fur innere Angelegenheiten" OR "Organe fur innere Angelegenheiten" OR "innere Angelegenheiten" OR Ausweisung* OR ausgewiesen OR Abschiebung* OR abgeschoben OR Migration* OR Meldepflicht* OR Polizei* OR Einreise* OR Visum OR Visa OR Migrationskarte* OR Ausreise*)',
  'рэгістрац* AND (іншаземц* OR "Міністэрства ўнутраных спраў") AND (дэпарт* OR высылк* OR выдвар* OR "месцы пражывання" OR "месцы часовага" OR міграц* OR мігрант* OR "грамадзянства і міграцыі" OR "без рэгістрацыі" OR парушальнік* OR незаконн* OR "забарона ўезду" OR "месцы знаходжання")',
  // Student information shared with federal agents or ICE (Spanish)
  '(informacion OR datos) NEAR/6 (estudiant* OR alumnos) NEAR/15 ("agentes federales" OR =ICE OR inmigracion) AND (entreg* OR compart* OR "orden judicial" OR deport* OR redada* OR arrest* OR detenid* OR indocumentad* OR "sin documentos" OR "estatus migratorio" OR "situacion migratoria" OR privacidad OR FERPA OR "agentes federales" OR "sin permiso" OR "sin consentimiento" OR "agentes de inmigracion")',
  // Turkey's mobile migration points that check foreigners' fingerprints (Arabic; Turkish records on them are labelled
  // enforcement only in the corpus, and the Turkish name is left to the enforcement rules); foreigners' fingerprints moved into Turkey's
  // national system (French)
  '"الهجرة المتنقلة" OR "مراكز هجرة متنقلة" OR (("نقاط الهجرة" OR "نقاط متنقلة") AND (مهاجر* OR المهاجر* OR "غير نظامي*" OR "غير النظامي*" OR "غير شرعي*" OR الشرطة OR "قاعدة بيانات" OR "قواعد البيانات" OR ترحيل OR الترحيل OR "إدارة الهجرة" OR "دائرة الهجرة" OR لاجئ* OR اللاجئ* OR الأجانب OR أجانب OR الإقامة OR توقيف OR بصمات))',
  '(empreintes OR "systeme national") AND (etrangers OR refugies OR immigration) AND (Turquie OR integre OR transferees OR enregistrement) AND ("empreintes digitales" OR biometri* OR police OR policiers OR gendarmerie OR expuls* OR asile OR migrants OR migratoire* OR Eurodac OR "base de donnees" OR fichier* OR "sejour irregulier" OR "situation irreguliere" OR renvoi* OR frontiere*)',
  // Hosts reporting foreigners to immigration (Indonesian); foreigners' address register with Chile's PDI; border police and
  // immigration liaison officers' access to national databases (French)
  '((melaporkan OR dilaporkan OR lapor*) NEAR/10 ("orang asing" OR WNA) AND (imigrasi OR "kantor imigrasi")) AND (APOA OR hotel* OR penginapan OR menginap OR "tempat tinggal" OR pengawasan OR deportasi OR dideportasi OR "izin tinggal" OR overstay OR penyalahgunaan OR pelanggaran OR "tim pora" OR TIMPORA OR detensi OR ditahan OR diamankan OR ilegal OR keberadaan OR "tindakan administratif")',
  '(extranjeros OR extranjero) NEAR/15 ("Policia de Investigaciones" OR =PDI) NEAR/15 (registro OR domicilio OR informar) AND (expuls* OR migratori* OR migracion OR migraciones OR migrantes OR inmigrant* OR irregular* OR residencia OR visa OR visas OR extranjeria OR clandestin* OR "ingreso clandestino" OR "permiso de residencia" OR deport* OR "ley de migracion")',
  '(("officiers de liaison" OR DCPAF OR "police aux frontieres") NEAR/20 ("base de donnees" OR "bases de donnees" OR fichier* OR France-Visas OR acces)) AND (etranger* OR eloign* OR expuls* OR "situation irreguliere" OR migrant* OR retention OR OQTF OR visa* OR France-Visas OR Schengen OR =SIS OR Eurodac OR "personnes recherchees" OR interpell* OR clandestin* OR sejour OR asile OR immigration)',
];

/** Rules both topics read, from the fiftieth collection on (one list, spread into both topics). */
const BOTH_TOPICS_FIFTIETH = [
  // Syrians' addresses checked by police in Turkey (Arabic); entry bans for unpaid fines or on Russia's banned list (Russian, Kyrgyz);
  // foreigners' stay tracked by the interior ministry; foreigners' temporary registration (Russian, French on Uzbekistan); Aadhaar
  // notices after police reports (India); deportees checked for criminal records (Portuguese); databases of illegal immigrants (English)
  '((التحقق OR تفقد OR التأكد) NEAR/4 (عناوين OR عناوينهم OR العناوين OR بيانات OR وثائق)) AND (السوريين OR اللاجئين OR "الحماية المؤقتة" OR الأجانب OR المقيمين) AND (الداخلية OR الشرطة OR المخالفين OR أمنية OR التركية OR التركي OR إقامتهم OR الإقامة)',
  '"кара тизме*" AND (Орусия* OR депортац* OR кирүүгө) AND (жаран* OR мигрант* OR миграц* OR депортац* OR "кайра кирүүгө" OR чыгарыл*)',
  '(запрет* NEAR/3 въезд*) AND (штраф* OR КоАП) AND (иностран* OR мигра* OR границ* OR гражданств*)',
  '("правил пребывания" OR "временное пребывание") AND (учетом OR "полной информацией" OR баз*) AND (МВД OR полиц* OR "органы внутренних дел") AND (иностран* OR мигра* OR иммигра*)',
  '"временн* регистраци*" AND (Узбекистан* OR иностранц* OR мигра* OR "иностранн* гражд*")',
  '"enregistrement temporaire" AND étranger* AND (séjour OR Ouzbékistan OR "citoyens étrangers" OR "ressortissants étrangers" OR résiden* OR hébergement OR visa* OR accueil*)',
  '(UIDAI OR Aadhaar) AND police AND ("false pretences" OR "illegal immigrant*" OR "illegal migrant*" OR "Citizenship Act") AND ("illegal immigrant*" OR "illegal migrant*" OR Bangladesh* OR Rohingya* OR foreigner* OR infiltrator* OR Hyderabad OR deport*)',
  'deportad* AND ("antecedentes criminais" OR "antecedentes penais" OR Interpol) AND (EUA OR "Estados Unidos" OR PF OR "Polícia Federal" OR imigra* OR =ICE OR migratóri*)',
  '(database* NEAR/10 ("illegal immigrant*" OR "illegal migrant*" OR "suspected foreigner*")) OR ((database* NEAR/10 Bangladeshi*) AND (illegal* OR infiltrat* OR deport* OR immigra* OR Rohingya OR foreigner*))',
  // Taiwan's immigration agency matching entrants' fingerprints and passenger data against wanted lists; entry refused on a register
  // (Polish, Czech); sanctuary policies for police (Canada); victims' data kept from immigration enforcement (UK); prefecture notes asking
  // police to report foreigners; Interpol registering migrants' biometrics; the Schengen system (Swedish); fake ID cards of Afghans
  // blocked, deportations at Torkham (Pakistan); driving licences and ICE (Spanish-language US news); background checks showing ICE flags;
  // a database to stop emigration (Algeria)
  '移民署 AND (指紋 OR 生物特徵 OR 旅客資訊) AND (通緝 OR 逮捕) AND (入境 OR 出境 OR 外國人 OR 通緝犯 OR 辨識系統)',
  '"Straż Graniczna" AND (odmow* NEAR/3 wjazd*) AND (rejestr* OR danych OR SIS) AND (wiz* OR Schengen OR cudzoziem* OR sfałszow* OR SIS)',
  '("nežádoucí osob*" OR "nežádoucích osob") AND (vstup* OR cizin* OR registr*) AND (cizin* OR územ*)',
  '("Access without Fear" OR "Access to Police Services without Fear") AND (police OR immigra* OR migrant* OR undocumented OR TPS OR VPD)',
  '("domestic abuse" NEAR/15 ("personal information" OR "personal data" OR "personal details" OR "data-sharing" OR "data sharing")) AND (immigration* OR migrant* OR ("Home Office" AND (amendment* OR Lords OR Bill OR victim*)))',
  '(préfecture* AND (commissariats OR policiers OR police) AND "note de service") AND (étrangers OR sans-papiers) AND ("garde à vue" OR "en situation" OR "titre de séjour" OR "titres de séjour" OR "en règle" OR sans-papiers OR expulsion* OR OQTF OR fich*)',
  'Interpol AND (migrant* OR réfugiés OR MigrantInnen OR Flüchtlingen) AND (biométri* OR biometrisch* OR empreintes OR centralisation) AND (Erfassung OR centralisation OR fichiers OR "bases de datos" OR "base de datos" OR "bases de données" OR Datenbank* OR PDI OR irregular*)',
  '"Schengens informationssystem" AND (utvisade OR avvisade OR tredjelandsmedborgare OR utvisning*)',
  '(CNIC* OR NADRA) AND (Afghan* NEAR/6 (refugee* OR national* OR illegal*)) AND (cancel* OR block* OR fake OR fraudulent*) AND ("identity card*" OR CNICs OR "national card*")',
  '(Torkham AND (deport* OR expel*)) AND (FIA OR NADRA OR biometric* OR data) AND ("Afghan nationals" OR "Afghan citizens" OR undocumented OR "illegal immigrants" OR refugee* OR "holding centre" OR repatriat* OR "transit camp")',
  '(licencias NEAR/4 conducir) AND (datos OR información) AND ((=ICE NOT (Kölbi OR MOPT OR costarricense* OR "Costa Rica" OR ransomware)) OR (inmigraci* AND (DMV OR datos OR deport* OR migratori* OR federal* OR "Control de Aduanas" OR agentes)))',
  '("background check" NEAR/10 (flagged OR "immigration officials")) AND (=ICE OR "Immigration and Customs Enforcement")',
  '("banque de données" OR "base de données") AND (émigration OR subsahariens OR "migrants subsahariens") AND (clandestin* OR refoul* OR sécuritaire* OR empreinte* OR irrégul* OR police OR gendarmerie OR migrants)',
  // Doctors reporting undocumented patients; people flagged as dangerous and removed (Italian); hosts reporting foreign guests to
  // immigration (Indonesian); pilgrims excluded for criminal records (Saudi Arabia); population registers recording foreigners (Mauritania);
  // security censuses of foreign workers (Libya), their data unified with security bodies (Iraq); foreigners told to regularise before police
  // checks (Mauritania)
  '(medic* OR "pronto soccorso" OR sanitari*) AND (denunc* OR segnala*) AND (clandestin* OR "straniero non in regola" OR "stranieri non in regola" OR "senza permesso di soggiorno") AND (immigra* OR stranier* OR soggiorno OR migrant* OR "pacchetto sicurezza")',
  '(segnalat* NEAR/6 (pericolos* OR intelligence)) AND (rimpatri* OR espuls* OR respingiment* OR allontanat*) AND (territorio OR questore OR Schengen OR terrorism* OR cittadino OR stranier*)',
  '(penginapan OR hotel OR "tempat penginapan") AND ("orang asing" OR "WN Asing" OR WNA) AND (lapor* OR keterangan OR data) AND (imigrasi OR Keimigrasian)',
  '(جوازات OR الجوازات) AND (مستبعدين OR الاستبعاد OR السوابق) AND (بصمة OR المطلوبين OR مطلوبين OR المديرية OR مزورين OR المزورين OR الوافدين OR منافذ OR مطار)',
  '("سجل السكان" OR "السجل الوطني") AND (الأجانب OR العابرين) AND ("الوثائق المؤمنة" OR العابرين OR التأشيرات OR البيومترية OR عبور OR الهجرة OR الإقامة)',
  '((حصر NEAR/6 (العمالة OR الوافدين OR الوافدة)) OR "الحصر الأمني") AND (الأمني OR أمني OR أمنية OR الأمنية OR الداخلية OR الجوازات OR الأجانب OR الهجرة OR الجنائي OR ليبي* OR الليبي* OR بليبيا OR بنغازي OR طرابلس)',
  '("قاعدة بيانات" OR "بيانات العمالة") AND "العمالة الأجنبية" AND ("الأجهزة الأمنية" OR الداخلية OR المخابرات)',
  '("تصحيح وضعية" OR "تسوية وضعية") AND (الأجانب OR إقامتهم) AND ("الأمن الوطني" OR الشرطة OR ضبط*) AND (المقيمين OR التقييد OR "نظم الإقامة" OR "الإدارة العامة للأمن الوطني")',
  // Migrants' electronic registration (Nigeria); undocumented people told to leave or face arrest and a ban (South Africa)
  '(e-registration OR "electronic registration") AND (migrant* OR foreigner* OR "foreign nationals" OR immigrants) AND ("Immigration Service" OR =NIS OR immigration)',
  '("Home Affairs" AND (undocumented OR illegal*) AND (arrest* NEAR/6 ban*))',
  // Biometric enrolment of foreigners and regularisation of their stay (Mauritania, French); hosts told to report foreign guests
  // at once (Tunisia, Arabic)
  '(enrôlement OR "régularisation du séjour") AND étranger* AND (biométri* OR contrôle* OR Agence OR reconduite)',
  '((الإعلام OR الإبلاغ) NEAR/6 (أجانب OR الأجانب)) AND (إيواء OR النزل OR الشقق)',
];

/** Rules both topics read, from the fifty-first collection's dev records. */
const BOTH_TOPICS_FIFTY_FIRST = [
  // India's Immigration and Foreigners Bill (institutions must report foreigners); entry refusals after database
  // checks at the border (Portuguese); border police identifying people with alerts (Romanian)
  '("Immigration and Foreigners Bill" OR "Immigration and Foreigners Act") AND ((forged NEAR/2 (passport* OR visa* OR travel OR document*)) OR deport* OR detention OR "holding centre*" OR "threat to national security" OR "illegal entry" OR "illegal immigration" OR "illegal immigrant" OR "Bureau of Immigration" OR "Foreigners Tribunal" OR "reporting of foreigners" OR "report foreigners" OR police)',
  '("recusa* de entrada" OR "recusas de entrada") AND ("base* de dados" OR SIS OR Schengen) AND (estrangeir* OR fronteira* OR cidadãos OR "países terceiros" OR SEF OR migrant* OR imigra*)',
  '(politist* NEAR/3 frontier*) AND (alert* OR "baze de date" OR SIS) AND (identific* OR consemn* OR "baze de date" OR SIS OR urmărir* OR semnalăr*)',
  // Nigeria's border data system and Interpol; South Africa's movement control and stop lists; national registries to
  // catch illegal immigrants (Kenya)
  'MIDAS AND (Interpol OR immigration OR "watch list" OR watchlist) AND (migration OR border* OR "immigration service" OR passenger*)',
  '("movement control system" OR "stop list" OR "ports of entry") AND "Home Affairs" AND ("barred entry" OR "barred from entering" OR "refused entry" OR criminals OR "immigration violators" OR biometric*)',
  '("national registry" OR "population register" OR "integrated population") AND (aliens OR "illegal immigrants") AND (identi* OR verif* OR police OR database* OR "Home Affairs" OR deport*)',
  // Social services told to break professional secrecy about foreigners (France, Belgium); watch lists of illegal
  // migrants given to other agencies (UK)
  '("secret professionnel" AND ("droit des étrangers" OR "Office des étrangers" OR "étrangers en situation irrégulière" OR préfet* OR sans-papiers OR séjour OR expulsion*)) AND (CPAS OR "travailleurs sociaux" OR transmettre OR "projet de loi")',
  '"illegal migrants" AND ("watch list" OR watchlist) AND (police OR enforcement OR "immigration crime" OR "Home Office" OR deport* OR removal*)',
  // Biometric checks of migrants crossing the Darién (Panama); deportees arrested on arrival for outstanding warrants
  // (Honduras)
  '(biometr* OR biométric*) AND (Senafront OR "Servicio Nacional de Fronteras" OR Darién) AND (migrant* OR detenid* OR captur* OR criminal*) AND (migrant* OR deport* OR identidad OR identific* OR nacionalidad* OR Migración OR inmigra*)',
  '"migrantes retornados" AND (detenci* OR detenid* OR captur* OR arrest*) AND (polici* OR DPI OR justicia)',
  // Biometric checks against Interpol aimed at illegal migration (Moldova)
  '("I-FORCE" OR Interpol) AND (biometric* OR biometrice) AND (migrați* OR migrației OR migratie) AND ("migra* ilegal*" OR Poliției OR Poliția OR polițiști* OR "Afacerilor Interne" OR frontier* OR IGPF OR IGM OR autorități*)',
  // Police acting as foreigners registration officers (India)
  '"Foreigners Registration Officer" AND (compliance OR directive* OR "legally bound" OR illegal* OR overstay* OR deport* OR violat* OR detain* OR detention OR penalt* OR prosecut* OR "Foreigners Act" OR "Foreigners Order")',
  // Councils' NRPF Connect database shared with the Home Office
  '"NRPF Connect" AND ("Home Office" OR "immigration status")',
  // Thai immigration's passenger watchlists and landlords' reports of foreign tenants
  '"ตรวจคนเข้าเมือง" AND (("ข่ายเฝ้าระวัง" AND (หมายจับ OR ปฏิเสธ OR ผู้โดยสาร OR รายชื่อ)) OR "บัญชีห้ามเดินทาง" OR ("แจ้งสำนักงานตรวจคนเข้าเมือง" AND (ผู้เช่า OR ที่พัก OR เช่า)))',
];

const BOTH_TOPICS_FIFTY_SECOND = [
  // Foreigners registered at their place of stay by hotels and landlords (Azerbaijan)
  'qeydiyyat* AND (əcnəbi* OR "vətəndaşlığı olmayan") AND ("qaldığı yer*" OR "yaşayış sahəsinin sahibi")',
  // Foreigners registering with the police (Islamabad)
  '"Foreigner Registration" AND ("Police Khidmat" OR "police station" OR "Police Lines") AND (passport* OR visa* OR hotel* OR landlord* OR tenant*)',
];

const BOTH_TOPICS_FIFTY_FOURTH = [
  // Benefit agencies told to report applicants who are not citizens to law enforcement or federal agencies (Mississippi)
  '("Law Enforcement Authorities" OR "federal agencies" OR "law enforcement") NEAR/12 report* AND (SNAP OR Medicaid OR "public assistance") AND ("not United States citizens" OR "eligible alien*" OR "immigration status" OR "unlawfully present" OR "illegal alien*")',
  // Courts telling Mexico's migration institute about foreigners under arrest orders; entry and residence refused to
  // foreigners on public-order grounds (Greek police); public authorities supplying information to the Home Secretary for
  // immigration; asylum seekers' data and the central register of foreigners (Arabic, on Germany)
  '"dar a conocer al Instituto" AND extranjer* AND (aprehension OR cautelares OR precautorias OR filiacion)',
  '"άρνηση εισόδου" AND αλλοδαπ* AND (διαμονής OR απέλασ* OR ΕΚΑΝΑ OR Ανεπιθύμητων OR "δημόσιας τάξης")',
  '("supply information" OR "supply of information") NEAR/8 "Secretary of State" AND ("Immigration and Asylum Act" OR enforcement OR removal OR "immigration offence*")',
  '("بيانات طالبي اللجوء" OR "السجل المركزي للأجانب") AND (الأمنية OR الشرطة OR ترحيل* OR تبادل OR "الوصول إلى" OR مخاوف OR انتقادات)',
  // Taiwan's immigration agency inspecting and registering foreigners who stay over three months
  '(查察登記 OR 查察登记) AND (移民署 OR 外國人 OR 外国人 OR 大陸地區人民)',
];

const BOTH_TOPICS_FIFTY_FIFTH = [
  // A state's DMV and state police exchanging information with the immigration service (Virginia, 2002)
  '("Department of Motor Vehicles" OR =DMV) AND "Immigration and Naturalization Service" AND ("exchange of information" OR share OR sharing OR exchange)',
];

const BOTH_TOPICS_FIFTY_SIXTH = [
  // Kazakhstan's rules for registering immigrants
  '("көшіп келушілерді тіркеу" OR "көшіп келушілерді тіркеудің") AND (ІІМ OR "Ішкі істер" OR полиция* OR "көші-қон қызмет*" OR шетелдік* OR бұйрық*)',
  // Whoever houses a foreigner must report them to the police (Egypt's 1952 decree, Jordan's residence law)
  '((يأوي OR يأوى OR آوى OR إيواء OR ايواء OR إيوائه) NEAR/10 (أجنبي OR أجنبياً OR أجنبيا OR الأجانب OR أجانب)) AND (يبلغ OR إبلاغ OR ابلاغ OR يبلّغ) AND (البوليس OR الشرطة OR الأمن OR الامن OR الأمنية OR أسكنه OR "مدير الفندق")',
  // Pakistan's NADRA blocking the ID cards of Afghans; Slovakia's duty for foreigners to report their stay to the foreign police
  'نادرا AND ("افغان باشندوں" OR "افغان شہریوں" OR "افغان کارڈ" OR "افغان شہری") AND (("شناختی کارڈ" OR "شناختی کارڈز" OR "افغان کارڈ" OR کارڈز) NEAR/2 (بلاک OR منسوخ))',
  '(((ohlásiť OR ohlasovanie OR ohlásenie) NEAR/6 pobyt*) AND ("cudzineckej polície" OR "cudzinecká polícia") AND povinn*) NOT (podvod* OR falošn* OR divadel*)',
];

/** The per-collection lists above, in order: spread once into each topic's includes. */
export const BOTH_TOPICS_BY_COLLECTION = [
  ...BOTH_TOPICS_FORTY_EIGHTH,
  ...BOTH_TOPICS_FORTY_NINTH,
  ...BOTH_TOPICS_FIFTIETH,
  ...BOTH_TOPICS_FIFTY_FIRST,
  ...BOTH_TOPICS_FIFTY_SECOND,
  ...BOTH_TOPICS_FIFTY_FOURTH,
  ...BOTH_TOPICS_FIFTY_FIFTH,
  ...BOTH_TOPICS_FIFTY_SIXTH,
];
