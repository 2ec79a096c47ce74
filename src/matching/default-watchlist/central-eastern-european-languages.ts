/**
 * Nordic, Baltic, Central and South-East European, Greek and Cyrillic-script rules from the fiftieth collection on
 * (northern-central-europe.ts is near its size limit). Rules both topics read are named in both-topics.ts. Topic
 * definitions: src/matching/README.md.
 */

export const immigrationCentralEastern = [
  // Migration police raids on foreigners' stay rules (Kazakhstan, Russian)
  '(миграционн* NEAR/3 (служб* OR полиц*)) AND (рейд* OR выявлени*)',
  'нарушени* NEAR/2 "правил пребывания"',
  // Border police catching people crossing illegally (Bulgarian); Croatia's reception centre for foreigners; foreigners obliged to
  // leave (Polish); surveillance of the Evros border and return decisions (Greek); illegal migration (Latvian); Lithuania's orders to leave
  // and expulsions
  '"Гранична полиция" AND (нелегално OR задържани OR мигрант*)',
  '(Prihvatn* NEAR/2 centr*) NEAR/3 strance',
  '(zobowiązan* NEAR/5 "do opuszczenia") AND (cudzoziem* OR "Straż Graniczna")',
  'Εβρ* AND (φραχτ* OR μεταναστ*) AND (καμερ* OR πυργ* OR drones)',
  '(αποφασ* NEAR/2 επιστροφ*) AND (υπηκο* OR "τριτων χωρων" OR παρανομ*)',
  'nelegal* NEAR/2 migracij*',
  'uzsienieci* NEAR/3 (issiunt* OR grazin* OR ipareigojim*)',
];

export const databasesCentralEastern = [
  // Police access to computer data and phone location; the interior ministry's information centres; migrants' digital profile and
  // biometrics at entry (Russian)
  '"получение компьютерной информации" OR ("оперативно-розыскн* мероприят*" AND (компьютерн* OR баз*))',
  '(("информационн* центр* МВД" OR "ИЦ МВД") AND (учет* OR "оперативно-справочн*")) OR "оперативно-справочн* учет*"',
  '(геолокац* OR "местоположении мобильного" OR геоданн*) AND ("тайны связи" OR "тайной связи" OR полиц* OR розыск* OR "без согласия" OR "без их согласия")',
  '"цифров* профил*" AND (мигрант* OR "иностранных граждан" OR "иностранные граждане" OR "иностранного гражданина") AND (въезд* OR границ* OR отпечат* OR биометри* OR дактилоскоп*)',
  '(отпечатк* NEAR/5 пальц*) AND (иностран* OR мигрант*) AND (границ* OR въезд*)',
  '"биометрическ* персональн* данн*" AND (иностран* OR мигрант*)',
  // Data-protection authorities and police (Czech, Serbian, Swedish); Ukraine's pre-trial investigations register, plate-recording
  // cameras and conscription offices' wanted lists; Slovakia's police search systems; Bulgaria's hotel register linked to the interior
  // ministry; Hungary's Schengen information exchange
  '(ÚOOÚ OR UOOU) AND polici*',
  '(Poverenik OR Povjerenik) AND (kamer* OR MUP) AND (MUP OR policij*)',
  '(Integritetsskyddsmyndigheten OR Datainspektionen) AND (brottsbekämpande OR polisdatalagen OR "Statens kriminaltekniska")',
  '"Єдиний реєстр досудових розслідувань" OR ЄРДР',
  '(фіксаці* NEAR/4 номер*) AND (відеоспостереж* OR камер*)',
  'ТЦК AND (розшук* OR реєстр* OR баз* OR Оберіг)',
  '"Informačné systémy pátrania" OR (pátran* AND "Policajný zbor" AND informačn*)',
  '"Единна система за туристическата информация" OR ЕСТИ OR (хотел* AND регистър* AND (МВР OR "Министерството на вътрешните работи"))',
  '"Schengeni Informacios Rendszer" AND (informaciocsere OR rendorseg* OR rendelet)',
  // Latvia's criminal register and the police information system on detained and suspected people
  '"Sodu registr*"',
  '"Informācijas sistēm*" AND (aizturētas OR "aizdomās" OR notiesātas)',
];
