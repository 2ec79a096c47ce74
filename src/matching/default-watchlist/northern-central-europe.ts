/**
 * Swedish, Norwegian, Danish, Finnish, Polish, Czech, Slovak, Greek, Hungarian and Romanian vocabulary for both topics (and, from the
 * thirty-seventh collection, Russian and South Slavic words for removal and Russia's register of controlled foreigners; from the thirty-ninth,
 * Bulgarian, Ukrainian and Kazakh records too; from the fortieth, Estonian, Latvian, Lithuanian, Slovenian, Slovak, Albanian,
 * Belarusian, Kyrgyz and Armenian, and Icelandic), written from the topic
 * definitions in the shape of the other language modules: removal of foreigners and immigration detention by the
 * names those countries' records use, and police registers and who may read them. The corpus holds these
 * languages since the thirty-third collection (Hungarian and Romanian since the thirty-sixth) (news, agency pages, parliamentary reports and ombudsman decisions).
 * The matcher folds accents, so rules are written without them (`forvar*` reaches "förvar", `sailoonotto*`
 * "säilöönotto", `zajisteni cizincu` "zajištění cizinců"); Polish ł and Danish æ are letters of their own.
 * Compound words are written whole or by their first part with a wildcard.
 */
import {
  AZERBAIJAN_HOSTS_REPORT_FOREIGNERS,
  BULGARIAN_HOSTS_REPORT_FOREIGNERS,
  MIGRANT_LOCATION_TRACKING,
  SERBIAN_HOSTS_REPORT_FOREIGNERS,
  SIS_RETURN_DECISIONS_DANISH,
  SIS_RETURN_DECISIONS_NORWEGIAN,
  SLOVAK_LODGING_REPORTS,
  MONGOLIAN_FOREIGNER_REGISTRATION,
  KAZAKH_MIGRANT_REGISTRATION,
  RUSSIAN_SCHOOLS_REPORT_MIGRANT_CHILDREN,
} from './both-topics.ts';

/** Russia's register of controlled persons as Kyrgyz news names it ("the black list"), with forced removal: both topics (the fortieth). */
const KYRGYZ_CONTROLLED_PERSONS_REGISTER = '"көзөмөлдөөчү реестр*" OR "кара тизме"';

/**
 * Swedish social services giving the border police the addresses of people with removal orders, under the aliens
 * ordinance's duties to inform ("underrättelseskyldighet"): records handed over for removal, both topics (the fortieth).
 */
const SWEDISH_SOCIAL_SERVICES_REMOVALS =
  '((utvisningsbeslut* OR utvisade OR utvisas) AND socialtjanst*) OR Utlanningsforordning* OR (underrattelseskyldighet* AND (utlanning* OR utvisning* OR avvis* OR Migrationsverket OR polis*))';

/**
 * Sweden's proposed duty for agencies to report undocumented people to the police and the Migration Agency (the
 * "informer law", "informationsplikt"): agency records handed over for removal, so both topics.
 */
const SWEDISH_INFORMER_LAW = 'angiverilag* OR ((angiveri OR informationsplikt OR anmalningsplikt) AND papperslos*)';

/**
 * Russia's register of controlled persons: foreigners without grounds to stay, kept by the interior ministry until they
 * leave (both topics; the thirty-seventh).
 */
const RUSSIAN_CONTROLLED_PERSONS_REGISTER = '"контролируемых лиц" OR "реестр контролируемых"';

/** Norway: asylum-centre and immigration-authority records handed to the police under the Immigration Act (both topics). */
const ASYLUM_RECORDS_TO_NORWEGIAN_POLICE =
  '(utlever* NEAR/8 opplysninger) AND (utlendingsloven OR utlendingsmyndighet* OR asylmottak* OR asylsoker*)';

/** Russia's migration registration: hosts notify the authorities of a foreigner's arrival (both topics; the thirty-ninth). */
const RUSSIAN_MIGRATION_REGISTRATION = '(миграционн* NEAR/1 учет*) OR (уведомлени* NEAR/3 прибыти*)';

/** Registration of foreigners' stay (Montenegro, Bosnia) and hosts notifying police of arrivals (Kazakhstan): both topics (the thirty-ninth). */
const FOREIGNERS_STAY_REGISTRATION =
  '((prijav* NEAR/3 boravk*) AND (stran* OR drzavlj*)) OR ((оповещ* OR уведомля* OR уведомить) AND прибыти* AND иностран*)';

