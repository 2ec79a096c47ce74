/**
 * French, Italian, Portuguese, German and Dutch vocabulary for both topics, written from the topic definitions
 * in the shape of the Spanish rules (spanish.ts): immigration detention and removal by the names
 * those countries' records use, and police files and plate readers. The corpus holds these
 * languages since the thirty-second collection (news from France, Quebec, Italy and Brazil); German and
 * Dutch police files and removals came with the thirty-third (Germany's BKA face matching, Dutch plate cameras and
 * police look-ups in the population register, Portugal's airport holding centres). Compound words are written
 * whole (`polizeicomputer*`, `kentekencamera*`): the matcher reads a word, not its parts. The
 * matcher folds accents and case, so `retention` reaches "rétention" and `eletronico` "eletrônico",
 * and it reads an elided article as the word after it ("l'expulsion" is `expulsion`; tokens.ts).
 */
import { FRENCH_RETURN_BANS_IN_FILES, ITALIAN_DOCTORS_AS_INFORMERS } from './both-topics.ts';

/**
 * Montreal police checking people's immigration status with Canada's border agency (both topics; the thirty-seventh), also
 * as police "status checks" ("vérifications de statut", the thirty-eighth).
 */
const MONTREAL_POLICE_STATUS_CHECKS =
  '(verification* NEAR/6 "statut d\'immigration") OR ((SPVM OR policiers) AND ("services frontaliers" OR =ASFC)) OR ("verification* de statut" AND (police OR policier*))';

/** Portugal's duty for hotels and other lodgings to report foreign guests to the border service (SEF/AIMA): both topics (the fortieth). */
const PORTUGUESE_GUEST_REPORTS = '(comunicacao NEAR/6 ("Servico de Estrangeiros" OR =SEF OR AIMA)) AND (aloja* OR hotel* OR turist*)';

/** ICE reaching DMV lists of licence holders, in the US Portuguese-language press: both topics (the fortieth). */
const DMV_LISTS_TO_IMMIGRATION_PT =
  '("Departamento* de Veiculos" OR DMV) AND ("Imigracao e Alfandega" OR (Imigracao AND (dados OR informacoes OR compartilh* OR acesso OR lista* OR parceria)))';

/** The Dutch military police's plate cameras at the border (@migo-boras), against illegal immigration and smuggling (the thirty-eighth). */
const MIGO_BORAS = '(migo NEAR/1 boras) OR migoboras';

/** Patients' and other data passed to (or kept from) Germany's foreigners' offices (both topics; the thirty-eighth). */
const DATA_TO_FOREIGNERS_OFFICE = '(Datenubermittlung OR ubermittl* OR Daten) NEAR/10 Auslanderbehorde*';
/** Foreigners entered in German police search systems to locate or arrest them for removal (both topics; the thirty-eighth). */
const FOREIGNERS_IN_POLICE_SEARCH = '(Ausschreibung* NEAR/5 (Aufenthaltsermittlung OR Festnahme)) OR (fahnd* NEAR/10 Auslander*)';
/** Portugal's lodging reports on foreign guests to the border service (SIBA): both topics (the thirty-eighth). */
const PORTUGUESE_LODGING_REPORTS =
  '"boletins de alojamento" OR "boletim de alojamento" OR (=SIBA AND (alojamento OR =SEF OR estrangeiros)) OR (((alojamento NEAR/10 "cidadaos estrangeiros") AND (SEF OR AIMA OR PSP OR GNR OR "Guarda Nacional")) NOT ("centro de alojamento" OR requerentes OR asilo OR acolhimento OR "protecao internacional"))';

/** Italy's duty to tell the police who hosts a non-EU foreigner (art. 7 of the immigration law): both topics (the thirty-eighth). */
const ITALIAN_HOSTING_DECLARATION =
  '(ospitalit* OR alloggio OR ospita) AND (extracomunitar* OR apolide) AND (comunicazione OR comunicar* OR dichiarazione OR "Pubblica Sicurezza" OR questura)';

/** France's police forms for foreign hotel guests ("fiche individuelle de police"): both topics (the thirty-ninth). */
const FRENCH_HOTEL_POLICE_FORMS = '"fiche de police" OR "fiche individuelle de police" OR "fiches de police"';

/** Switzerland's central migration information system (SYMIC), open to police: both topics (the thirty-ninth). */
const SWISS_MIGRATION_INFORMATION_SYSTEM = '=SYMIC OR "systeme d\'information central sur la migration"';

/** Swiss schools', welfare offices' and other bodies' duties to report people to the migration office: both topics (the thirty-ninth). */
const SWISS_REPORTING_DUTIES =
  '(Meldepflicht* OR "Informationen an Auslanderbehorden" OR Datenaustausch OR Informationsaustausch OR melden) AND (Migrationsamt OR Migrationsbehorde* OR Auslanderbehorde* OR Sans-Papiers OR Sans-Papier OR "illegalem Aufenthalt")';

/** … and the data exchange on foreigners drawing welfare under the Foreigners and Integration Act (both topics; the thirty-ninth). */
const SWISS_WELFARE_DATA_EXCHANGE =
  '(Meldepflicht* OR Datenaustausch OR Informationsaustausch) AND (=AIG OR "Auslander- und Integrationsgesetz" OR Sozialhilfe*)';

