/**
 * French, Italian, German and Dutch rules from the forty-ninth collection on (other-languages.ts is at its size
 * limit). Rules both topics read are named in both-topics.ts. Topic definitions: src/matching/README.md.
 */

export const immigrationWesternEuropean = [
  // Swiss removal orders with a departure deadline or area bans
  '(weggewiesen AND (Ausreisefrist OR Ausschaffung* OR Eingrenzung OR Ausgrenzung)) AND (Asyl* OR Ausschaffung* OR Ausreise* OR Migrationsamt OR "Staatssekretariat fur Migration" OR SEM OR Auslander* OR abgewiesen* OR Ruckfuhrung* OR Durchsetzungshaft OR Nothilfe OR Landesverweis* OR Aufenthaltsbewilligung* OR Migrationsdienst OR Fluchtling* OR Migrationsbehorde* OR "Amt fur Migration")',
  // Orders to leave French territory
  '(OQTF OR "obligation de quitter le territoire" OR "oblige a quitter le territoire" OR "l\'a oblige a quitter") AND (prefet OR tribunal OR arrete OR interdiction) AND (ressortissant* OR expuls* OR "interdiction de retour" OR reconduit* OR retention OR eloign* OR "sans papiers" OR "titre de sejour" OR "tribunal administratif" OR irreguli* OR migrant* OR clandestin* OR "sous OQTF")',
  // Schengen search-system reform beside return statistics; deportations and Dublin transfers (German); register data passed to the aliens
  // police (Austria); Zurich's City Card and reporting sans-papiers; detention pending removal (Swiss French); SIS entries fed from AFIS or ZEMIS
  '("Personen- und Sachfahndungssystem" OR Fahndungssystem* OR "Schengener Informationssystem") AND (Ruckkehr* OR Wegweisung* OR Ausschaffung* OR Einreiseverbot*) AND (Einreise* OR Auslander* OR Asyl* OR Migration* OR Migrant* OR Fremdenpolizei OR Grenz* OR Wegweisung* OR Ausschaffung* OR Ruckkehrentscheid* OR Abschiebung* OR Ausreise* OR Drittstaat* OR =SEM OR Fedpol OR Ausweisung*)',
  '(abzuschieben OR abgeschoben OR abschieb* OR ausschaffen OR ausgeschafft OR zuruckschicken OR Rucknahme*) AND (Drittstaat* OR Italien OR Dublin* OR Asylbewerber OR Fluchtling* OR Migranten OR Auslander* OR Turkei) AND (Asyl* OR Fluchtling* OR Gefluchtete* OR Migrant* OR Auslander* OR Ausreise* OR Abschiebung* OR Bundespolizei OR Duldung OR Uberstellung* OR Ausschaffung* OR Aufenthalt*)',
  '(Meldedaten OR Melderegister OR Meldebehorde*) NEAR/20 (Fremdenpolizei OR Fremdenbehorde* OR "Organe von Gebietskorperschaften" OR Auslanderbehorde*) AND (Asyl* OR Abschiebung* OR abgeschoben OR Ausreise* OR ausreisepflicht* OR Fremdenrecht* OR =BFA OR Schubhaft OR Ruckkehr* OR Datenabgleich OR abgleich* OR Abfrage* OR abfrag* OR Ubermittlung* OR ubermittel* OR illegal* OR Datenschutz*)',
  '("City-Card" OR "Sans-Papiers") AND (Polizei OR Aufenthaltsstatus OR Meldepflicht OR Migrationsamt)',
  '("detention en vue de renvoi" OR "detention en vue du renvoi" OR "detention administrative" OR "mise en detention") AND (renvoi OR etranger* OR "Service de la population" OR migration)',
  '(SIS OR Schengen*) AND (AFIS OR ZEMIS OR "biometrische Daten" OR Fingerabdruck*) AND (Ausschreibung* OR Wegweisung* OR Einreiseverbot* OR Ruckkehr*) AND (Polizei* OR Grenze OR Grenzkontroll* OR Grenzwache OR Einreise* OR Migration* OR fedpol OR Fahndung* OR Auslander* OR Asyl* OR Wegweisung* OR Ausweisung* OR Drittstaatsangehorige* OR biometrisch* OR Strafverfolgung* OR Sicherheitsbehorde*)',
  // Cantonal removal escorts (Swiss German); unlawful entry caught by the federal police (German)
  '((Wegweisung* NEAR/8 (Vollzug OR Ausländer* OR Flughafen OR Rückführ* OR Asyl*)) OR rückzuführend* OR "zwangsweisen Vollzug") AND (Asyl* OR Ausländer* OR ausländisch* OR Ausschaffung* OR Schweiz OR Migration* OR Landesverweis* OR Ausreise* OR Rückführung* OR Rückkehr* OR Abschieb* OR Wegweisungsvollzug* OR Wegweisungsverfügung*)',
  '("unerlaubt* Einreise*" AND (Bundespolizei OR Migrant* OR Asyl* OR Flüchtling* OR Ausländer* OR aufgegriffen OR Schleus*)) NOT (Welpen OR Tollwut* OR Heimtierausweis OR Museum OR Marienborn OR Krimi* OR Thriller*)',
  // Arrests at prefecture counters; Niger's law on migrant smuggling (French); what the police do with people here illegally (Dutch)
  '(arrestation* OR interpell*) NEAR/6 (guichet* OR préfecture*) AND (sans-papiers OR étrangers) AND (irrégul* OR sans-papiers OR rétention OR convoca* OR convoqu* OR reconduite OR expulsion* OR éloignement OR asile OR Cimade OR OQTF OR "obligation de quitter")',
  '"trafic illicite de migrants" AND (loi OR lois OR criminalis* OR emprisonnement OR abrogation OR police OR gendarmerie OR démantel* OR arrest* OR réseau* OR Niger)',
  'illegalen AND (vreemdeling* OR asielzoeker* OR uitgeprocedeerd* OR "Nederland verlaten")',
  // Refusals at the border by the frontier police (Italian)
  '(respingiment* AND ("Polizia di frontiera" OR Schengen OR frontiera)) NOT (frontalieri OR Ristorni OR veterinari* OR pollame OR hockey OR portiere OR Genoni OR tifosi)',
  // From the fifty-first collection (dev): federal police operations against illegal entry (German)
  '"illegale* Einreise*" AND (Bundespolizei OR Polizei* OR Grenzpolizei* OR Grenzschutz) AND (Fahndung* OR Kontroll* OR Schleuser* OR Festnahm* OR festgenommen OR aufgegriffen OR Zurückweisung* OR zurückgewiesen)',
  // From the fifty-first collection (dev): operations against irregular immigration and expulsions (French, Central
  // Africa)
  '("immigration irrégulière" OR "immigration clandestine") AND (contrôle* OR interpell* OR refoul* OR expuls*) AND (migra* OR clandestin OR police OR policier* OR gendarm* OR frontière* OR frontalier* OR rétention OR arrêté* OR rapatri* OR reconduit* OR ressortissant* OR "lutte contre" OR "lutter contre" OR "contrôle d\'identité" OR "contrôles d\'identité" OR criminel* OR patrouille*)',
  '(expulsé* OR refoulé*) AND (Camerounais OR étrangers OR ressortissants) AND (police OR autorités OR passeport*)',
  // Italy's return centres (CPR)
  '("Cpr di" OR "Cpr della" OR "Cpr del" OR "nel Cpr" OR "al Cpr" OR "dal Cpr") AND (migranti OR stranieri OR trattenut* OR rimpatr* OR sequestro OR detenut* OR "via Corelli")',
  // Forced returns of families (Swiss French)
  '("renvoi forcé" OR "renvois forcés" OR "expulsion violente") AND (famille OR requérant* OR Vaud OR canton* OR Suisse OR asile)',
  // Sub-Saharan migrants pushed back or repatriated, and Morocco's migration law 02-03 (French)
  '(refoul* OR rapatriement OR expulsion) AND ("immigrés clandestins" OR "migrants subsahariens" OR subsahariens OR clandestins OR "émigrés africains") AND (migrant* OR immigr* OR émigr* OR ressortissant* OR "situation irrégulière" OR "sans papiers" OR réfugié*)',
  '("loi 02-03" OR "loi n° 02-03") AND (Maroc OR migration OR immigration OR émigration OR étranger* OR frontière* OR reconduite OR expulsion OR séjour)',
  // From the fifty-second collection (dev): refusal of entry and administrative bans from the territory (France)
  '("refus d\'entrée" OR "refusant l\'entrée" OR "interdiction administrative du territoire") AND (étranger* OR police OR frontière* OR Schengen OR territoire) AND (territoire OR étranger* OR Schengen) AND NOT (supporter* OR "Ligue des champions" OR discothèque* OR bovin*)',
  // From the fifty-second collection (dev): the El-Ouardia centre (Tunisia); sub-Saharan migrants expelled or
  // returned from the Maghreb
  '("El-Ouardia" OR "El Ouardia") AND (migrant* OR rétention OR détention OR détenu* OR subsaharien* OR exilé* OR réfugié*)',
  '(rapatri* OR renvoy* OR expuls* OR refoul*) AND (Nigériens OR "personnes en mobilité" OR subsaharien* OR "migrants subsahariens") AND (Algérie OR Tamanrasset OR Maghreb OR Niger OR Tunisie OR Maroc) AND NOT (match OR dividende* OR éliminatoire* OR football OR entreprises)',
  // From the fifty-second collection (dev): Haitians returned from the Dominican Republic
  '(rapatri* OR refoul* OR expuls*) AND (dominicain* OR "République dominicaine") AND (Haïtien* OR haïtien* OR frontière OR GARR)',
  // From the fifty-third collection (dev): youth offices asked for data by the immigration authority
  '(Ausländerbehörde* OR Ausländerbehörden) AND (Jugendamt OR Jugendämter OR Jugendämtern) AND NOT (Verwaltungszentrum OR Öffnungszeiten OR Cyberangriff OR Personalmangel OR "offene Stellen" OR Fachkräfte* OR Wartezeit* OR Umzug OR Warnstreik OR Verdi OR Ausstand)',
  // From the fifty-third collection (dev): overstays punished with removal or an entry ban
  '(Aufenthaltsdauer OR Aufenthaltsfrist* OR Überschreitung OR "90 Tage") AND (Visa* OR Visum OR Schengen* OR Einreise*) AND (Abschiebung* OR Einreiseverbot* OR Ausweisung* OR "Stop-Liste" OR Sanktionen OR Wiedereinreisesperre* OR Rückführung*)',
  // From the fifty-fourth collection (dev): CESEDA: orders to leave, residence bans and house arrest; police checks of
  // foreigners' papers and the border strip; illegal entry or stay; identification for removal
  '(étranger OR "l\'étranger" OR ressortissant*) AND ("quitter le territoire" OR "interdiction du territoire" OR "astreint à résider" OR "assigné à résidence") AND ("autorité administrative" OR préfet OR "obligation de quitter" OR "interdiction du territoire" OR éloignement OR reconduite OR rétention)',
  '"officiers de police judiciaire" AND ("nationalité étrangère" OR étranger*) AND ("titre de séjour" OR "à séjourner" OR "autorisées à circuler" OR "vingt kilomètres" OR "en deçà" OR "droit au séjour")',
  '("pénétré ou séjourné" AND (étranger OR visa OR "sans se conformer")) OR ("identification d\'un étranger" AND (mesures OR "documents de voyage" OR éloignement OR "pièces ou documents"))',
  // From the fifty-fifth collection (dev): Angola's mass expulsions of Congolese migrants (French)
  '((expulsé* OR expulsion*) NEAR/8 (Angola OR Kamako OR "vers le Congo")) AND (migrants OR =HCR OR réfugiés OR "Direction générale des migrations" OR "situation irrégulière")',
  // From the fifty-sixth collection (dev): German hotel registration kept for foreign guests
  '(Hotelmeldeschein* OR Meldeschein* OR Hotelmeldebescheinigung* OR ("besondere Meldepflicht" AND Beherbergung*)) AND ("ausländische Gäste" OR "ausländischen Gäste" OR "ausländischer Gäste") AND (Meldepflicht OR ausfüllen OR Pass OR Reisepass OR Ausweis* OR Bundesmeldegesetz OR Bürokratieentlastung*)',
];

