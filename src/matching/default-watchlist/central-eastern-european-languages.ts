/**
 * Nordic, Baltic, Central and South-East European, Greek and Cyrillic-script rules from the fiftieth collection on
 * (northern-central-europe.ts is near its size limit). Rules both topics read are named in both-topics.ts. Topic
 * definitions: src/matching/README.md.
 */

export const immigrationCentralEastern = [
  // Migration police raids on foreigners' stay rules (Kazakhstan, Russian)
  '(миграционн* NEAR/3 (служб* OR полиц*)) AND (рейд* OR выявлени*) AND (мигрант* OR нелегал* OR незаконн* OR иностран* OR нарушени* OR нарушител* OR задержан* OR выдвор* OR депорт* OR законодательств*)',
  '(нарушени* NEAR/2 "правил пребывания") AND (иностран* OR мигра* OR выдвор* OR депорт* OR "без гражданства")',
  // Border police catching people crossing illegally (Bulgarian); Croatia's reception centre for foreigners; foreigners obliged to
  // leave (Polish); surveillance of the Evros border and return decisions (Greek); illegal migration (Latvian); Lithuania's orders to leave
  // and expulsions
  '"Гранична полиция" AND (нелегално OR задържани OR мигрант*) AND (мигрант* OR границ* OR чужден*)',
  '(Prihvatn* NEAR/2 centr*) NEAR/3 strance',
  '(zobowiązan* NEAR/5 "do opuszczenia") AND (cudzoziem* OR "Straż Graniczna") AND ("opuszczenia Polski" OR "opuszczenia terytorium" OR "opuszczenia kraju" OR "opuszczenia RP")',
  'Εβρ* AND (φραχτ* OR μεταναστ*) AND (καμερ* OR πυργ* OR drones) AND (συνορ* OR Τουρκ* OR παρανομ* OR προσφυγ* OR λαθρο*)',
  '((αποφασ* NEAR/2 επιστροφ*) AND (υπηκο* OR "τριτων χωρων" OR παρανομ*)) NOT (ΦΠΑ OR "tax free" OR ΑΑΔΕ OR Γλυπτ* OR Μουσει* OR Ελγιν OR προπονητ* OR συμβολαι* OR Ολυμπιακ*)',
  '(nelegal* NEAR/2 migracij*) AND (robež* OR Latvij* OR ārzemniek* OR imigrācij* OR patvērum*)',
  '(uzsienieci* NEAR/3 (issiunt* OR grazin* OR ipareigojim*)) AND (išvykt* OR neteisėt* OR Migracij* OR teritorij* OR pasienio OR prieglobst*)',
  // From the fifty-first collection (dev): forced escort to the border (Bulgarian); illegal stay and return decisions
  // (Romanian); the EU entry-exit system (Greek)
  '"принудително отвеждане" OR (("Дирекция" NEAR/1 Миграция) AND (нелегал* OR незаконн* OR задърж* OR арест* OR извежд* OR изведе* OR връщане* OR контрол* OR експулс* OR принудител* OR "Закона за чужденците"))',
  '"sedere ilegala" AND (străin* OR imigr* OR expulz* OR returnare OR semnal*)',
  'returnare NEAR/3 decizi* AND (imigr* OR străin* OR expulz* OR ședere)',
  '"Συστήματος Εισόδου Εξόδου" OR "Σύστημα Εισόδου Εξόδου" OR "Entry Exit System" OR "Entry/Exit System"',
  // From the fifty-first collection (dev): entry bans of foreigners with HIV (Russia); raids on Tajik migrants
  // (Tajik)
  '(ВИЧ* AND (въезд* OR "нежелательност* пребывания")) AND (иностран* OR Роспотребнадзор) AND ("ВИЧ-инфицированн*" OR нежелательност* OR депорт* OR выдвор*)',
  '((рейд* OR облава*) NEAR/2 муҳоҷир*) OR ((рейд* OR облава*) AND муҳоҷир* AND (полис* OR милиса* OR боздошт* OR ҳабс* OR депорт* OR ихроҷ*))',
  // Moldova's border police refusing entry and holding people (Romanian); illegal stay of foreigners (Russian)
  '("Poliția de Frontieră" OR "Poliției de Frontieră") AND (refuz* OR interziși OR interzis* OR "documente false" OR reținut*) AND (cetățen* OR străin* OR migra* OR imigra* OR Schengen OR intra OR intre OR deporta*)',
  '"незаконн* пребывани*" AND (иностран* OR мигра*) AND ("иностранн* граждан*" OR иностранц* OR мигрант* OR "по миграции" OR миграционн* OR въезд* OR депорт* OR выдвор* OR "без гражданства")',
  // From the fifty-second collection (dev): illegal migrants leaving Russia (Uzbek), deportations in Belarus's
  // operation against illegal migration, Russia's blacklist of migrants (Kazakh)
  '(nolegal OR noqonuniy) AND (migrant* OR muhojir* OR "mehnat muhojirlari") AND (Rossiya* OR deport* OR chiqib OR hibsda OR "qora ro‘yxat") AND migrant*',
  '(нелегал* OR "незаконнай міграцыі" OR "незаконной миграции") AND (дэпартацы* OR депортаци* OR выдвор*) AND (мігрант* OR мигрант* OR іншаземц* OR иностран* OR "незаконнай міграцыі" OR "незаконной миграции") AND NOT (сериал* OR шпион* OR разведчик* OR режисс*)',
  '"қара тізім*" AND (мигрант* OR көші-қон OR Ресей* OR депорт* OR шығар*) AND (аумағ* OR азамат* OR шетел*)',
  // From the fifty-second collection (dev): Bulgaria's closed centres for asylum seekers and illegal border
  // crossing; Romania's weekly Schengen Information System hits
  '"затворен тип" AND (чужден* OR закрила OR бежан*) AND ("международна закрила" OR убежищ* OR "агенция за бежанците")',
  '("през границата" OR "преминаване на границата") AND ("без разрешение" OR незаконно OR противозаконно) AND ("надлежните органи" OR "лишаване от свобода" OR мигрант* OR чужден* OR бежан* OR принудител*)',
  '("Sistemul Informatic Schengen" OR "Sistemul Schengen" OR (=SIS AND Schengen)) AND (semnalări* OR semnalat* OR depistat* OR identificat*) AND (persoane OR nereturnare OR "interdicție de intrare") AND ((persoane NEAR/8 semnal*) OR (persoane NEAR/8 depistat*) OR (persoane NEAR/8 identificat*) OR nereturnare OR "interdicție de intrare")',
  // From the fifty-second collection (dev): immigration detention and the EU Entry/Exit System (Sweden)
  '((förvar AND (utlänning* OR uppsikt OR utvisning* OR avvisning*)) OR "in- och utresesystem") AND NOT (gevär* OR vapenlicens* OR jägare OR hemmalag* OR åskådare OR "tredje perioden" OR vikingaskatt* OR silverskatt* OR hittelön OR metallsökare)',
  // From the fifty-third collection (dev): foreigners' biometrics taken at the border, registration of foreigners by the internal-affairs bodies
  '(биометри* AND (иностранц* OR мигрант*) AND (границ* OR въезд* OR "на въезде")) AND NOT (МВД OR полици* OR "цифрового профиля" OR "цифровой профиль" OR орнитолог* OR птиц* OR пернат* OR замок OR шлагбаум* OR "жилом комплексе" OR жильц* OR "duty free")',
  '((("registration of foreign citizens" OR "registration of foreigners") AND ("internal affairs" OR "migration service")) AND NOT (voter* OR "voting rights" OR election*)) OR ((("регистрации иностранных граждан" OR "регистрация иностранных граждан" OR "регистрации иностранцев") AND (МВД OR "внутренних дел" OR полици* OR миграционн*)) AND NOT (марафон* OR забег* OR архив* OR историк*))',
  // From the fifty-third collection (dev): the EU entry-exit system (Greek), Russia's blacklist, Belarus's entry bans
  '("εισόδου και της εξόδου" OR "Entry/Exit" OR =EES) AND (βιομετρικ* OR σύνορα OR συνόρων) AND (σύστημα* OR συστήματ* OR System*) AND (ΕΕ OR Σένγκεν OR Schengen OR Ευρώπ* OR Ευρωπαϊκ* OR Ένωσ*)',
  '("черный список" OR "чёрный список" OR "черного списка") AND (въезд* OR запрет*) AND NOT (болельщик* OR фанат* OR пирамид* OR туроператор* OR отелей OR АТОР)',
  '("запретить въезд" OR "запрещен въезд" OR "запрет на въезд" OR "запрете въезда") AND (Беларусь OR пограничник*) AND NOT (лес* OR грузовик* OR грузовых OR транспорта OR хоккей* OR Хоккейный OR автобус*)',
  // From the fifty-fifth collection (dev): illegal border crossings and detentions of third-country nationals (Bulgarian)
  '("незаконно преминаване на границата" AND (мигрант* OR "Гранична полиция" OR граничн* OR задържан* OR "трети страни")) OR ("граждани на трети страни" AND (задържан* NEAR/5 (незаконно OR мигрант* OR вътрешността)))',
  // From the fifty-sixth collection (dev): Kyrgyz news of citizens held in Russia's Sakharovo migration centre
  '("миграциялык борбор*" OR (Сахарово NEAR/6 миграц*)) AND (кармал* OR депортац* OR чыгарыл* OR содержан* OR задержан* OR выдворен*)',
  // From the fifty-sixth collection's third wave (dev): Kosovo police detaining people who entered illegally; Russia's offence of a foreigner breaching the rules of stay
  '("hyrë ilegalisht" OR "hyrje ilegale" OR "kaluar ilegalisht") AND (shtetas OR emigrant* OR migrant* OR refugjat*) AND (polici* OR ndalua* OR dëbua*)',
  '"нарушение иностранным гражданином" AND "режима пребывания" AND (КоАП OR выдворен*)',
];

