/**
 * Swedish, Norwegian, Danish, Finnish, Polish, Czech and Greek vocabulary for both topics, written from the topic
 * definitions in the shape of the other language modules: removal of foreigners and immigration detention by the
 * names those countries' records use, and police registers and who may read them. The corpus holds these
 * languages since the thirty-third collection (news, agency pages, parliamentary reports and ombudsman decisions).
 * The matcher folds accents, so rules are written without them (`forvar*` reaches "förvar", `sailoonotto*`
 * "säilöönotto", `zajisteni cizincu` "zajištění cizinců"); Polish ł and Danish æ are letters of their own.
 * Compound words are written whole or by their first part with a wildcard.
 */

/** Norway: asylum-centre and immigration-authority records handed to the police under the Immigration Act (both topics). */
const ASYLUM_RECORDS_TO_NORWEGIAN_POLICE =
  '(utlever* NEAR/8 opplysninger) AND (utlendingsloven OR utlendingsmyndighet* OR asylmottak* OR asylsoker*)';

export const immigrationNorthernCentralEurope = [
  // Sweden: detention ("förvar") and removal ("utvisning", "avvisning", "verkställighet") by the Migration Agency and
  // the police. "Utvisning" alone is also a penalty in sport, so it counts only beside the agency, detention or leaving.
  '(utvis* OR avvis* OR verkstallighet* OR atervandande*) AND (Migrationsverket* OR forvar* OR granspolis* OR "lamna landet" OR "ur landet" OR "lamna Sverige")',
  'forvar* AND (Migrationsverket* OR utvis* OR avvis* OR atervand*)',
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
];

export const databasesNorthernCentralEurope = [
  // The police's registers and information systems (Swedish, Danish, Norwegian, Finnish), Sweden's criminal-records
  // register, and Finnish police officers looking people up without cause ("urkinta")
  '(polisens OR politiets OR poliisin) NEAR/4 (register* OR registre OR rekister* OR tietojarjestelm* OR databas* OR personoplysning* OR personuppgift*)',
  'belastningsregist* OR urkinta OR ((henkilotie* NEAR/5 (katselu* OR kasittely* OR katso*)) AND poliisi*)',
  ASYLUM_RECORDS_TO_NORWEGIAN_POLICE,
  // Poland's National Police Information System (KSIP) and police databases
  '=KSIP OR "Informacyjnego Policji" OR "Informacyjny Policji" OR ("baz* danych" NEAR/4 polic*)',
  // Czech police records and databases
  '(evidenc* OR databaz* OR "informacnich systemu" OR "informacni system*") NEAR/6 (policie OR policii OR policejn* OR policist*)',
];

/** An extract of the Swedish criminal-records register that employers may ask for is a job check (the corpus rule). */
export const databasesNorthernCentralEuropeExclude = [
  '(arbetsgivare* OR arbetssokande OR anstall* OR forening* OR ideell*) AND (registerutdrag OR belastningsregist* OR (polisens NEAR/4 register*))',
];