export const databasesWesternEuropean = [
  // Schengen Information System entries and entry bans (German); police plate cameras (Quebec French); Italian police data;
  // France's TAJ police file; a foreigner's phone records read in detention (Dutch)
  '((Schengen* OR SIS) NEAR/8 (Ausschreibung* OR Einreiseverbot* OR Einreiseverweigerung*)) AND (Einreiseverbot* OR Einreiseverweigerung* OR Abschiebung* OR abgeschoben OR Ausweisung* OR ausgewiesen OR Fahndung* OR Festnahme* OR Grenzpolizei* OR Bundespolizei OR Polizei* OR Drittstaat* OR Auslander* OR Informationssystem OR Datenbank* OR Aufenthaltsverbot* OR Einreisesperre* OR Europol OR SIRENE)',
  '(plaque* OR plaques) NEAR/6 (camera* OR lecteur* OR lecture) NEAR/12 (police OR "Sûreté du Québec" OR SQ OR gendarmerie) AND (vol OR vols OR vole* OR recherch* OR fichier* OR "base de donnees" OR "bases de donnees" OR suspect* OR mandat* OR signal* OR enquet* OR criminel* OR "vie privee" OR CNIL OR "Commission d\'acces" OR "renseignements personnels" OR surveillance OR "donnees personnelles")',
  '("forze di polizia" NEAR/10 (dati OR "banca dati" OR "banche dati" OR CED)) AND ("banca dati" OR "banche dati" OR CED OR SDI OR interforze OR archivi* OR schedat* OR "dati personali" OR segnalazion* OR precedenti OR controll* OR consult* OR accesso OR accessi OR interrog* OR trattamento OR privacy OR Garante OR intercettazion* OR biometric* OR impronte)',
  'TAJ NEAR/10 (inscrit* OR effacement OR donnees OR fichier OR procureur) AND (police OR gendarmerie OR policier* OR procureur* OR effacement OR antecedent* OR "fichier de police" OR judiciaire* OR CNIL OR enquete* OR "mis en cause" OR victime* OR "garde a vue" OR condamn* OR relaxe* OR "classement sans suite" OR "casier judiciaire" OR "reconnaissance faciale" OR plainte*)',
  '((bewaring OR terugkeerbesluit*) AND (belgegevens OR telefoongegevens)) AND (vreemdeling* OR IND OR terugkeerbesluit* OR "Dienst Terugkeer en Vertrek" OR Vreemdelingenwet OR vreemdelingenpolitie OR AVIM OR uitzet* OR asiel* OR "Raad van State" OR marechaussee OR politie OR justitie OR opsporing* OR verdachte* OR "Openbaar Ministerie" OR rechter* OR rechtbank OR bewaarplicht*)',
  // Automatic number-plate checks against police wanted lists (German)
  '(Kennzeichen* OR Nummernschild*) NEAR/8 (Abgleich* OR Erfassung*) NEAR/12 (Polizei* OR Fahndung*) AND (automatisch* OR Kennzeichenerfassung* OR Kennzeichenlesesystem* OR Scanner* OR Fahndungsdatei* OR Fahndungsbestand* OR Fahndungsliste* OR Treffer* OR Datenschutz* OR Datenbank* OR gespeichert* OR Speicherung* OR gestohlen* OR Kamera* OR Datei* OR Verfassung* OR Überwachung* OR erfasst)',
  // France's AEM file on unaccompanied minors; police access to visa and asylum files; police processing of personal data;
  // Switzerland's migration information system
  '"fichier AEM" OR ("appui a l\'evaluation de la minorite") OR (((empreintes OR fichier) NEAR/10 ("mineurs non accompagnes" OR =MNA)) AND (empreintes OR AEM OR Visabio OR prefecture* OR "evaluation de la minorite" OR minorite OR majeur* OR OQTF OR "obligation de quitter" OR eloign* OR biometri* OR "donnees personnelles" OR police OR gendarm* OR "titre de sejour" OR etranger*))',
  '("services de police" OR policiers OR police) NEAR/15 (OFPRA OR France-Visas OR "empreintes digitales") NEAR/15 (acceder OR acces OR fichier*) AND (asile OR demandeur* OR refugie* OR OFPRA OR Eurodac OR =VIS OR Visabio OR decret* OR CNIL OR "donnees personnelles" OR biometri* OR "base de donnees" OR migrant* OR "sans-papiers" OR "titre de sejour" OR expulsion* OR irreguli* OR retention)',
  '((Police OR policiers) NEAR/10 ("donnees a caractere personnel" OR "protection des donnees")) AND (fichier* OR TAJ OR FPR OR traitement* OR consult* OR "reconnaissance faciale" OR videosurveillance OR "video-surveillance" OR cameras OR drones OR "base de donnees" OR "bases de donnees" OR biometri* OR empreintes OR "donnees sensibles" OR "police-justice" OR collecte OR conservation OR detournement)',
  '(SYMIC OR CIMIC OR "systeme central d\'information sur la migration" OR "systeme d\'information central sur la migration") AND (police* OR policier* OR polizei* OR polizia OR interpell* OR renvoi* OR renvoy* OR expuls* OR eloign* OR Ausschaffung* OR Wegweisung* OR contrôles OR "donnees personnelles" OR "protection des donnees" OR Datenschutz* OR fedpol OR RIPOL OR Schengen OR asile OR Asyl*)',
  // Local police access to the interior ministry's data centre (Italian)
  '("Centro elaborazione dati" OR =CED) AND ("polizie locali" OR "polizia locale" OR "polizia municipale") AND ("banca dati" OR "banche dati" OR interforze OR =SDI OR precedenti OR segnalazion* OR "Ministero dell\'Interno" OR Viminale OR consult* OR "Pubblica sicurezza" OR collegamento OR collegat* OR Garante OR interrogazion* OR "Forze di polizia" OR "sistema informativo" OR accedere OR accesso)',
  // Austria's central population register queried by police; state-security files on MPs (Basel); federal police case systems (B-CASE,
  // PIAV); police data exchange and destruction of police records (Swiss French); police face recognition; DNA profiles and their deletion;
  // Switzerland's ZEMIS
  '(Meldedaten OR Melderegister OR Meldebehorde* OR =ZMR OR "Zentrale Melderegister") AND (Polizei* OR Sicherheitsbehorde* OR Fahndung OR Abfrage* OR Einsicht OR Ubermittlung*)',
  '(Staatsschutz OR "Dienst fur Analyse" OR Fichierung OR fichiert) AND (Daten OR Polizei)',
  '=B-CASE OR =PIAV OR "Polizeilicher Informations- und Analyseverbund" OR (Fallbearbeitungssystem AND (Polizei* OR Polizist* OR LKA OR BKA OR Landeskriminalamt OR Bundeskriminalamt OR Ermittl* OR Kriminal* OR Staatsanwalt* OR Verfassungsschutz OR Bundespolizei OR Zoll OR Innenminister* OR Strafverfolgung* OR Straftat* OR Tatverdacht* OR Verdachtige*))',
  '("donnees policieres" OR "donnees de police" OR "Journal des evenements de police" OR "destruction de donnees") AND (police OR policiers OR cantonal*) AND (conservation OR "donnees personnelles" OR effacement OR "droit d\'acces" OR consultation* OR "protection des donnees" OR fichier* OR inscription* OR prepose* OR radiation OR suppression OR "base de donnees" OR "banque de donnees" OR enregistr*)',
  '(Gesichtserkennung* AND (Polizei* OR Polizist*)) AND (Datenbank* OR Fahndung* OR Fahndungsfoto* OR Lichtbild* OR Verdachtig* OR Tatverdacht* OR Uberwachung* OR Videouberwachung* OR Datenschutz* OR biometri* OR abgleich* OR Informationssystem* OR INPOL OR Gesetz* OR Rechtsgrundlage OR Innenminister* OR Clearview OR PimEyes)',
  '("DNA-Profil*" OR "DNA-Probe" OR Speichelprobe OR "genetischen Fingerabdruck*") AND (Polizei OR LKA OR BKA OR Fedpol OR Loschung OR loschen OR Strafverfahren OR Staatsanwalt*)',
  '(ZEMIS OR "Zentrale Migrationsinformationssystem") AND (Polizei* OR Polizist* OR Kantonspolizei OR Grenzwache OR BAZG OR fedpol OR Strafverfolgung* OR Zugriff* OR Abfrage* OR abgefragt OR abrufen OR abgerufen OR Datenschutz* OR EDOB OR Kontrolle* OR Personendaten OR Datenaustausch OR Weitergabe OR Ausschaffung* OR Wegweisung* OR Sicherheitsbehorde* OR Nachrichtendienst*)',
  // Wanted-person checks by the federal police; plate-scan sites (German)
  'Bundespolizei AND ("per Haftbefehl gesucht*" OR Fahndungscomputer OR Fahndungsbestand OR "zur Fahndung") AND (Grenz* OR Einreise* OR Migrant* OR Kontrolle* OR festgenommen OR Festnahme OR aufgegriffen)',
  'Fahndungscomputer AND (Polizei* OR polizeilich* OR Kennzeichen* OR Autokennzeichen* OR Innenminister* OR Ausländerbehörde OR Ermittler OR Grenzkontroll*)',
  'Erfassungsstandort* AND (Polizei OR Fahrzeug* OR Kennzeichen*)',
  // France's insured-vehicles file open to police; police access to Belgium's national register
  '("Fichier des Véhicules Assurés" OR =FVA) AND (forces OR policiers OR police OR autorités OR assurance OR fourrière)',
  '"registre national" AND (police OR "Comité P" OR policiers) AND (accès OR accéder OR "personnes physiques" OR "numéro d\'identification" OR données OR consult*)',
  // The data-protection authority on the interior ministry's data centre; telling the police who occupies a building; carabinieri
  // checking relatives in police files (Italian)
  '"Centro elaborazione dati" AND (Garante OR "dati personali") AND ("pubblica sicurezza" OR polizia OR "forze di polizia" OR Viminale)',
  '("cessione di fabbricato" OR "cessione fabbricato" OR (comunicazione NEAR/6 "Pubblica Sicurezza")) AND (fabbricato OR locazione OR ospitalità) AND ("Pubblica Sicurezza" OR questura OR polizia OR commissariato) AND (immobil* OR stranier* OR apolid* OR ospite OR ospiti OR extracomunitari* OR alloggio OR "uso esclusivo" OR cittadin* OR obbligo OR dichiarazione)',
  '(Carabinier* OR poliziott*) AND (controllat* NEAR/4 (parenti OR amici OR conoscenti)) AND (abusiv* OR informatic* OR "banca dati" OR "banche dati" OR condannat* OR indagat*)',
  // Travel bans on critics and people under warrant (French on Algeria and Tunisia); police face recognition with video surveillance
  '("interdiction de voyager" OR "interdictions de voyager" OR "interdits de voyager" OR "interdit de voyager" OR "interdits de quitter le territoire" OR "interdiction de voyage") AND (police* OR autorités OR liste* OR mandat* OR procureur)',
  '"reconnaissance faciale" AND vidéosurveillance AND (police OR rues OR sécurité)',
  // From the fifty-first collection (dev): dragnet checks hitting wanted lists and entry bans; police identification
  // records (fingerprints, photos, DNA); Swiss expulsions entered in the federal registers
  '(Schleierfahndung AND (Einreisesperre OR Haftbefehl* OR "zur Fahndung" OR Fahndungstreffer)) AND ((Schleierfahndung OR "zur Fahndung") AND (Ausreisepflichtig* OR Bundespolizei OR Einreise* OR Ausländer* OR Migrant* OR Grenzpolizei))',
  'erkennungsdienst* AND (Fingerabdr* OR DNA OR Lichtbild* OR biometri*)',
  '(Landesverweisung* AND (ZEMIS OR VOSTRA OR RIPOL OR Strafregister* OR SIS)) AND ((Landesverweisung* OR "Schengener Informationssystem") AND (Ausländer* OR Drittstaatsangehörig* OR Wegweisung* OR Rückkehrentscheid* OR Asyl*))',
  // From the fifty-first collection (dev): police biometric devices identifying wanted people (French)
  '("identification biométrique" OR "appareil biométrique") AND (police OR policiers OR DGSN OR "sûreté nationale") AND (recherch* OR poursuivi*)',
  // The interior ministry's police data centre (Italy's CED)
  '("Centro Elaborazione Dati" OR "Centro di Elaborazione Dati" OR "C.E.D." OR "servizio interforze") AND (Interno OR polizia OR "legge n. 121" OR "121/1981")',
  // Police wanted-persons databases put online (Haiti)
  '("personnes recherchées" OR "les plus recherchés" OR fugitifs OR "individus activement recherchés") AND ("base de données" OR "base des" OR portail OR registre) AND (police OR DCPJ OR "Police Judiciaire")',
  // Police data networks, indexes and files opened to other offices (Swiss German); plate recognition by the interior
  // ministry (Austria)
  '(Polizeidaten* OR Polizeiindex OR Polizeiakten OR "polizeilich registriert*") AND (Zugriff OR Datenaustausch OR Einsicht OR vernetz* OR Datensammlung)',
  '(Kennzeichenerkennung* OR Kennzeichenüberwachung) AND (Innenministerium OR Polizei OR Fahndung OR Sicherheitspaket OR EKIS) AND (Sicherheitspaket OR Überwachung* OR Verfassungsgerichtshof OR Gesetz* OR Datenschutz* OR Speicherung OR Befugnis* OR EKIS OR "automatische Erfassung" OR Sicherheitsbehörde*)',
  // Deleting entries from police logs and databases (Geneva)
  '("main courante" OR "base de données de la police" OR "fichiers de police" OR "dossier de police") AND (radiation OR effacement OR suppression OR LIPAD OR "données personnelles") AND (données OR LIPAD OR judiciaire* OR antécédent* OR casier OR Cnil OR TAJ OR pénal*)',
  // Algeria's national DNA file and the gendarmerie's identification and wanted-persons systems (French)
  '("fichier génétique" OR "fichier national" OR "empreintes génétiques") AND (police OR criminels OR DGSN OR gendarmerie) AND (justice OR judiciaire* OR enquête* OR gendarmerie OR magistrat* OR infraction* OR pénal* OR "police nationale" OR "police scientifique" OR "police municipale" OR "polices municipales" OR "fichier de police" OR "sûreté nationale" OR DGSN)',
  'Gendarmerie AND (Runi* OR "identification biométrique" OR "empreintes digitales" OR "personnes recherchées" OR "recherche des personnes") AND (fichier* OR système* OR justice OR judiciaire* OR criminel* OR réseau* OR informat* OR "gendarmerie nationale" OR frontière*)',
  // From the fifty-second collection (dev): plate recognition and face recognition by police, Palantir analysis
  // systems, how long police keep stored records
  '(Kennzeichenerkennung* OR Kennzeichenerfassung* OR Kennzeichenlese* OR =AKE OR =AKLS OR =KESY) AND (Polizei* OR Fahndung* OR Landeskriminalamt OR =LKA OR Polizeiaufgabengesetz OR gesucht*) AND NOT (Temposünder* OR Verbraucherschützer* OR Abzocke)',
  '(Gesichtserkennung OR Gesichtsbilder* OR Gesichtsbildern) AND (biometrisch* OR Bahnhof OR Bahnhöfen OR Bundespolizei OR Polizei* OR Kriminalist* OR Fahndung) AND (Polizei* OR Bundespolizei OR Bahnhof* OR Kriminal* OR Bundeskriminalamt OR =BKA OR Fahndung* OR Ermittl* OR Strafverfolg* OR Behörde* OR Überwachung* OR Kamera* OR INPOL) AND NOT ("falsche Profile" OR "um Geld bitten")',
  'Palantir AND (Landeskriminalamt OR =LKA OR Polizei* OR VeRA OR hessenDATA OR =DAR) AND (Daten* OR Data OR Analyse* OR Software* OR Programm* OR Gotham* OR Recherche* OR hessenDATA OR =DAR OR VeRA OR Landeskriminalamt OR =LKA OR Verfassung*)',
  '(Polizei NEAR/6 gespeichert) AND (Daten OR Anzeige OR Ermittlungsverfahren OR Löschung OR löschen) AND (Auskunft* OR Ermittlungsverfahren OR aktenkundig OR Kennzeichen OR Datenabgleich OR Abgleich OR Fahndung* OR Person OR Personen OR Datenschutz* OR Datenbank* OR Verbrechensvorbeugung)',
  // From the fifty-second collection (dev): Algeria's bans on leaving the national territory (ISTN)
  '(=ISTN OR "interdiction de sortie du territoire" OR "interdictions de sortie du territoire" OR "interdiction de quitter le pays") AND (=ISTN OR judiciaire* OR activiste* OR journaliste* OR opposant* OR terroris* OR répression OR fichier* OR justice OR avocat* OR juge* OR police OR policier* OR frontière* OR passeport*)',
  // From the fifty-second collection (dev): DNA testing of convicted persons and the police data law (Netherlands)
  '("DNA-onderzoek" OR "DNA-profiel*" OR "DNA-profielen") AND (veroordeel* OR strafzaken OR strafbare OR politie OR opsporing) AND (veroordeelden OR veroordeelde OR vervolging OR strafzaken OR "strafbare feiten" OR celmateriaal OR misdrij* OR Strafvordering OR Justitie OR verdacht*)',
  '("Wet politiegegevens" OR "Besluit politiegegevens" OR (politiegegevens AND (verwerk* OR autoris* OR ambtenaren OR opsporing OR verstrek*))) AND ("Wet politiegegevens" OR "Besluit politiegegevens" OR Wpg)',
  // From the fifty-third collection (dev): youth offices asked for data by the immigration authority
  '(Ausländerbehörde* OR Ausländerbehörden) AND (Jugendamt OR Jugendämter OR Jugendämtern) AND NOT (Verwaltungszentrum OR Öffnungszeiten OR Cyberangriff OR Personalmangel OR "offene Stellen" OR Fachkräfte* OR Wartezeit* OR Umzug OR Warnstreik OR Verdi OR Ausstand)',
  // From the fifty-fifth collection (dev): identity checks leading to file searches and detention (French)
  '("contrôle d\'identité" OR "contrôles d\'identité") AND (fichier* OR "titre de séjour") AND ("centre de rétention" OR "rétention administrative" OR "sans-papiers" OR "sans-papier") AND (police OR policier* OR gendarm*)',
  // From the fifty-sixth collection (dev): German hotel registration forms (Meldeschein) kept for guests
  '(Hotelmeldeschein* OR Hotelmeldebescheinigung*) AND (Beherbergungsbetrieb* OR Bundesmeldegesetz OR Meldepflicht OR Meldegesetz* OR Meldebehörde* OR aufbewahr*)',
];