export const immigrationOtherLanguages = [
  // Administrative detention before removal: France's CRA and LRA, Italy's CPR (and its old names CIE and CPT), Quebec's holding centre
  '"centre* de retention" OR "centres et locaux de retention" OR "locaux de retention" OR "retention administrative" OR "Centre de surveillance de l\'immigration"',
  '"centr* di permanenza" OR "centr* di identificazione ed espulsione" OR "centr* per il rimpatrio" OR "centr* per i rimpatri"',
  // Removal of foreigners: expulsion, "éloignement", "rimpatrio", "respingimento", OQTF
  '((expulsion* OR eloignement OR "reconduite* a la frontiere") NEAR/8 (etranger* OR migrant* OR "sans-papiers" OR clandestin*)) NOT (diplomat* OR ambassad* OR joueur* OR arbitre*)',
  '"obligation de quitter le territoire" OR =OQTF',
  '(rimpatri* OR espuls* OR respingiment* OR "allontanamento dal territorio") NEAR/15 (migranti OR irregolar* OR clandestin* OR "cittadini stranieri" OR "paesi terzi" OR tunisin* OR immigrat* OR migrant* OR questura)',
  // Canada's border agency (CBSA) by its French name, beside detention or removal
  '("Agence des services frontaliers" OR =ASFC) NEAR/15 (detention OR detenu* OR expuls* OR renvoi* OR migrant* OR "demandeur* d\'asile" OR surveillance)',
  // From the thirty-third (dev): Portugal's temporary holding centres of the border service (SEF) and its removals;
  // Germany's charter removals ("Sammelabschiebung", "Sammelrückführung"); Dutch immigration detention and removal
  '"centro* temporario* de instalacao" OR "centro* de instalacao temporaria" OR (=SEF NEAR/10 (centro* OR detid* OR expuls* OR afastamento* OR "recusa de entrada"))',
  'sammelabschieb* OR sammelruckfuhrung* OR ruckfuhrungsflug*',
  // Belgium's closed centres and orders to leave the territory (the Office des étrangers); Switzerland's removal
  // detention ("Ausschaffungshaft") and coercive measures under the foreigners act
  '("centre* ferme*" AND etranger*) OR ("Office des etrangers" NEAR/20 (enferm* OR detention OR expuls* OR "quitter le territoire" OR retour OR police)) OR "ordre* de quitter le territoire" OR =OQT',
  'ausschaffung* OR wegweisungsvollzug* OR (zwangsmassnahm* NEAR/10 (auslander* OR ruckfuhr* OR wegweis* OR herkunftsstaat*))',
  // … and from its last round (dev): Portugal's coercive removals and expulsions of foreigners (not players or
  // diplomats), Switzerland's expulsion from the country ("Landesverweisung") and removal of rejected asylum seekers
  '("afastamento coercivo" OR (expuls* NEAR/6 (estrangeiro* OR imigrante* OR migrante*))) NOT (jogador* OR arbitro* OR arbitragem OR diplomat* OR embaixad*)',
  'landesverweis* OR entfernungsmassnahm* OR (wegweisung* AND (asyl* OR auslander* OR Ausreise*))',
  'vreemdelingendetentie OR vreemdelingenbewaring OR uitzetcentr* OR "Dienst Terugkeer en Vertrek" OR ((uitzet* OR uitgezet) NEAR/8 (vreemdeling* OR asielzoeker* OR migrant* OR uitgeprocedeerd*))',
  // From the thirty-fifth (dev): Italy's administrative detention of migrants; Canada's border agency paying provinces to
  // hold people in their prisons; Portugal's forced returns and removal measures ("medidas de afastamento")
  '"detenzione amministrativa" OR (detenzione NEAR/5 (migranti OR stranieri OR "cittadini stranieri"))',
  '("Agence des services frontaliers" OR =ASFC OR =CBSA OR "Canada Border Services Agency") NEAR/25 (incarcer* OR prison* OR emprisonn* OR jail* OR detenu* OR detention)',
  '"regressos forcados" OR "regresso forcado" OR "retorno forcado" OR "retornos forcados" OR "operacoes de retorno" OR ("medida* de afastamento" AND (estrangeiro* OR territorio OR coerciv* OR expuls*))',
  // From the thirty-sixth (dev): Austria's deportation detention ("Schubhaft"), Belgium's departure centres and
  // Canada's federal immigration holding centres in French
  'Schubhaft*',
  // … police and gendarmes checking whether a foreigner's stay is lawful ("régularité du séjour")
  '("regularite du sejour" OR "situation irreguliere" OR "sejour irregulier") AND (police OR gendarmerie OR fichier*)',
  '"centres federaux de l\'immigration" OR "centre de depart" OR "centres de detention de l\'immigration"',
  // … and Dutch immigration detention (from the thirty-sixth, dev)
  'detentiecentrum OR vreemdelingenbewaring OR uitzetcentrum OR "gesloten gezinsvoorziening"',
  // From the thirty-seventh (dev): German departure custody and removal detention, forced return in Swiss German, Belgium's
  // centre for "illégaux" and repatriation of undocumented people; Montreal police checking status with the border agency
  'Ausreisegewahrsam OR Abschiebungshaft OR Abschiebehaft OR Sicherungshaft OR "zwangsweise Ruckkehr" OR "zwangsweise Ruckfuhrung" OR ausreisepflichtig*',
  'ruckgefuhrt NEAR/10 (zwangsmassnahm* OR Heimatstaat)',
  '"centre pour illegaux" OR (rapatriement NEAR/10 (illegaux OR "sans-papiers" OR etranger* OR migrant*))',
  MONTREAL_POLICE_STATUS_CHECKS,
  // From the thirty-eighth (dev): Montreal and other 'sanctuary cities' in French; the Dutch border plate cameras where
  // the text names migration or smuggling
  '"ville sanctuaire" OR "villes sanctuaires" OR "cite sanctuaire"',
  `(${MIGO_BORAS}) AND (migratie OR immigratie OR mensensmokkel OR illegal*)`,
  // … Schengen alerts on return decisions ('terugkeerbesluit'); Dutch police fingerprint checks of people thought to stay
  // unlawfully
  'terugkeerbesluit*',
  'vingerafdruk* AND ("niet rechtmatig" OR illegal* OR vreemdeling*)',
  // … migrants intercepted at sea and sent back (to Libya)
  'migrants NEAR/10 (intercept* NEAR/10 (renvoy* OR "garde-cotes"))',
  // … third round (French): Geneva's coercive-measures rulings on removal and administrative detention (Frambois);
  // migrants expelled or turned back (Algeria, Morocco)
  '((renvoi* OR "detention administrative" OR "mesure* de contrainte") AND (asile OR ressortissant* OR requerant*)) NOT (joueur* OR diplomat*)',
  'Frambois OR "centre de detention administrative"',
  '(expuls* OR refoul*) NEAR/10 (migrants OR subsahariens)',
  // … third round (German): Dublin transfers and church asylum; refusals of asylum seekers at the border; data to the
  // foreigners' office; foreigners sought by police for removal
  '(Uberstellung* AND (Dublin* OR Asyl* OR Fluchtling* OR Kirchenasyl OR =BAMF)) OR Kirchenasyl OR "Dublin-Verfahren*"',
  'Zuruckweisung* AND (Asyl* OR Bundespolizei OR Grenzkontroll* OR "an der Grenze" OR "an den Grenzen" OR Binnengrenze*)',
  DATA_TO_FOREIGNERS_OFFICE,
  FOREIGNERS_IN_POLICE_SEARCH,
  // … (Portuguese): lodging reports on foreigners (the police's new foreigners and borders unit, UNEF, is below with
  // its other name, UEF); foreigners held at airports
  PORTUGUESE_LODGING_REPORTS,
  'estrangeiros NEAR/5 detidos',
  // … fourth round (Italian): detention in removal centres and its judicial review; removal of foreigners; hosting
  // declarations
  'trattenimento AND (=CPR OR stranier* OR "Giudice di Pace" OR convalida)',
  '(espulsione OR allontanamento OR respingiment*) NEAR/5 (straniero OR stranieri OR extracomunitar*)',
  ITALIAN_HOSTING_DECLARATION,
  // From the thirty-ninth (dev), French: foreigners banned from France entered in the wanted-persons file (FPR); Dublin
  // transfers ("dublinés"); expulsions of nationals and migrants; the "retenue" of a foreigner for a status check;
  // hotels' police forms for foreign guests; Schengen entry bans and return bans; Canada's removal orders; Switzerland's
  // central migration information system (SYMIC); Belgium's Office des étrangers querying police data
  '(=FPR OR "personnes recherchees") AND (expuls* OR "interdit* de sejour" OR "interdiction* de sejour" OR "interdiction du territoire")',
  'dubline* OR "reglement Dublin" OR "procedure Dublin" OR "procedures Dublin" OR "Dublin III" OR (transfert* NEAR/8 Dublin)',
  '(expuls* NEAR/8 (ressortissants OR migrants OR etrangers)) NOT (joueur* OR diplomat* OR ambassad* OR arbitre*)',
  '"retenue administrative" OR (retenue* NEAR/15 ("titre de sejour" OR etranger*))',
  FRENCH_HOTEL_POLICE_FORMS,
  '(=SIS OR Schengen) AND (signalement* OR "non-admission") AND ("interdiction de retour" OR "non-admission" OR "interdiction d\'entree")',
  '"mesure de renvoi" OR "mesures de renvoi"',
  SWISS_MIGRATION_INFORMATION_SYSTEM,
  '"Office des etrangers" AND ("banque de donnees" OR police OR donnees)',
  // From the thirty-ninth (dev), German: the duty to leave and its enforcement ("Ausreisepflicht"), expulsion
  // ("Ausweisung"), and § 87's duty on public bodies to report people without status ("Übermittlungspflicht"); Dutch:
  // detention, return and removal of foreigners, orders to leave, aliens' checks by the Marechaussee, unlawful stay, and
  // undocumented people's access to the police
  'Ausreisepflicht* OR Ausweisung* OR Ausweisungsschutz OR Ubermittlungspflicht*',
  '(detentie OR terugkeer OR verwijdering OR uitwijzing) AND (vreemdeling* OR "onwettig verblijf" OR "gesloten centra")',
  '"bevel om het grondgebied te verlaten" OR "bevelen om het grondgebied te verlaten" OR "illegaal verblijf" OR "onwettig verblijf"',
  'vreemdelingentoezicht OR vreemdelingencontrole* OR (=MTV AND Marechaussee) OR (Marechaussee AND "etnisch profileren")',
  'ongedocumenteerd* AND politie',
  // … second round (French): consular travel documents for removals; the administrative holding rooms (LRA); the
  // prefecture reading the police record file (TAJ) for residence decisions; administrative detention (Switzerland);
  // Moroccan raids on migrants; foreigners' fingerprints taken under the 1945 ordinance (both topics); the Collomb
  // circular on irregular immigration; expulsions of people in the radicalisation file (FSPRT)
  '"laissez-passer consulaire*" OR "local de retention" OR "locaux de retention" OR (=LRA AND (retenu* OR retention OR prefet*))',
  '(=TAJ OR "traitement d\'antecedents judiciaires") AND ("titre de sejour" OR etranger*)',
  '("detention administrative" NOT (palestinien* OR Israel* OR israelien*)) OR ((descentes OR arrete* OR arrestation*) NEAR/10 (migrants OR clandestins OR emigrants))',
  '(empreintes NEAR/5 etrangers) OR ("releve des empreintes" AND etranger*)',
  '"circulaire Collomb" OR "lutte contre l\'immigration irreguliere"',
  '("fichier des signalements" OR =FSPRT) AND (expuls* OR renvoi* OR "titre de sejour")',
  // … Italian returns and expulsions of migrants and foreigners
  '((rimpatri* OR espulsion* OR espuls*) NEAR/10 (migranti OR stranieri OR straniero OR irregolari OR clandestin*)) NOT (capitali OR difensor* OR calciat* OR giocator* OR arbitr* OR partita OR diplomat*)',
  // … third round (German): Austria's aliens police; Swiss reporting duties and data exchange with the migration
  // office (schools, welfare; both topics); asylum seekers turned back at the border; Swiss deportations
  // ("Ausschaffung"); entry bans. Italian: expulsion orders, the repatriation centres (CPR) and readmissions to Slovenia
  'Fremdenpolizei OR Zwangsausschaffung* OR ausgeschafft OR Einreiseverbot*',
  SWISS_REPORTING_DUTIES,
  SWISS_WELFARE_DATA_EXCHANGE,
  '((zuruckgewiesen OR abweisen OR abgewiesen) NEAR/10 (Grenze* OR Asylsuchende* OR Bundespolizei)) NOT (Klage* OR Antrag*)',
  'espulsione AND (Prefetto OR "Ministro dell\'Interno" OR straniero OR stranieri OR questore)',
  '(Cpr OR =CPR) AND (migranti OR rimpatr* OR rimpatro OR trattenut* OR garante* OR ospiti OR rivolt*)',
  '(riammission* AND (migranti OR Slovenia OR confine OR frontiera)) OR ("rotta balcanica" AND (migranti OR rintraccia*))',
  // From the fortieth (dev): Portugal's guest reports to the border service, its migration agency's removals and
  // the airports' temporary holding centres (CIT); Belgium's closed centres and the Aliens Office's home searches;
  // France's "lieux de rétention"
  PORTUGUESE_GUEST_REPORTS,
  'AIMA AND (afastamento OR "impedidos de ficar" OR "mandados embora" OR ((notific* OR ordem OR obrigad* OR prazo) NEAR/6 ("deixar o pais" OR abandonar OR abandono)))',
  '"Centro de Instalacao Temporaria" OR "equiparados a CIT" OR (=CIT AND aeroporto*)',
  '(("centres fermes" OR "centre ferme") AND (etranger* OR retour OR expuls* OR migrant* OR detention)) OR "lieu* de retention"',
  '"Office des etrangers" AND (arrest* OR "visites domiciliaires" OR detention OR expuls* OR irregulier*)',
  // … Italy's migrant centre at Gjader in Albania
  'Gjader',
  // … French records from Luxembourg, Switzerland, Monaco and Quebec: forced returns and the EU return directive,
  // refoulement decisions, police and clandestine immigration, people without a valid residence permit stopped by police
  '("retour* force*" AND (etranger* OR migrant* OR migration OR "pays d origine" OR expuls* OR renvoi* OR demandeur* OR requerant* OR deboute* OR Frontex OR retention OR "protection internationale")) OR "directive retour*"',
  '"decision* de refoulement" OR "mesure* de refoulement"',
  '(("des clandestins" OR "les clandestins" OR "de clandestins" OR (clandestin* NEAR/4 (immigr* OR migrant* OR etranger* OR sejour OR passeur* OR entree))) AND police) OR "immigration clandestine"',
  '(("autorisation de sejour" NEAR/6 sans) AND (police OR arrete* OR interpell*)) OR (("autorisation de sejour" NEAR/6 valable) AND (police OR interpell*))',
  DMV_LISTS_TO_IMMIGRATION_PT,
  // … Brazil's notices to irregular migrants and compulsory expulsion, migrants held in the restricted area at
  // Guarulhos airport, raids ("blitzes") on undocumented Brazilians abroad; Portugal's new police unit for foreigners
  // and longer immigration detention
  '("situacao migratoria irregular" OR "irregularidade migratoria") AND (notificad* OR "deixe o Pais" OR deport* OR retirada)',
  '((imigrante* NEAR/12 (retidos OR "area restrita" OR inadmitid* OR repatriacao)) OR (estrangeir* NEAR/12 (retidos OR inadmitid*))) NOT (corpo OR "restos mortais" OR translado OR sepult* OR velorio)',
  // (with the fifty-fourth collection: PSP's foreigners and border unit by its other name, and UNEF beside borders,
  // expulsions and readmission)
  '"Unidade de Estrangeiros e Fronteiras" OR "Unidade Nacional de Estrangeiros e Fronteiras" OR "Estrangeiros e Controlo Fronteiriço" OR (=UEF AND (PSP OR imigrant*)) OR (=UNEF AND (PSP OR imigrant* OR estrangeir* OR fronteir* OR "Polícia de Segurança Pública" OR expuls* OR readmiss*))',
  '((detencao OR detencoes) NEAR/10 (migrat* OR imigrant*)) OR (((detencao OR detencoes) NEAR/10 (estrangeir* OR regresso)) AND (afastamento OR irregular* OR ilega* OR "centro de instalacao" OR expuls* OR AIMA OR =SEF OR "Estrangeiros e Fronteiras" OR aeroporto*))',
  '(cerco OR blitz*) NEAR/8 (imigrantes OR indocumentados)',
  '"Inquerito Policial de Expulsao" OR ((expulsao OR expulsoes) NEAR/10 ("territorio nacional" OR reingresso OR (estrangeir* NEAR/4 (condenad* OR irregular*))))',
  // From the forty-first collection (dev): Italy's escorts and coercion of people being removed ("rimpatriandi");
  // France's removals challenged under Article 8 of the Convention; Portugal's migrants notified to leave the country
  '(rimpatriandi OR rimpatriande OR ((trasferiment* OR coercizion* OR scort*) NEAR/10 rimpatri*)) NOT (salma OR salme OR connazionali OR Farnesina OR turist* OR "italiani bloccati" OR evacua*)',
  'eloignement AND ("droit au sejour" OR "titre de sejour" OR OQTF OR CEDH OR (eloignement NEAR/2 (mesure* OR decision* OR arrete* OR procedure*)) OR (etranger* NOT "a l\'etranger"))',
  'imigrantes NEAR/10 (retornos OR "retorno forcado" OR (("deixar o pais" OR "deixarem o pais" OR "abandonar o pais") NEAR/8 (notific* OR obrigad* OR ordem OR ordenad* OR prazo OR coerciv* OR afastamento OR expuls*)))',
  // … second round: foreigners held or pushed out as illegal in Mozambique and Angola; the EU's return rules in Italian
  // and German; readmission agreements
  '((imigrantes OR estrangeiros OR "cidadaos estrangeiros") NEAR/10 ("situacao ilegal" OR "situacao irregular" OR "condicao irregular" OR ilegais)) AND (policia* OR detid* OR deteve OR expuls* OR "abandonar o pais" OR "abandonar Portugal" OR "abandonar o territorio" OR "abandono voluntario" OR "Operacao Transparencia")',
  'rimpatri AND (regolamento OR regole OR direttiva OR proposta) NOT (capitali OR salme OR fiscal* OR "voluntary disclosure")',
  'Ruckfuhrung* AND (Drittstaatsangehorig* OR "illegal aufhaltend*" OR Richtlinie)',
  'Ruckubernahme* OR ((readmission* AND (migrant* OR asylum OR irregular* OR "third-country" OR agreement* OR accord* OR etranger* OR Dublin OR deport* OR border* OR frontiere*)) NOT (hospital* OR patient* OR hopital* OR Medicare)) OR ((readmisij* OR readmisi*) AND (sporazum* OR udalj* OR stranih OR drzavljan*))',
  // … third round (French-speaking Africa): expulsions and refoulements of people without papers, clandestine
  // emigration intercepted, Madagascar's territorial surveillance police and expulsion warrants; fingerprint
  // agreements for returns (Belgium and Morocco)
  '(refoul* OR expuls*) NEAR/10 ("sans papier*" OR "sans-papiers" OR "situation irreguliere" OR irreguliers)',
  '"emigration clandestine" AND (intercept* OR police OR defer*)',
  '"police de la surveillance du territoire" OR "mandat d\'expulsion" OR (ressortissant* NEAR/6 (refoule* OR arretes OR "sans papiers"))',
  '("empreintes digitales" OR biometri*) AND (accord OR cooperation) AND (migration OR migrants OR retour OR expulsion*)',
  // The forty-second collection: Portuguese-speaking Africa's repatriation of foreigners and migration inspections;
  // Italian expulsion orders and Swiss removal measures; French and Swiss special flights and Roissy's waiting zone;
  // Germany's church asylum; Belgium's closed centres (127bis)
  '(repatri* NEAR/8 (estrangeiros OR imigrantes OR "situacao irregular" OR ilegais)) NOT (recursos OR capita* OR corpo OR corpos OR restos OR ativos OR divisas OR bens OR retidos OR evacua* OR turistas OR guerra OR conflito)',
  '("permanencia ilegal" OR "fiscalizacao migratoria" OR "controlo migratorio" OR "controle migratorio") NOT (cargo OR servidor* OR greve)',
  '((provvedimento OR decreto OR ordine OR nonostante) NEAR/4 espulsion*) NOT (partito OR probiviri OR studente OR scuola OR istituto OR Juve OR calcio OR arbitro OR rosso OR "in dieci" OR squadra)',
  '(allontanamento NEAR/10 (stranieri OR straniero OR LStrI OR coercitive OR rimpatrio)) NOT ("casa familiare" OR "casa coniugale" OR "abitazione familiare" OR maltrattament* OR "codice rosso")',
  '"carcerazione amministrativa"',
  '("vols speciaux" OR "vol special") NEAR/20 (renvoi* OR renvoy* OR expuls* OR migrant* OR requerant* OR contrainte)',
  '(("zone d\'attente" OR "zones d\'attente") NOT (taxi* OR VTC OR urgences OR patients OR malades OR brancard*)) OR inadmis',
  'Kirchenasyl* NOT (Mittelalter* OR mittelalterlich* OR Ausstellung OR Museum)',
  '(127bis NEAR/10 (centrum OR Steenokkerzeel OR asielzoeker* OR vreemdeling* OR terugkeer OR uitwijzing)) OR (("gesloten centrum" OR "gesloten centra") NOT (Everberg OR jeugdrechter OR jongeren OR gemeenschapsinstelling*)) OR repatrieringscentrum OR transmigrant*',
  // … second round: Italy's detention extensions and CPRs, expelled imams, illegal stay found in checks
  '(trattenimento NEAR/10 (=CPR OR immigrati OR stranieri OR migranti OR richiedent*)) OR ((trattenimento NEAR/10 proroghe) NOT "in servizio")',
  '=CPR NEAR/10 (tunisini OR trasferit* OR migranti OR stranieri OR trattenut*)',
  'espuls* NEAR/10 (imam OR "cittadino egiziano" OR "cittadino marocchino" OR "cittadino tunisino")',
  '("soggiornare illegalmente" OR "soggiorno illegale" OR "soggiorno irregolare" OR "soggiornavano illegalmente") NOT (planimetri* OR catast*)',
  // … fourth round: the Dutch Linking Act (Koppelingswet) and the registration of foreigners; France's census of
  // migrants in emergency shelters
  'Koppelingswet OR (koppeling* NEAR/10 (vreemdeling* OR buitenlanders OR sofi-nummer))',
  '(registratie OR koppeling*) NEAR/6 vreemdeling*',
  'recensement NEAR/10 (migrants OR "hebergement d\'urgence")',
  // From the forty-third collection (dev): someone already expelled from the Schengen area (Portuguese, Spanish)
  'expuls* NEAR/6 ("espaco Schengen" OR "espacio Schengen")',
  // … round-ups of sub-Saharan migrants moved away from the north (Morocco, French)
  '(("une rafle" OR "la rafle" OR "les rafles" OR "des rafles" OR "de rafles" OR "vaste rafle" OR "nouvelle rafle" OR "nouvelles rafles") NEAR/10 (migrants OR subsahariens OR clandestins OR sans-papiers)) OR "chasse aux migrants" OR "chasse aux subsahariens" OR "chasse aux clandestins" OR "chasse aux sans-papiers" OR (arrestations NEAR/8 subsahariens) OR ("deplacements forces" NEAR/8 subsahariens)',
  // … (the forty-fourth) repeated expulsions and return centres (Italian); removals from Mayotte; refusals at borders;
  // the Marechaussee's checks against illegal immigration
  '"provvedimenti espulsivi" OR ("più volte espulso" AND (extracomunitar* OR rimpatri* OR Questura OR "cittadino straniero" OR irregolar*)) OR (((=CPR OR =Cpr) AND (extracomunitar* OR stranier* OR rimpatri* OR espuls* OR trattenut*)) NOT (rianimazione OR defibrillat* OR malore OR cardiopolmonare))',
  '("reconduites a la frontiere" NEAR/20 (etranger* OR irreguli* OR clandestin* OR retention OR "sans papiers" OR nationalit* OR expuls* OR Mayotte OR Comores OR prefet OR Guyane)) OR ("reconduite* a la frontiere" NEAR/20 (Mayotte OR Comores OR prefet OR Guyane))',
  '(respint* NEAR/6 (confin* OR frontier*)) AND (migranti OR migrante OR stranier* OR profughi OR richiedent* OR irregolar* OR persone OR ingresso OR controlli)',
  '(Marechaussee OR KMar) AND ("illegale migrant*" OR "illegale immigratie" OR Vreemdelingenwet OR "ongewenste vreemdeling*") AND (aangehouden OR aanhouding* OR arrest* OR bewaring OR grenscontrol* OR control* OR toezicht OR grenstoezicht OR uitgezet OR uitzetting* OR opgepakt OR mensensmokkel*)',
  '("Espulsioni e respingimenti") NOT (portiere OR partita OR arbitro OR cartellin* OR calcio)',
  // … Luxembourg's detention centre
  'Retentiounszenter OR "centre de rétention"',
  // … (the forty-fifth) Swiss forced returns; foreigners arrested (interpellés) in France
  '"renvois sous contrainte" OR "renvoi sous contrainte" OR (("renvois forces") AND (asile OR requerant* OR migra* OR etranger* OR "vols speciaux" OR "vol special" OR expuls* OR deboute* OR "sans papiers"))',
  '("etrangeres interpellees" OR "etrangers interpelles") AND (=CRA OR retention OR sejour OR irreguli* OR OQTF OR eloignement OR expuls* OR migrant* OR exile* OR CGLPL OR "sans papiers")',
  // … (the forty-fifth) Dutch removals and the aliens police (AVIM); German measures ending residence, unlawful entry
  // and illegal stay, dragnet checks near borders
  'uitzetting* AND (vreemdeling* OR asielzoeker* OR "afgewezen immigrant*" OR "afgewezen asielzoeker*" OR uitgeprocedeerd*)',
  'aufenthaltsbeendend*',
  '(("unerlaubten Einreise" OR "unerlaubte Einreise") AND (Polizei* OR Bundespolizei* OR Auslander* OR Migrant* OR Fluchtling* OR Zuruckweis* OR Zuruckschieb* OR Binnengrenz* OR Grenzkontroll* OR Schleus*)) OR "illegale Aufenthalte" OR "aufenthaltsrechtlichen Illegalitat"',
  'Schleierfahndung* AND (Migration* OR Migrant* OR illegal* OR unerlaubt* OR Schleus* OR Asyl* OR Ausreisepflicht* OR Fluchtling* OR Einreise* OR Zuruckweis*) NOT Kennzeichen*',
  '"Afdeling Vreemdelingenpolitie" OR =AVIM',
  // … (the forty-fifth) doctors made to report irregular migrants (Italy, 2009)
  ITALIAN_DOCTORS_AS_INFORMERS,
  // The forty-sixth collection: migrants apprehended at the Austrian border, Angola's expulsions
  '(aufgegriffen OR Aufgriff*) AND (Migrant* OR Fluchtling* OR Grenzganger OR Schlepper*) AND (Grenze* OR Polizei* OR polizeilich* OR Schlepper* OR illegal* OR Streife OR zuruckgewiesen OR Burgenland OR Asylantrag*)',
  '"illegale Grenzganger" AND (Polizei* OR Bundespolizei* OR Schlepper* OR Migrant* OR Fluchtling* OR Asyl* OR zuruckgewiesen OR aufgegriffen OR gestoppt OR festgenommen)',
  'expuls* AND ("imigracao ilegal" OR imigrantes) AND (ilega* OR irregula* OR SEF OR PSP OR AIMA OR UNEF OR SME OR Migracao OR deti* OR deten* OR "territorio nacional" OR afastamento OR repatria* OR fronteira* OR regresso)',
  // The forty-sixth collection, third round: Canada's Immigration Division (referrals, detention reviews), Belgium's police home entries to find people without papers
  '("Immigration Division" OR "Section de l\'immigration") AND (((refer OR referred OR referral* OR referring) NEAR/6 (applicant* OR resident* OR "foreign national*" OR report* OR delegate* OR hearing*)) OR admissib* OR inadmissib* OR detention OR renvoi OR interdiction OR removal)',
  '"visites domiciliaires" AND ("sans-papiers" OR ((etranger* OR migrant*) AND (sejour OR irregulier* OR illegal* OR expuls* OR arrest* OR arret* OR eloign* OR "quitter le territoire" OR police* OR policier* OR "juge d\'instruction" OR rafle*)))',
  // Forty-seventh collection (2026-12-06): Canada in French
  '("detenus de l\'immigration" OR "detention de l\'immigration" OR "detention liee a l\'immigration") AND (ASFC OR CBSA OR ententes OR entente OR relach* OR "services frontaliers" OR surveillance)',
  // Forty-seventh collection (2026-12-06): Dutch, French, Italian and Portuguese records of returns, entry bans and foreign prisoners
  '("begeleide terugkeer" OR "gedwongen terugkeer") AND (vreemdeling* OR asielzoeker* OR migrant* OR "land van herkomst" OR DTenV OR "Dienst Terugkeer" OR uitgeprocedeerd* OR dwangmiddelen OR escort* OR Marechaussee)',
  '=AGDREF AND (fichier* OR acces OR consulter OR police OR eloignement OR expulsion OR OQTF OR decret)',
  '("detenuti stranieri" OR "detenuto straniero" OR "stranieri detenuti") NEAR/15 (identificazion* OR rimpatri* OR Questur*) AND (rimpatri* OR espuls* OR nazionalita OR "Uffici Immigrazione" OR consolar*)',
  'inreisverbod* NEAR/15 (politiedatabank OR "nationale gegevensbank" OR =ANG OR databank) AND (vreemdeling* OR DVZ OR "Dienst Vreemdelingenzaken" OR =IND OR asiel* OR uitwijz* OR uitgewezen OR "bevel om het grondgebied" OR terugkeerbesluit* OR "Dienst Terugkeer" OR "illegaal verblijf" OR Schengeninformatiesysteem OR SIS OR uitzet*)',
  '=IND NEAR/15 (strafblad* OR politiegegevens OR "justitiele documentatie" OR informatiesysteem) AND (immigrant* OR vreemdeling*) AND (veroordeeld OR verdacht* OR misdrijf* OR crimine*)',
  '"Vreemdelingen in de strafrechtketen" AND (Inspectie OR informeren OR uitzet* OR terugkeer* OR =VRIS)',
  '("sistema de informacao Schengen" OR (=SIS AND Schengen)) AND ("decisao de regresso" OR "decisoes de regresso" OR "regresso coercivo" OR "regresso forcado" OR "impedidas de entrar" OR "impedidos de entrar" OR afastamento*)',
  FRENCH_RETURN_BANS_IN_FILES,
  // Forty-seventh collection (2026-12-06): Swiss removal detention in Italian and German, travellers barred at Portuguese and Brazilian airports, orders to leave
  '"rinvio coatto" OR "carcerazione in vista del rinvio" OR "carcerazione in vista dell\'espulsione" OR ((carcerazione NEAR/6 (rinvio OR espulsione)) AND (stranier* OR asilo OR richiedent* OR migrant* OR migrazione OR "permesso di soggiorno" OR =SEM))',
  'Basslergut AND (Ausschaff* OR Administrativhaft OR Durchsetzungshaft OR Abschieb* OR Ruckfuhr* OR Wegweisung* OR "abgewiesene Asylsuchende" OR "abgewiesener Asylsuchender" OR Migrationsamt)',
  '((barrad* OR "impedidos de entrar" OR "impediu a entrada" OR "impedidas de entrar") NEAR/12 (SEF OR "Policia Federal" OR aeroporto* OR imigracao OR fronteira*)) AND (estrangeir* OR brasileiros OR imigrant* OR refugi* OR visto*) NOT (overbooking OR camioes OR jornalistas)',
  '("abandono voluntario" NEAR/6 (territorio OR pais)) OR ("abandono voluntario" AND (AIMA OR SEF OR imigrant* OR inmigrant* OR estrangeir* OR extranjer* OR afastamento OR expulsion OR "notificacao para"))',
  '(notificad* NEAR/4 (deixar* OR abandon*) NEAR/4 (pais OR territorio)) AND ("Policia Federal" OR estrangeir* OR imigrant* OR expuls* OR deport* OR migrator*) NOT (embaixador* OR diplomat*)',
  // Forty-seventh collection (2026-12-06): Italian removal centres (CPR) and the bond to avoid detention
  '"Cpr di" AND (migrant* OR trattenut* OR rimpatri* OR stranier* OR Questura OR permanenza)',
  '((cauzione OR "garanzia finanziaria") NEAR/20 (trattenut* OR trattenimento OR "richiedent* asilo")) AND (trattenimento OR convalid* OR Cpr OR "procedura di frontiera" OR "procedure di frontiera" OR "procedura accelerata" OR hotspot OR Questur* OR detenzione OR rimpatri* OR "centro di permanenza")',
  // From the forty-eighth (dev): Swiss mandatory expulsion of convicted foreigners (French)
  '(("expulsion obligatoire" OR "expulsions obligatoires") AND (etranger* OR criminel* OR renvoi* OR Suisse OR "Tribunal federal" OR Kosov* OR condamn* OR delinquant* OR migrant* OR =UDC OR "clause de rigueur" OR "droit des etrangers")) OR ("clause de rigueur" AND expuls*)',
  // From the forty-eighth (dev): German customs finding unlawful stay in undeclared-work checks, Austrian aliens' police; French removals at the border (Mayotte), rejected asylum seekers awaiting expulsion, repatriation flights, detention at Laval; Italian returns to Tunisia and Schengen non-admission entries
  '(Schwarzarbeit OR "Finanzkontrolle Schwarzarbeit" OR =FKS) AND ("unerlaubte* Aufenthalt*" OR Aufenthaltsgenehmigung* OR Aufenthaltstitel* OR "als Touristen eingereist" OR "illegale* Aufenthalt*") AND (festgenommen OR Festnahme* OR Razzia* OR Abschieb* OR Auslanderbehorde* OR Bundespolizei OR "ohne Aufenthalt*" OR "ohne gultig*" OR ausreisepflichtig* OR "unerlaubte* Aufenthalt*" OR Strafanzeige*)',
  'Schubling* OR fremdenpolizeiliche*',
  '("reconduite a la frontiere" OR "reconduites a la frontiere") AND (migrant OR "sans papiers" OR =PAF OR "Police aux frontieres" OR OQTF OR "obligation de quitter" OR retention OR irreguli* OR clandestin* OR "arrete de reconduite" OR ((etranger* OR interpellation* OR eloignement* OR expuls*) AND (sejour OR asile OR prefecture OR prefet OR prefectoral OR police OR gendarm*)))',
  'deboute* AND (expulsion OR renvoi* OR detention OR "vols de retour") AND (asile OR refugie* OR migrant* OR etranger* OR retention OR OFPRA OR CNDA OR OQTF OR sejour OR "centre ferme" OR "centres fermes" OR "sans papiers" OR "vols de retour")',
  '(rapatri* NEAR/8 migrants) AND (vols OR vol OR Canaries OR Espagne) AND (expuls* OR readmission OR charter* OR irregulier* OR irreguliers OR retention OR arrive* OR pirogue* OR cayuco* OR debarque* OR intercept* OR refoul* OR "sans papiers" OR Frontex OR force OR Interieur)',
  '"centre de detention" AND Laval AND (immigration OR ASFC OR =CBSA OR ((police OR SPVM) AND (migrant* OR asile OR expuls* OR renvoi* OR deport* OR etranger* OR immigrant* OR refugie*)))',
  '(rimandat* OR rimpatri*) AND migranti AND (Tunisia OR Lampedusa) AND (Cpr OR "centro di permanenza" OR "centri di permanenza" OR charter OR espuls* OR irregolar* OR hotspot OR trattenut* OR "rimpatri forzati" OR "rimpatrio forzato" OR Questur* OR Viminale OR Piantedosi OR accordo* OR sbarcat* OR respint* OR "paesi sicuri")',
  '(segnalazion* NEAR/8 "non ammissione") AND (Schengen OR =SIS OR stranier* OR "polizia di frontiera" OR respint* OR respingiment* OR frontier* OR espuls* OR "divieto di ingresso" OR "ingresso nel territorio" OR extracomunitari* OR "permesso di soggiorno" OR "territorio dello Stato")',
];