export const immigrationNorthernCentralEurope = [
  // Sweden: detention ("förvar") and removal ("utvisning", "avvisning", "verkställighet") by the Migration Agency and
  // the police. "Utvisning" alone is also a penalty in sport, so it counts only beside the agency, detention or leaving.
  '((utvis* OR avvis* OR verkstallighet* OR atervandande*) AND (Migrationsverket* OR forvar* OR granspolis* OR verkstalls OR verkstallas OR verkstalla OR verkstallighet* OR "lamna landet" OR "ur landet" OR "lamna Sverige")) NOT (vapen OR lakemedel*)',
  SWEDISH_INFORMER_LAW,
  '(forvar* AND (Migrationsverket* OR utvis* OR avvis* OR atervand*)) NOT (vapen OR lakemedel* OR forvaring NEAR/3 (vapen OR lakemedel*))',
  // Norway: forced returns, the police immigration detention centre (Trandum) and its unit, removals of foreigners;
  // asylum-centre records handed to the police under the Immigration Act (also state-databases)
  'tvangsretur* OR utlendingsinternat* OR Trandum OR uttransport* OR "Politiets utlendingsenhet" OR ((utvis* OR utsendelse*) NEAR/10 (utlending* OR asylsoker* OR politiet))',
  ASYLUM_RECORDS_TO_NORWEGIAN_POLICE,
  // Finland: detention units ("säilöönottoyksikkö"), deportation ("karkotus"), refusal of entry ("käännytys"), forced returns
  'sailoonotto* OR karkotus* OR karkotta* OR karkotet* OR kaannytys* OR pakkopalautu* OR pakkopalautt* OR maastapoist* OR (poist* NEAR/2 maasta)',
  // Poland: the Border Guard detaining foreigners, return decisions and guarded centres for foreigners
  '(cudzoziemc* OR cudzoziemiec OR obcokrajowc*) NEAR/15 (zatrzyma* OR powrot* OR "strzezon* osrod*" OR deportac* OR wydal*)',
  // Czechia: detention facilities for foreigners, expulsion ("vyhoštění") and the foreigners' police
  '"zajisteni cizincu" OR vyhosten* OR vyhostov* OR "cizinecke policie" OR "cizinecka policie"',
  // Greece: pre-removal detention centres
  '"κεντρα κρατησης" OR "κεντρο κρατησης" OR "κεντρων κρατησης" OR προαναχωρησιακ*',
  // … and from the collection's last batch (dev): Greek deportations and returns of foreigners; Slovakia's foreigners'
  // police and illegal migrants found by police
  '(απελασ* AND (μεταναστ* OR αλλοδαπ* OR υπηκο* OR παρανομ* OR κρατησ* OR αστυνομ* OR πτησ* OR επιστροφ* OR ασυλ* OR χωρα* OR συνορ* OR διωξ* OR πραξ* OR αποφασ* OR διοικησ*)) OR ((επιστροφ* OR επαναπροωθησ*) NEAR/8 αλλοδαπ*)',
  '"cudzinecka policia" OR (nelegaln* NEAR/3 migrant*)',
  // From the thirty-sixth (dev): Denmark's removal reports and its national centre for foreigners awaiting removal,
  // Hungary's expulsions and aliens policing, Romania's public custody centres and return decisions
  'udsendelsescenter OR udsendelsesposition OR udsendelsesredegørelse OR udlændingecenter OR (udsendelse* NEAR/10 (udlænding* OR afvist* OR asylansøg*))',
  'kiutasitas* OR idegenrendeszet*',
  '"centre de custodie publica" OR "decizie de returnare" OR ("Inspectoratul General pentru Imigrari" AND (expulz* OR indepart* OR returnare OR custodie OR ilegal* OR escort* OR interdictie) NOT ("avize de munca" OR "aviz de munca" OR "permise de munca"))',
  // From the thirty-seventh (dev): deportation and expulsion in Russian and Serbian (Cyrillic), Russia's register of
  // controlled persons, and Bosnian, Croatian and Slovene removals of migrants
  'депорт* OR выдвор*',
  RUSSIAN_CONTROLLED_PERSONS_REGISTER,
  'deportova* OR deportiran* OR (izgnal* NEAR/6 migrant*) OR (prebacen* NEAR/8 migrant*)',
  // From the thirty-eighth (dev): Denmark's Return Agency and rejected asylum seekers sent home; Finland's return
  // decisions and illegal stay
  'Hjemrejsestyrels* OR ((afvist* NEAR/3 asyl*) NEAR/15 (hjem OR ud OR udsend*))',
  'palautuspaato* OR (laitto* NEAR/3 oleskel*)',
  // From the thirty-ninth (dev): Russian raids detaining migrants; migration registration of foreigners reported by
  // their hosts (both topics, like hotels' reports); compulsory fingerprinting of migrants
  '(рейд* OR задерж* OR облав*) NEAR/15 (мигрант* OR нелегал*)',
  RUSSIAN_MIGRATION_REGISTRATION,
  'дактилоскоп* AND мигрант*',
  // … Norway's holding of foreigners under the Immigration Act; Denmark's departure centres; Sweden's internal aliens
  // checks; Poland's Border Guard against illegal migration; Czechia's detention of foreigners and accommodation
  // providers' duty to report foreign guests to the police (both topics); Greece's reception and detention centres;
  // Romania's forced returns and public custody; Bulgaria's detentions of illegal migrants and border police; Serbia's
  // round-ups of illegal migrants
  'utlendingslov* AND (tilbakeholdelse OR pagripelse OR utsendelse OR internering OR innbringelse)',
  'udrejsecent* OR Kaershovedgard OR Sjaelsmark OR utlanningskontroll*',
  '("Straz Graniczna" OR "Strazy Granicznej") AND nielegaln*',
  '"zajisteni cizince" OR "zajisteni cizincu" OR (zajisteni NEAR/3 cizin*) OR (ubytovatel* AND cizin*)',
  '"Κεντρων Πρωτης Υποδοχης" OR ΚΕΠΥ OR ((κρατηση* OR κρατησης) NEAR/8 (μεταναστ* OR αλλοδαπ*))',
  '"returnare fortata" OR "returnari fortate" OR "returnarii fortate" OR (indepartat* NEAR/6 teritoriu*) OR "luati in custodie"',
  '(нелегалн* NEAR/3 (мигрант* OR имигра*)) OR (задърж* NEAR/10 (мигрант* OR чужденц* OR "чужди граждани")) OR "незаконно пребиваващ*" OR ("временно настаняване" NEAR/3 чужденци)',
  '((гранич* NEAR/3 полиц*) AND незаконн*) OR (ilegaln* NEAR/3 migrant*)',
  // … second round: Russia's temporary detention centres for foreigners (ЦВСИГ) and Ukraine's holding points; Bulgaria's
  // border catches; Ukraine's illegal migrants and forced departures ("видворення"); registration of foreigners' stay
  // (Montenegro, Bosnia) and hosts notifying the police of a foreigner's arrival (Kazakhstan), both topics
  'ЦВСИГ* OR (("временного содержания" OR "временного пребывания" OR "тимчасового перебування") AND (иностран* OR іноземц*))',
  '(заловени NEAR/6 (сирийци OR мигранти OR незаконно OR бежанци)) OR (нелегальн* NEAR/2 мігрант*) OR (незаконн* NEAR/2 мігрант*) OR видвори* OR видворен*',
  FOREIGNERS_STAY_REGISTRATION,
  // From the fortieth (dev): Russian and Central Asian police raids on illegal migrants and breaches of migration law
  // (also in Belarusian), entry bans for foreigners, Russia's register of controlled persons in Kyrgyz with forced
  // removal, and Armenian "expelled" (արտաքսվել)
  '(нелегальн* NEAR/3 мигрант*) OR "незаконной миграции" OR "Фиктивная регистрация"',
  '(нарушени* OR парушэнн*) NEAR/4 (миграцион* OR міграцыйн*)',
  '((запрет* OR "не пустят") NEAR/10 въезд* NEAR/15 (иностран* OR мигрант*)) NOT (санкци* OR МИД OR "стоп-лист*")',
  KYRGYZ_CONTROLLED_PERSONS_REGISTER,
  'мажбурлап NEAR/3 чыгар*',
  'արտաքս*',
  // … Slovenia's Aliens Centre (Postojna); Lithuania's foreigners' registration centre (URC) and border guard (VSAT)
  // with migrants, migrants turned back at the border; Latvia's centre for detained foreigners; Estonia's removals,
  // detention centre (Harku) and return funding; Bulgaria's Aliens Act and its special homes; Albanian border police
  // stopping irregular migrants
  '"cent* za tujce"',
  '"Uzsienieciu registracijos centr*" OR (=URC AND (Pabrad* OR Kybart* OR uzsienie* OR migrant*)) OR (=VSAT AND (migrant* OR uzsienie* OR pilie* OR imigrant*))',
  '(neileist* OR neileidome OR neteiset*) NEAR/5 migrant*',
  'aizturet* NEAR/4 arzemniek*',
  'valjasaadet* OR valjasaatmis* OR kinnipidamiskesk* OR (tagasisaatmi* AND (valismaalas* OR migrant* OR PPA OR politsei* OR varjupaiga*)) OR ("valja saata" NEAR/8 (immigrant* OR valismaalas* OR varjupaiga*))',
  '"Закона за чужденците" OR (чужден* NEAR/8 (принудително OR експулсиране OR "специален дом" OR "временно настаняване"))',
  '((emigrant* OR migrant* OR "te huaj") NEAR/6 (paligjshem* OR ndalohen OR ndaluar OR kapur OR kapen)) OR ((ndalohen OR ndaluar OR kapur) NEAR/12 ("policia kufitare" OR ilegalisht OR sirian*))',
  // … Finland's police control of aliens; Iceland's transfers back under Dublin and police escorts out of the country;
  // Denmark's expulsion ("udvisning") under the Aliens Act; Swedish social services and removal orders
  'ulkomaalaisvalvon*',
  '(endursend* AND Utlendingastofnun*) OR fylgdadeild* OR "fylgd logreglu"',
  'udvisning* AND (udlænding* OR indrejseforbud OR udlændingelov*)',
  SWEDISH_SOCIAL_SERVICES_REMOVALS,
  // … Greek for irregular migrants held, pushed back or deported, and police sweeps for foreigners without papers
  'λαθρομεταναστ* OR επαναπροωθ* OR (απελα* AND (μεταναστ* OR αλλοδαπ* OR υπηκο* OR παρανομ* OR κρατησ* OR αστυνομ* OR πτησ* OR επιστροφ* OR ασυλ* OR χωρα* OR συνορ* OR διωξ*))',
  '(αλλοδαπ* NEAR/10 νομιμοποιητικ*) OR ((αλλοδαπ* NEAR/10 (προσηχθησαν OR συνεληφθησαν)) AND ("παρανομη εισοδο" OR "παρανομη παραμονη" OR "παρανομη διαμονη" OR μεταναστ* OR νομιμοποιητικ* OR "ταξιδιωτικα εγγραφα"))',
  // From the forty-first collection (dev): Iceland's expulsions and re-entry bans; Slovakia's border and foreign police
  // detaining people without papers and its police detention of foreigners, Czechia's holding facility for foreigners;
  // Poland's duty to leave; Georgia's migration department; Uzbek reports of forced expulsion from Russia; migrants
  // returned between Croatia and Bosnia; Slovenia's registration centre for irregular crossers; Latvia's border guard
  // holding rooms
  'endurkomubann* OR ((brottvis* OR fravisun*) AND (utlending* OR landamaer* OR landamær* OR haelisleit* OR hælisleit* OR Utlendingastofnun* OR flottam* OR "ur landi")) OR ((visa OR visad OR visadi) NEAR/3 "ur landi")',
  '(cudzineck* NEAR/3 polic*) AND (zadrz* OR zaisten* OR neopravnen* OR "bez cestovn*" OR hranic*)',
  '"policajneho zaistenia pre cudzincov" OR "zaistenia pre cudzincov" OR "zachytne zarizeni pro cizince" OR "zarizeni pro zajisteni cizincu"',
  'cudzoziem* NEAR/8 ("opuszczenia terytorium" OR "opuscic terytorium" OR "do powrotu" OR wydalen* OR deportac*)',
  '"მიგრაციის დეპარტამენტ*" AND (უცხოელ* OR უცხო)',
  '("chiqarib yuboril*" OR "chiqarib yuborildi" OR deportatsiya*) AND (muhojir* OR migratsiya* OR "chet el fuqaro*")',
  '(vraca OR vracaju OR vraceno OR vratilo OR vratila OR враћено OR враћа OR враћају) NEAR/6 (migrant* OR migranata OR мигрант* OR миграната)',
  '(tujc* NEAR/8 (nedovoljen* OR nezakonit*)) AND polic* AND (mej* OR prestop* OR migrant* OR azil* OR bivanj* OR vrnjen* OR vrac* OR odstranit*)',
  '(robezsardz* AND (aiztur* OR turesanas OR izraid* OR "nelikumig*")) NOT (kontraband* OR cigaret* OR narkotik* OR akciz*)',
  SLOVAK_LODGING_REPORTS,
  // … second round: Russia's entry bans on labour migrants; Bosnia's service for foreigners and its immigration
  // centre, Montenegro's "Stranac" operations and shelter for foreigners, expulsions in Serbian and Bosnian; Albania's
  // border police receiving returned citizens; Azerbaijan's state migration service; illegal migrants (Macedonian)
  '("запрет на въезд" OR "запрета на въезд" OR "отказы во въезде" OR "отказ во въезде") NOT (грузовик* OR грузового OR грузовых OR большегруз* OR автомобил* OR транспорт* OR машин* OR автобус*)',
  '("poslove sa strancima" OR "послове са странцима") AND (udalj* OR protjer* OR kontrol* OR readmis* OR забран* OR удаљ*)',
  '"Imigracioni centar" OR "Prihvatiliste za strance" OR (=Stranac AND (policij* OR boravak)) OR ((протер* AND (странц* OR страних)) NOT (дипломат* OR амбасад*)) OR ((protjer* AND (stranc* OR stranac OR stranaca OR stranih OR drzavljan*)) NOT (diplomat* OR ambasad* OR veleposlan*))',
  '((riatdhes* OR "jane kthyer") AND ("Policia Kufitare" OR "Policise Kufitare" OR azilkerkues*)) NOT (festa* OR pushime* OR turist*)',
  '"qanunsuz miqras*" OR "qanunsuz miqrant*" OR ((əcnəbi* AND (cıxarılıb OR saxlanılıb)) NOT (narkotik* OR oğurluq* OR qətl* OR dələduzluq*))',
  '(илегални OR нелегални) NEAR/2 мигрант*',
  // … third round: raids on illegally working foreigners and entry restrictions (Russian); Moscow's "Amina" app that
  // tracks labour migrants' location (both topics)
  '(рейд* OR проверк*) NEAR/10 ("незаконно работающих" OR мигрант* OR "иностранных граждан")',
  '"ограничению въезда" OR "ограничения въезда" OR "закрыт въезд" OR "отказывают во въезде" OR "отказывают от въезда"',
  MIGRANT_LOCATION_TRACKING,
  // … Turkish fines for employing foreigners without permits ("kaçak işçi"); Kurdish deportations ("dersînor")
  '(kacak NEAR/3 (isci* OR calıs*)) AND yabanc*',
  'dersinor* OR دەرسینۆر* OR ديپۆرتكرن*',
  // The forty-second collection: Finland's returns to Iraq
  '(palautt* OR palautus* OR palautuk* OR palautettiin OR palautettu* OR palautetaan) NEAR/10 (turvapaikanhakij* OR maahanmuut* OR vastentahtoisesti OR palautussopimu* OR irakilai* OR (Irak* NEAR/10 (kansalai* OR henkilö* OR ihmis* OR lento* OR suostu*)))',
  // … second round: Cyprus's and Greece's repatriations, arrests for illegal stay and detention sites; Russia's
  // fictitious registration of foreigners and special detention centres; illegal crossings stopped at the Lithuanian
  // and Ukrainian borders; Tajik, Kazakh and Uzbek reports of migrants expelled or caught
  '(επαναπατρ* NEAR/15 (μεταναστ* OR αλλοδαπ* OR παρανομ* OR υπηκο*)) NOT (σορ* OR λειψαν* OR brain OR εγκεφαλ* OR κεφαλαι* OR ομογεν* OR κινητρα)',
  '(παρανομ* NEAR/4 (μεταναστ* OR διαμον* OR διαμεν* OR παραμον* OR εισερχομεν*)) NOT (καταλυματ* OR =ΑΜΑ OR Airbnb OR βραχυχρονι* OR τουριστ*)',
  '(("Χωρο Κρατησης" OR "Χωρος Κρατησης") NEAR/15 (αλλοδαπ* OR μεταναστ* OR υπηκο* OR απελα* OR επιστροφ* OR ασυλ*)) OR ("διαδικασια επιστροφης" NEAR/10 (αλλοδαπ* OR μεταναστ* OR υπηκο* OR παρανομ* OR απελα*)) OR "διαδικασιες επαναπατρισμου"',
  '(фиктивн* NEAR/3 (постановк* OR регистрац*)) AND (мигрант* OR иностран* OR миграционн* OR "по месту пребывания" OR "по месту жительства" OR квартир*)',
  'спецприемник* NEAR/5 (мигрант* OR "иностранных граждан" OR "для иностранцев" OR выдворен* OR депорт*)',
  '(нелегал* NEAR/10 мигрант*) OR (((нелегал* NEAR/10 (въезд OR пограничник* OR Литв*)) AND (мигрант* OR иностран* OR нарушител* OR границ*)) NOT (сигарет* OR табак* OR алкогол*))',
  '(прикордонник* NEAR/10 (повернули OR іноземц*)) NOT (контрабанд* OR цигарк* OR сигарет* OR викраден*)',
  '((ихроҷ* NEAR/10 (муҳоҷир* OR шаҳрванд* OR хориҷ* OR Русия OR депорт* OR кишвар*)) NOT (газҳои OR "гази карбон" OR партов* OR донишгоҳ* OR мусобиқа*)) OR (муҳоҷир* NEAR/10 (ронда* OR берун OR боздошт*))',
  '(((шетел* OR шетелдік*) NEAR/10 (шығарыл* OR заңсыз* OR қайтарды)) AND (азамат* OR мигрант* OR "көші-қон" OR депорт* OR елден)) NOT (экспорт* OR прокат* OR астық*)',
  '(Көші-қон NEAR/15 (заңсыз* OR рейд* OR бұзушылық*)) AND (шетел* OR полиция* OR мигрант*)',
  'ноқонуний NEAR/10 ("чет эл фуқаро*" OR "чет давлат фуқаро*" OR муҳожир* OR мигрант*)',
  // … third round: Poland's guarded centres and detention of foreigners, people turned back to Belarus; Hungary's border
  // violators; Croatian police refusing migrants; illegal migrants in Slovak
  '(strzezon* NEAR/2 (osrodk* OR osrodek OR osrodkach)) NOT (parking* OR wypoczynk*)',
  'detencj* NEAR/5 cudzoziem*',
  '(zawroc* OR odstawili OR "z powrotem") NEAR/12 (Bialorus* OR migrant* OR cudzoziem* OR "Straz Graniczna" OR "Strazy Granicznej" OR "linii granicy" OR "granicy z Bialorusia")',
  'hatarserto* NOT (dron* OR legter* OR repulo* OR raket*)',
  '(zavrac* NEAR/5 migrant*) OR ((zavrnil* NEAR/5 migrant*) AND (meji OR meja OR mejo OR vstop* OR policij* OR granic*))',
  '(ilegaln* NEAR/10 migrant*) AND (zadrz* OR polici* OR hranic* OR prevadz* OR prevadec* OR kamion* OR vyhost* OR deport* OR zaistil*)',
  // … last pass: Bulgaria's refugees sent back; Poland's state of emergency on the Belarus border
  'бежан* NEAR/15 (връщат OR връщане OR върнати)',
  '"stan wyjatkowy" AND migran*',
  // From the forty-third collection (dev): Bulgarian border arrests, Ukraine's holding centres for foreigners staying
  // unlawfully (ПТПІ) and border guards catching foreigners, Greek police taking foreigners in, and hosts' reports of
  // foreigners to the Bulgarian police (both topics)
  '(задържан* OR хванаха OR задържаха) NEAR/8 (мигрант* OR имигрант* OR чужденц* OR афганистанц* OR сирийц* OR мароканц* OR "незаконно пребиваващ*" OR "нелегално пребиваващ*")',
  'ПТПІ OR "пункт тимчасового перебування" OR "пунктів тимчасового перебування" OR (прикордонн* NEAR/15 (іноземц* OR нелегал*))',
  'προσαγωγ* NEAR/5 αλλοδαπ*',
  BULGARIAN_HOSTS_REPORT_FOREIGNERS,
  // From the forty-third collection's second round (dev): Georgia expelling foreigners; Iceland's police escorting people out
  // of the country and expulsion cases; Hungary's border transit zones; Denmark's SIS entries for return decisions and
  // Azerbaijan's hosts reporting foreigners (both topics)
  '(გააძევ* OR გაძევ*) AND (უცხოელ* OR მიგრანტ* OR "უცხო ქვეყნის" OR მიგრაციის OR დეპორტ* OR საქართველოდან OR ქვეყნიდან) NOT დიპლომატ*',
  '((fylgt OR fylgja OR fylgir) NEAR/5 "úr landi") OR (brottvísun* AND (landi OR útlending* OR Útlendingastofnun* OR endurkomubann* OR hælisleit* OR kærunefnd*)) OR (tranzitzón* AND (menedékkérő* OR migráns* OR Röszke OR Tompa OR menekült* OR bevándorl*))',
  SIS_RETURN_DECISIONS_DANISH,
  AZERBAIJAN_HOSTS_REPORT_FOREIGNERS,
  // … (the forty-fourth) Norway's and Denmark's Schengen entries for people who must leave or are banned from entry;
  // Ukraine's "Migrant" operations against unlawfully staying foreigners; North Macedonia's migrant centre; Serbian hosts'
  // reports of foreign guests (both topics)
  SIS_RETURN_DECISIONS_NORWEGIAN,
  '(=SIS OR "SIS II" OR "Schengen informasjonssystem*" OR "Schengen informationssystem*") NEAR/15 (indrejseforbud OR innreiseforbud OR utreiseplikt)',
  '((операци* NEAR/4 (Мигрант OR Мігрант)) AND (полици* OR МВД OR поліці* OR задержан* OR иностран* OR іноземц*)) OR ("незаконно пребывающих" AND (иностран* OR мигрант* OR выдвор* OR депорт*)) OR ("незаконно перебувають" AND (іноземц* OR iноземц* OR мігрант* OR видвор* OR депорт* OR громадянства))',
  '"Центарот за мигранти" OR "Центар за мигранти" OR ("прихватни центар" NEAR/8 (мигран* OR странц* OR странаца OR азил* OR тражиоц*))',
  SERBIAN_HOSTS_REPORT_FOREIGNERS,
  // … (the forty-fourth) Romania's public custody of foreigners; irregular migrants at the Evros (Greek); police beating
  // migrants at Croatia's border; Kosovo's returns of unlawfully staying foreigners; Slovenia's detention of foreigners
  '"custodie publică a străinilor" OR (("centre de cazare" NEAR/6 străini*) AND (custodie OR îndepărt* OR returnare OR expulz* OR escortă OR "Inspectoratul General pentru Imigrări"))',
  '("Παράτυποι μετανάστες" OR ("παράτυπ*" NEAR/6 (μεταναστ* OR σύνορ*))) AND (συνελήφθη* OR σύλληψη OR συλλήψ* OR κράτηση* OR κρατούμεν* OR επιστροφ* OR απέλασ* OR εντοπίστηκαν OR αστυνομ* OR Λιμενικ*)',
  '(policij* NEAR/8 (migrant* OR izbjeglic*)) AND (tuče OR pushback* OR vraćanj* OR protjeriv* OR vrati OR vratil* OR vraća* OR vraćen* OR (granic* NEAR/10 (migrant* OR ilegaln* OR nezakonit*)))',
  '(kthim* NEAR/8 ("të huaj*")) AND (paligjshëm OR polic*)',
  '"zapor za tujce" OR "center za tujce" OR "Centra za tujce" OR (tujc* NEAR/6 (odvzame OR pridržal* OR pridržan* OR pridržanj*))',
  '("опознавания лиц" OR "распознавания лиц") AND пограничн*',
  // … (the forty-fifth) Ukraine's migration service against illegal migration; Macedonian illegal migrants; Armenians'
  // Russian entry bans
  '(нелегальн* NEAR/2 міграц*) AND (ДМС OR видворен* OR іноземц* OR реадмісі* OR "міграційної служби")',
  '((илегалн* NEAR/3 мигрант*) OR (илегални NEAR/3 мигранти)) AND (полиц* OR МВР OR МУП OR откри* OR пронај* OR задрж* OR депорт* OR уапс* OR притвор* OR залов* OR прихватн* OR гранич*)',
  '"մուտքի արգելք*" AND (միգրացիոն* OR ՌԴ OR Ռուսաստան* OR քաղաքացի* OR օտարերկր* OR արտաքս* OR սահմանային OR սահմանապահ*)',
  // … (the forty-fifth) Georgia's arrests of foreigners without legal grounds (Armenian); Mongolian deportations and
  // hosts registering foreigners
  'օտարերկրյա* AND (ձերբակալ* OR արտաքսմ* OR արտաքս*) AND (միգրացիայի OR միգրացիոն* OR "առանց օրինական")',
  '("нутаг буцаа*" AND ("хууль бус*" OR виз* OR цагаач* OR "гадаад иргэн*" OR "гадаадын иргэн*")) OR (("албадан гаргах" OR "албадан гаргасан") AND ("гадаадын иргэн*" OR "гадаад иргэн*" OR виз* OR "Монгол Улсаас" OR хил* OR БНХАУ))',
  MONGOLIAN_FOREIGNER_REGISTRATION,
  // … (the forty-fifth) migrants' registration with the interior ministry or migration police (Kazakhstan, Russia)
  '(регистрац* NEAR/2 (мигрант* OR иммигрант*)) AND (МВД OR "внутренних дел" OR миграционн*)',
  // … (the forty-fifth) biometrics at Russia's border finding illegal migrants and people banned from entry; Kazakh
  // immigrant registration
  'биометри* AND ((нелегал* AND (иностран* OR мигрант* OR МВД OR миграц* OR депорт*)) OR "запрет на въезд" OR "запретом на въезд" OR "закрыт въезд")',
  KAZAKH_MIGRANT_REGISTRATION,
  // … (the forty-fifth) Greece's police sweeps of migrants (Xenios Zeus); Belarus's database of foreigners who
  // overstayed
  '"Ξένιος Ζευς" OR "Ξένιου Δία" OR "Ξένιο Δία" OR "Xenios Zeus"',
  '("база данных" OR "базу данных") AND иностран* AND (нарушивш* OR нарушител*)',
  // The forty-sixth collection: SIS alerts refusing entry (Finnish), Denmark's return law, Swedish immigration detention
  '(=SIS NEAR/1 jarjestelma*) AND (maahantulo* OR karkot* OR (poist* NEAR/2 maasta) OR "maassa oleskelu")',
  'hjemrejse* AND udrejse* AND (udlænding* OR asyl* OR "lovligt ophold" OR Hjemrejsestyrelse* OR udvis* OR tvang* OR afvist* OR udsendelse*)',
  'forvaret AND (Migrationsverk* OR utvis* OR asyl* OR "forvaret i Marsta" OR avvisning* OR "ut ur landet")',
  // The forty-sixth collection, third round: Polish checks of the legality of stay and return decisions, Denmark's return act
  '(kontrol* NEAR/4 "legalnosci pobytu") AND (cudzoziem* OR "Strazy Granicznej" OR "Straz Graniczna" OR "Straze Graniczne" OR obcokrajow*)',
  '("zobowiazuj* do powrotu" OR "zobowiazaniu do powrotu" OR "zobowiazaniu cudzoziemca do powrotu") AND (cudzoziem* OR "Strazy Granicznej" OR "Straz Graniczna" OR "Straze Graniczne" OR decyzj* OR obywatel* OR obcokrajow*)',
  'hjemrejselov* AND (udlænding* OR udvis* OR udrejse* OR udsend* OR Ellebæk OR frihedsberøv* OR "uden lovligt ophold" OR udrejsecent* OR afvis*)',
  // Forty-seventh collection (2026-12-06): Romania's Schengen alerts law
  '("Sistemul de informatii Schengen" OR "Sistemul informatic national de semnalari") AND ("decizie de returnare" OR "decizia de returnare" OR "decizii de returnare" OR "returnare fortata" OR "returnarea strainilor" OR "Inspectoratul General pentru Imigrari" OR =IGI OR "interdictie de intrare" OR "interdictia de intrare" OR "sedere ilegala" OR "sederea ilegala")',
  // Forty-seventh collection (2026-12-06): migration raids and expulsions in Russian
  '("миграцион* рейд*" AND (иностран* OR мигрант* OR полици* OR МВД OR правоохранительн* OR нарушител*)) NOT (мошенник* OR лжесотрудник* OR лжеинспектор* OR лжеполицейск*)',
  '(операци* NEAR/2 Нелегал) AND (мигрант* OR иностран* OR миграцион* OR выдворен* OR депортац* OR "режима пребывания")',
  '((высылк* OR выслан* OR выдворен*) NEAR/8 (иностран* OR мигрант*)) AND (решени* OR суд* OR незаконно OR нарушени* OR миграц* OR "за пределы" OR правоохранител* OR милици* OR полици*) NOT (заказ* OR код* OR банк*)',
  // Forty-seventh collection (2026-12-06): schools reporting migrants' children
  RUSSIAN_SCHOOLS_REPORT_MIGRANT_CHILDREN,
  // Forty-seventh collection (2026-12-06): irregular migrants detained, in Polish
  '("nielegalnych migrantow" NEAR/8 (zatrzyman* OR aresztow*)) NOT (pobic* OR oszu* OR wyludz* OR serialu OR nagranie)',
  // From the forty-eighth (dev): Iceland's immigration directorate enforcing removals, Denmark's Ellebæk, Dutch restricted-liberty locations, Ukrainian entry bans
  'Utlendingastofnun* AND (fravis* OR brottflutning* OR flottamannakerf* OR (framfylg* AND (logregl* OR synjun* OR vernd OR brottvis* OR endursend*)))',
  'Ellebæk AND (frihedsberøv* OR udrejse* OR asyl* OR indsatte OR Kriminalforsorgen OR udsendelse* OR tilbageholdt* OR udvisning* OR udviste OR udlændingecent* OR ((udlænding* OR udvis*) AND (center OR centret OR fængsel* OR politi* OR detention)))',
  '"vrijheidsbeperkende locatie" OR (=VBL AND ("Dienst Terugkeer" OR vreemdeling* OR asiel* OR "Ter Apel" OR uitgeprocedeerd* OR uitzet* OR (vertrek* AND ("DT&V" OR =IND OR =COA OR bewaring OR terugkeer))))',
  '(заборон* NEAR/6 (їзд* OR вїзд* OR вʼїзд* OR "в\'їзд")) AND (іноземц* OR "без громадянства" OR прикордон* OR кордон*) AND (Україн* OR ДПСУ OR ДМС OR прикордонник* OR видвор* OR депорт* OR "примусове повернення" OR "пункт* пропуску" OR міграц* OR перебування OR порушник* OR громадян* OR СБУ)',
  // … Russian police checks of migrants' papers, fighting illegal migration; Kazakhstan's hosts reporting foreigners to the migration police
  'мигрант* AND (полици* OR ФМС OR "миграционной службы") AND ("проверить документы" OR патрул* OR рейд* OR облав*)',
  '("противодействие нелегальной миграции" OR "противодействия нелегальной миграции") AND (мигрант* OR иностран* OR выдвор* OR депорт* OR задерж* OR МВД OR полици* OR ФМС OR ГУВМ OR погранич* OR рейд* OR "миграционн* служб*" OR нарушител* OR закон* OR ФСБ OR Росгвард*) NOT "нелегальной миграции капитал*"',
  '(хабарла* AND шетелдік*) OR ("Көші-қон" AND (шетелдік* OR шетелдікт*))',
  // The forty-ninth collection: migrants moved by force (Slovenian); expulsion of foreigners (Ukrainian); Russian entry bans, police finding
  // illegal migrants, Tajik migrants refused entry at the Russian border; reports on foreigners to the militia
  'prisilno NEAR/6 migrant* AND (policij* OR polic* OR vrn* OR vrac* OR meja OR meje OR mejo OR mejni* OR Hrvask* OR azil* OR izgon* OR readmisij* OR pushback* OR deport* OR pridrz* OR tujc* OR "center za tujce" OR odstranit* OR racij* OR aretir*)',
  '(висланн* AND (іноземц* OR "без громадянства")) AND (примусов* OR видвор* OR ДМС OR міграц* OR депорт* OR затрим* OR "пункт тимчасового перебування" OR ПТПІ OR порушен* OR нелегал* OR незаконн* OR СБУ OR поліці* OR "країни походження" OR реадмісі* OR "в\'їзд*" OR заборон* OR біженц* OR "додаткового захисту")',
  '("неразрешени* въезд*" OR "не разрешении въезда" OR "неразрешение въезда" OR "о неразрешении въезда") AND (иностран* OR гражданин* OR миграци* OR УВМ OR МВД OR ФМС) AND ("в Россию" OR "в РФ" OR "на территорию" OR выдвор* OR депорт* OR мигрант* OR миграци* OR УВМ OR ФМС OR "иностранному гражданину" OR "иностранного гражданина" OR "иностранных граждан" OR иностранц* OR иностранец OR границ*)',
  '(нелегал* AND (МВД OR полиц*) AND (иностран* OR мигрант*)) AND (мигрант* OR выдвор* OR депорт* OR миграц* OR пребыван* OR проживан* OR въезд* OR ЦВСИГ OR спецприемник* OR гастарбайтер* OR трудов* OR патент* OR "без регистрации" OR выезд* OR работник* OR проживают OR квадрокоптер*)',
  '("роҳ надода*" OR "иҷозаи вуруд") AND (муҳоҷир* OR Русия OR марз*) AND (муҳоҷир* OR мигрант* OR ихроҷ* OR депорт* OR мамнӯъ* OR "рӯйхати сиёҳ" OR фурудгоҳ* OR баргардон* OR "манъи вуруд" OR "хадамоти муҳоҷират" OR ФМС OR МВД OR "шаҳрвандони Тоҷикистон" OR "қоидаҳои муҳоҷират" OR мигратсия*)',
  '((сообщ* OR информ*) NEAR/10 (милици* OR ОВД OR "органы внутренних дел") AND иностран*) AND (выдвор* OR депорт* OR высыл* OR пребыван* OR въезд* OR миграц* OR регистрац* OR нелегал* OR незаконн* OR "без гражданства" OR проживан* OR учет* OR прибыти* OR принимающ* OR уведомл*)',
  // Border guards holding irregular migrants (Lithuanian); migrants crossing the border unlawfully (Slovenian); migration pressure on the
  // Hungarian border; Schengen checks on foreign nationals (Swedish)
  '(migrant* OR pabegel* OR neteisetai OR nelegal*) AND (Pabrad* OR pasienieci* OR uzkardos OR "Uzsienieciu registracijos centr*")',
  '((prebeznik* OR migrant*) NEAR/12 (nezakonit* OR "drzavno mejo" OR policist*)) AND ("drzavno mejo" OR "drzavne meje" OR meja OR meje OR mejo OR mejni* OR policij* OR policist* OR prijel* OR prijet* OR Kolp* OR azil* OR "mednarodno zascito" OR tihotap* OR begunc* OR Frontex OR "nezakonito prestopil*" OR "nezakonito preckal*")',
  '("illegalis migracio*" OR "migracios nyomas" OR "illegalis bevandorl*") AND (hatar* OR rendor* OR hatarszakasz*) AND (hatarzar* OR hatarszakasz* OR hatarvadasz* OR hatarrendesz* OR hatarsert* OR hataron OR hatarnal OR hatarat OR "deli hatar*" OR "szerb hatar*" OR elfogt* OR elfogott* OR visszakisert* OR embercsempesz* OR rendorseg* OR kerites* OR tranzitzon* OR migransok)',
  '(("Schengen Information System" OR "SIS II") AND ("utlandska medborgare" OR personkontroller* OR inresor OR utresor)) AND (polis* OR granskontroll* OR gransen OR gransovergang* OR avvis* OR utvis* OR inreseforbud* OR efterlys* OR Migrationsverket OR tredjelandsmedborgare OR Tullverket OR Frontex OR fingeravtryck OR biometri* OR personkontroll*)',
  // From the fifty-fourth collection (dev): migrants found by police and smugglers arrested (Macedonian); foreign
  // nationals found at border checks; deportation (Belarusian); Serbia's detention centre for foreigners
  'мигрант* AND (пронајден* OR приведен* OR криумчар*) AND (полиц* OR МВР OR возило OR возилото)',
  '"странски државјани" AND (откриени OR илегал* OR ГП OR граничн* OR мигрант*)',
  '(дэпартац* OR дэпартав*) AND (замежн* OR іншаземц* OR мігрант* OR МУС OR "рашэнне аб")',
  '(prihvatilist* NEAR/3 stranc*) AND (kucni OR boravka OR udaljen* OR =MUP OR Pravilnik)',
  // illegal migrants found by police, and foreign nationals without papers (Serbian)
  '(ilegaln* NEAR/2 migran*) AND (polic* OR =MUP OR uhapsen* OR pronaden* OR otkriven* OR akcij* OR granic* OR prihvat* OR smjestaj* OR vracanj*)',
  '("strana državljana" OR "stranih državljana" OR "strani državljani") AND ("ilegalno ušli" OR "ilegalno boravili" OR "ilegalan prelazak" OR "bez ličnih dokumenata" OR readmisi* OR protjer* OR (policij* AND azil*))',
  // Swedish expulsion for crime and re-entry bans; police checks and workplace inspections of foreigners' right to stay
  '(utvisas OR utvisning* OR återreseförbud*) AND (utlänning* OR "lämna Sverige" OR Migrationsverket)',
  '(utlänning* NEAR/20 (polisman OR Polismyndigheten)) AND ("rätt att vistas" OR "rätt att uppehålla sig" OR "uppehålla sig i Sverige" OR Schengen* OR arbetstillstånd OR uppehållstillstånd)',
  // From the fifty-fifth collection (dev): Iceland's departure centre for foreigners; foreigners breaking Mongolia's residence rules
  '(brottfararstöð* AND (útlending* OR hælisleit* OR "rétt á að dvelja" OR Útlendingastofnun*)) OR (brottvísun* AND útlending* AND (landi OR dvalarleyfi* OR lögregl* OR Útlendingastofnun* OR hælisleit*))',
  '"Гадаадын иргэн*" AND "оршин суух" AND ("албадан гаргах" OR "баримт бичиггүй" OR "хүчингүй баримт" OR "харъяалалгүй хүн")',
];

