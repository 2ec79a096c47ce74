/**
 * French, Italian, German and Dutch rules from the forty-ninth collection on (other-languages.ts is at its size
 * limit). Rules both topics read are named in both-topics.ts. Topic definitions: src/matching/README.md.
 */

export const immigrationWesternEuropean = [
  // Swiss removal orders with a departure deadline or area bans
  'weggewiesen AND (Ausreisefrist OR Ausschaffung* OR Eingrenzung OR Ausgrenzung)',
  // Orders to leave French territory; border police and liaison officers' access to databases
  '(OQTF OR "obligation de quitter le territoire" OR "oblige a quitter le territoire" OR "l\'a oblige a quitter") AND (prefet OR tribunal OR arrete OR interdiction)',
  '("officiers de liaison" OR DCPAF OR "police aux frontieres") NEAR/20 ("base de donnees" OR "bases de donnees" OR fichier* OR France-Visas OR acces)',
];

export const databasesWesternEuropean = [
  // Schengen Information System entries and entry bans (German); police plate cameras (Quebec French); Italian police data;
  // France's TAJ police file; a foreigner's phone records read in detention (Dutch)
  '(Schengen* OR SIS) NEAR/8 (Ausschreibung* OR Einreiseverbot* OR Einreiseverweigerung*)',
  '(plaque* OR plaques) NEAR/6 (camera* OR lecteur* OR lecture) NEAR/12 (police OR "Sûreté du Québec" OR SQ OR gendarmerie)',
  '"forze di polizia" NEAR/10 (dati OR "banca dati" OR "banche dati" OR CED)',
  'TAJ NEAR/10 (inscrit* OR effacement OR donnees OR fichier OR procureur)',
  '(bewaring OR terugkeerbesluit*) AND (belgegevens OR telefoongegevens)',
  // Automatic number-plate checks against police wanted lists (German)
  '(Kennzeichen* OR Nummernschild*) NEAR/8 (Abgleich* OR Erfassung*) NEAR/12 (Polizei* OR Fahndung*)',
  // France's AEM file on unaccompanied minors; border police access to visa and asylum files; police processing of personal data;
  // Switzerland's migration information system
  '"fichier AEM" OR ("appui a l\'evaluation de la minorite") OR ((empreintes OR fichier) NEAR/10 ("mineurs non accompagnes" OR =MNA))',
  '("officiers de liaison" OR DCPAF OR "police aux frontieres") NEAR/20 ("base de donnees" OR "bases de donnees" OR fichier* OR France-Visas OR acces)',
  '("services de police" OR policiers OR police) NEAR/15 (OFPRA OR France-Visas OR "empreintes digitales") NEAR/15 (acceder OR acces OR fichier*)',
  '(Police OR policiers) NEAR/10 ("donnees a caractere personnel" OR "protection des donnees")',
  '(SYMIC OR CIMIC OR "systeme central d\'information sur la migration" OR "systeme d\'information central sur la migration")',
  // Local police access to the interior ministry's data centre (Italian)
  '("Centro elaborazione dati" OR =CED) AND ("polizie locali" OR "polizia locale" OR "polizia municipale")',
];