export const databasesOtherLanguages = [
  // Plate readers: France's LAPI, Brazil's "leitura de placas" and "cercamento eletrônico", Italy's "lettura targhe"
  '=LAPI OR ((lecture* OR lecteur*) NEAR/4 "plaque* d\'immatriculation")',
  '"leitura* de placas" OR "leitura automatica de placas" OR "leitor* de placas" OR "leitora* de placas" OR "cameras leitoras" OR "cercamento eletronico"',
  '"lettura targhe" OR "lettura delle targhe" OR "lettor* di targhe" OR "lettor* targhe"',
  // Police files: France's TAJ (formerly STIC and JUDEX), the wanted-persons file, "fichiers de police"
  '"fichier* de police" OR "traitement d\'antecedents judiciaires" OR "fichier des personnes recherchees" OR "fichier* des vehicules voles" OR (=STIC NEAR/10 (=JUDEX OR fichier* OR police OR gendarmerie))',
  // Italy's police investigation database (SDI) and unlawful searches of it; police databases in Italian and Portuguese
  '"banca dati" NEAR/10 (polizia OR "forze dell\'ordine" OR "forze di polizia" OR interforze OR Sdi)',
  '"accesso abusivo" AND ("banca dati" OR "banche dati" OR Sdi) AND (poliziott* OR carabinier* OR "forze dell\'ordine" OR "forze di polizia" OR "agente di polizia")',
  '("banco* de dados" OR "base* de dados") NEAR/8 (policia* OR policial OR policiais OR criminal OR criminais OR =PSP OR =GNR)',
  // From the thirty-third (dev): French police files used or consulted; German police face matching against its photo
  // files, the police computer and police databases; Dutch plate cameras whose reads police keep, police databases,
  // and police look-ups in the population register (BRP)
  '(fichier* NEAR/4 (police OR gendarmerie)) AND (utilis* OR consult* OR detourn* OR acces OR illegal*)',
  '(gesichtserkennung* OR lichtbildvergleich*) AND (polizei* OR polizeilich* OR bundespolizei OR landespolizei* OR kriminalpolizei OR =BKA OR bundeskriminalamt OR landeskriminalamt OR =LKA)',
  'polizeicomputer* OR ((datenbank* OR dateien) NEAR/6 (polizei* OR =BKA OR bundeskriminalamt))',
  'politiedatabase* OR politiesysteem OR politiesystemen OR kentekencamera* OR kentekenscanner* OR (((kenteken* OR nummerbord*) NEAR/10 (camera* OR politie* OR bewaren OR opgeslagen OR database* OR scanner*)) NOT (flitspa* OR flitser* OR trajectcontrole* OR snelheidscontrole* OR "te hard"))',
  '"Basisregistratie Personen" NEAR/20 politie',
  // … and from its last round (dev): France's police records file (TAJ) by its short name and face recognition by the
  // police or the Interior ministry; Belgian police cameras that scan plates; Italian city-gate cameras that read plates
  // for the police (none of them speed or parking cameras)
  '(=TAJ NEAR/6 fichier*) OR "traitement des antecedents judiciaires" OR ("reconnaissance faciale" AND (police* OR policier* OR gendarm* OR fichier* OR Interieur OR =TAJ OR "forces de l\'ordre" OR enquet*))',
  '((camera* NEAR/10 "plaque* d\'immatriculation") AND (police OR zone* OR gendarm*)) NOT (vitesse OR radar* OR amende*)',
  '("lettura automatica delle targhe" OR (("lettura automatica" OR telecamer* OR varchi) NEAR/20 (targh* OR "veicoli rubati" OR "auto rubate" OR "macchine rubate"))) NOT (autovelox OR velocita OR multa OR multe OR ztl OR parcheggi*)',
  // From the thirty-fourth (dev): Brazil's police face recognition finding people with open arrest warrants (the national
  // warrant database, BNMP) and the national DNA profile database
  '("reconhecimento facial" AND (foragido* OR "mandado de prisao" OR "mandados de prisao" OR =BNMP OR capturad*)) OR "banco* de perfis geneticos"',
  // … Brazilian police access to criminal records, city face-recognition cameras checked against the security
  // secretariat's database, and the federal police intelligence platform Córtex
  '(("registro criminal" OR "registros criminais" OR "antecedentes criminais" OR "ficha criminal") AND (polic* OR acesso OR consulta*)) NOT (certidao OR certidoes OR emprego)',
  '("biometria facial" OR "reconhecimento facial" OR "cameras inteligentes") AND ("banco de dados" OR foragid* OR =SSP)',
  'Cortex AND ("Seguranca Publica" OR policia* OR monitor*)',
  // Germany's central register of foreigners (AZR), which police update and query (from the thirty-fifth, dev)
  'auslanderzentralregister* OR =AZR',
  // From the thirty-fifth (dev): Italy's police database (SDI, "Sistema di Indagine") and other "banche dati" of the police,
  // the SARI face-recognition system, municipal plate cameras checked against the insurance and inspection registers,
  // migrants photographed and fingerprinted at the hotspots ("fotosegnalamento"); France's wanted-persons file (FPR)
  '"Sistema di Indagine" OR ("banche dati" NEAR/12 (polizia OR "forze dell\'ordine" OR "forze di polizia" OR interforze OR governative))',
  '"Sari Real Time" OR "SARI Enterprise" OR ("riconoscimento facciale" AND (polizia OR "Ministero dell\'Interno" OR sicurezza OR biometric*))',
  '"targa system" OR targasystem OR ((telecamer* OR targhe OR videocamer*) NEAR/20 (assicura* OR revisione OR rubat*) AND (polizia OR "banche dati" OR "banca dati" OR comuni OR terminale))',
  'fotosegnalament* OR ("impronte digitali" NEAR/12 (migranti OR stranieri OR hotspot*))',
  '"fichier des personnes recherchees" OR (=FPR AND (consult* OR fichier* OR police OR gendarm* OR etranger*))',
  // The Schengen Information System by its Portuguese, Spanish, French, Italian and German names (with or without "de")
  '"Sistema de Informacao Schengen" OR "Sistema de Informacion Schengen" OR "systeme d\'information Schengen" OR "Sistema d\'informazione Schengen" OR "Schengener Informationssystem*" OR "Sistema de Informacion de Schengen" OR "Sistema de Informacao de Schengen" OR "Sistema d\'informazione di Schengen"',
  // From the thirty-sixth (dev): Dutch police face matching (CATCH) and police registers; São Paulo's camera networks
  // (Detecta, Muralha Paulista, Smart Sampa) and plate-reading OCR cameras; city face recognition for public security
  'gezichtendatabase* OR gezichtsvergelijking* OR politieregister* OR "informatiesystemen van de politie" OR "Wet politiegegevens"',
  '(Detecta AND (camera* OR monitor*)) OR "Muralha Paulista" OR "Smart Sampa" OR "cameras OCR"',
  '("reconhecimento facial" OR "identificacao facial") AND (prefeitura OR monitoramento OR seguranca)',
  // From the thirty-seventh (dev): German plate recognition by police (Kennzeichenerfassung, ZEVIS, plates matched against
  // wanted lists), not parking trials; officers taking photos from the residents' register; public bodies' duties to
  // report foreigners to the immigration office or police (§ 87 AufenthG)
  '(Kennzeichenerfassung OR Kennzeichenkontrolle* OR Kraftfahrzeugkennzeichenkontrolle* OR ZEVIS) NOT (Parkschein* OR Parkgebuhr* OR Parkraum* OR Parkplatz* OR parken)',
  'Kennzeichen* NEAR/15 (Fahndung* OR gleicht OR abgleich* OR Schengen*)',
  'Melderegister* AND Polizei*',
  '(Mitteilungspflicht* OR Ubermittlungspflicht* OR Unterrichtungspflicht*) NEAR/10 (Auslanderbehord* OR Polizei)',
  // … France's intelligence files (FSPRT, "fiches S"); Swiss and French plates read and compared with police files;
  // Montreal police checking status with the border agency (both topics)
  'FSPRT OR "fiche S" OR "fiches S" OR "fichier des signalements" OR "fichier de renseignement*"',
  '(plaques NEAR/10 (lit OR lire OR lecture OR scann* OR compar*)) AND (police* OR recherch* OR "base de donnees")',
  'camera* NEAR/10 ("voiture* recherchee*" OR "vehicule* recherche*" OR "personnes recherchees" OR recherchee OR recherchees)',
  MONTREAL_POLICE_STATUS_CHECKS,
  // … Brazil's national bank of arrest warrants (BNMP, "mandados de prisão")
  'BNMP OR ("mandados de prisao" NEAR/6 (banco OR sistema OR cadastro OR nacional OR "em aberto" OR consulta* OR registr*))',
  // From the thirty-eighth (dev): the Schengen Information System by its alerts and its
  // short names; Italy's police databank (the interforce data centre); Dutch border plate cameras; Dutch police
  // fingerprint scanners checked against immigration records
  'Schengen NEAR/3 (informat* OR signaler* OR =SIS)',
  '"sistema informatico interforze" OR ("Centro Elaborazione Dati" NEAR/10 (polizia OR interforze)) OR "banca dati interforze"',
  MIGO_BORAS,
  'vingerafdruk* NEAR/15 (politie OR vreemdeling*)',
  // … Schengen alerts in Dutch; Italy's ban on health workers reporting undocumented patients ('divieto di segnalazione')
  '=SIS NEAR/5 signalering*',
  '"divieto di segnalazione" OR "medici spia"',
  // … third round (French): the DNA file (FNAEG), football supporters' police files, municipal police access to the
  // car-registration and licence files (SIV), the passport and ID file (TES), Belgium's police database (BNG)
  '=FNAEG OR "empreintes genetiques"',
  '"fichier STADE" OR ("interdits de stade" AND fichier*)',
  '("fichier* des cartes grises" OR "fichier* cartes grises" OR "fichier SIV" OR "fichier du SIV" OR "fichier* des permis de conduire" OR "fichier national des permis") AND (polic* OR maire* OR =OPJ OR "gardes champetres" OR acces)',
  '"fichier TES" OR ("titres electroniques securises" AND fichier*)',
  '"Banque de donnees nationale generale" OR "Banque Nationale Generale" OR (=BNG AND (fichage OR donnees OR "police federale" OR policiere*))',
  // … third round (German): Palantir's police analysis (hessenDATA); automatic plate recognition by police and border
  // guards; police look-ups in the residents' register and police systems (INPOL, EKIS, ZMR); hotel registration forms;
  // data to the foreigners' office; foreigners in police search systems
  'hessenDATA OR (Palantir AND (Polizei* OR Datenanalyse))',
  '((Kennzeichen* NEAR/10 (automatisch* OR Erkennung OR erfass*)) AND (Polizei OR fahnd*)) OR Fahrzeugfahndung OR (Fahrzeugnummern NEAR/5 erkenn*)',
  '(Personenabfrage* OR Melderegister* OR =ZMR OR =EKIS OR =INPOL OR Datenabfrage*) AND (Polizei* OR Polizist*)',
  'Meldeschein*',
  DATA_TO_FOREIGNERS_OFFICE,
  FOREIGNERS_IN_POLICE_SEARCH,
  // … (Portuguese): lodging reports on foreigners
  PORTUGUESE_LODGING_REPORTS,
  // … fourth round (Italian): the national DNA databank, the police face-recognition system by its full name, hotels'
  // guest reports to the police (Alloggiati Web), hosting declarations
  '"banca dati" NEAR/4 dna',
  '"Sistema Automatico di Riconoscimento Immagini" OR "Sistema Automatico Riconoscimento Immagini"',
  '"Alloggiati Web" OR alloggiati',
  ITALIAN_HOSTING_DECLARATION,
  // From the thirty-ninth (dev), French: hotels' police forms; Schengen alerts for non-admission; Switzerland's SYMIC
  // and police access to its foreigners' data; Belgium's immigration office and police sharing fingerprints and data;
  // the terrorist-offenders' file (FIJAIT), police-judiciaire files, DNA sampling and filing, Québec's police
  // information centre (CRPQ); Swiss cantons' public vehicle-owner registers
  FRENCH_HOTEL_POLICE_FORMS,
  'signalement* NEAR/10 (=SIS OR Schengen OR "non-admission")',
  SWISS_MIGRATION_INFORMATION_SYSTEM,
  '"domaine des etrangers" AND police',
  '("Office des etrangers" OR =SEFOR) AND (empreintes OR "banque de donnees" OR "services de police" OR "donnees personnelles")',
  'fijait OR fijais OR fijaisv OR "auteurs d\'infractions terroristes"',
  '((fichier NEAR/10 (inscri* OR enregistr*)) AND "police judiciaire") OR "dossier de police judiciaire" OR "dossiers de police judiciaire"',
  '(fichage NEAR/3 ADN) OR (prelevement* NEAR/3 ADN)',
  '"C.R.P.Q." OR =CRPQ',
  '"registre des automobilistes" OR "auto-index" OR (registre NEAR/8 (plaques OR detenteurs))',
  // … German § 87 reporting duty (both topics); the Schengen Information System in Dutch and Czech; Italy's plate
  // checks against ministry data; Brandenburg's police plate scanning and storage on motorways (not parking checks)
  'Ubermittlungspflicht*',
  'Schengeninformatiesysteem OR "SIS II" OR (Schengensk* NEAR/3 informa*)',
  '(targa OR targhe) NEAR/10 (dati OR banca OR banche)',
  '=KESY OR Kennzeichenerfassungssystem* OR ((((Kennzeichen* OR Autokennzeichen* OR Kfz-Kennzeichen*) NEAR/10 (Speicherung* OR Erfassung* OR erfass* OR scann* OR Uberwachung* OR Scanner*)) OR Kennzeichenscann* OR Kennzeichenerfassung*) AND (Polizei* OR Innenminist* OR Strafverfolgung* OR Autobahn*))',
  // … second round (French): foreigners' fingerprints and the files kept on foreigners; the file of unaccompanied
  // minors (AEM); the intelligence services' files (PASP, GIPASP, Edvige); Switzerland's police search system (RIPOL);
  // Belgium's immigration office exchanging data with welfare centres
  '(empreintes NEAR/5 etrangers) OR ("releve des empreintes" AND etranger*) OR "fichiers des etrangers" OR (fichage AND etrangers)',
  '"fichier AEM" OR "appui a l\'evaluation de la minorite"',
  '=PASP OR =GIPASP OR Edvige OR (fichage AND "renseignement territorial") OR "prevention des atteintes a la securite publique"',
  '=RIPOL OR "recherches informatisees de police" OR ("Office des etrangers" AND (transmission* OR echange* OR "echanges de donnees"))',
  // … third round (German): the Swiss reporting duties and data exchange (both topics); telecom data retention for
  // prosecution; DNA databases; Schengen entry-refusal alerts; police information systems
  SWISS_REPORTING_DUTIES,
  SWISS_WELFARE_DATA_EXCHANGE,
  'Vorratsdatenspeicherung OR DNA-Datenbank* OR "Police Elimination Datei" OR (DNA AND Datenbank*)',
  '(Ausschreibung* AND (Schengen* OR =SIS OR Einreiseverweigerung)) OR (polizeilich* NEAR/3 (Informationsordnung OR Informationssystem* OR Datenbank* OR Datei*))',
  // From the fortieth (dev): Portugal's guest reports; Brazil's DNA profiles of convicts; Germany's automatic plate
  // matching, criminal-records index (KAN) and police data system (IGVP), its police files on football fans and the
  // BKA's passenger-data unit; Italy's unlawful searches of police databases; Dutch police face recognition
  PORTUGUESE_GUEST_REPORTS,
  '("perfil genetico" OR "perfis geneticos" OR "perfiles geneticos") AND (condenad* OR policia* OR criminal* OR "banco nacional" OR "banco de perfis" OR presos OR forense*)',
  'Kennzeichenabgleich* OR Kennzeichenfahndung OR Kennzeichenkontroll*',
  'Kriminalaktennachweis OR "Integrationsverfahren Polizei" OR IGVP',
  '"Gewalttater Sport" OR Polizeidatei* OR (Datei NEAR/10 (Fans OR Fussballfans))',
  'Fluggastdat*',
  '("access* abusiv*" NEAR/8 ("banche dati" OR "banca dati")) AND (polizia OR carabinier* OR SDI OR "forze dell ordine" OR "Guardia di Finanza" OR Interforze OR Viminale OR "forze di polizia" OR riservat* OR procura OR Antimafia OR dossier*)',
  'gezichtsherkenning* AND (politie OR opsporing OR verdachte*)',
  // … Italy's "cessione di fabbricato" (telling the police who has been given the use of a building; not the same
  // words in VAT law)
  '"cessione di fabbricato" AND (questura OR "pubblica sicurezza" OR polizia OR commissariato OR "48 ore")',
  // … Luxembourg's police name database and its lodgings' guest forms, Belgium's traveller registration; Canada's police
  // information centre (CPIC, in French CIPC) other than job checks; Quebec's firearms register consulted by police; the
  // SAAQ's face recognition over drivers' photos
  '"banque* de donnees nominatives" AND (police OR gendarmerie)',
  '("controle des voyageurs" AND (hebergement* OR hotel* OR logeur* OR "fiche* d enregistrement" OR hotelier*)) OR (fiches NEAR/6 logeurs)',
  '((=CIPC AND (police OR policier* OR GRC OR RCMP OR SPVM OR casier*)) OR "Centre d\'information de la police") NOT verification*',
  '((registre* OR immatriculation) NEAR/6 "armes a feu") AND (policier* OR consult*)',
  '"reconnaissance faciale" AND (SAAQ OR "permis de conduire" OR "banque de photos" OR "photos des conducteurs")',
  DMV_LISTS_TO_IMMIGRATION_PT,
  // … Brazil's intelligence agency tracking phones' locations, its national public-security query network (Infoseg,
  // Sinesp), police requests for subscriber data; Portugal's patrol-car plate readers ("Polícia Automático")
  'Abin AND (geolocaliza* OR "localizacao de" OR monitora* OR FirstMile)',
  'Infoseg OR "consultas integradas" OR Sinesp',
  '"Policia Automatico" OR ("reconhecimento" NEAR/4 matricula*)',
  '("dados cadastrais" NEAR/10 (requisi* OR acesso OR "ordem judicial" OR "autorizacao judicial")) AND (policia* OR delegado* OR "autoridade policial")',
  // … Germany's counter-terrorism and right-wing-extremism files shared by police and intelligence services, police
  // biometric camera trials at stations; Belgium's national police database (ANG)
  'Antiterrordatei* OR Rechtsextremismusdatei',
  '(Informationsaustausch NEAR/6 (Polizei* OR Nachrichtendienst*)) AND (Datei* OR Gesetz*)',
  '(biometri* OR Gesichtserkennung*) AND (Videouberwachung OR Polizei) AND (Bahnhof* OR Kamera*)',
  'politiedatabank* OR "Algemene Nationale Gegevensbank"',
  // From the forty-first collection (dev): Switzerland's national police query platform (POLAP); Germany's central
  // criminal register, police records and BKA act; Austria's and Germany's police face analysis; Italy's national
  // plate and transit system; Brazil's fugitives matched in police databases, cloned plates found by the "Cerco
  // Inteligente" cameras and DNA collected from prisoners
  '=POLAP OR Polap OR "Polizei-Abfrageplattform" OR Abfrageplattform',
  '(Zentralregister AND (Bundesamt OR Straf* OR Auskunft*) NOT (Fuhrungszeugnis* OR Ehrenamt*)) OR "polizeiliche Auskunfts" OR Kriminalakten OR =BKAG',
  '(Gesichtsfeldanalyse AND (Bundeskriminalamt OR Polizei* OR Straftat* OR Beweis*)) OR (Gesichtserkennung AND (Polizei* OR Bundeskriminalamt OR =BKA))',
  '"Sistema Centralizzato Nazionale Targhe" OR =SCNTT OR ((targhe NEAR/4 (lettur* OR transiti OR telecamer*)) NOT (multa OR multe OR velocita OR autovelox OR ((ZTL OR "zona a traffico limitato" OR parcheggi* OR sanzion* OR biglietto) NOT (rubat* OR polizia OR carabinieri OR "forze dell\'ordine" OR ricercat*))))',
  '"foragido*" NEAR/15 ("banco de dados" OR "base de dados")',
  '"cerco inteligente" OR ("placas clonadas" AND (monitoramento OR camera* OR cerco OR sistema))',
  '(("material genetico" OR DNA) NEAR/6 (coleta OR colheita OR "banco de perfis")) AND (presos OR presidiari* OR condenad* OR criminal* OR crime* OR policia* OR pericia OR perito* OR suspeit* OR "banco de perfis" OR forense*)',
  // … third round (French-speaking Africa): West Africa's police information system (WAPIS, SIPAO); Tunisia's
  // biometric identity card and its data; SIM-card registration against terrorism (Cameroon)
  '=WAPIS OR =SIPAO OR "Systeme d\'information policiere"',
  '("carte d\'identite biometrique" OR "CIN biometrique") AND (Interieur OR donnees OR INPDP OR flicage)',
  '("cartes SIM" OR "carte SIM") AND (recens* OR identification) AND (terror* OR "Boko Haram" OR police)',
  // The forty-second collection: Brazil's highway-police plate cameras; Italy's fingerprint archives; German police
  // databases and stored IP addresses; the Dutch reception agency's data given to the police
  'placa* NEAR/10 (radar OR camera*) NEAR/15 (PRF OR policia OR viatura*)',
  '(impronte NEAR/10 (archiviat* OR "banca dati" OR AFIS OR segnaletic*)) NOT (dinosaur* OR paleontolog* OR fossil*)',
  '((Datenbank* OR Datennetz OR Datensystem) NEAR/10 (Polizei* OR =BKA OR =LKA)) NOT (Verbraucherzentrale* OR Fake-Shop* OR Fakeshop* OR Verbraucherschutz*)',
  '"Polizeilicher Datenabruf" OR ((IP-Adressen NEAR/10 (speicher* OR Vorratsdaten*)) NOT (Website OR Datenschutzerklarung OR Webseite OR Angriffen))',
  '((COA OR asielzoeker*) NEAR/10 (gegevens OR data) NEAR/10 politie) NOT (overlast OR "geen gegevens")',
  // … second round: Portugal's police fingerprint machines
  '("impressoes digitais" NEAR/15 (=PSP OR suspeitos OR recolha)) NOT ("Cartao de Cidadao" OR passaporte OR =IRN OR "Espaco Cidadao")',
  // … fourth round: France's Base élèves used to find children and families, GASPARD, police files and officers selling
  // them; Quebec's plate readers; Germany's dragnet searches (Rasterfahndung) and Swiss plate scanners; Italy's
  // fingerprinting of Roma children and its immigration offices' AFIS link; Brazil's plate cameras and apps; Portugal's
  // DNA profiles
  '"Base eleves" AND (irreguli* OR sans-papiers OR prefecture* OR police OR "recherches d\'enfants")',
  '=GASPARD',
  '"fichier policier" OR "fichiers policiers" OR "fichier de la police" OR "fichier parallele"',
  '(policier* OR "policiers adjoints") NEAR/10 "informations confidentielles"',
  '"lecteurs de plaques" OR "lecteur de plaques" OR "reconnaissance de plaques"',
  'Rasterfahndung OR (Raster* NEAR/5 (Daten OR Studenten))',
  'Nummernschild-Scanner OR Autonummern-Scanner OR (Nummernschild* NEAR/5 Scanner*)',
  'impronte NEAR/10 (rom OR nomadi OR bimbi OR minori)',
  'censiment* NEAR/10 (rom OR nomadi)',
  'APFIS OR (=AFIS NEAR/10 (immigrazione OR condivisione OR "cooperazione applicativa"))',
  '(camera* OR cameras) NEAR/10 placas NEAR/15 (identificar OR leitura OR furtados OR roubados OR veiculos) NOT (pedagio OR multa* OR "free flow")',
  '"Placa Legal" OR (placa* NEAR/10 (furtados OR roubados))',
  '"perfis de ADN" OR ("base de dados" NEAR/5 ADN)',
  // From the forty-third collection (dev): the Federal Criminal Police Office's and police files, the asylum core data
  // system, ETIAS in German, and prosecutors' reports about foreigners (MiStra 42)
  '((Datenbank* OR Datenbestand*) NEAR/5 (Bundeskriminalamt* OR =BKA OR Polizei* OR polizeilich*)) OR (((Dateien OR Datei) NEAR/5 (Bundeskriminalamt* OR =BKA OR Polizei* OR polizeilich*)) AND (gespeichert* OR speichert OR Speicherung* OR erfasst OR Löschung* OR Eintrag* OR Einträge))',
  'Kerndatensystem OR (Reiseinformations* AND (ETIAS OR Einreise* OR Schengen* OR visumfrei*))',
  '((Mitteilung* OR mitzuteilen) NEAR/10 (Ausländer* OR Ausländerbehörde* OR Auslanderinnen)) AND (Mitteilungspflicht* OR Übermittlung* OR übermitteln OR Daten* OR Abschiebung* OR ausreisepflichtig* OR "ohne Aufenthalt*" OR Polizei* OR Meldepflicht*)',
  // … Brazil's register of people convicted of rape; police officers' illegal access to data (Portuguese)
  '(cadastro NEAR/5 (condenad* OR estupr* OR pedofil*)) AND (condenad* OR agressor* OR abusador* OR criminos*) AND (sexua* OR estupr* OR pedofil*)',
  '(("acesso ilegal" OR "acesso indevido") NEAR/8 (dados OR sistema*)) AND polic*',
  // … telephone traffic records acquired for criminal proceedings (Italian "tabulati")
  '(tabulat* NEAR/5 (traffico OR telefonic*)) NOT stradal*',
  // … (the forty-fourth) checks at the police forces' terminals; Québec's sex-offender register and Belgium's police
  // information
  '"terminali in uso alle Forze di Polizia" OR ("terminal*" NEAR/8 (SDI OR "banca dati interforze" OR "banca dati delle Forze di Polizia"))',
  '(RNDS OR "registre national des délinquants sexuels") OR "système d\'information policière" OR "systèmes d\'information policière" OR "contrôle de l\'information policière" OR ("informations policières" NEAR/8 (banque* OR "base de données" OR "bases de données" OR fichier* OR BNG))',
  // … Lisbon police monitoring vehicles; Italy's Mercurio patrol-car plate readers and police face recognition
  '(monitoriz* NEAR/8 veículos) AND (=PSP OR =GNR OR polícia*) AND (matrícula* OR furtad* OR apreendid* OR "base de dados" OR procurad*)',
  '=Mercurio AND (pattuglie OR volanti OR polizia OR targhe)',
  '"riconoscimento facciale" AND (SARI OR "S.A.R.I." OR "Forze dell\'ordine" OR ((polizia OR questur*) AND ("banca dati" OR "banche dati" OR database OR archivi* OR AFIS OR schedat* OR videosorveglianza OR telecamer*)))',
  // … France's STIC file and the filing of activists, Luxembourg's secret police file; phone bills and records requisitioned
  // from operators; erasing convictions from the criminal record; Germany's cell-tower dumps, police identification
  // records and subscriber-data requests; Austria's EKIS and Switzerland's secret files; officers' searches of police
  // systems
  '=STIC OR "fichier Stic" OR "fichier central de la police" OR "casier bis" OR (fichage NEAR/12 (police OR policier* OR décret* OR =PASP OR =GIPASP OR manifestant* OR militant* OR syndica* OR renseignement*))',
  'fadette* OR ((réquisition*) NEAR/10 (opérateur* OR téléphoni*))',
  '"casier judiciaire" NEAR/10 (effac* OR réhabilitation OR inscription OR retrait)',
  'Funkzellenabfrage* OR erkennungsdienstlich* OR Bestandsdatenauskunft OR Auskunftsverfahren OR (=EKIS OR =Ekis) OR Fichenaffäre OR Fichen-Affäre OR fichiert OR Staatsschutz-Datenbank',
  '(Recherche-System OR Recherchesystem OR Polizeisystem OR "polizeiinternen System*") AND (Polizei* OR Beamt*)',
  '("Système d\'information Schengen" OR "système d\'information de Shengen") AND (données OR signalement* OR inscri*)',
  // … (the forty-fifth) Dutch biometrics of foreigners for the KMar and aliens police
  '(biometrische NEAR/6 gegevens) AND (vreemdeling* OR KMar OR AVIM OR BVV OR "Basisvoorziening Vreemdelingen")',
  // … (the forty-fifth) the CNIL's audits of police record files; Canada's border agency and the FBI
  '("fichiers d\'antecedents" OR "fichier d\'antecedents" OR "fichiers d’antécédents") AND (gendarmerie OR judiciaire* OR CNIL OR interieur OR TAJ OR STIC)',
  '(ASFC OR =CBSA) AND (FBI OR "Federal Bureau") AND ("echanger des renseignements" OR "echange de renseignements" OR "echanges de renseignements" OR "information sharing" OR "share information" OR "sharing information" OR "exchange information" OR "exchange of information" OR "data sharing")',
  // … (the forty-fifth) dragnet checks; automated retrieval from the foreigners' register; the Dutch border cameras
  // (@migo-boras)
  'Schleierfahndung* AND (Kennzeichen* OR Datenbank* OR Fahndungsliste* OR ausreisepflicht* OR Migration OR Migrant*)',
  '((Abruf* OR abgerufen) NEAR/10 Daten) AND (Auslanderbehorde* OR Auslanderzentralregister OR =AZR)',
  '"@migo" OR "migo boras" OR ((camera* NEAR/8 grens*) AND marechaussee AND (kenteken* OR immigrat* OR MTV OR "Mobiel Toezicht" OR vreemdeling* OR migo*))',
  // … (the forty-fifth) Brazil's and Italy's police data agreements with the FBI and DHS; doctors made to report
  // irregular migrants (Italy, 2009); information transfer on criminal foreigners and biometrics in the Dutch aliens
  // chain
  '(FBI OR "Departamento de Segurança Interna") AND ("Polícia Federal" OR "Ministério da Justiça") AND ("compartilhamento de informacoes" OR "compartilhamento de dados" OR "troca de informacoes" OR "dados biometricos" OR "impressoes digitais")',
  '("Accordo italo-statunitense" OR "Accordo Italia-Usa") OR (Accordo* AND ("Stati Uniti" OR USA) AND ("impronte digitali" OR "profili del DNA" OR "profili DNA" OR dattiloscopic* OR "forme gravi di criminalita"))',
  ITALIAN_DOCTORS_AS_INFORMERS,
  'informatieoverdracht AND vreemdeling* AND (crimine* OR strafrecht* OR gegevens OR VRIS)',
  '"biometrische kenmerken" AND (vreemdelingenketen OR Vreemdelingenwet OR "Basisvoorziening Vreemdelingen" OR BVV OR identiteitsvaststelling)',
  // The forty-sixth collection: Germany's asylum office reading refugees' phones, Brazil's licence (CNH) data shared with the intelligence agency, the draft LGPD Penal, police officers' private look-ups, the French register of foreigners (AGDREF), Quebec's criminal intelligence, Italian local police and the stolen-vehicle and SDI databases, Portuguese automatic plate reading
  '((BAMF OR "Bundesamt fur Migration") NEAR/20 (Handy* OR Mobiltelefon* OR Handydaten OR Datentrager)) AND (ausles* OR ausgelesen OR auswert* OR ausgewertet OR Handyauswertung)',
  '((CNH OR "Carteira Nacional de Habilitacao" OR Denatran) NEAR/12 (compartilh* OR Abin)) AND (Abin OR Serpro OR "compartilhamento de dados" OR "compartilhar dados" OR inteligencia OR policia*)',
  '"LGPD Penal" AND (anteprojeto OR projeto OR "seguranca publica" OR investigac* OR policia* OR policiais OR "persecucao penal")',
  '(privat* NEAR/4 Abfrage*) AND (Polizei* OR Beamte*) AND (Dienstrechner* OR Dienstcomputer* OR Polizeidatenbank* OR Polizeisystem* OR INPOL OR POLAS OR Datenbank* OR abgerufen OR abzurufen OR abgefragt)',
  '=AGDREF AND (police OR policier* OR gendarm* OR identite OR eloignement OR expulsion* OR OQTF OR "obligation de quitter")',
  '"renseignement criminel" AND (banque* OR "base de donnees" OR "bases de donnees" OR fichier* OR fiche* OR donnees OR systeme* OR "traitement de l\'information" OR acces OR consult*)',
  '((("banca dati" OR database) NEAR/6 "veicoli rubati") AND (access* OR accede* OR collega* OR interconnession* OR polizi* OR targhe OR consulta*)) OR (((polizi* NEAR/3 local*) NEAR/15 (=SDI OR "banca dati" OR "banche dati")) AND (access* OR accede* OR consulta* OR interrog* OR collega* OR interconnession*))',
  '(matriculas NEAR/6 (automatica* OR leitura)) AND ("base de dados" OR policia OR GNR OR PSP) AND (roubad* OR robad* OR robo OR sustraid* OR apreend* OR apreensa* OR furtad* OR furto* OR procurad* OR requerid* OR "base de dados" OR "base de datos")',
  // The forty-sixth collection, third round: Dutch police keeping people's data too long
  '(politie* NEAR/8 (bewaart OR bewaren OR bewaard OR opslag)) AND (((bewaart OR bewaren OR bewaard OR opslag) NEAR/4 (gegevens OR data OR politiegegevens)) OR (politie* NEAR/3 (gegevens OR data OR politiegegevens)))',
  // Forty-seventh collection (2026-12-06): Canada and Morocco in French (criminal records cleared or issued)
  '("suspension du casier" OR "suspension de casier" OR "suspensions du casier") AND (judiciaire* OR "liberations conditionnelles" OR =CLCC OR pardon* OR condamn* OR "Code criminel" OR =GRC)',
  '"demande de pardon" AND "casier judiciaire" AND (=CLCC OR "liberations conditionnelles" OR suspension* OR formulaire* OR frais OR =GRC OR =RCMP OR =CIPC OR reabilitation OR "Code criminel" OR effac*)',
  '"fiche anthropometrique" AND (police OR policier* OR gendarm* OR fichier* OR fichage OR empreinte* OR Bertillon OR nomade* OR "carnet anthropometrique" OR judiciaire OR detenu* OR signalisation OR "garde a vue" OR prefecture*)',
  // Forty-seventh collection (2026-12-06): foreign prisoners identified for the Questure, Schengen alerts in Portuguese, French return bans in files
  '("detenuti stranieri" OR "detenuto straniero" OR "stranieri detenuti") NEAR/15 (identificazion* OR Questur*) AND (certificat* OR "banca dati" OR "banche dati" OR "Uffici Immigrazione" OR carceri)',
  '("sistema de informacao Schengen" OR (=SIS AND Schengen)) AND (indicacoes OR alertas OR regresso)',
  FRENCH_RETURN_BANS_IN_FILES,
  // Forty-seventh collection (2026-12-06): police data in German-speaking countries (access and deletion, registers of foreigners, data retention, plate scanners), Swiss RIPOL in Italian, Portuguese metadata law, Brazil's police data agreements
  '(Daten OR Datenschutz) NEAR/10 Polizei NEAR/10 (Auskunft* OR Loschung OR geloscht OR speichert) AND (Auskunftsrecht OR Antrag OR "meine Daten" OR "uber Sie" OR Aktenzeichen OR Ermittlungsverfahren OR Polizeidaten*)',
  '"sistema di ricerca informatizzato" AND (polizia OR RIPOL OR fedpol OR segnalazion* OR rubati OR rubate)',
  '(=VDS AND (Daten* OR Speicher* OR Umsetzung)) NOT (Sportjournalist* OR Server OR Hoster OR Fahrgestellnummer OR =FIN)',
  '("Zentrale* Fremdenregister*" OR "Zentralen Fremdenregister") NOT (Genealog* OR Ahnenforsch* OR Familienforsch* OR "Statistik Austria" OR Literaturpreis OR Debut)',
  'Informationssystem* NEAR/5 (Auslander* OR Asylbereich) AND (ZEMIS OR Asylbereich OR Polizei* OR Kantonspolizei OR Zugriff* OR Personendaten OR Datenschutz* OR Abfrage* OR Datenbank* OR Migrationsamt* OR "Staatssekretariat fur Migration")',
  'Scanner AND (Fahrausweis OR Kontrollschild* OR Nummernschild*) AND (Polizei* OR Kantonspolizei OR Stadtpolizei OR Kapo OR Fahndung* OR AFV OR Kennzeichenerfassung* OR Verkehrsuberwachung)',
  'metadados AND ("Tribunal Constitucional" OR "lei dos metadados" OR "dados de trafego" OR "dados de localizacao" OR operadoras OR "conservacao generalizada" OR "metadados das comunicacoes" OR "fornecedores de servicos" OR "investigacao criminal" OR "Ministerio Publico")',
  '("Lei n.º 32/2008" OR "Lei 32/2008") AND (metadados OR "dados de trafego" OR "dados de localizacao" OR comunicacoes OR "conservacao de dados" OR "Tribunal Constitucional" OR operadoras)',
  '(=PRF OR "Policia Rodoviaria") AND ("Alerta Brasil" OR "Sistema Alerta" OR ((Alerta OR "veiculos roubados" OR "veiculos furtados") AND (sistema OR plataforma OR cadastro* OR "banco de dados")))',
  '("protecao de dados" NEAR/10 ("investigacoes criminais" OR "seguranca publica" OR "investigacao criminal")) AND (("LGPD Penal" OR anteprojeto OR "projeto de lei" OR "bancos de dados" OR "banco de dados" OR compartilhamento OR "reconhecimento facial" OR "orgaos de seguranca" OR "autoridades policiais") NOT (edital OR concurso OR "pos-graduacao"))',
  '(=TSE OR "Tribunal Superior Eleitoral") AND ("Policia Federal" OR =PF) AND (biometri* OR "banco* de dados") AND (acordo* OR convenio* OR compartilh* OR "cooperacao tecnica" OR integracao OR "identificacao civil" OR "Carteira de Identidade" OR =CIN OR pericia* OR "identificacao criminal")',
  'Detran* AND ("Ministerio Publico" OR =MPMA OR policia) AND (convenio OR "acordo de cooperacao" OR "termo de cooperacao" OR "compartilhamento de dados" OR "acesso aos dados" OR "acesso ao banco" OR "acesso a base" OR "base de dados" OR "banco de dados" OR "bancos de dados" OR "cadastro de condutores")',
  '("Sistema Integrado de Informacao" NEAR/6 (SEF OR AIMA OR policia* OR "nao admissao" OR estrangeiros OR fronteira*)) OR ("recusa de entrada" AND (indicad* NEAR/8 ("nao admissao" OR Schengen OR =SIS OR =SII OR "lista nacional")))',
  // Forty-seventh collection (2026-12-06): Italian hosting notices and short-let guest reports to the police, traffic data, criminal records
  '"comunicazion* di ospitalita"',
  '("affitti brevi" OR "locazioni brevi" OR inquilini OR ospiti) NEAR/15 (Questura OR polizia) AND (comunica* OR dati OR generalita)',
  '"dati di traffico" AND (telefonic* OR telematic* OR tabulati OR conservazione OR acquisizion* OR procura OR procure OR "pubblico ministero" OR Garante OR intercettazion* OR indagin*)',
  '("Casellario centrale" NOT (infortuni OR pensionati OR pension* OR INAIL OR INPS OR assicurativ*)) OR ("fedina penale" NEAR/20 (casellario OR certificat* OR cancell* OR riabilitazione OR "banca dati" OR "banche dati" OR datori OR "datore di lavoro" OR oblio OR ripulire)) OR "riabilitazione penale"',
  // From the forty-eighth (dev): Swiss police systems (RIPOL, federal face matching, Schengen search data)
  '(Ripol* AND (Fahndung* OR Datenbank OR Bundesrat OR Polizei* OR police OR recherche*)) NOT (Ripolin* OR Ripoll*)',
  '(Gesichtserkennung* OR Gesichtsabgleich*) AND (Fedpol OR vorbestraft* OR (Polizei* AND (Datenbank* OR Tatverdacht* OR Verdacht* OR Fahndung* OR Ermittl* OR Lichtbild* OR Fotos OR Bilder OR erkennungsdienst* OR AFIS OR INPOL OR Abgleich* OR abgeglichen OR Uberwachung* OR Videouberwachung* OR Kamera* OR Bundeskriminalamt OR Straftater* OR Einsatz* OR Bahnhof* OR Demonstr* OR Innenminist*)))',
  '("Schengener Informations-System" OR "Schengener Informationssystem") AND (Fahndung* OR Polizei*) AND (Abfrage* OR abgefragt OR Kontrolle* OR kontrolliert* OR ausgeschrieben* OR Ausschreibung* OR Treffer* OR Zugriff* OR gesucht* OR Grenzkontroll* OR Einreise* OR Datenbank* OR Reform* OR Verordnung* OR Gesetz*)',
  // From the forty-eighth (dev): German cell-site queries and phone surveillance, the anti-terror file; French police files of opinions, face matching by fedpol, retention of connection data; Italian Schengen entries and wiretap rules
  'Funkzellenabfrage* OR (Funkzellen* AND (Polizei* OR Ermittl* OR Staatsanwalt* OR Abfrage* OR abgefragt OR Strafverfolg* OR Gericht* OR Verbindungsdaten OR Uberwachung*)) OR ((Mobilfunk* OR Handy*) AND (Ermittlungsbehorden* OR (Uberwachung* AND (Polizei* OR Ermittl* OR Staatsanwalt* OR Strafverfolg* OR Geheimdienst* OR Verfassungsschutz* OR =BKA OR Sicherheitsbehorde* OR Gesetz*))))',
  '("Anti-Terror-Datei" OR Antiterrordatei* OR =ATDG) AND (Polizei* OR Geheimdienst* OR Nachrichtendienst* OR Verfassungsschutz* OR Bundeskriminalamt OR Bundestag OR Bundesverfassungsgericht OR Karlsruhe OR Gesetz* OR Novelle OR Daten* OR Sicherheitsbehorde* OR Behorde* OR Innenminist* OR Datenschutz* OR gespeichert OR Speicherung*)',
  '(fich* NEAR/8 (opinions OR syndical* OR "donnees de sante")) AND (police OR gendarmerie OR "Conseil d\'Etat") AND (decret* OR PASP OR GIPASP OR EASP OR "securite publique" OR renseignement* OR "surete de l\'Etat" OR Interieur OR "fichiers de police" OR "fichier de police" OR militant*)',
  '("comparaison des images faciales" OR "images faciales" OR "empreintes et photos") AND (fedpol OR enqueteurs OR police OR (identifier AND (suspect* OR AFIS OR criminel* OR auteur* OR delinquant* OR infraction* OR penal* OR policier* OR gendarm*)))',
  '("donnees de connexion" OR "conservation des donnees" OR "conservation generalisee") AND ("Conseil d\'Etat" OR renseignement OR police OR (operateurs AND (trafic OR localisation OR "communications electroniques" OR telecommunication* OR telephon* OR conserver OR garder)) OR (enquete* AND (judiciaire* OR penal* OR criminel* OR trafic OR localisation)) OR (operateurs AND "conservation ciblee"))',
  '(segnalazion* NEAR/8 ("non ammissione" OR =SIS OR Schengen)) AND (visto OR straniero OR stranieri OR rifiut* OR negato)',
  'intercettazion* AND (riforma OR "pubblici ministeri" OR captatore OR decreto) AND (telefonic* OR ascolt* OR giudiziari* OR magistrat* OR procur* OR "pubblici ministeri" OR =PM OR trojan OR captatore OR Nordio OR Cartabia OR privacy OR indagin* OR reato OR reati OR giustizia OR penale)',
  // From the fifty-fifth collection (dev): automated checks of number plates (German)
  'Autokennzeichen AND (automatisiert* OR Massenkontrolle OR Kennzeichenerfassung OR Abgleich OR Fahndung*) AND (Polizei* OR Fahndung* OR Bundesverfassungsgericht OR Kennzeichenerfassung)',
];