export const databasesNorthernCentralEurope = [
  // The police's registers and information systems (Swedish, Danish, Norwegian, Finnish), Sweden's criminal-records
  // register, and Finnish police officers looking people up without cause ("urkinta")
  '(polisens OR politiets OR poliisin) NEAR/4 (register* OR registre OR rekister* OR tietojarjestelm* OR databas* OR personoplysning* OR personuppgift*)',
  'belastningsregist* OR urkinta OR ((henkilotie* NEAR/5 (katselu* OR kasittely* OR katso*)) AND poliisi*)',
  ASYLUM_RECORDS_TO_NORWEGIAN_POLICE,
  // Poland's National Police Information System (KSIP) and police databases
  SWEDISH_INFORMER_LAW,
  // … and from the collection's last batch (dev): Swedish police look-ups ("slagningar") in the police IT system, Danish
  // officers looking up a case, Finland's police observation register
  '(slagning* AND polis*) OR "Polisens it-system" OR havaintorekister*',
  '(politibetjent* OR politiet OR politifolk) AND ((slog NEAR/8 op) OR opslag*) AND (straffesag* OR register* OR system* OR sag OR sagen)',
  '=KSIP OR "Informacyjnego Policji" OR "Informacyjny Policji" OR ("baz* danych" NEAR/4 polic*)',
  // Czech police records and databases
  '(evidenc* OR databaz* OR "informacnich systemu" OR "informacni system*") NEAR/6 (policie OR policii OR policejn* OR policist*)',
  // From the thirty-sixth (dev): Swedish police face recognition and plate scanning, Norway's criminal-case register,
  // Polish police plate recognition, Czech police face recognition, Hungarian police plate cameras
  '(ansiktsigenkanning* AND polis*) OR (registreringsskylt* AND polis*)',
  'straffesaksregister* OR "politiets register*"',
  '(("tablice rejestracyjne" OR "tablic rejestracyjnych") AND (policj* OR rozpozn*)) OR ("rozpoznavani obliceju" AND polici*)',
  'rendszam* AND rendor*',
  // From the thirty-seventh (dev): Russia's register of controlled persons
  RUSSIAN_CONTROLLED_PERSONS_REGISTER,
  // … and face recognition in Russian
  '"распознавания лиц" OR "распознавание лиц" OR "распознаванием лиц"',
  // From the thirty-eighth (dev): Danish police's POL-INTEL (Palantir Gotham); Norwegian cameras registering number
  // plates; Polish police registers and criminal records; the Czech national DNA database
  '"POL-INTEL" OR (Gotham NEAR/5 Palantir)',
  'bilnummer* NEAR/15 (kamera* OR registr*)',
  '(rejestr* OR "baz* danych") NEAR/8 (Policj* OR karn*)',
  'databaz* NEAR/2 =DNA',
  // … second round: Ukraine's 'Harpoon' wanted-car cameras, Ukrainian and Bulgarian cameras reading plates, and
  // police databases
  'Гарпун AND (камер* OR номер* OR розшук*)',
  '(камер* OR відеокамер* OR видеокамер* OR відеофіксац*) NEAR/15 ((номерн* NEAR/2 знак*) OR (номер* NEAR/3 (автомоб* OR авто OR машин* OR транспорт*)) OR (регистрационн* NEAR/2 номер*))',
  '(бази OR банк*) NEAR/3 даних NEAR/15 поліц*',
  // From the thirty-ninth (dev): migration registration reported by hosts (Russian); Ukraine's police information
  // subsystems; "Safe City" camera networks (Russian, Ukrainian)
  RUSSIAN_MIGRATION_REGISTRATION,
  '(інформаційн* NEAR/5 (підсистем* OR систем* OR портал*)) AND (поліці* OR "внутрішніх справ")',
  '((Безпечн* NEAR/1 міст*) OR (Безопасн* NEAR/1 город*)) AND (камер* OR відеонагляд* OR видеонаблюд* OR відеоспостереж*)',
  // … Norwegian police's Palantir; Finnish police cars reading plates; Denmark's central criminal register; Czech
  // accommodation providers' reports of foreign guests; Greece's "smart policing" face and fingerprint checks;
  // Hungary's patrol-car plate recognition
  'Palantir AND (politiet OR "norsk politi" OR polisen)',
  'rekisterikilp* AND (lukev* OR tunnist*)',
  'kriminalregist*',
  'ubytovatel* AND cizin*',
  '"Smart Policing" OR ((αναγνωρισ* NEAR/3 προσωπ*) AND αστυνομ*) OR (αποτυπωματ* AND αστυνομ* AND (κινητ* OR συστημ* OR βαση*))',
  'rendszam* NEAR/3 (azonosit* OR felismer*)',
  // … second round: registration of foreigners' stay and hosts' arrival notices; Serbia's Huawei face-recognition
  // cameras and the draft interior-affairs law on biometric surveillance; Bulgaria's police registration and police
  // handling of personal data; Luhansk's plate-recognition cameras for stolen cars
  FOREIGNERS_STAY_REGISTRATION,
  '((kamer* OR камер*) NEAR/6 (prepoznavanj* OR Huawei OR Хуавеј* OR Хуавеи*)) OR (("zakona o unutrasnjim poslovima" OR "закона о унутрашњим пословима") AND (biometr* OR биометр* OR kamer* OR prepoznavanj*))',
  '"полицейска регистрация" OR "полицейската регистрация" OR ("лични данни" AND (полицейск* OR =МВР))',
  '(распознаван* NEAR/3 номер*) OR (видеофиксац* AND (угнан* OR розыск*))',
  // From the fortieth (dev): Russia's register of controlled persons in Kyrgyz; Moscow's "Sfera" face recognition;
  // police officers' use of databases ("баз данных" beside police or law-enforcement words)
  KYRGYZ_CONTROLLED_PERSONS_REGISTER,
  '=Сфера AND (розыск* OR распознаван*)',
  '(баз* NEAR/3 данных) NEAR/10 (правоохранительн* OR полици* OR МВД)',
  // … police face recognition in Slovenian, Hungarian (also at identity checks) and Romanian, and the Romanian police's
  // mobile biometric identification; Estonia's plate-recognition cameras; Slovak police database checks ("lustrácie");
  // Finnish police access to passport fingerprints
  '(prepoznav* NEAR/3 obraz*) AND polic*',
  '(arcfelismer* AND (rendor* OR hatosag*)) OR ((arckepazonosit* OR arckepelemz*) AND (rendor* OR rendszer* OR hatosag*)) OR ((igazoltat* NEAR/20 (rendor* OR azonosit*)) AND (automatiz* OR nyilvantart*))',
  '("recunoastere faciala" AND (Politia OR Politiei OR politie OR politist* OR IGP OR identificar*)) OR ((biometric* NEAR/8 identificar*) AND (Politia OR Politiei OR politist*))',
  'numbrituvastus* NOT (parkla* OR parkimi* OR tokkepuu*)',
  '(lustraci* AND (policajn* OR polici* OR databaz*)) NOT (StB OR "Statni bezpecnost*" OR "Statnej bezpecnost*" OR komunist*)',
  'poliisi* AND ((sormenjal* OR biometri*) NEAR/8 (passi* OR rekister* OR tietokan* OR kayttaa OR kaytto* OR paasy*))',
  // … Swedish social services and removal orders; Sweden's suspicion and criminal registers; Danish police face
  // recognition; Norway's police register law and central criminal register (SSP); Finland's police personal registers
  SWEDISH_SOCIAL_SERVICES_REMOVALS,
  'misstankeregist* OR belastningsregist*',
  'ansigtsgenkend* AND (politi OR politiet OR politiets OR Rigspoliti* OR politibetjent* OR politikreds*)',
  'politiregister* OR "politiopplysningsregister*" OR (=SSP AND Kripos)',
  '"poliisin henkilorekister*"',
  // … Greek hotels' guest books checked by the police, the national DNA and fingerprint files, the police's
  // information systems
  '("βιβλιο πελατων" OR "βιβλιου πελατων") AND (αστυνομ* OR ξενοδοχει* OR καταλυματ*)',
  '("δακτυλικων αποτυπωματων" OR "γενετικων τυπων") AND (αρχει* OR βαση* OR τηρηση OR ανταλλαγ*)',
  '"πληροφοριακα συστηματα" NEAR/4 αστυνομ*',
  // From the forty-first collection (dev): lodgings' reports of foreign guests to Slovakia's foreign police
  SLOVAK_LODGING_REPORTS,
  // … Romanian police databases and who may query them; plate recognition in Greek, Bosnian, Serbian and Latvian; face
  // recognition in Ukrainian and Russian, Hungarian face and plate recognition (and wanted people); Norway's passport
  // register photos for automated searches
  '("baza de date" OR "bazele de date" OR "baze de date" OR "bazei de date") NEAR/6 (Politiei OR =MAI OR politist* OR politie*)',
  '((αναγνωρισ* NEAR/3 πινακιδ*) OR (Αναγνώρισης NEAR/3 Πινακίδων)) NOT (κλήσ* OR πρόστιμ* OR στάθμευσ* OR πάρκινγκ OR ΚΟΚ OR παραβάτ* OR παραβάσ*)',
  '((prepoznavan* OR citanj* OR ocitavanj*) NEAR/3 ("registarskih oznaka" OR "registrakih oznaka" OR tablica)) NOT (garaz* OR parking* OR parkiral* OR rampa OR rampe)',
  '(камер* NEAR/15 (украден* OR нерегистрован*)) AND (полиц* OR патрол*)',
  'nolasitaj* AND (numur* OR "numura zim*") AND (policij* OR meklesan* OR zagt* OR nozagt* OR =VP)',
  '((розпізнаван* NEAR/2 облич*) OR (распознаван* NEAR/2 лиц*) OR (устанавливающ* NEAR/2 личность)) NOT ((смартфон* OR разблокир* OR iPhone OR "Face ID" OR "Face Pay") NOT (полиц* OR МВД OR розыск* OR подозреваем* OR преступ*))',
  '(arcfelismer* AND (rendor* OR bunoz* OR korozott OR terfigyelo*)) OR (rendszamfelismer* AND (korozott OR rendorseg* OR =ORFK))',
  '(ansiktsfoto* OR ansiktsbild*) AND (passregister* OR politi OR politiet OR politiets OR polisen OR polisens OR polis OR Politidirektoratet OR Kripos)',
  // … second round: the sex-offender registers of Serbia and Bosnia ("registar pedofila"); face recognition in Uzbek
  // and Azerbaijani; Albania's police cameras reading plates; Belarus's Kipod camera system
  '"registar pedofila" OR "registra pedofila" OR "registru pedofila" OR (((registr* OR evidencij*) NEAR/8 (osuđen* OR osudjen*)) AND (seksual* OR polne OR pedofil* OR maloletn*))',
  '("юзидан таниб" OR "uz tanıma") NOT (smartfon* OR смартфон* OR iPhone OR telefon*)',
  '((leximin OR lexim*) NEAR/4 (targave OR targa*)) NOT (parking* OR parkim* OR gjob*)',
  '=Kipod OR Кипод',
  // … third round: Moscow's "Amina" app that tracks labour migrants' location (both topics)
  MIGRANT_LOCATION_TRACKING,
  // … third round (Russian): the transport police's passenger database ("Розыск-Магистраль") and Moscow's "Сфера" face
  // analytics; the interior ministry's list of fans banned from stadiums
  '"Розыск-Магистраль" OR (Сфера AND (камер* OR видеоаналит*))',
  'болельщик* AND ("черный список" OR запрет*) AND МВД',
  // … and Russia's "Поток" camera system that checks cars by plate
  '=Поток NEAR/3 (систем* OR АПК OR видеонаблюдени* OR комплекс* OR камер*)',
  // The forty-second collection: Swedish police registers and the police's processing of personal data
  'register NEAR/6 (polis OR poliser OR polisen)',
  '(Polismyndighet* NEAR/10 personuppgift*) NOT (bedrag* OR bluff* OR falska OR "utger sig")',
  // … second round: Greece's DNA archive and Cyprus joining the Schengen Information System; Russia's genomic
  // registration and DNA bases, the MVD's Паутина search for cars; Kyrgyz cameras finding wanted people
  '(=DNA NEAR/10 (αρχει* OR γενετικ*)) NOT (καρκιν* OR νοσοκομει* OR ασθεν* OR αρχαι* OR Μινω* OR σκελετ*)',
  '"Συστημα Πληροφοριων Σενγκεν"',
  '(геномн* NEAR/5 (регистрац* OR информац* OR баз*)) NOT (пациент* OR заболеван* OR скот* OR быков OR селекци* OR растени*)',
  '(ДНК NEAR/10 (баз* OR сдадут OR сдавать)) AND (МВД OR полици* OR осужд* OR преступ* OR мигрант* OR иностран* OR следств* OR задержан* OR подозрева*)',
  '((Паутин* NEAR/15 (розыск* OR МВД)) AND (камер* OR систем* OR видеонаблюдени* OR номер*)) NOT (сериал* OR сезон* OR фильм*)',
  '((издөөдө OR издөө*) NEAR/15 камера*) NOT (турист* OR куткаруу* OR куткаруучу* OR дрон*)',
  // … third round: police face recognition (Polish, Serbian); Romanian fingerprint systems; Latvia's criminal
  // registers; Estonian officers searching police systems; Poland's list of undesirable foreigners; Slovene police and
  // personal data
  '((rozpozn* NEAR/3 twarzy) AND (policj* OR monitoring* OR inwigil* OR sluzb* OR poszukiwan* OR stadion*)) NOT (smartfon* OR telefon* OR prozopagnoz*)',
  '(((prepoznavanj* NEAR/3 lica) OR (kamer* NEAR/10 Huavei)) AND (=MUP OR polici* OR nadzor* OR videonadzor* OR "Safe City" OR "Sigurni grad")) NOT (telefon* OR smartfon* OR megapiksel*)',
  '(amprent* NEAR/10 ("sistemul informatic" OR =AFIS OR "baza de date" OR "bazei de date" OR "bazele de date")) NOT ("amprenta de carbon" OR "amprenta ecologica")',
  '((registr* OR "informacijas sistem*") NEAR/10 (kriminal* OR noziedz* OR izmeklesanas)) NOT (Uznemumu OR Registrierung* OR Kriminalpolizei)',
  '(infosusteem* NEAR/10 (=PPA OR politsei*)) AND (paring* OR andme* OR ebaseadus* OR jalgi* OR kuriteg*)',
  '(wykaz* NEAR/3 niepozadan*) AND (cudzoziem* OR pobyt* OR wjazd* OR Schengen* OR terytorium)',
  '(policij* NEAR/10 ("osebni podatki" OR "osebne podatke" OR "osebnih podatkov" OR zasebnost*)) NOT (goljuf* OR prevar* OR lazn*)',
  // From the forty-third collection (dev): the interior ministry's biometric records, face and gait recognition, Ukraine's
  // register of people convicted of sexual crimes against children, Russia's Yarovaya law (telecom data kept for the
  // security services), Russia's register of controlled (illegal) migrants, and Bulgarian hosts' reports of foreigners
  '((биометрическ* OR биометри*) NEAR/10 (МВД OR полици* OR ((учет* OR учетов) NEAR/3 (иностран* OR мигрант*)))) NOT загранпаспорт*',
  '((распознава* OR розпізнава*) NEAR/6 (лиц OR осіб OR облич* OR походк* OR лица)) AND (полици* OR МВД OR розыск* OR разыскива* OR задерж* OR поліці* OR розшук* OR правоохорон* OR силовик*)',
  '((реестр* OR реєстр*) NEAR/3 (педофил* OR педофіл* OR засуджених)) OR ((закон OR закона OR закону OR законом OR законе OR пакет OR пакета OR пакету OR пакетом) NEAR/1 Яровой) OR (реестр* NEAR/3 ("контролируемых лиц" OR (нелегал* NEAR/2 (мигрант* OR иностран*))))',
  BULGARIAN_HOSTS_REPORT_FOREIGNERS,
  '((базу OR база OR базе OR базы) NEAR/3 биометрическ*) OR (("банка данных" OR "банк данных" OR "банке данных") AND (иностран* OR МВД OR полици* OR учет*))',
  // From the forty-third collection's second round (dev): the Schengen Information System in Polish and Danish, Finland's and
  // Norway's registers of foreigners, Finnish police obtaining data, Norway lifting confidentiality towards the
  // immigration authorities, Swedish social services informing the border police, Iceland's expulsions on criminal
  // records, Azerbaijan's biometric information and hosts reporting foreigners
  '"System Informacyjny Schengen" OR "Systemie Informacyjnym Schengen" OR "Systemu Informacyjnego Schengen"',
  SIS_RETURN_DECISIONS_DANISH,
  'ulkomaalaisrekister* OR utlendingsregister* OR ((poliisi* NEAR/8 (saada OR saanti OR pyytänyt OR pyytää) NEAR/8 tieto*) NOT (yleisöltä OR havainto* OR kadonn* OR vihje*))',
  '(taushetsplikt* NEAR/10 utlendingsmyndighet*) OR (((socialtjänst* OR socialen) NEAR/10 (polis* OR gränspolis*)) AND (angiveri* OR papperslös* OR uppgiftsskyldighet* OR informationsplikt* OR sekretess* OR "utan uppehållstillstånd" OR gränspolis*))',
  '(brottvísun* AND sakaferil*) OR "Biometrik informasiya"',
  AZERBAIJAN_HOSTS_REPORT_FOREIGNERS,
  // … Lithuania's police event register and prisons' information system; a Slovak officer's unlawful database checks
  '"registruojamų įvykių" OR ("informacinės sistemos" AND (Kalėjimų OR policijos)) OR (nezákonn* NEAR/3 lustráci*)',
  // … (the forty-fourth) criminal records and their erasure in Serbian and Croatian; Russia's appearance-based records;
  // Serbian police face matching against ID photos; Saxony's person-recognition cameras; Nordic and Czech police plate
  // scanners checking registers and wanted lists; Norway's passport register opened to police; the Dutch police infodesk
  '(("kaznena evidencija" OR "kaznene evidencije" OR "kaznenoj evidenciji" OR "kaznenu evidenciju") NOT (zapošljavanj* OR "uvjerenje o nekažnjavanju")) OR ((briše OR brisanje OR izbriše OR izbrisati) NEAR/8 ("kaznena evidencija" OR "kaznene evidencije" OR "kaznenoj evidenciji" OR "policijske evidencije" OR "svih evidencija"))',
  'габитоскопическ* OR ("криминалистическ* учет*") OR ("распознава* номерн*" NEAR/12 (полиц* OR розыск*)) OR ("номерные знаки" NEAR/12 розыск*)',
  '(("sistem prepoznavanja lica" OR "prepoznavanje lica" OR "prepoznavanja lica") AND (MUP OR policij* OR policaj* OR nadzor* OR "unutrašnjih poslova" OR biometrij*)) OR ("фотографијама" NEAR/10 (полиција OR МУП)) OR ("базе података" NEAR/10 (МУП OR "личних карата" OR "личних докумената"))',
  '(Personenerkennung OR "Personen-Identifizierungssystem*" OR PerIS OR "Menschen erkennen") AND (Polizei* OR Kamera* OR Videotechnik OR Grenz*) AND (Polizei* OR Bundespolizei OR Bundeskriminalamt OR Grenzkriminalität OR Grenzübergang*)',
  'skiltscanner* OR ((("registreringsnummer*" OR skilt*) NEAR/10 (database* OR register* OR kjøres OR sjekke)) AND (kamer* OR ANPR) NOT (parkering* OR bompeng*))',
  '("rozpoznávání registračních značek" OR "rozpoznávání SPZ" OR ("registračních značek" NEAR/3 (čten* OR rozpozn* OR snímán* OR kamer*))) AND (polici* OR pátrání OR systém*)',
  '("v pátrání" OR lustrov* OR lustrac*) NEAR/12 (auto OR vůz OR vozidl* OR systém)',
  '(passregister* NEAR/10 (adgang OR tilgang OR benytte* OR utlevering* OR oppslag* OR ansiktsbilde*)) AND (politi OR politiet OR politiets OR politietaten)',
  '"Politie Infodesk" OR ("politie" NEAR/6 (informatiesysteem* OR "IT-systeem")) OR (("politie" NEAR/6 (systeem OR systemen)) AND (database* OR gegevens OR gezichtsvergelijking OR kenteken* OR foto*))',
  SERBIAN_HOSTS_REPORT_FOREIGNERS,
  // … Romania's and Poland's sex-offender registers and police DNA databases; cars listed as wanted found by cameras
  // (Romanian); Hungarian police data handling; a Norwegian police district's register of people
  '("Registrul prădătorilor") OR ("registrul național automatizat" NEAR/15 ("infracțiuni sexuale" OR "persoanele care au comis")) OR (("registru național" OR "registrul național" OR "registrului național") NEAR/8 "infracțiuni sexuale")',
  '(("date în urmărire" OR "dat în urmărire") NEAR/20 (camer* OR aparat* OR sistem* OR identific*)) AND (("date în urmărire" OR "dat în urmărire") NEAR/20 (autoturism* OR mașin* OR vehicul* OR înmatriculare OR plăcuț*))',
  '("rejestr pedofilów" OR "Rejestr Sprawców Przestępstw") NOT (zatrudni* OR pracodaw* OR kandydat* OR Kości* OR duchown*)',
  '("baza danych DNA" OR "bazy danych DNA" OR "zbiór danych DNA" OR "zbioru danych DNA" OR "bazie danych DNA") AND (Polic* OR kryminalist* OR "organów ścigania" OR prokurat* OR przestęp* OR sprawc* OR podejrzan*)',
  '(rendőr* NEAR/10 adatkezel*) OR "rendőrségi nyilvántartás*" OR ("rendőrségi adat*" NEAR/8 (lekérdez* OR nyilvántart* OR adatbázis* OR hozzáfér* OR tárol*))',
  '(register* NEAR/10 (politidistrikt OR politiet)) AND (Datatilsynet OR personvern* OR personopplysning* OR "register over personer" OR "registeret over personer")',
  // … Norway's Schengen entries for people who must leave (both topics, as the corpus rules read Schengen return alerts)
  SIS_RETURN_DECISIONS_NORWEGIAN,
  // … Greece's criminal register and what is erased from it (not certificates), lifting the secrecy of communications;
  // face recognition at Georgia's borders and by its interior ministry
  '((ποινικ* NEAR/3 μητρώ*) AND (διαγρ* OR εγγράφ* OR καταγραφής OR σύστημα)) NOT (αντίγραφ* OR πιστοποιητικ*)',
  '("απόρρητο επικοινωνίας" OR "απορρήτου επικοινωνίας" OR "άρση του απορρήτου" OR "άρση απορρήτου")',
  '("опознавания лиц" OR "распознавания лиц") AND (пограничн* OR полиц* OR МВД)',
  '(სახის NEAR/3 (ამომცნობი OR ამოცნობის)) OR (შსს* AND (მონაცემ* OR ამომცნობ*))',
  // … (the forty-fifth) Romanian Schengen and entry bans
  '((interdictie) NEAR/6 Schengen) AND (frontier* OR alert* OR SIS OR semnal*)',
  // … (the forty-fifth) FindFace; Latvian border hits on wanted people; Poland's list of unwanted foreigners; Romanian
  // Schengen bans; Bulgarian and Georgian police plate readers
  '("Find Face" OR FindFace OR "FindFace Security") AND (МВД OR УМВД OR розыск* OR задерж* OR "Безопасный город")',
  '("meklēšanā izsludināt*") AND (robez* OR lidost* OR iecelo* OR SIS OR Sengen*)',
  '"wykaz cudzoziemcow" AND (niepozadan* OR "zakaz wjazdu" OR "zakazem wjazdu")',
  '(((interdictie) NEAR/6 Schengen) AND (frontier* OR alert* OR SIS OR semnal*)) OR ("Sistemul de Informatii Schengen")',
  '("номера" OR номерата OR "регистрационни номера" OR "регистрационните табели") NEAR/8 ("автоматично разпознаване" OR "автоматична идентификация") AND (МВР OR "Национална полиция" OR "вътрешните работи" OR издирван*)',
  '"ნომრის ამომცნობ*" AND (დანაშაულ* OR "შინაგან საქმეთა" OR პოლიცი*)',
  // … (the forty-fifth) Russia's registry of controlled persons in Tajik; Bulgarian hosts registering Ukrainians with
  // the interior ministry
  '("рӯйхати сиёҳ" OR "феҳристи шахсони") AND (Русия OR муҳоҷир* OR вуруд* OR "таҳти назорат*")',
  '(подслон NEAR/10 (граждани OR лица)) AND (МВР OR регистрира*) AND (чужден* OR Украйна OR украин* OR Миграция)',
  // … (the forty-fifth) Mongolian hosts registering foreigners within 48 hours
  MONGOLIAN_FOREIGNER_REGISTRATION,
  // … (the forty-fifth) Russian telecom operators' subscriber data for the police and security services; hospitals
  // reporting patients to the police; the foreigner's digital profile; Kazakh immigrant registration
  '((оператор* NEAR/10 абонент*) AND (МВД OR ФСБ OR полици* OR "оперативно-розыск*" OR спецслужб* OR ОРД) AND (запрос* OR передава* OR хран*) AND (данн* OR сведени* OR переписк*)) OR ("органам, которые ведут ОРД")',
  '(медучрежден* OR врач* OR медик* OR больниц*) AND ((сообща* OR донос* OR передава* OR информ*) NEAR/2 "в полицию") AND пациентах',
  '"цифровой профиль иностран*" OR ("цифровой профиль" AND иностран* AND мигрант*)',
  KAZAKH_MIGRANT_REGISTRATION,
  // The forty-sixth collection: police and security services' requests to telecoms and marketplaces (Russia), cameras finding wanted people (Kazakhstan)
  '(("операторов связи" OR "операторы связи" OR маркетплейс*) NEAR/15 ("оперативно-разыскн*" OR правоохранительн* OR полици*)) AND (информаци* OR сведени* OR доступ* OR базам OR "баз* данн*" OR запрос* OR "оперативно-разыскн*")',
  '(видеокамер* NEAR/10 (беглец* OR розыск*)) AND (задержа* OR прокурор* OR полици* OR МВД OR правосуди* OR подозреваем* OR преступник* OR "распознавани* лиц")',
  // The forty-sixth collection: the Schengen Information System in Finnish, Greece's national list of undesirable foreigners (EKANA)
  '(=SIS NEAR/1 jarjestelma*) AND (Schengen* OR kuulutu* OR etsintakuulut* OR poliisi* OR maahantulo*)',
  '("καταλογο ανεπιθυμητων αλλοδαπων" OR =ΕΚΑΝΑ) AND (διαγραφ* OR Σενγκεν OR αστυνομ* OR εγγραφη OR εγγραφης OR εγγραφει OR εγγραφες)',
  // Forty-seventh collection (2026-12-06): Central European data retention, guest databases, plate cameras and police registers
  '(preveren* OR lustr*) NEAR/10 (databaz* OR "informacnych systemoch") AND (migrant* OR cudzin*) AND (polici* OR policajn* OR policajt* OR cudzineck* OR zaisten* OR zaistil* OR zadrzan* OR Schengen* OR hladan*)',
  '"ubytovani cizincu" NEAR/10 (oznam* OR polici*) AND (hlasen* OR hlasi OR hlasit* OR ohlasovac* OR Ubyport OR "cizinecke policie" OR "cizinecka policie" OR "cizineckou polici*" OR evidenc* OR "domovni knih*" OR udaj*)',
  '((retencj* NEAR/5 danych) AND (telekomunik* OR policj* OR abonent* OR inwigil* OR "sluzby specjalne" OR "sluzb specjalnych")) OR ("dane telekomunikacyjne" NEAR/15 (policj* OR sluzb*)) OR ((billing* NEAR/10 (policj* OR sluzb*)) NOT (sluzbow* OR "sluzba zdrowia" OR "sluzby zdrowia" OR "sluzbie zdrowia" OR "sluzbe zdrowia"))',
  '("retinerea datelor" OR "datelor de trafic") AND (telecomunicati* OR "comunicatii electronice" OR "Curtea Constitutionala" OR =CCR OR procuror* OR parchet* OR "urmarire penala" OR "Legea 82/2012" OR "Legea 298/2008" OR "furnizorii de retele")',
  '("Data Retention" AND (udaju OR danych OR datelor) AND (telekomunik* OR telecomunica* OR "comunicatii electronice" OR "komunikacji elektronicznej" OR "elektronickych komunikac*" OR polici* OR policj* OR politia OR politiei OR provoznich OR lokalizac*)) OR (uchovavani NEAR/5 (provoznich OR lokalizacnich) AND (lokalizac* OR elektronick* OR telekomunik* OR polici* OR operator*))',
  '"97 odst. 3" AND "elektronickych komunikacich" AND (uchovav* OR provozni* OR lokalizacni* OR polici* OR "data retention")',
  '(=VIZA AND (szallas* OR vendeg* OR adatbazis* OR rendorseg* OR szalloda* OR okmany*)) OR "Vendeg Informacios Zart Adatbazis*"',
  'szallashely* NEAR/20 (adatai* OR adatbazis* OR tarhely*) AND (torveny* OR rendor* OR =VIZA)',
  '("VEDA-rendszer" OR (=VEDA NEAR/5 rendszer*)) AND (kamera* OR rendszam* OR rendor* OR kozlekedes* OR traffipax* OR adat*) NOT (csalok OR csalas* OR adathalasz*)',
  '"Ieskomu transporto priemoniu registr*" AND (nuostat* OR istatym* OR prieig* OR privatum* OR "asmens duomen*" OR "Sengeno informacin*" OR tvarkytoj*)',
  // Forty-seventh collection (2026-12-06): security services' access to taxi and call records, Ukrainian covert data access, Russian biometric and identification registers
  '(такси NEAR/20 (ФСБ OR силовик* OR полици* OR МВД) NEAR/20 (доступ* OR данны* OR баз*)) AND ((доступ* NEAR/5 (баз* OR данны* OR сведени* OR информац* OR геолокац*)) OR агрегатор* OR "служб* заказа" OR ГИС) NOT мошенник*',
  '("о соединениях между абонентами" NOT (детализац* OR "личн* кабинет*" OR тариф*)) OR (распечат* NEAR/10 (звонк* OR переговор* OR соединени* OR телефон*) NEAR/10 (органам OR силовик* OR следовател*))',
  '("зняття інформації" NEAR/6 (мереж* OR телекомунікац*)) OR ("тимчасов* доступ* до" NEAR/6 (вмісту OR речей OR документ* OR інформац*)) OR (("оперативно-розшукових заход*" OR "втручання у приватне спілкування") AND (інтрузивн* OR законопроєкт* OR "приватне життя" OR "персональн* дан*" OR таємниц*)) OR "доступу до приватної інформації"',
  '"биометрическ* регистрац*" AND (МВД OR полици* OR ФСБ OR силовик* OR ЕБС OR "единой биометрической" OR дактилоскоп* OR мигрант*) NOT (шенген* OR рейс* OR авиакомпан*)',
  '"идентификационн* учет*" AND (МВД OR полици* OR граждан* OR иностран* OR мигрант* OR биометр* OR дактилоскоп* OR персональн*) NOT (животн* OR скот* OR питом* OR собак* OR пчел* OR пасек OR маркировк*)',
  // Forty-seventh collection (2026-12-06): schools reporting migrants' children
  RUSSIAN_SCHOOLS_REPORT_MIGRANT_CHILDREN,
  // Forty-seventh collection (2026-12-06): Russia's anti-fraud system linking banks, telecoms and police; wiretapping
  'Антифрод AND (ГИС OR "государственная информационная система" OR "государственной информационной системы" OR Роскомнадзор* OR Минцифр* OR МВД OR ФСБ OR правоохранител*)',
  '(прослушк* OR "перехват информации") AND (СОРМ OR ФСБ OR МВД OR полици* OR следовател* OR спецслужб* OR силовик* OR розыскн* OR судебн* OR "решения суда" OR "санкции суда" OR прокуратур* OR СБУ)',
  // Forty-seventh collection (2026-12-06): wiretaps in Ukrainian, police AI cameras in Kazakhstan
  'прослухов* AND (телефон* OR розмов* OR Генпрокуратур* OR СБУ OR поліці* OR абонент* OR Київстар) AND (СБУ OR Генпрокуратур* OR прокуратур* OR поліці* OR ДБР OR НАБУ OR спецслужб* OR слідч* OR негласн* OR суд OR суду OR ухвала OR ухвалою)',
  '(камер* NEAR/10 "искусственным интеллектом") AND (полиц* OR полицейск*) AND (розыск* OR разыскиваем* OR преступник* OR правонарушител* OR порядк*)',
  // From the forty-eighth (dev): telecom data retention for police (Polish, Romanian, Serbian, Slovak), Hungarian covert data gathering, Czech police data and plate readers, guest registers for the police (Slovenia, Croatia), DNA registers, Dutch and Norwegian police records, Russian road-camera tracking, call records, fan blacklists and exit bans, Ukraine's domestic-violence register, police checks of the military register and the Armor system
  'retencyjn* AND (danych OR dane OR billing* OR telekomunik*) AND (policj* OR "organy scigania" OR inwigil* OR TSUE OR =ABW OR =CBA OR prokurat* OR operatorzy OR operatorow OR "Rzecznik Praw Obywatelskich" OR =RPO OR "Panoptykon" OR "Prawo telekomunikacyjne" OR obronn*)',
  '("legea Big Brother" OR "date privind apelurile" OR ("retinerea datelor" AND (telefon* OR apeluri* OR operator* OR "comunicatii electronice" OR trafic))) AND (politi* OR =CCR OR "Curtea Constitutionala" OR =SRI OR parchet* OR procuror* OR anchet* OR DIICOT OR penal* OR "securitate nationala" OR supraveghe* OR interceptar* OR "comunicatii electronice" OR trafic OR telefonie OR telecom*)',
  '(("titkos informaciogyujtes" OR "titkos adatszerzes") AND (rendor* OR Alkotmanybirosag* OR birosag* OR biroi OR ugyeszseg* OR "Nemzeti Vedelmi Szolgalat" OR =NVSZ OR =TEK OR titkosszolgalat* OR nemzetbiztonsag* OR torveny* OR jogszabaly* OR NAIH OR adatvedelm* OR Pegasus OR lehallgat*)) OR bunugyiadat*',
  '("zadrzavanja podataka" OR "zadrzavanje podataka" OR "zadrzanih podataka" OR (presretanj* NEAR/3 komunikacij*)) AND (policij* OR ustavn* OR operater* OR telekomunikacij* OR "elektronickim komunikacijama" OR "elektronickih komunikacija" OR "elektronskim komunikacijama" OR =SOA OR =BIA OR =VSOA OR tuzilast* OR sudsk* OR nadzor* OR sigurnosn* OR pozivima)',
  '"elektronickych komunikaciach" AND ("Ustavny sud" OR uchovav*) AND (udaj* OR polic* OR "organy cinne" OR trestn* OR prevadzkov* OR lokalizacn* OR sledov* OR odposluch* OR "Slovenska informacna sluzba" OR sukromi*)',
  '("osobnich udaju" OR "osobni udaje") AND ("Policie CR" OR "Policie Ceske republiky" OR "Policii Ceske republiky" OR "obecni policie") AND (zpracov* OR evidenc* OR uklad* OR uchov* OR databaz* OR registr* OR kamer* OR sledov* OR predav* OR shromazd* OR lustr* OR =UOOU OR "Urad pro ochranu osobnich udaju" OR demonstrant*)',
  '(("Automaticka kontrola vozidel" OR "automaticke kontroly vozidel" OR "Centralni automaticka kontrola" OR ((zaznam NEAR/5 prujezdu) AND vozidel)) AND (polic* OR ombudsman* OR ochrance OR ochrankyne OR ukl* OR uchov* OR databaz* OR "Ministerstvo vnitra" OR hledan* OR odcizen* OR sledov* OR "osobnich udaju")) OR (=AKV AND policie AND (kamer* OR system* OR vozid* OR databaz* OR zaznam* OR ukl*))',
  '((prijav* OR odjav*) NEAR/8 (gost* OR gostov OR gostiju)) AND (policij* OR eVisitor OR eTurizem OR =MUP OR "knjige gostov" OR "knjigo gostov") AND (podat* OR podac* OR hotel* OR nastanitv* OR smjestaj* OR osobn* OR osebn* OR pooblascen* OR zasebnost* OR evidenc* OR tujc* OR stranc* OR samodejno OR automatski)',
  '(dna-regist* OR "dna register*" OR (dna NEAR/3 regist*)) AND (polis* OR politi OR politiet OR politiets OR politiregist* OR brott* OR straff* OR straf OR domt* OR domd* OR doms OR kriminal* OR forbryd* OR gerningsm* OR garningsm* OR misstankt* OR mistaenkt*)',
  'politie AND persoonsgegevens AND (bijhoud* OR bewaar* OR burgerservicenummer) AND ("Autoriteit Persoonsgegevens" OR politiegegevens OR "Wet politiegegevens" OR =Wpg OR systemen OR systeem OR politiesyste* OR databank* OR database* OR demonstrant* OR verdacht* OR aangifte OR opgeslagen OR opslaan OR registr* OR (politie NEAR/4 (bijhoud* OR bewaar* OR verwerk*)))',
  '(politiets OR politiet) AND "behandling av opplysninger" AND ("politiets behandling av opplysninger" OR politiregister* OR register* OR straffesak* OR straffereg* OR Datatilsynet OR database* OR registr* OR =PST OR etterretning* OR patalemyndighet* OR kriminalitetsbekjemp*)',
  'Паутина AND (ГИБДД OR Госавтоинспекц* OR (автомобил* AND (камер* OR систем* OR МВД OR полици* OR номер* OR розыск* OR слежк* OR распознаван* OR фиксир* OR баз*)))',
  '((биллинг* OR детализац*) AND (следств* OR следовател* OR "телефонных соединени*")) OR "информации о телефонных соединениях" OR ("прослушивание телефонных переговоров" AND (суд* OR полици* OR ФСБ OR МВД OR следовател* OR уголовн* OR закон* OR правоохранительн* OR спецслужб*))',
  '(список* NEAR/5 (болельщик* OR фанат*)) AND (МВД OR (запрещ* AND (посещ* OR реестр* OR паспорт* OR стадион* OR матч* OR "Fan ID" OR полици*)))',
  '("запрет на выезд" OR "запрете на выезд" OR "запрета на выезд" OR "ограничение на выезд" OR "ограничения на выезд") AND (приставов OR приставы OR пристава OR ФССП OR (пограничн* AND (должник* OR долг* OR задолженност* OR алимент* OR "пограничная служба" OR ФСБ OR база OR базе OR базы OR аэропорт* OR взыскан* OR исполнительн*)))',
  '"реєстр випадків домашнього насильства" OR "реєстру випадків домашнього насильства" OR ((профілактичн* NEAR/3 облік*) AND кривдник*)',
  '(поліці* NEAR/5 перевір*) AND (військовозобов* OR ТЦК OR Оберіг) AND (ТЦК OR реєстр* OR документ* OR мобіліз* OR розшук* OR облік* OR повістк* OR блокпост* OR ухилянт*)',
  '(Armor AND (Polizei* OR police) AND (Innenministeri* OR "Internal Affairs") AND (database* OR Datenbank* OR system OR registr* OR wanted OR offender* OR search* OR data OR Fahndung*)) OR (("special database" NEAR/8 "Ministry of Internal Affairs") AND (police OR personal OR wanted OR offender* OR persons OR surveillance OR criminal* OR suspect* OR record*))',
  // … pre-trial investigation registers (Ukraine, Kazakhstan), Uzbekistan's E-patrol checks, Russia's migration records and foreigners' database (ЦБД УИГ), interception of messages in Kazakhstan's code, DNA registration of migrants
  'ЕРДР OR "Єдиного реєстру досудових розслідувань" OR "Unified register of pre-judicial investigations" OR "Единого реестра досудебных расследований" OR ("book of accounting of information")',
  '(("Е-патруль" OR "E-patrul" OR "E-patrol") AND (ИИБ OR police OR полиция OR милиция OR ходим* OR тизим* OR tizim* OR база OR базаси* OR базада* OR baza OR "ички ишлар" OR илова* OR "патрул-пост" OR фуқаро*)) OR ((шахсини OR шахсни) AND ИИБ AND (база OR базаси* OR базада* OR базага* OR тизим* OR "Е-патруль" OR "E-patrul" OR дактилоскоп* OR биометрик* OR "бармоқ изи" OR планшет*))',
  '(учет*) AND "в сфере миграции" AND (систем* OR федеральн* OR баз*)',
  '("ЦБД УИГ" OR "CBD UIG" OR Tsbduig) AND (FMS OR МВД OR migrat* OR мигра* OR foreign* OR иностран* OR police OR полиц*)',
  '("Перехват сообщений" OR "Прослушивание и запись переговоров" OR "перехват* сообщени*") AND (Кодекс OR уголовн* OR орган*) AND (негласн* OR следств* OR следовател* OR "оперативно-розыскн*" OR ОРД OR ОРМ OR СОРМ OR ФСБ OR УПК OR "Уголовно-процессуальн*" OR прокурор* OR санкци* OR правоохранительн* OR спецслужб* OR "решению суда" OR "решения суда" OR "разрешения суда")',
  '(genomic OR геномн* OR DNA OR ДНК) AND (registration OR регистрац*) AND (migrants OR мигрант*) AND (МВД OR полиц* OR police OR "Interior Ministry" OR обязательн* OR mandatory OR compulsory OR Госдум* OR "State Duma" OR законопроект* OR дактилоскоп* OR fingerprint* OR иностран* OR "foreign nationals" OR преступлен* OR crimes OR criminal* OR (государствен* NEAR/3 геномн*))',
  // The forty-ninth collection: foreigners registered by hotels in the police system; checking entry bans; the interior ministry's information
  // centre records; security services' access to databases; people on the police wanted list (Ukrainian); foreigners' registration (Polish)
  '(("средствах размещения" OR "средств размещения" OR гостиниц* OR хостел*) AND (учет* OR регистрац*) AND иностран*) AND (миграц* OR МВД OR уведомл* OR прибыти* OR принимающ* OR полици* OR ФМС OR УВМ OR пребыван* OR штраф* OR нарушен* OR "по месту пребывания" OR "информационную систему" OR E-Mehmon)',
  '("запретов на въезд" OR ("запрет на въезд" AND (сервис OR проверки OR узнать))) AND (иностран* OR мигрант* OR МВД OR ФМС OR ГУВМ OR УВМ OR "в Россию" OR "в РФ" OR "Российскую Федерацию" OR депорт* OR выдвор* OR "реестр контролируемых" OR база OR базе OR базу OR базы OR границ* OR ФСБ OR нежелательн*)',
  '(("ИЦ МВД" OR "Информационный центр МВД" OR "информационного центра МВД") AND (судимост* OR "базы данных" OR выписк*)) AND ("базы данных" OR "базе данных" OR "базу данных" OR "база данных" OR "баз данных" OR исключ* OR удал* OR сведени* OR хранени* OR погашенн* OR дактилоскоп* OR персональн* OR учеты OR криминальн* OR розыск*)',
  '(силовик* OR полиц* OR МВД) NEAR/10 ("базам данных" OR "баз данных" OR "базы данных" OR "банков данных") AND (доступ* OR запрашива* OR запрос* OR "решения суда" OR "без суда" OR "без санкции" OR персональн* OR распознава* OR слежк* OR розыск* OR передава* OR передач* OR "обмен данными" OR биометри* OR ФСБ OR банков OR операторов OR сотовых OR камер*)',
  '("у розшуку" OR "в розшуку" OR "розшуку поліції") AND (базі OR базою OR бази OR база OR "баз даних" OR камер* OR Гарпун OR номер* OR автомобіл* OR авто OR транспорт* OR реєстр* OR облік* OR систем* OR Інтерпол* OR Interpol OR інформаційн* OR ЄРДР OR ТЦК OR затрим*)',
  'obcokrajowc* AND zarejestrowa* AND (meldunk* OR milicj*) AND (policj* OR "Straży Granicznej" OR "Straż Graniczna" OR wydal* OR deport* OR nielegaln* OR "zobowiazanie do powrotu" OR kontrol* OR rejestr* OR milicj* OR "legalność pobytu" OR cudzoziem*)',
  // Wrong data from the migration agency's case system in police removals (Swedish); police processing of personal data (Danish,
  // Slovenian, Latvian); Estonia's identity-document biometric database; Norway's police register; police officers' look-ups (Finnish);
  // Poland's vehicle and driver register CEPiK
  '(Migrationsverket* OR Polismyndighet*) AND (arendehanteringssystem OR "registrerats fel" OR register*) AND (utvisning* OR forvar*) AND (forvaret OR "i forvar" OR forvarsenhet* OR forvarstag* OR avvis* OR verkstall* OR utvisningsbeslut* OR "beslut om utvisning" OR utvisas OR utvisad* OR asyl* OR migrant* OR "registrerats fel" OR arendehanteringssystem OR "tagits i forvar" OR "hålls i förvar")',
  '("retshandhaevende myndigheder" OR "retshåndhævende myndigheders") AND (data OR oplysninger OR personoplysninger OR register* OR database* OR nummerplade* OR overvågning* OR logning* OR adgang OR opbevar* OR gemme OR Datatilsynet OR PNR OR passagerdata OR ansigtsgenkendelse OR Europol OR teledata OR overvåge*)',
  '("isikut toendavate dokumentide andmekogu*" OR "biomeetriliste andmete" OR =ABIS) AND (siseministr* OR politsei* OR andmekogu*) AND (kuritegu* OR kurjateg* OR naopilt* OR naotuvastus* OR uurimis* OR otsi* OR oiguskantsler* OR jalgimi* OR kriminaalmenetlus* OR vordlu* OR eelnou* OR kahtlusalu* OR "politsei andmebaas*" OR jalitus* OR isikusamasus* OR tuvastami*)',
  '(Policija OR policij*) AND (ZVOPOKD OR ("Splosne uredbe" AND (evidenc* OR hramb* OR hranil* OR izbris* OR osumljen* OR "zbirke podatkov" OR "zbirka podatkov" OR "baza podatkov" OR "baze podatkov" OR dostop* OR prepoznav* OR kamer* OR "registrskih tablic" OR PNR OR potnisk* OR "kazenski postopek" OR "kazenskega postopka")))',
  '"politioperativt register" OR "politiregisterloven" OR ("Kripos" AND (register OR sletting OR opplysninger) AND (register OR registre OR registeret OR sletting OR slette* OR lagret OR lagring OR Datatilsynet OR personvern* OR "DNA-register*" OR database* OR politiregister* OR lagre OR registrert))',
  '("Valsts policij*" AND ("personas datu" OR datu*)) AND (reģistr* OR datubāz* OR "datu bāz*" OR "Datu valsts inspekcij*" OR nelikumīg* OR apstrād* OR piekļuv* OR sodāmīb* OR "Sodu reģistr*" OR kamer* OR uzraudzīb* OR "Informācijas centr*" OR Šengen* OR Schengen*)',
  '(poliisi* OR poliisin) NEAR/12 (tietojarjestelm* OR rekister* OR urkinta*) AND (tietoja OR henkilotie* OR katsonut OR katsoi OR urkki* OR tietosuoja* OR lokivalvon* OR lokitie* OR oikeusasiam* OR perusteetta OR "ilman perustetta" OR virkarikos OR virkavirh* OR "poliisiasiain tietojarjestelm*" OR tallenn* OR rekisteroi* OR henkilorekister* OR luovut*)',
  '=CEPiK OR "Centralna Ewidencja Pojazdow" OR "centralnej ewidencji pojazdow" OR "centralnej ewidencji kierowcow"',
  // From the fifty-fourth collection (dev): Kazakhstan's plate-reading police cameras checked against debtors
  'Автоураган* AND (должник* OR розыск* OR угнан* OR баз*)',
  // Sweden's police data act, carriers' passenger data for the police
  'Polisdatalag* OR (personuppgifter AND (brottsbekämpande OR "gemensamt tillgängliga" OR signalementsregister OR fingeravtrycksregister OR (Polismyndigheten AND (misstänkt* OR brott*))))',
  'transportör* AND Polismyndigheten AND passagerar* AND (uppgift* OR lämna)',
  // From the fifty-fifth collection (dev): registration of foreign citizens (Mongolian)
  '(Гадаадын NEAR/3 иргэд*) AND бүртгэл* AND ("оршин суух" OR "түр оршин" OR "хил нэвтэр*" OR харьяалалгүй OR цагдаа*)',
];

/** An extract of the Swedish criminal-records register that employers may ask for is a job check (the corpus rule). */
export const databasesNorthernCentralEuropeExclude = [
  '(arbetsgivare* OR arbetssokande OR anstall* OR forening* OR ideell*) AND (registerutdrag OR belastningsregist* OR (polisens NEAR/4 register*))',
  // Danish speed checks that read number plates (from the thirty-sixth, dev)
  '(fartkontrol* OR fartfors* OR fotovogn* OR fartbod*) AND (nummerplade* OR politi*)',
  // From the forty-first collection's look-alike review: a phone's face unlock (Russian, Ukrainian)
  '(распознаван* OR розпізнаван*) AND (смартфон* OR разблокир* OR iPhone OR "Face ID") NOT (полиц* OR МВД OR розыск* OR подозреваем* OR преступ*)',
  // … (the forty-fourth) Swedish criminal-record extracts shown for school jobs (a job check)
  '(utdrag NEAR/6 belastningsregist*) AND (skola OR förskola OR jobb OR arbete OR barn)',
];
