/**
 * French, Italian, German and Dutch rules from the forty-ninth collection on (other-languages.ts is at its size
 * limit). Rules both topics read are named in both-topics.ts. Topic definitions: src/matching/README.md.
 */

export const immigrationWesternEuropean = [
  // Swiss removal orders with a departure deadline or area bans
  'weggewiesen AND (Ausreisefrist OR Ausschaffung* OR Eingrenzung OR Ausgrenzung)',
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
];
