/**
 * Immigration-enforcement guards from the thirty-eighth collection's dev records (topic definition:
 * src/matching/README.md): immigration benefits that read like enforcement (ending Temporary Protected Status or
 * humanitarian parole, visa bonds, the EU Settlement Scheme, Dream Act and DACA bills, asylum seekers' work permits,
 * CBP One appointments) and detention or "ICE" that is not immigration's (prison education rules, France's "rétention de
 * sûreté", German ICE trains). Kept beside immigration.ts, whose own guards they join in the topic's exclusions.
 */
import { DREAM_ACT_BILLS } from './terms.ts';

export const immigrationGuards = [
  // Rulings on ending Temporary Protected Status ('deportation protections': a benefit) and
  // visa bonds against overstays (visa issuance)
  '(deport* OR "deportation protection*") AND (("Temporary Protected Status" OR =TPS) NEAR/20 (terminat* OR end* OR extend* OR injunction OR vacatur))',
  '(overstay* OR "visa overstay*") AND "visa bond*"',
  // … the EU Settlement Scheme (settled and pre-settled status: immigration benefits)
  '("immigration status" OR "Home Office") AND ("settled status" OR "pre-settled")',
  // … Bureau of Prisons education rules that exempt deportable inmates (criminal incarceration)
  '(inmate* AND (=ESL OR literacy OR "occupational education")) AND (deport* OR detainer* OR alien* OR removal)',
  // … France's 'rétention de sûreté' (dangerous offenders held after their sentence: criminal detention)
  '"centre* de retention de surete" OR "retention de surete"',
  // … German ICE trains stopped by broken overhead lines or at stations
  '=ICE AND (Oberleitung OR Hauptbahnhof OR Zugfuhrer OR Bahnhof)',
  // … Dream Act and DACA bills (cancellation of removal as a path to status: a benefit); asylum seekers' work permits
  `("cancel removal" OR "cancellation of removal" OR removal OR deport* OR alien* OR inadmissible) AND (${DREAM_ACT_BILLS} OR =DACA)`,
  '"Asylum Seeker Work Authorization" AND (alien* OR asylum OR =DHS)',
  // … the end of the CHNV humanitarian parole programme (a benefit ending, like TPS)
  '(depart* OR deport* OR self-deport* OR parole) AND (=CHNV OR "parole program")',
  // … CBP One asylum appointments (asylum processing at the ports, not enforcement), in English and Spanish
  '("Oficina de Aduanas y Proteccion Fronteriza" OR =CBP OR "Customs and Border Protection" OR asilo OR asylum) AND "CBP One"',
];
