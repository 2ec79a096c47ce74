/**
 * Portuguese-language rules from the forty-eighth collection on (Portugal and Brazil; other-languages.ts is near its
 * size limit). Rules both topics read are named in both-topics.ts. Topic definitions: src/matching/README.md.
 */

export const immigrationPortuguese = [
  // The border service (SEF) or the GNR finding people in an irregular situation, and aiding illegal immigration
  '("Servico de Estrangeiros e Fronteiras" OR =SEF) AND ("situacao irregular" OR "situacao ilegal" OR "imigracao ilegal" OR "emigracao ilegal" OR "permanencia ilegal" OR "auxilio a imigracao")',
  '"auxilio a emigracao ilegal" OR "auxilio a imigracao ilegal"',
  // Brazilian courts on arrest for expulsion; Portuguese courts on detention of overstayers in the Schengen area
  '"prisao para fins de expulsao" OR "prisao para expulsao" OR ("habeas corpus" AND (expulsao OR deportacao) AND (estrangeir* OR nigerian* OR clandestin*))',
  '(detencao OR detido* OR detida*) AND "espaco Schengen" AND (afastamento OR expuls* OR "permanencia ilegal" OR irregular*)',
];

export const databasesPortuguese = [
  // Drivers' fingerprints kept by the traffic department and the Federal Police; police biometric databases
  '("impressoes digitais" OR "impressao digital" OR biometri*) AND (Denatran OR Contran OR Detran*) AND ("Policia Federal" OR =PF)',
  '"bancos de dados biometricos" OR "banco de dados biometrico"',
  // Court orders lifting the secrecy of stored data (Google location records) for investigations
  '"quebra de sigilo" AND (dados OR telematico) AND (geolocalizacao OR Google OR provedor* OR usuarios)',
];