/** Canada's immigration holding centres ("Centre de surveillance de l'immigration") are detention, not surveillance data. */
export const databasesOtherLanguagesExclude = [
  '"Centre* de surveillance de l\'immigration"',
  // An ICE arrest operation whose targets had police records ("antecedentes criminais"): no records were queried
  '("antecedentes criminais" OR "passagem pela policia") NEAR/30 (=ICE OR "Immigration and Customs Enforcement") NOT (acesso OR consulta* OR "base de dados" OR "banco de dados" OR compartilh*)',
  // A person's own criminal-record certificate in Portuguese ("certidão de antecedentes") is a job check (36th, dev)
  '("certidao de antecedentes" OR "certidoes de antecedentes" OR "certidao negativa") AND ("base de dados" OR "banco de dados" OR policia*)',
  // From the thirty-seventh (dev): France's paid-parking plate readers (LAPI cars checking parking fees), unless police
  // or stolen-vehicle checks are named
  '((=LAPI OR ((lecture* OR lecteur*) NEAR/4 "plaque* d\'immatriculation")) AND stationnement) NOT (police* OR gendarm* OR vol OR vole* OR recherch*)',
  // From the thirty-ninth (dev): average-speed cameras that read plates twice (fines, not police look-ups)
  '(lecture OR lecteur* OR plaques OR immatriculation*) AND ("vitesse moyenne" OR "radar troncon" OR cinemometre OR "exces de vitesse")',
  // From the forty-first collection's look-alike review: Italian plate reading at limited-traffic zones, car parks and
  // speed cameras, unless the police or stolen or wanted vehicles are named
  '(targhe OR "lettura targhe") AND (ZTL OR "zona a traffico limitato" OR parcheggi* OR autovelox OR multa OR multe) NOT (rubat* OR polizia OR carabinieri OR "forze dell\'ordine" OR ricercat*)',
  // The forty-second collection: plate scanning in car parks and by parking enforcement (German, Dutch)
  '(Parkhaus* OR Parkhausern OR parkeren OR parkeer* OR Parkeerregister OR parkeerbeheer) AND (Kennzeichen* OR kenteken*)',
  // … (the forty-fourth) Italy's national population register (ANPR, not plate recognition) in residence how-tos
  '("Anagrafe Nazionale della Popolazione Residente" OR (=ANPR AND anagraf*)) NOT (polizia OR "forze di polizia" OR questura OR carabinieri)',
];
