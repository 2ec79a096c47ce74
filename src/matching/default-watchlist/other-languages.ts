/**
 * French, Italian and Portuguese vocabulary for both topics, written from the topic definitions
 * in the shape of the Spanish rules (spanish.ts): immigration detention and removal by the names
 * those countries' records use, and police files and plate readers. The corpus holds these
 * languages since the thirty-second collection (news from France, Quebec, Italy and Brazil). The
 * matcher folds accents and case, so `retention` reaches "rétention" and `eletronico` "eletrônico",
 * and it reads an elided article as the word after it ("l'expulsion" is `expulsion`; tokens.ts).
 */

export const immigrationOtherLanguages = [
  // Administrative detention before removal: France's CRA and LRA, Italy's CPR (and its old names CIE and CPT), Quebec's holding centre
  '"centre* de retention" OR "centres et locaux de retention" OR "locaux de retention" OR "retention administrative" OR "Centre de surveillance de l\'immigration"',
  '"centr* di permanenza" OR "centr* di identificazione ed espulsione" OR "centr* per il rimpatrio" OR "centr* per i rimpatri"',
  // Removal of foreigners: expulsion, "éloignement", "rimpatrio", "respingimento", OQTF
  '((expulsion* OR eloignement OR "reconduite* a la frontiere") NEAR/8 (etranger* OR migrant* OR "sans-papiers" OR clandestin*)) NOT (diplomat* OR ambassad* OR joueur* OR arbitre*)',
  '"obligation de quitter le territoire" OR =OQTF',
  '(rimpatri* OR espulsion* OR respingiment* OR "allontanamento dal territorio") NEAR/10 (migranti OR irregolar* OR clandestin* OR "cittadini stranieri" OR "paesi terzi")',
  // Canada's border agency (CBSA) by its French name, beside detention or removal
  '("Agence des services frontaliers" OR =ASFC) NEAR/15 (detention OR detenu* OR expuls* OR renvoi* OR migrant* OR "demandeur* d\'asile" OR surveillance)',
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
  '"banco* de dados" NEAR/8 (policia* OR policial OR policiais OR criminal OR criminais)',
];

/** Canada's immigration holding centres ("Centre de surveillance de l'immigration") are detention, not surveillance data. */
export const databasesOtherLanguagesExclude = ['"Centre* de surveillance de l\'immigration"'];