export const databasesCentralEastern = [
  // Police access to computer data and phone location; the interior ministry's information centres; migrants' digital profile and
  // biometrics at entry (Russian)
  '("получение компьютерной информации" AND ("оперативно-розыскн*" OR ОРМ OR "оперативно значим*")) OR ("оперативно-розыскн* мероприят*" AND ("компьютерн* информаци*" OR "компьютерн* данн*" OR "баз* данных"))',
  '(("информационн* центр* МВД" OR "ИЦ МВД") AND ("оперативно-справочн*" OR "учет* преступлен*" OR дактилоскоп* OR розыск*)) OR "оперативно-справочн* учет*"',
  '(геолокац* OR "местоположении мобильного" OR геоданн*) AND ("тайны связи" OR "тайной связи" OR полиц* OR розыск* OR "без согласия" OR "без их согласия") AND (пропавш* OR "тайны связи" OR "тайной связи" OR "О связи" OR законопроект* OR Госдум*)',
  '"цифров* профил*" AND (мигрант* OR "иностранных граждан" OR "иностранные граждане" OR "иностранного гражданина") AND (въезд* OR границ* OR отпечат* OR биометри* OR дактилоскоп*) AND (России OR Россию OR РФ OR МВД OR Правительств*)',
  '(отпечатк* NEAR/5 пальц*) AND (иностран* OR мигрант*) AND (границ* OR въезд*) AND (биометри* OR МВД OR миграц* OR дактилоскоп* OR мигрант*)',
  '"биометрическ* персональн* данн*" AND ("иностранн* граждан*" OR "без гражданства" OR мигрант* OR миграц* OR "вид* на жительство" OR въезд* OR дактилоскоп*)',
  // Data-protection authorities and police (Czech, Serbian, Swedish); Ukraine's pre-trial investigations register, plate-recording
  // cameras and conscription offices' wanted lists; Slovakia's police search systems; Bulgaria's hotel register linked to the interior
  // ministry; Hungary's Schengen information exchange
  'ÚOOÚ AND polici* AND (kontrol* OR GDPR OR "rozpoznávání tváří")',
  '(Poverenik OR Povjerenik) AND (kamer* OR MUP) AND (MUP OR policij*) AND (prepozna* OR nadzor* OR snima*)',
  '(Integritetsskyddsmyndigheten OR Datainspektionen) AND (brottsbekämpande OR polisdatalagen OR "Statens kriminaltekniska") AND (gransk* OR tillsyn* OR personuppgift* OR polisdatalagen OR brottsdatalagen OR spårregister OR register OR DNA*)',
  '"Єдиний реєстр досудових розслідувань" OR (ЄРДР AND (реєстр* OR систем* OR "бази даних" OR "база даних" OR доступ*))',
  '(фіксаці* NEAR/4 номер*) AND (відеоспостереж* OR камер*) AND (безпеч* OR охорон* OR поліц*)',
  'ТЦК AND (розшук* OR Оберіг OR реєстр OR реєстру OR реєстри OR реєстрі OR реєстрах OR реєстрів OR реєстром OR база OR бази OR базі OR базу OR баз OR базою OR базами OR базах)',
  '"Informačné systémy pátrania" OR (pátran* AND "Policajný zbor" AND ("informačn* systém*" OR evidenc* OR databáz* OR záznam*))',
  '"Единна система за туристическата информация" OR (ЕСТИ AND (МВР OR "Министерството на вътрешните работи" OR "Министерство на вътрешните работи")) OR (хотел* AND регистър* AND (МВР OR "Министерството на вътрешните работи") AND (чужден* OR турист* OR настан* OR адрес* OR подслон*))',
  '"Schengeni Informacios Rendszer" AND (informaciocsere OR rendorseg* OR rendelet) AND (informaciocsere* OR Korm)',
  // Latvia's criminal register and the police information system on detained and suspected people
  '"Sodu registr*"',
  '"Informācijas sistēm*" AND (aizturētas OR "aizdomās" OR notiesātas)',
  // From the fifty-first collection (dev): traffic-police databases; fingerprint and genomic registration (Russia,
  // Kazakhstan); Belarus's population register and data exchange on foreigners; police access to video systems
  // (Armenia)
  '((ГИБДД OR Госавтоинспекц*) AND ("баз* данных" OR "единую базу" OR доступ* OR "электронн* вид*")) AND (("баз* данных" OR "банк* данных" OR "единую базу" OR "информационн* систем*" OR собира* OR хранени* OR обработк*))',
  '("дактилоскопическ* регистрац*" OR "дактилоскопическ* учет*" OR "Дактилоскопиялық" OR "fingerprint and genomic registration" OR "genomic registration") AND (закон* OR законопроект* OR приказ* OR правил* OR правов* OR "внутренних дел" OR граждан* OR иностран* OR law* OR legal OR rules OR migrants OR Республик* OR қаулы*)',
  '"регистр* населения" AND (милиц* OR МВД) AND (правонаруш* OR преступ* OR розыск* OR милиц* OR выявлени*)',
  '(("информационн* систем*" OR "банк данных" OR "Central Bank of the foreign") AND (иностран* OR "foreign citizens") AND (обмен* OR МВД OR "Internal Affairs")) AND (("информационн* систем*" OR "банк данных" OR "баз* данных" OR "Central Bank of the foreign") AND (иностран* OR "foreign citizens") AND (МВД OR "Internal Affairs" OR миграци* OR границ* OR "без гражданства" OR stateless))',
  '(видеонаблюдени* NEAR/5 доступ*) AND (МВД OR "внутренних дел" OR полиц* OR милиц*) AND (государственн* OR муниципальн* OR законопроект* OR закон* OR постановлени*)',
  // Personal data in police work and Ukraine's demographic register (Ukrainian); Moldova's integrated police
  // information systems (Romanian); unified offence registers (Belarus, Moldova) and ticket data for law enforcement
  // (Kazakhstan)
  '("персональних даних" OR "персональні дані") AND (поліці* OR "органів розслідування" OR "органами розслідування") AND (захист* OR обробк* OR діяльн*)',
  '("демографічний реєстр" OR "демографічного реєстру" OR "реєстр фізичних осіб" OR "реєстрацію фізичних осіб") AND (єдин* OR персональн* OR приватн* OR громадянств*)',
  '("Sistemul informațional integrat" OR "Sistemului informațional integrat") AND (Poliția OR Poliției OR Poliție OR Polițiile OR Polițiilor OR polițist* OR "organelor de drept")',
  '("учета правонарушений" OR "учёта уголовных преступлений" OR "учета преступлений" OR "учёта преступлений") AND (систем* OR единой OR единую) AND (регистрац* OR закон* OR государствен* OR информацион* OR автоматизирован*)',
  'билет* AND "правоохранительные органы" AND (сведени* OR передач*) AND (самолет* OR поезд* OR авиа* OR железнодорож* OR пассажир* OR транспорт* OR забронирован* OR бронирован*)',
  // From the fifty-second collection (dev): the Bulgarian interior ministry's information funds; face recognition
  // by police (Czech, Slovak)
  '("информационни фондове" OR "информационна дейност" OR "информационните фондове" OR "информационната дейност") AND (МВР OR "Министерството на вътрешните работи" OR полиц*) AND (МВР OR "Министерството на вътрешните работи" OR ЗМВР OR ОДМВР) AND NOT ("връзки с обществеността" OR пресконференци*)',
  '(tvár* OR obličej* OR tváře) AND (biometric* OR identifik* OR rozpozn* OR rozeznáv*) AND (polici* OR polícia OR teroris* OR kamer*) AND (polici* OR polícia OR teroris* OR letiš* OR letisk* OR "ochranu osobních údajů")',
  // From the fifty-second collection (dev): the Prüm exchange and police camera surveillance (Sweden), police
  // face recognition (Finland), expulsion biometrics matched in police systems (Norway)
  'Prüm* AND (DNA* OR fingeravtryck OR fordonsuppgifter OR "DNA-profiler") AND (terroris* OR fordonsuppgifter OR "DNA-profiler" OR polis* OR polizia OR Schengen OR "banca dati" OR Prümråd* OR Prümsamarbet*)',
  '(kamerabevakning* OR kamerabevakningslagen) AND (polis* OR brottsbekämp* OR brottslighet OR "brottsbekämpande") AND (förslag* OR föreslå* OR lagrådsremiss* OR promemori* OR regering* OR ansiktsigenkänning* OR Polismyndighet* OR Säkerhetspolis* OR justitiedepartement*)',
  'kasvojentunnistus* AND (poliisi* OR rikollis* OR epäil*) AND (poliisi* OR keskusrikospoliisi*)',
  '(fingeravtrykk OR ansiktsfoto OR biometri) AND (utlending* OR utlendingsloven) AND ("ulovlig opphold" OR retur OR utvis* OR politi*) AND (Eurodac OR asyl* OR "ulovlig opphold" OR identitet* OR utlendingsloven)',
  // From the fifty-third collection (dev): police registers of domestic violence, how long police information centres keep records, police video surveillance, border-crossing databases, military registers and e-summonses, hotel guest registers
  '((реестр* AND (МВД OR милици* OR "органов внутренних дел") AND ("домашнего насилия" OR "домашнем насилии")) OR (("базе данных" OR "базы данных" OR "базу данных") AND ("семейно-бытовое насилие" OR "бытовое насилие") AND (полици* OR участков*))) AND NOT ("реестр иностранных агентов" OR иноагент* OR "реестр поставщиков" OR "реестр судебных решений" OR социолог*)',
  '((("сроки хранения" OR "сроков хранения" OR "срок хранения") AND ("ИЦ МВД" OR "информационных центрах" OR "информационном центре" OR ГИАЦ OR "уголовному преследованию" OR "уголовного преследования")) OR (несудимост* AND МВД AND (удал* OR хранен* OR учет*))) AND NOT (магазин* OR продукт* OR Роспотребнадзор OR музе* OR рукопис* OR "Банк России" OR ЦБ OR "звонков клиентов")',
  '(відеоспостереж* OR відеомоніторинг* OR відэасачэння OR "разумных камер" OR "умных камер" OR "разумныя камеры") AND (поліці* OR МВС OR міліцы* OR ідентифікац* OR милици* OR МУС) AND NOT (смартфон* OR стадіон* OR квитк* OR ОСББ OR під\'їзд* OR велосипед*)',
  '("базу даних" OR "бази даних" OR "базі даних") AND (кордон* OR перетнули OR перетину) AND NOT (науковц* OR дослідник* OR туристичн* OR туристів OR футбол* OR гравц*)',
  '("реестр воинского учета" OR "реестра воинского учета" OR "реестр воинского учёта" OR "реестр электронных повесток" OR "электронная повестка" OR "электронных повесток" OR (Оберіг AND (реєстр* OR ТЦК OR призовник* OR військовозобов*))) AND NOT (мошенник* OR фальшив* OR паролей OR фонд OR обереги OR оберегів)',
  '"E-Mehmon" OR (меҳмонхоналар AND (рўйхат* OR тизим*) AND (хориж* OR чет* OR ИИВ OR "ички ишлар" OR миграция* OR маълумот* OR паспорт* OR фуқаро* OR электрон* OR база* OR NOT (сайёҳлик OR юлдуз* OR тасниф* OR нонушта OR қуёш* OR энергия OR иситиш* OR баҳо*)))',
  '((("registration of foreign citizens" OR "registration of foreigners") AND ("internal affairs" OR police OR "migration service")) OR (("регистрации иностранных граждан" OR "регистрация иностранных граждан" OR "регистрации иностранцев") AND (МВД OR "внутренних дел" OR полици* OR миграционн*))) AND NOT (marathon OR race OR марафон* OR архив* OR историк* OR академи* OR курсант*)',
  '(чатбот* OR бот OR бота OR ботів) AND ("персональних даних" OR "персональними даними" OR "персональные данные" OR "персональных данных") AND (Telegram OR телеграм* OR Телеграм*) AND NOT (банк* OR доставк* OR шахра* OR фейков* OR Укрпошт* OR CRM OR баланс*)',
  '"разумных камераў" OR ((відэасачэнн* OR (камераў AND (міліцы* OR МУС OR распазнаванн* OR ідэнтыфікацы*))) AND (твар* OR сілавік* OR затрыма* OR пратэст* OR маніторынг* OR "грамадскай бяспекі" OR NOT (крам* OR крадзяж* OR пушч* OR жывёл* OR фотапастк* OR музе* OR экспазіцы* OR экспанат*)))',
  // From the fifty-third collection (dev): police processing of personal data (Polish), the crime-data and aliens-data laws and biometrics in crime fighting (Swedish), Belarus's control of citizens barred from leaving
  '("danych osobowych" OR "dane osobowe" OR "przetwarzania informacji" OR "przetwarzanie informacji") AND (Policj* OR Komendant* OR "organy ścigania" OR "podejrzanych o popełnienie") AND NOT (wyciek OR hakerzy OR nabór OR rekrutacyjn* OR oszuści OR podszywają OR seniorów)',
  'Brottsdatalag* OR brottsdatalagen OR (biometri* AND (brottsbekämpning* OR fingeravtryck OR dna) AND NOT (mobil OR skärmen OR telefonen OR släktforskare OR "dna-tester" OR Konsumentverket OR gymkedja OR medlemmar))',
  'Utlänningsdatalag* AND (myndighet OR Polismyndigheten OR personuppgifter) AND NOT (e-tjänst OR Årsredovisning OR årsredovisning OR juriststudenter OR tävling OR skrivtävling)',
  '"право на выезд" AND ("временно ограничено" OR ограничен*) AND (контрол* OR учет* OR учёт* OR банк* OR базы) AND NOT (алимент* OR приставы OR СССР OR Невыездные OR Хоккеист OR клуба)',
  // From the fifty-fifth collection (dev): police cameras searching number plates (Serbian); cameras recording cars entering towns, kept for
  // // the police (Ukrainian); police video analytics (Karaganda)
  '(таблиц* NEAR/5 (претраг* OR очитав*)) AND полициј* AND (криминалистичк* OR возилима OR украден* OR потраг*)',
  '(камер* NEAR/8 (автомобіл* OR машин* OR номер*)) AND (поліц* OR Поліц*) AND (архівується OR зберігається OR приїзд* OR розшук* OR угон*) AND NOT (швидкост* OR музе*)',
  '"система видеоаналитики" AND полиц* AND (происшеств* OR преступ* OR розыск* OR разыскив* OR правонаруш* OR умных OR распознав*)',
  // From the fifty-sixth collection (dev): Kazakhstan registering foreigners with the interior ministry's migration service; Hungarian public-camera footage stored centrally for law enforcement
  '("шетелдіктерді тіркеу" OR ("шетелдік азаматтарды" NEAR/8 тіркеу*)) AND (ІІМ OR "Ішкі істер" OR полиция* OR көші-қон)',
  '((kamerafelvétel* OR kamerák) NEAR/15 (bűnüldöző* OR rendőr*)) AND (központi* OR tárol* OR adatbázis*)',
  // From the fifty-sixth collection's third wave (dev): Slovenian police look-ups in personal records; Belarus's public-security video monitoring system
  '(vpogled* NEAR/6 evidenc*) AND policij* AND (osebn* OR sledil*)',
  '"республиканской системе мониторинга" OR "республиканская система мониторинга" OR "республиканской системы мониторинга"',
];
