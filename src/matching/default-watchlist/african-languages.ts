/**
 * Vocabulary for records from Africa, from the fortieth collection's dev records on (topic definitions:
 * src/matching/README.md): expulsions and repatriations in Portuguese (Angola, Mozambique), raids on and removals of
 * irregular migrants in Hausa (Nigeria's immigration service) and Swahili (Tanzania, Kenya); Tunisia's "S17" travel-ban
 * files, police fingerprint systems (AFIS) and face recognition in French (Algeria, Morocco), Angola's criminal
 * register, and Uganda's tracked digital number plates. English records from Africa with the wording of other English
 * records stay in abroad.ts. The matcher folds accents, but Hausa's hooked letters (ƙ, ɗ, ƴ) are letters of their own,
 * so a term is written both ways where records spell it both ways.
 */
import { BIOMETRIC_ID_FOR_RETURNS } from './both-topics.ts';

export const immigrationAfricanLanguages = [
  '((expulsos OR expulsas OR repatriados OR repatriadas) NEAR/12 (angolano OR estrangeir* OR emigrant* OR imigrant* OR ilegal* OR "Africa do Sul" OR "centro de transito" OR cidadaos)) NOT (jogador* OR arbitro OR cartao OR partida OR capitais OR fundos OR "restos mortais")',
  '"bakin haure" OR "baƙin haure" OR (("shige da fice" AND (kama OR mayar OR korar)) NOT ("mayar da martani" OR "kama aiki"))',
  '"wahamiaji haramu" OR (uhamiaji AND (msako OR wakamatwa OR wamekamatwa OR watimuliwa OR kufukuzwa))',
  // From the forty-first collection (dev): Tanzania's immigration department arresting migrants (Swahili); Nigeria's
  // immigration service receiving people returned from Niger (Hausa); Somali deportations ("tarxiil", "masaafurin")
  '(Uhamiaji OR wahamiaji) AND (wamekamatwa OR imewakamata OR kukamatwa OR "kinyume cha sheria" OR haramu)',
  '"Shige da Fice" AND ("ba bisa" OR koro OR "bakin haure" OR (kama NOT "kama aiki"))',
  'tarxiil* OR masaafuri* OR musaafuri*',
  // … (the forty-fifth) EU-funded biometric ID systems in Senegal and Côte d'Ivoire to send back undocumented
  // citizens; Ethiopians returned from Saudi prisons (Amharic); Kenya's prohibited immigrants
  BIOMETRIC_ID_FOR_RETURNS,
  '(ከሳውዲ OR ከሳዑዲ OR በሳዑዲ OR በሳውዲ) AND (ከእስር OR በእስር OR "ህገ ወጥ" OR "ያለመኖሪያ ፈቃድ") AND ("ወደ ሀገራቸው" OR "ወደ አገራቸው" OR ተመለሱ OR "ወደ ሀገር" OR ተመላሽ*)',
  '"prohibited immigrant*"',
];

export const databasesAfricanLanguages = [
  '"cadastro criminal" NEAR/6 (sistema OR base OR digital* OR informatiz* OR acesso OR consulta* OR partilh*)',
  'S17 AND (fiche* OR procedure* OR voyage OR frontiere*)',
  '(AFIS AND ("empreintes digitales" OR criminel* OR "police scientifique")) OR ((banque* OR base* OR fichier*) NEAR/4 "empreintes digitales")',
  '(("reconnaissance faciale" OR "reconnaissance facile") AND (DGSN OR "surete nationale" OR police* OR criminel* OR surveillance)) NOT (supermarche* OR magasin* OR "vol a l etalage" OR smartphone* OR client*)',
  '"Intelligent Transport Monitoring System" OR (("number plate*" NEAR/6 (digital OR electronic OR surveillance OR tracking)) AND (police OR security OR crime* OR tracker* OR Uganda OR Garda* OR CCTV))',
  // … (the forty-fifth) the same biometric ID systems; Tanzanian villagers asked to report to immigration (Swahili);
  // Kenyan landlords' and hoteliers' registers for security agencies
  BIOMETRIC_ID_FOR_RETURNS,
  '(taarifa NEAR/8 (Uhamiaji OR "vyombo vya usalama")) AND (jirani OR majirani OR daftari OR madaftari)',
  '(landlord* OR hotelier* OR "property owners") AND (register* OR records OR "detailed records") AND ("security agencies" OR police) AND (tenant* OR guest* OR occupant*) AND (verif* OR CPIC OR "Police Information" OR "report the occupancy" OR "maintain detailed records" OR "registered with police" OR "Form C")',
  // Forty-seventh collection (2026-12-06): criminal investigation services' data in Moroccan French
  '"recherche criminelle" AND ("bases de donnees" OR "base de donnees" OR fichier* OR FNAEG OR FAED OR =TAJ OR "donnees personnelles" OR "donnees genetiques" OR CNIL)',
  // Guests' names handed to the police (Swahili)
  '(majina NEAR/6 wageni) AND polisi',
];
