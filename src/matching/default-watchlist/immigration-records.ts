/**
 * US immigration-enforcement rules from the forty-seventh collection on (immigration.ts is at its size limit): records whose
 * subject is personal records reaching immigration enforcement, the registration of non-citizens, and from the
 * forty-eighth on other US records (asylum cooperative agreements, legislatures' committees). Rules both topics read are named in both-topics.ts. Topic definitions: src/matching/README.md.
 */
import { MEDICAID_DATA_TO_IMMIGRATION } from './both-topics.ts';

export const immigrationRecordsHandedOver = [
  // Medicaid (Medi-Cal) data reaching ICE or DHS (the forty-seventh)
  MEDICAID_DATA_TO_IMMIGRATION,
  // Registration of aliens (8 USC 1304, the 2025 registration rule; the forty-seventh)
  '("registration of aliens" OR "Forms for registration and fingerprinting" OR ("registration requirement" AND (aliens OR noncitizens OR "foreign nationals" OR undocumented))) AND (fingerprint* OR =DHS OR "Interim Final Rule" OR noncitizens OR undocumented OR prosecution) NOT (H-1B OR "cap-subject" OR =FARA OR "Foreign Agents")',
  // Immigrants moved to Social Security's death list (the forty-eighth)
  '"Social Security" AND (immigrants OR migrants OR noncitizens) AND ("death master file" OR "dead" OR "death list" OR "list of people who have died" OR "Death Master") AND (deport* OR parole* OR =ICE OR =DHS OR "Homeland Security" OR "immigration status" OR "legal status" OR living OR alive OR "make them leave")',
  // Asylum cooperative agreements; state legislatures' committees on illegal immigration (the forty-eighth)
  '("Asylum Cooperative Agreement*" OR "Cooperative Agreements for Asylum") AND (Guatemala OR Honduras OR "El Salvador" OR Paraguay OR Uganda OR Ecuador OR Belize OR deport* OR remov* OR transfer* OR "third country" OR "third countries" OR "United States" OR =US OR =DHS OR =ICE OR "Homeland Security" OR "Immigration and Nationality Act" OR "Immigration Review" OR "credible fear" OR border)',
  '"Select Committee* on Illegal Immigration" OR ("illegal immigration" AND "special session*" AND (enforcement OR =ICE OR deport* OR detain* OR sanctuary OR "287(g)" OR bill OR legislation))',
  // Employer sanctions, aliens' change-of-address enforcement (the forty-eighth; special registration is read in immigration.ts)
  '"employer sanctions" OR "employer sanction provisions"',
  '(=INS OR aliens) AND ("change of address" OR AR-11) AND (whereabouts OR failure OR deport* OR removal OR criminal*)',
  // The forty-ninth collection: police checking documentation status; civil-rights laws on immigration status
  '(check* OR enforc* OR verif*) NEAR/4 "documentation status" AND (=ICE OR "Immigration and Customs Enforcement" OR immigra* OR deport* OR police OR sheriff* OR deputies OR deputy OR "traffic stop" OR detain* OR detention OR undocumented OR migrant* OR warrant* OR "law enforcement" OR noncitizen* OR citizenship OR "lawful presence" OR "287(g)" OR sanctuary)',
  '(("civil rights" OR "personal identifying information") NEAR/12 "based on immigration status") AND (=ICE OR deport* OR detain* OR detention OR detainer* OR "immigration enforcement" OR "immigration agents" OR "immigration authorities" OR "federal immigration" OR police OR sheriff* OR records OR database* OR sharing OR shared OR collect* OR arrest* OR "Senate Bill" OR Colorado)',
  // Aliens held in state or local custody; release dates given to immigration authorities; HUD data shared with DHS; Texas's
  // Operation Lone Star; immigration incidents at safe locations; New Jersey's Immigrant Trust Directive
  '("aliens held" OR "aliens in" OR "held in state or local") NEAR/10 (custody) AND ("federal authorities" OR "immigration") AND (immigra* OR detainer* OR deport* OR removal OR =ICE OR =INS OR DHS OR "Homeland Security" OR "Customs Enforcement" OR undocumented OR "illegal aliens" OR "illegal alien" OR "287(g)" OR "removable aliens" OR "removable alien" OR "Byrne JAG" OR grant* OR cooperation)',
  '(("release dates" OR "release date") NEAR/20 (immigration OR ICE OR "federal officials" OR aliens OR undocumented)) AND (inmate* OR jail* OR detainer* OR custody OR prison* OR sheriff* OR deport* OR "immigration officers" OR "immigration agents" OR "immigration authorities" OR =ICE OR notif* OR arrest* OR correctional OR incarcerat* OR detain* OR booking OR "law enforcement")',
  '(HUD OR "Housing and Urban Development") NEAR/20 (DHS OR "Homeland Security" OR ICE OR immigration) AND ("data-sharing" OR "share information" OR records)',
  '("Operation Lone Star" AND (migrant* OR border OR immigra* OR asylum OR arrest* OR jail* OR trespass* OR "National Guard" OR DPS OR "razor wire" OR buoy* OR smuggl* OR deport* OR troopers OR detain*)) OR ("Criminal Trespass" AND (Kinney OR "Val Verde" OR migrant* OR border) AND (migrant* OR immigra* OR asylum OR "Lone Star" OR "Border Patrol" OR smuggl* OR deport* OR undocumented OR illegal*))',
  '"immigration incidents" OR ("safe locations" AND immigra*)',
  '("Immigrant Trust Directive" OR "Immigration Trust Directive" OR "Directive 2018-6") AND (=ICE OR police OR detain* OR detainer* OR deport* OR "law enforcement" OR sheriff* OR jail* OR "287(g)" OR sanctuary OR "federal agents" OR "immigration status" OR "immigration enforcement" OR "immigration authorities" OR "federal immigration" OR undocumented OR corrections OR custody)',
  // From the fifty-first collection (dev): laws barring plate-reader searches for immigration status or enforcement
  '(ALPR OR "license plate reader*") AND ("immigration status" OR "immigration enforcement") AND (bill OR law OR "House Bill" OR legislat* OR statute OR ordinance)',
  // CBP's standards on transport, escort, detention and search
  '"Transport, Escort, Detention, and Search" AND (CBP OR "Customs and Border Protection" OR "Border Patrol" OR TEDS OR migrants OR aliens)',
  // From the fifty-third collection (dev): bills barring limits on complying with the immigration laws
  '(("complying with" OR comply OR complies) NEAR/6 ("immigration laws" OR "immigration law")) AND (prohibit* OR cooperat*) AND NOT (registrar OR accreditation OR "Premier League" OR striker OR footballer* OR historian OR "book review" OR steamship*)',
];
