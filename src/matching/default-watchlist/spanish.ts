/**
 * Spanish-language vocabulary for both topics: many of the outlets immigrant communities read
 * (Univision, Telemundo, La Opinión, EFE) write in Spanish. Written from the topic definitions
 * (README, Matching), in the same shape as the English rules: enforcement words count next to
 * words of immigration, data words next to sharing and an immigration authority. The matcher
 * folds accents and case, so `inmigraci*` reaches "inmigración". `deport*` and `=ICE` in the
 * English rules already read Spanish text; `"la migra"` is in immigration.ts.
 */
import { PERU_LODGING_REPORTS, SPANISH_HEALTH_SERVICES_REPORT_MIGRANTS, SPANISH_HOSTS_GUEST_REGISTERS } from './both-topics.ts';

/** Colombia's SIRE, where employers, hotels and others must report foreigners to the migration agency: both topics (the fortieth). */
const SIRE_FOREIGNER_REPORTS = '=SIRE AND (foreign* OR extranjer*)';

/** Migrants' biometric data gathered or shared (Mexico's migrant biometric records of interest to the US): both topics (the fortieth). */
const MIGRANT_BIOMETRIC_DATA =
  '(((datos OR ficha OR red OR informacion) NEAR/3 biometric*) AND (migrante* OR indocumentad*)) NOT (permiso* OR regulariza* OR "Proteccion Temporal" OR =PPT OR =PEP OR =ETPV)';

/** Immigration authorities as Spanish text names them (the terms, as ICE_NAME_TERMS in terms.ts). */
const AUTORIDAD_TERMS = [
  '"agentes de inmigraci*"',
  '"agente de inmigraci*"',
  '"agentes migratorios"',
  '"autoridades migratorias"',
  '"autoridades de inmigraci*"',
  '"Servicio de Inmigraci*"',
  '"Servicio de Control de Inmigraci*"',
  '"Oficina de Inmigraci*"',
];
/** ICE's Spanish names and federal immigration agents: a second authority group, since one rule over both would pass the rule length. */
const NOMBRES_ICE =
  '("Inmigraci* y Control de Aduanas" OR "Control de Inmigraci* y Aduanas" OR "agentes federales de inmigraci*" OR "autoridades federales de inmigraci*" OR "oficiales federales de inmigraci*")';
/** Federal immigration agencies: a third group, for the same reason. */
const AGENCIAS_FEDERALES = '"agencias federales de inmigraci*"';
/** Plate readers in Spanish (placas, matrículas): the plate-reader rule and the guard for cameras that fine drivers. */
const LECTORES_DE_PLACAS =
  '("lector* de placas" OR "camaras lectoras" OR "lectura de placas" OR "reconocimiento de placas" OR "lector* de matricula*" OR "reconocimiento de matricula*" OR "lector* automatico* de placas" OR "lector* automatico* de matricula*")';
/** By themselves on topic (a bare `=ICE` is not: see immigration.ts). */
const AUTORIDAD_MIGRATORIA_ES = `(${AUTORIDAD_TERMS.join(' OR ')})`;
/** With ICE and "la migra", for rules where another word already says what the item is about. */
const AUTORIDAD_MIGRATORIA = `(${[...AUTORIDAD_TERMS, '=ICE', '"la migra"'].join(' OR ')})`;

/**
 * Regional records on migrants without papers (health cards and the like) handed to the police for expulsions, as Spanish
 * regional pacts and parties proposed them (both topics; the thirty-eighth).
 */
const MIGRANT_DATA_TO_POLICE =
  '(datos NEAR/10 (inmigrantes OR extranjeros OR irregulares OR "sin papeles")) NEAR/20 (policia OR "Fuerzas de Seguridad" OR "Cuerpos y Fuerzas")';

/** Central American governments collecting migrants' biometrics with US support (both topics; the thirty-eighth). */
const CENTRAL_AMERICAN_MIGRANT_BIOMETRICS =
  'biometri* AND (extranjeros OR migrantes) AND ("Estados Unidos" OR =DHS OR "Seguridad Nacional") AND (Guatemala OR Honduras OR "El Salvador" OR Panama)';

/** Chile's biometric census of irregular migrants: both topics (the thirty-ninth). */
const CHILE_BIOMETRIC_CENSUS = '"empadronamiento biometrico"';

/** Spain's municipal register (padrón) handed to the police under the immigration law: both topics (the thirty-ninth). */
const PADRON_FOR_POLICE = '(padron* OR empadron*) AND (policia OR "ley de extranjeria") AND inmigra*';

export const immigrationSpanish = [
  // Raids, arrests and detentions of immigrants ("migratorio" alone is also birds: "aves migratorias")
  '(redada* OR operativo* OR detenci* OR detenid* OR detuv* OR arrest* OR captur*) NEAR/8 (inmigraci* OR inmigrante* OR indocumentad* OR "estatus migratorio" OR "situacion migratoria" OR "condicion migratoria" OR "agentes migratorios" OR "autoridades migratorias")',
  AUTORIDAD_MIGRATORIA_ES,
  NOMBRES_ICE,
  AGENCIAS_FEDERALES,
  '"Patrulla Fronteriza" OR "Oficina de Aduanas y Protecci* Fronteriza"',
  // Detention centres, detainers, sanctuary jurisdictions
  '"centro* de detenci*" NEAR/12 (inmigra* OR migra* OR =ICE OR indocumentad* OR asilo)',
  '"orden* de detenci*" NEAR/10 (=ICE OR inmigraci* OR migratori*)',
  // Who may see undocumented drivers' licence data (the English DMV-access rules)
  '(("licencia* de conducir" OR =DMV OR "Vehiculos Motorizados") AND (indocumentad* OR "estatus migratorio") AND (federal* OR =ICE OR "la migra" OR Trump)) AND ((datos OR informaci*) NEAR/10 (acceder OR acceso OR proteg* OR compart*))',
  // From the thirtieth (dev): a city made a "santuario" for immigrants; Secure Communities in Spanish
  'santuario NEAR/6 (inmigrante* OR migrante* OR indocumentad*)',
  '"Comunidades Seguras" AND (inmigra* OR =ICE OR =DHS OR huellas OR deport* OR "Seguridad Nacional")',
  '"ciudad* santuario" OR "estado* santuario" OR "condado* santuario" OR "politica* santuario" OR "ley* santuario"',
  // From the thirty-first (dev): immigration detention abroad by its own names (Spain's CIE, Mexico's
  // migration stations) and Mexico's migration institute detaining migrants
  '(internamiento NEAR/3 extranjeros) OR "estacion* migratoria*"',
  '"Instituto Nacional de Migraci*" NEAR/15 (detuv* OR detenci* OR detenid* OR operativo* OR asegur* OR redada*)',
  '=CIE AND (inmigrante* OR extranjeros OR internamiento OR deport* OR expuls* OR "Zona Franca" OR Aluche OR Zapadores OR Algeciras OR =Tarifa OR internament OR estrangers OR inmigracion OR immigracio)',
  // From the thirty-second (dev): foreigners expelled, on expulsion flights (Chile's), and Mexico's provisional migrant stations
  '("vuelo* de expulsi*" OR (expuls* NEAR/8 (extranjeros OR migrantes OR inmigrantes))) NOT (diplomat* OR embajad*)',
  '"estancia* provisional*" NEAR/12 (migra* OR =INM)',
  // From the thirty-third (dev): migrants returned to their country by flights and buses (returns count where they land)
  '(retorno* OR retornad*) NEAR/6 (migrante* OR connacionales OR hondurenos OR guatemaltecos OR salvadorenos)',
  // … and officers or agencies asking people about their immigration status (the English status-inquiry rules)
  '((pregunt* OR indag* OR interrog*) NEAR/10 ("estatus migratorio" OR "situacion migratoria" OR "condicion migratoria")) AND (polic* OR agentes OR arrest* OR detenid* OR sheriff* OR alguacil* OR agencias)',
  // From the thirty-fourth (dev): court-ordered expulsions carried out on flights or by the investigative police (Chile's PDI)
  '(expulsion* NEAR/8 (vuelo* OR judicial* OR =PDI OR "Policia de Investigaciones")) NOT (diplomat* OR embajad* OR jugador* OR partido*)',
  // … the Dominican migration directorate's detentions and repatriations, and Migración Colombia's expulsions and checks
  '("Direccion General de Migracion" OR =DGM) NEAR/20 (detuv* OR detenid* OR detenci* OR repatri* OR deport* OR interdic* OR captur*)',
  '"Migracion Colombia" NEAR/20 (expuls* OR deport* OR hallad* OR captur* OR detenid* OR operativo*)',
  // From the thirty-sixth (dev): Peru's migration authority (Migraciones) in operations and expulsions with the police
  'Migraciones NEAR/15 (operativo* OR expuls* OR intervenid* OR "situacion migratoria irregular")',
  // … and Mexico's migration institute (INM) holding, detaining or deporting migrants
  '("Instituto Nacional de Migracion" OR =INM) NEAR/20 (alojamiento* OR "estacion* migratoria*" OR detenci* OR deport* OR rescat* OR asegurad*)',
  // From the thirty-sixth (dev): biometric registers of foreign prisoners and offenders kept out at the border, and
  // inspections of migrants in irregular status (Chile's PDI)
  '("datos biometricos" OR "registro biometrico") AND (extranjer* OR migrant*) AND (ingreso OR expuls* OR deport* OR Migraciones OR frontera*)',
  '(fiscalizaci* OR operativo*) NEAR/15 (migrante* OR extranjer*) AND (irregular* OR =PDI OR expuls*)',
  // From the thirty-seventh (dev): police ordered to alert federal or immigration authorities
  '(alertar OR notificar OR avisar) NEAR/8 ("autoridades federales" OR inmigraci*)',
  // From the thirty-eighth (dev): regional migrant records handed to police (pushbacks, 'devoluciones en caliente', are
  // read below in any verb form)
  MIGRANT_DATA_TO_POLICE,
  '(=IRS OR "Servicio de Impuestos") NEAR/20 (Migracion OR =ICE OR inmigracion)',
  // … second round: safe-third-country and asylum agreements with DHS; Central American biometrics of migrants with US
  // support; sanctions against irregular migrants
  '("tercer pais seguro" OR (acuerdo* NEAR/10 (migratorio* OR asilo))) AND ("Seguridad Nacional" OR =DHS OR Noem)',
  CENTRAL_AMERICAN_MIGRANT_BIOMETRICS,
  '"migrantes irregulares" NEAR/10 (sancion* OR expulsi* OR deport*)',
  // … third round (Spain): expulsion in place of a prison sentence; pushbacks at the border fences in any verb form
  // ('devoluciones en caliente', 'devuelto en caliente'); racial-profiling raids
  '(sustitucion NEAR/10 expulsion) OR (expulsion NEAR/5 "territorio espanol")',
  '"devoluciones en caliente" OR "devolucion en caliente" OR ((devol* OR devuelt*) NEAR/2 caliente)',
  '"redadas racistas" OR ("controles de identidad" AND (migrant* OR racial* OR etnic*))',
  // From the thirty-ninth (dev): immigrants' data handed over (Puerto Rico's driver's-licence data to federal authorities)
  '(entrega* NEAR/6 datos) AND inmigra*',
  // … Chile's biometric census of irregular migrants
  CHILE_BIOMETRIC_CENSUS,
  // … identity checks of immigrants by ethnic profile; the municipal register (padrón) handed to police (both topics);
  // demands that regional records of people without papers be reported to police (both); repatriation of immigrants
  'identificaciones NEAR/5 (inmigrantes OR "perfil etnico" OR irregulares)',
  PADRON_FOR_POLICE,
  '(((denuncie OR denunciar) NEAR/4 policia) OR delacion) AND (inmigrantes OR "sin papeles" OR "situacion irregular")',
  'repatriacion NEAR/6 (inmigrantes OR ilegales OR migrantes)',
  // From the fortieth (dev): the Dominican migration agency's detainees and repatriations (Spain's detention centres by
  // their acronym with a place or in Catalan joined the =CIE rule above)
  '("Direccion General de Migracion" OR =DGM) AND (detenid* OR repatria* OR deporta* OR confinad*)',
  // … Cuban rafters repatriated by the US Coast Guard; Migración Colombia's sanctions; Colombia's SIRE; migrants'
  // biometric data
  '(repatri* OR devuelt*) AND (balseros OR ("Guardia Costera" AND (migrante* OR cubanos OR haitianos OR indocumentad* OR balsa*)))',
  '"Migracion Colombia" AND (sancion* OR expuls* OR deport*)',
  SIRE_FOREIGNER_REPORTS,
  MIGRANT_BIOMETRIC_DATA,
  // … DMVs giving (or not) drivers' information to immigration ("migración")
  '(DMV OR "Departamento de Vehiculos") AND ((proporcionar* OR compart* OR entreg* OR acceso) NEAR/12 (datos OR informacion OR informacao OR registros OR expedientes OR =ICE OR agentes OR funcionarios)) AND (migracion OR inmigracion OR =ICE)',
  // From the forty-first collection (dev): Spain's immediate returns to Morocco at the Ceuta and Melilla fences
  '"devolucion inmediata" OR "devoluciones en caliente" OR "devolucion en caliente" OR "devoluciones inmediatas" OR ("devolucion" NEAR/8 (valla OR Marruecos OR readmision))',
  // … third round: the expulsion of a foreign national (singular); Peru's lodgings reporting foreigners to Migraciones
  // (both topics); police apps that check a person's migration status (Chile)
  '(expuls* NEAR/8 (extranjero OR extranjera OR nigeriano* OR "ciudadano extranjero")) NOT (diplomat* OR embajad* OR jugador* OR arbitr*)',
  PERU_LODGING_REPORTS,
  '"situacion migratoria" AND (consult* OR =PDI OR carabineros)',
  // The forty-second collection: Spain's CIEs in the plural; expulsion files and orders (not the Jesuits' or a party's);
  // boats (pateras) intercepted; the Melilla and Ceuta fences; returns and refusals of foreigners; entry bans
  '=CIEs',
  '((expediente* OR procedimiento* OR ordenes OR "orden de" OR resolucion* OR expres) NEAR/3 expulsion*) NOT (jesuit* OR judios OR moriscos OR partido* OR militante* OR afiliad* OR alumno* OR colegio OR arbitro OR arbitros OR jugador* OR "tarjeta roja")',
  '(expulsion* NEAR/12 (extranjero* OR extranjera* OR migrante* OR inmigrante* OR irregular* OR "ingresado ilegalmente" OR "paso no habilitado")) NOT (diplomat* OR embajador* OR consul* OR jugador* OR arbitro OR arbitros OR delantero OR alumno* OR colegio)',
  '(patera* NEAR/15 (inmigrante* OR migrante* OR "Guardia Civil" OR intercept* OR detenid* OR detuvo OR "entrada irregular")) NOT (hachis OR droga* OR narco* OR cocaina OR fardo*)',
  '(valla NEAR/4 (Melilla OR Ceuta)) NOT (publicitaria OR estadio OR temporal OR obras)',
  '((devolucion* OR retorno* OR "denegacion de entrada") NEAR/5 (extranjero* OR extranjera*)) NOT (IVA OR "tax free" OR impuesto* OR Hacienda OR tributari* OR reembolso* OR inversion)',
  '(("prohibicion de entrada" OR "prohibiciones de entrada") NEAR/15 (pais OR territorio OR Schengen OR extranjero* OR expulsion* OR migratori* OR frontera* OR visado* OR =UE OR "Estados Unidos")) OR "expulsion del pais"',
  // … second round: the US Coast Guard returning Cubans; Chile's "reconducción" of migrants to the border
  '(Guardacostas OR =USCG) NEAR/15 (migrantes OR balseros OR indocumentados OR ilegales OR (repatri* NEAR/10 (cubanos OR haitianos OR dominicanos OR intercept*)))',
  'reconduc* NEAR/15 (migrante* OR extranjero* OR irregular* OR "paso no habilitado" OR "ingreso clandestino")',
  // … fourth round: Argentina's planned migration police; fingerprints at migration control; travellers refused entry
  // (inadmitidos) at Colombian airports
  '"Policia Migratoria"',
  '"control migratorio" NEAR/15 (huella* OR biometric*)',
  'inadmiti* NEAR/15 (extranjero* OR migracion OR aeropuerto OR alerta*)',
  // From the forty-third collection (dev): people turned back at the border (Costa Rica) and caught entering unlawfully
  '((rechazad* OR devuelt*) NEAR/10 (frontera OR "control migratorio" OR ilegalmente OR irregularmente OR migracion)) AND (migrante* OR extranjer* OR personas OR ciudadanos OR nacionales OR venezolan* OR haitian* OR cuban* OR colombian* OR ecuatorian* OR peruan* OR nicaraguense* OR indocumentad* OR deportad* OR inadmitid*)',
  '(((ingres* OR entrar OR entrada OR cruzar) NEAR/2 (ilegalmente OR irregularmente)) NEAR/6 (pais OR territorio OR frontera OR "paso no habilitado" OR migrante* OR extranjer*)) AND (detenid* OR polic* OR migracion OR rechaz* OR devuelt*) NOT (contrabando OR mercaderia* OR mercancia*)',
  // … repeat offenders expelled after a police check
  '((expulsad* OR expulsar* OR expulsion*) NEAR/10 (multirreincident* OR reincident* OR antecedentes)) AND (policia* OR extranjer* OR Espana OR nacionalidad OR migra*)',
  '(vuelos NEAR/5 (repatriar OR deportar OR repatriacion OR deportacion)) NEAR/10 ("situacion irregular" OR (irregular* NEAR/2 (migrant* OR inmigrant* OR migracion OR extranjer* OR personas OR llegadas)))',
  // From the thirty-ninth (dev), moved here from immigration.ts: Spanish-language US news of state laws letting police
  // detain people without papers, and of Sheriff Arpaio's immigration sweeps
  '(policia NEAR/10 (detenga OR detener OR arrestar)) AND (indocumentad* OR "estatus migratorio" OR "sin documentos" OR "cuenten con documentos")',
  '"operativos migratorios" OR (Arpaio AND (migratori* OR inmigra*))',
  // … (the forty-fourth) Spain's temporary holding centres for boat arrivals; police expulsions; Mexico's National Guard
  // stopping migrants
  '"Centro de Atención Temporal a Extranjeros" OR "Centros de Atención Temporal de Extranjeros" OR (=CATE AND ("Policía Nacional" OR pateras OR patera OR migrantes OR inmigrantes))',
  '(((expulsad* OR expulsión OR expulsar) NEAR/8 ("de España" OR nacionalidad OR extranjer*)) AND ("Policía Nacional" OR "Policía de Investigaciones" OR "Policía Federal" OR policial*)) NOT (árbitro OR "tarjeta roja")',
  '"Guardia Nacional" NEAR/15 (migrantes NEAR/6 (frenar OR contener OR detener OR flujo))',
  // … foreigners refused entry for criminal records or alerts
  '(antecedentes NEAR/8 (extranjer* OR ingreso OR entrada)) AND (Migraciones OR ((prohíbe OR impid* OR negó) AND extranjer* AND (país OR frontera* OR aeropuerto*)))',
  '("negó la entrada" OR "rechazados en su ingreso" OR "impide el ingreso" OR "impidió el ingreso" OR "inadmitidos") AND (extranjer* OR Migraci*) AND (Migraci* OR país OR aeropuerto* OR frontera* OR "control migratorio")',
  // … Barajas' rooms for travellers refused entry; the National Guard stopping migrants
  '"salas de inadmitidos" OR "sala de inadmitidos" OR "sala de rechazados" OR "salas de rechazados"',
  '"Guardia Nacional" NEAR/15 (migrantes NEAR/8 (detiene OR detuvo OR intercept* OR asegur* OR rescat*))',
  // … (the forty-fifth) repatriation and deportation flights
  '(deportados NEAR/8 (avion OR vuelo OR "Vuelta a la Patria")) OR ((repatriados NEAR/8 (avion OR vuelo OR "Vuelta a la Patria")) AND ("Estados Unidos" OR EEUU OR deport* OR migracion OR "acuerdo migratorio"))',
  // The forty-sixth collection: police asking migrants for their papers
  '((pide* OR pedir OR piden) NEAR/3 papeles) AND (inmigrante* OR migrante* OR extranjer* OR mejican* OR identificacion*) AND (policia* OR agente* OR identificacion*)',
  // The forty-sixth collection, third round: hosts and hotels keeping guest registers for the migration service (Cuba, Nicaragua, Costa Rica): both topics
  SPANISH_HOSTS_GUEST_REGISTERS,
  // Forty-seventh collection (2026-12-06): Mexico's Supreme Court on inland migration checks
  '("revision* migratori*" OR "revisiones migratorias") AND (Corte OR SCJN OR inconstitucional* OR "Ley de Migracion" OR amparo OR articulos)',
  // Forty-seventh collection (2026-12-06): Ceuta and Melilla's smart border, removal flights watched by the ombudsman, police holding centres, state anti-immigrant laws in US Spanish-language news
  '("frontera inteligente" AND (Ceuta OR Melilla OR Tarajal OR Beni-Enzar)) NOT (mercancias OR comerciantes OR camiones)',
  '("operativo* de repatriacion" AND (migrant* OR inmigrant* OR irregular* OR expuls* OR CIE OR UCER OR Frontex OR patera* OR "menores no acompanados")) OR (repatriacion AND UCER) OR (repatriacion AND "Defensor del Pueblo" AND (migrant* OR inmigrant* OR irregular* OR expuls* OR CIE OR patera* OR "menores no acompanados"))',
  '("ley antimigrante" OR "leyes antimigrantes" OR "ley antiinmigrante") AND (deport* OR deten* OR arrest* OR polic* OR =ICE OR redada* OR "patrulla fronteriza" OR indocumentados OR frontera OR expuls* OR SB4 OR "SB 4" OR "SB 1718" OR "SB 1070" OR "287(g)")',
  'DeSantis AND ("ley de inmigracion" OR "ley antiinmigrante" OR "ley migratoria" OR "SB 1718" OR "proyecto de ley" OR "nueva ley" OR legislacion) AND (inmigra* OR indocumentados)',
  '("centro de extranjeros" AND ("Zona Franca" OR internamiento OR internos OR =CIE OR expuls*)) OR "atzerritarrak barneratzeko"',
  '("nave de detencion" AND (migrantes OR inmigrantes OR pateras OR cayuco* OR filiacion OR filiar OR irregular* OR rescatad*)) OR (nave AND (filiar OR filiacion) AND (migrantes OR pateras) AND (pateras OR cayuco* OR embarcacion* OR rescatad* OR "Salvamento Maritimo" OR puerto OR muelle OR Policia))',
  // Forty-seventh collection (2026-12-06): hospitals and social services reporting migrants to the police
  SPANISH_HEALTH_SERVICES_REPORT_MIGRANTS,
  // From the forty-eighth (dev): Latin American courts on migration holding orders, migration-law checks, amparo against the police or migration directorates, expulsion decrees, administrative migration detention, safe third countries
  '"alojamento temporal migratorio" OR ("orden de presentacion" NEAR/5 migratori*)',
  '"Ley de Migracion" AND ("puntos de revision" OR "revisiones migratorias" OR ((inconstitucional* OR "control migratorio") AND (detener OR detencion* OR detenid* OR =INM OR "Instituto Nacional de Migracion" OR deport* OR retenes OR revision* OR perfil* OR apariencia OR "estacion migratoria" OR "estaciones migratorias" OR expuls* OR migrantes OR operativo*)))',
  '("recurso de amparo" OR "accion de amparo" OR "habeas corpus") AND ("Policia de Investigaciones" OR "Direccion General de Migracion" OR "Migracion y Extranjeria") AND (expuls* OR ingreso OR migrant* OR extranjer* OR deport*)',
  '("decreto de expulsion" OR "decretos de expulsion") AND (extranjer* OR migrant* OR inmigrant* OR =PDI OR "Policia de Investigaciones" OR deport* OR Migracion OR reingres* OR "prohibicion de ingreso" OR haitian* OR venezolan* OR bolivian* OR peruan* OR colombian* OR condenados) NOT (morisco* OR judios OR jesuitas OR gitan*)',
  '("detencion administrativa" NEAR/5 migratori*) AND (=INM OR "Instituto Nacional de Migracion" OR migrante* OR extranjer* OR centroamerican* OR asilo OR refugiad* OR deport* OR expuls* OR "estacion migratoria" OR "estaciones migratorias" OR irregular* OR nino OR nina OR ninez OR infancia OR "Ley de Migracion" OR CNDH OR solicitantes OR "control migratorio")',
  '("tercer pais seguro" OR "terceiro pais seguro") AND (asilo OR refugiad* OR refugi* OR solicitantes OR migrant* OR imigrant* OR inmigra* OR deport* OR expuls* OR devolu* OR "proteccion internacional" OR "protecao internacional" OR frontera OR fronteira OR Dublin OR Ruanda OR "solicitudes de proteccion" OR "Corte de Constitucionalidad")',
  // … French returns of migrants at the Irun border; a California law barring state and local agencies from helping immigration enforcement (Spanish press)
  '(frontera NEAR/10 (Irun OR Hendaya OR Bidasoa)) AND (migrantes OR ((devuel* OR devoluciones OR controles) AND (migrant* OR policia* OR gendarm* OR =PAF OR Schengen OR asilo OR irregular* OR subsaharian* OR refugiad* OR indocumentad* OR "sin papeles")))',
  '(ley NEAR/10 prohibe) AND ("agencias estatales y locales" OR "agencias del orden") AND (inmigra* OR migratori* OR =ICE OR deport* OR santuario OR indocumentad* OR ((Trump OR federales) AND (detener OR deten* OR arrest* OR colaborar OR cooperar OR cooperacion OR migrant*)))',
  // … Chile's northern border crossings (Colchane, Chacalluta); Mexico's migration institute with the National Guard
  '(Colchane OR Chacalluta OR "pasos no habilitados" OR "cruces no habilitados") AND migrantes AND (ingreso* OR ingresar OR "Ley de Migracion*" OR "Ley de Migraciones" OR "Fuerzas Armadas" OR bloque*) AND ("no habilitados" OR clandestin* OR irregular* OR expuls* OR deten* OR detuv* OR reconduc* OR "control fronterizo" OR "control migratorio" OR =PDI OR carabineros OR "Ley de Migracion*" OR patrull*)',
  '("Instituto Nacional de Migracion" OR =INM) AND ("procedimientos administrativos migratorios" OR "Guardia Nacional" OR CNDH OR rescat* OR auxili* OR hacinad*)',
  // The forty-ninth collection: migrants held at Mexico's migration stations; Costa Rica's migration police and holding centres;
  // migrants unable to prove regular stay; Migración Colombia's checks
  '("estaciones del INM" OR "estacion migratoria" OR "estaciones migratorias" OR "situacion irregular") AND (detencion* OR detenid* OR migrantes) AND (INM OR Mexico OR migratori*) AND (INM OR migracion OR "Guardia Nacional" OR deport* OR expuls* OR asegurad* OR retenid* OR extranjer* OR indocumentad* OR "agentes migratorios" OR "autoridades migratorias" OR celdas OR hacinamiento OR asilo)',
  '"Centros de Aprehension" OR (("Policia de Migracion" OR "Policia Migratoria") AND (deport* OR detien* OR detuv* OR detenid* OR detencion* OR aprehen* OR "situacion irregular" OR irregular* OR indocumentad* OR expuls* OR extranjeros OR migrantes OR rechaz* OR "orden de salida" OR frontera* OR inadmit* OR "sin documentos" OR trafico OR arrest* OR captur*))',
  'migrantes AND ("no pudieron comprobar" OR "estancia regular" OR "estancia irregular") AND (INM OR "Instituto Nacional de Migracion" OR conducidos OR rescat* OR asegurad*)',
  '("Migracion Colombia" AND ("sin documentos" OR deport* OR expuls* OR "base de datos" OR biometric* OR "permisos migratorios")) AND (deport* OR expuls* OR inadmit* OR irregular* OR sancion* OR multa* OR captur* OR antecedentes OR "base de datos" OR "bases de datos" OR biometric* OR "cruce de informacion" OR verificacion OR Policia OR retenid* OR "control migratorio")',
  // US Spanish-language media: federal agents' arrests; school boards against immigration actions
  '("agentes federales" OR "agentes de inmigracion" OR =ICE OR "la migra") NEAR/15 (arrest* OR detener OR detenid* OR redada* OR "evitar ser arrestados")',
  '(("acciones de inmigracion" OR "inmigracion y aduanas") AND (escolar OR escuela* OR distrito OR resolucion)) AND (agente* OR redada* OR deportac* OR deportar OR deportad* OR arresto* OR arrestar OR detencion* OR detenido* OR "orden judicial" OR =ICE OR santuario OR indocumentado* OR "sin papeles" OR operativo* OR inmigrante* OR "Control de Aduanas" OR oponiendo OR "Mesa Directiva")',
  // Refusals of entry at Spanish borders (Supreme Court rulings)
  '"denegacion de entrada" AND (territorio OR fronteriz* OR retorno OR Barajas OR Policia OR extranjer*) AND (frontera* OR aeropuerto* OR inadmitid* OR devuelt* OR devolu* OR asilo OR inmigra* OR migra* OR pasaporte* OR visado* OR Schengen OR vuelo* OR pasajeros OR viajeros OR "puesto fronterizo" OR Barajas OR Ceuta OR Melilla OR irregular* OR retorno OR nacional)',
  // Returns and detentions of Afghans and Syrians by Turkey (Spanish)
  '(Turquia OR Turkey OR Türkiye) NEAR/15 (devuelto OR devolucion OR deport* OR detenidas OR detained) AND (afgan* OR Afghan* OR sirio* OR Syrian*) AND (refugiad* OR refugee* OR migrant* OR asilo OR asylum OR deport* OR expulsad* OR expulsion* OR irregular* OR indocumentad* OR undocumented OR "sin papeles" OR frontera OR border OR "centro de repatriacion" OR Afganistan OR presiones)',
  // Chile's migration service ordering people to leave; El Salvador's mega-prison for people the US sends
  '"Servicio Nacional de Migraciones" AND (expuls* OR ((abandonar OR amparo) AND (país OR Chile OR extranjer* OR migrante* OR PDI OR irregular* OR deport*)))',
  '(CECOT OR megacárcel* OR "Centro de Confinamiento del Terrorismo") AND (migrantes OR deportad* OR EEUU OR "Estados Unidos" OR Trump OR "Tren de Aragua") AND (deport* OR migra* OR inmigra* OR immigra* OR venezolan* OR "Tren de Aragua" OR "Enemigos Extranjeros" OR "Alien Enemies" OR Noem OR =ICE OR expulsad*)',
  // From the fifty-first collection (dev): Schengen alerts for returns and entry bans; a national register of
  // detained migrants
  '("Sistema de Información de Schengen" OR SIS) AND (retorno OR "prohibido la entrada" OR "prohibición de entrada" OR "irregular") AND Schengen',
  '"registro nacional" NEAR/4 ("migrantes detenid*" OR "extranjeros detenid*" OR "extranjeras detenid*")',
  // From the fifty-second collection (dev): expulsion procedures in Spain's foreigners' regulation, migration laws (Mexico, Uruguay),
  // repatriations counted by Mexico's INM, police reporting irregular status
  '("causales de expulsión" OR "procedimiento preferente" OR "propuesta de expulsión" OR "proponerse la expulsión" OR "decidir la expulsión" OR "orden de expulsión" OR "expediente de expulsión") AND (extranjer* OR migra* OR inmigra* OR emigra* OR deport* OR CIE OR indocumentad* OR "sin papeles" OR irregular* OR asilo OR refugiad* OR nacionalidad OR frontera* OR país)',
  '("Ley de Migración" OR "Ley 18.250" OR "Dirección Nacional de Migración") AND (expulsión OR irregular* OR criminaliz* OR detenci* OR repatri* OR deport*) AND NOT (auditoría OR sobreprecio* OR informático* OR jubilado* OR diáspora OR "contratación irregular" OR homolog*)',
  '(repatri* OR deport*) AND ("Instituto Nacional de Migración" OR =INM) AND (mexicanos OR migrantes OR "Estados Unidos")',
  '("situación irregular" OR "estancia irregular") AND (Extranjería OR "Policía Nacional") AND (informar OR detect* OR actuación OR expulsión) AND (expuls* OR policial* OR detenid* OR detención OR deport* OR devoluci* OR internamiento)',
  // From the fifty-fourth collection (dev): Mexico's migration law: foreigners "presented" (taken into migration custody)
  // or put at the migration institute's disposal
  'extranjer* AND ("a disposición del Instituto" OR "extranjeros presentados" OR "extranjero presentado") AND (migratori* OR presentad* OR traslado*)',
  // … refugees' protection against expulsion and return (Venezuela's refugee law)
  '(refugiad* OR asilad*) AND (expulsa* OR expulsión OR expulsar OR expulsados OR devuelt* OR "no devolución") AND (territorio OR "Comisión Nacional para los Refugiados" OR "orden público" OR "seguridad nacional" OR frontera*)',
  // From the fifty-fifth collection (dev): the police's ABIS face recognition used on arriving migrants (Canary Islands)
  '=ABIS AND (pateras OR cayucos OR inmigrantes OR "migrantes irregulares" OR "llegada de migrantes" OR ((Canarias OR migrantes) AND (Interior OR policía)))',
  // From the fifty-sixth collection (dev): police detaining people who entered illegally or transport them (Chile)
  '((("entrado ilegalmente al país" OR "ingresado ilegalmente al país" OR "ingresaron ilegalmente al país") NEAR/10 (persona* OR extranjer* OR migrante* OR ciudadano*)) OR ("traslado de migrantes" AND (sancion* OR penal* OR delito*))) AND (detención OR detenid* OR sancion* OR expuls* OR policía* OR policial* OR Carabineros OR PDI)',
];

export const databasesSpanish = [
  // Plate readers, police databases, facial recognition
  `${LECTORES_DE_PLACAS} OR (Flock NEAR/6 (camara* OR sistema*))`,
  '("base* de datos" OR "banco* de datos") NEAR/8 (polic* OR =ICE OR inmigraci* OR pandill* OR criminal* OR antecedentes)',
  '"reconocimiento facial" NEAR/10 (polic* OR =ICE OR inmigraci* OR licencia*)',
  // Records handed to immigration authorities; DMV and licence data
  ...[AUTORIDAD_MIGRATORIA, NOMBRES_ICE, AGENCIAS_FEDERALES].map(
    (authority) =>
      `((datos OR informaci* OR registros OR expedientes) NEAR/8 (compart* OR entreg* OR acceso OR accedi* OR proporcion* OR intercambi*)) NEAR/12 ${authority}`,
  ),
  // Records put "within reach" of ICE
  '(informaci* OR datos OR registros) NEAR/8 alcance NEAR/12 (=ICE OR "autoridades migratorias" OR "la migra")',
  '("licencia* de conducir" OR "licencia* de manejo" OR =DMV) NEAR/12 (datos OR registros OR fotos OR compart* OR entreg* OR acceso OR ((informaci* OR datos) NEAR/6 (compart* OR entreg* OR acceso OR proporcion* OR usa* OR utiliza* OR proveer OR provea OR proveyo)))',
  ...[AUTORIDAD_MIGRATORIA, NOMBRES_ICE, AGENCIAS_FEDERALES].map(
    (authority) => `("informaci* personal" OR "datos personales") NEAR/12 ${authority}`,
  ),
  // From the thirtieth (dev): plate-detecting arches, stolen cars in a database, police records by that name,
  // fingerprints checked by immigration authorities, information exchanged with federal authorities in sanctuary measures
  '"detector* de placas" OR "deteccion de placas" OR "arcos detectores" OR ("base* de datos" NEAR/10 (robad* OR hurtad*))',
  '"registros de la policia" OR "registros del Departamento de Policia" OR "registros policiales" OR "expedientes policiales" OR "datos policiales"',
  '(("huellas digitales" OR "huellas dactilares") NEAR/15 (inmigra* OR deport* OR =ICE OR =DHS OR "Seguridad Nacional" OR "Comunidades Seguras" OR "bases de datos")) NOT (=USCIS OR cita OR citas OR tramite* OR "Ciudadania e Inmigracion")',
  '(("intercambio de informaci*" OR (compart* NEAR/4 (informaci* OR datos))) NEAR/12 "autoridades federales") AND (migratori* OR inmigra* OR santuario)',
  // Criminal records and their sealing (as "criminal records" and expungement are in the English rules)
  '"registro nacional de detenciones" OR "registro de detenciones" OR "registro de detenidos"',
  '(("antecedentes penales" OR "registros de arrestos" OR "historial delictivo" OR "expedientes penales" OR "registros penales") NOT (fichaje* OR traspaso* OR futbolista* OR club))',
  // From the thirty-first (dev): faces recognised against the authorities' files, cameras that find stolen vehicles
  // (police "bancos de datos" and gang members by the person, "pandilleros", are in the database rule above)
  '("reconocer rostros" OR "reconocimiento de rostros") NEAR/20 ("base* de datos" OR antecedentes OR polic* OR captur*)',
  '(camara* OR lector* OR arco*) NEAR/15 ("vehiculos robados" OR "coches robados" OR "autos robados" OR "carros robados")',
  // … officers searching police databases, and cameras whose data are cross-checked with the security forces
  '("base* de datos" NEAR/25 (policias OR comisaria*)) AND (busc* OR consult* OR acced* OR acceso)',
  '"cruzar datos" NEAR/12 ("fuerzas de seguridad" OR polic* OR =DGT)',
  // … and two probes from the topic definitions: cameras that "read plates", and the sex-offender registry in Spanish
  '"leen placas" OR "leen las placas" OR "lee placas" OR "lee las placas" OR "leer placas" OR "leer las placas"',
  '"registro de agresores sexuales" OR "registro de delincuentes sexuales" OR "registro de ofensores sexuales" OR "registro nacional de agresores" OR "registro de personas convictas" OR ((registro* NEAR/4 (delincuentes OR agresores) NEAR/3 sexuales) NOT certificad*)',
  // From the thirty-second (dev): searches of a camera network (Flock's, by ICE or the police)
  '((acced* OR acceso OR busqueda* OR consult*) NEAR/10 ("red de camaras" OR "camaras de vigilancia" OR Flock)) AND (=ICE OR inmigraci* OR polic*)',
  // From the thirty-third (dev): police databases in Spanish and Catalan (an officer searching them for private
  // ends), and face recognition run against a wanted-persons register (Buenos Aires)
  '("bases de dades" NEAR/3 (policial* OR policia)) OR (("bases de datos" OR "base de datos") NEAR/8 (policial* OR policia*)) OR (("bases de datos" OR "base de datos") AND (Mossos OR "Guardia Civil" OR "Policia Nacional" OR "Guardia Urbana")) OR (("base de datos" OR "bases de datos" OR "reconocimiento facial") AND (policia OR policial OR policiales OR "Guardia Civil" OR Mossos))',
  '"reconocimiento facial" AND (profugos OR fugitivos OR =CONARC OR "Rebeldias y Capturas")',
  // … and from its third round (dev): Mexico's national security databases (Plataforma México), Spain's single DNA
  // register that police cross-check, and ICE's administrative subpoenas ("citaciones") to a sheriff
  '"Plataforma Mexico" OR ("Sistema Nacional de Seguridad" NEAR/10 "bases de datos") OR ("bases de datos" NEAR/6 "Seguridad Publica")',
  '(("perfiles geneticos" OR "muestras de ADN" OR "base de datos de ADN" OR "registro* de ADN" OR "registro unico de muestras") AND (polic* OR delito* OR sospechoso*)) OR (registro* NEAR/4 ADN)',
  '(citacion* OR citatorio*) NEAR/10 (=ICE OR "Servicio de Inmigracion")',
  // From the thirty-fourth (dev): Chile's plate readers ("lector de patentes") and Spain's plate-reading patrol cars;
  // Argentina's national records of repeat offenders and of wanted persons; police face recognition against the civil
  // registry (Colombia) and police biometric systems; Medicaid and DMV records reaching ICE in Spanish
  '"lector* de patentes" OR "lectora* de patentes" OR "lectura de patentes" OR "caza matriculas" OR "lectura de matriculas"',
  '"Registro Nacional de Reincidencia*" OR "Rebeldias y Capturas" OR =CONARC',
  '("reconocimiento facial" AND ("Policia Nacional" OR Registraduria OR "base de datos" OR "bases de datos" OR identidad)) OR (("sistema biometrico" OR "sistemas biometricos" OR biometrico*) NEAR/15 (polic* OR crimen OR delito*))',
  '(Medicaid OR "Medi-Cal" OR "cupones de alimentos") NEAR/25 (datos OR informaci* OR registros OR beneficiarios) AND (=ICE OR "Control de Aduanas" OR deport* OR inmigraci*)',
  '("Vehiculos Motorizados" OR "Motores y Vehiculos" OR =DMV OR =DMW) NEAR/25 (datos OR informaci* OR registros OR reportar OR denunciar) AND (=ICE OR inmigraci* OR "la migra")',
  // … and from its second Spanish round (dev): police face recognition on street cameras checked against the civil
  // identification register (Uruguay), Argentina's federal biometric identification system (SIBIOS)
  '"reconocimiento facial" AND ("Ministerio del Interior" OR "Identificacion Civil" OR (("camaras de videovigilancia" OR "via publica") AND (identific* OR polic* OR delincuent*)))',
  '=SIBIOS OR "Identificacion Biometrica para la Seguridad"',
  // ICE's vehicle tracking ("rastreo vehicular") to find people without status (from the thirty-fifth, dev)
  '("rastreo vehicular" OR "rastreo de vehiculos" OR (rastreo NEAR/4 vehicul*)) AND (=ICE OR inmigra* OR indocumentad*)',
  // A street camera flagging a plate ("patente") registered as stolen (Chile, from the thirty-fifth, dev)
  '(camara* NEAR/10 patente*) AND (robad* OR hurtad* OR encargo OR Carabineros)',
  // From the thirty-sixth (dev): police records by that name ("antecedentes policiales") and the right to have them
  // deleted; Spain's law on personal data processed by the police (Ley Orgánica 7/2021, the EU police directive);
  // release dates of prisoners made public
  '"antecedentes policiales" OR "Ley Organica 7/2021" OR ("datos personales" NEAR/25 ("infracciones penales" OR "fines de prevencion"))',
  '("fechas de liberacion" OR "fecha de liberacion") NEAR/10 (reclus* OR presos OR detenid* OR internos OR carcel*)',
  // … and genetic-data registers of convicts (Argentina's Registro Nacional de Datos Genéticos)
  '("datos geneticos" OR "perfiles geneticos" OR "huellas geneticas") NEAR/15 (registr* OR banco* OR base*)',
  // … Mexico's national vehicle register (REPUVE), its mobile-phone user register (PANAUT), biometric registers of
  // foreigners, prisoners and offenders
  '((=REPUVE OR "Registro Publico Vehicular") NOT (chocolate* OR regulariza*)) OR "padron nacional de usuarios de telefonia" OR =PANAUT OR "padron de telefonia" OR (padrón AND "telefonía móvil" AND (biométric* OR registro))',
  '("datos biometricos" OR "registro biometrico" OR "base de datos biometricos") AND (extranjer* OR reos OR delincuent* OR polic*)',
  // From the thirty-seventh (dev): gang lists by name, a wrongful arrest by face recognition, schools' records reaching ICE;
  // Peru's police AI cameras and Colombia's civil registry working with the police
  '"lista de pandilleros" OR "base de datos de pandillas" OR "base de datos de pandilleros" OR "lista de pandillas"',
  '"reconocimiento facial" NEAR/12 (arrest* OR error* OR detenid* OR polic*)',
  '(escuela* NEAR/15 (=ICE OR "autoridades de inmigraci*" OR "autoridades federales de inmigraci*")) AND (informe* OR datos OR reporte* OR compart* OR coopera*)',
  '(camara* NEAR/8 (inteligen* OR reconocimiento)) AND (=PNP OR policia*)',
  'Registraduria NEAR/15 (Policia OR polic*)',
  '"plataforma biometrica" OR "plataformas biometricas"',
  '(camara* OR videovigilancia) NEAR/15 requisitoria*',
  // From the thirty-eighth (dev): regional migrant records handed to police; patrol-car cameras reading plates for stolen
  // cars
  MIGRANT_DATA_TO_POLICE,
  '(matricula* NEAR/10 (camara* OR lector* OR lectura OR graba*)) AND (policia* OR patrulla OR robad* OR sustraid*)',
  // … privacy protections for immigrants against immigration agents; regional records shared (or not) with the police
  // for expulsions
  '"protecciones de privacidad" AND inmigra*',
  '((comparte OR compartir OR entregue OR entregar OR ceda OR ceder OR cesion) NEAR/15 (Policia OR "fuerzas de seguridad")) AND (expuls* OR inmigrantes OR irregular*)',
  // … second round: Central American biometric records of migrants and their exchange
  CENTRAL_AMERICAN_MIGRANT_BIOMETRICS,
  '(biometri* OR "datos biometricos") NEAR/20 (extranjeros OR migrantes) AND (Guatemala OR Honduras OR "El Salvador" OR policia*)',
  '"cooperacion biometrica" OR ("datos biometricos" NEAR/10 criminal*)',
  // … third round (Spain): municipal register (padrón) data given to police; the travellers' and lodging register sent to
  // the Interior ministry and police; Catalan police plate readers (LECTIO)
  `(padron* NEAR/20 (policia OR "fuerzas y cuerpos" OR cesion*)) OR (("padron municipal" OR padronal* OR "padron de habitantes" OR empadron*) AND (policia OR "fuerzas y cuerpos") AND (acce* OR cesion* OR datos)) OR (${PADRON_FOR_POLICE})`,
  // (from the thirty-ninth, Spain's travellers' register and its decree by name alone)
  '"registro de viajeros" OR "Real Decreto 933/2021" OR (("registro de viajeros" OR "registro documental" OR "partes de entrada" OR hospedaje) AND (Interior OR policia OR "Guardia Civil"))',
  '=LECTIO OR ("lectura de matriculas" AND (Mossos OR policia))',
  // From the thirty-ninth (dev): a driver register that may not be used for deportation; Spain's travellers' register
  // (Real Decreto 933/2021); Mexico's mobile-phone registry; Chile's biometric census of irregular migrants; migrants'
  // biometric data shared between governments; Brazil's "cerco eletrônico" plate-reader fences
  '"registro de conductores" AND deport*',
  'registro NEAR/6 (celular* OR "telefonia movil" OR "lineas telefonicas" OR "telefonia celular" OR "telefonos moviles")',
  CHILE_BIOMETRIC_CENSUS,
  '(datos NEAR/6 (biometricos OR migrantes)) AND (comparte* OR compartir OR intercambi* OR "bases de datos")',
  '("cerco eletronico" OR "cerca eletronica") AND (veicul* OR placa* OR camera* OR policia OR monitoramento)',
  // … the padrón handed to police; regional records reported to police; municipal cameras reading plates; VioGén
  '(denuncie OR delacion OR denunciar) AND (inmigrantes OR "sin papeles" OR "situacion irregular") AND (registros OR padron OR datos)',
  '(((matricula* NEAR/6 (identific* OR lector* OR camaras)) AND (municipio OR policia OR vigilancia)) NOT (escolar* OR universidad* OR alumnos OR velocidad)) OR VioGen',
  // From the fortieth (dev): stadium entry checks against a register of people with arrest warrants or bans
  // (Argentina's Tribuna Segura); Peru's police stations' access to the identity register (Reniec), complaints (Sidpol)
  // and wanted-persons registers (Spain's central register of sex offenders and Chile's DNA register joined the older
  // register and DNA rules above)
  '("pedido* de captura" AND (padron OR escaneo OR estadio* OR cancha* OR reconocimiento OR lectora* OR camara* OR biometric* OR "control de acceso")) OR "Tribuna Segura"',
  'Sidpol OR "Registro de Requisitorias" OR (Reniec NEAR/15 (comisaria* OR policia*))',
  // … plate-reading arches and rings (Ciudad Juárez's Arco Centinela, Buenos Aires's Anillo Digital); Colombia's SIRE;
  // migrants' biometric data
  '"Arco* Centinela" OR "Anillo Digital"',
  SIRE_FOREIGNER_REPORTS,
  MIGRANT_BIOMETRIC_DATA,
  // … Puerto Rico's removal of convictions from the police's criminal record
  '"record penal" NEAR/10 (eliminacion OR eliminar)',
  // … Spain's police records file (PERPOL), the justice system's registers (SIRAJ) and court orders for wanted persons
  // sent to the police
  'PERPOL OR =SIRAJ OR "Registros administrativos de apoyo"',
  'requisitorias AND ("Fuerzas y Cuerpos de Seguridad" OR "Ministerio del Interior")',
  // From the forty-first collection (dev): fugitives found by police systems, cameras and biometrics (the Dominican
  // Republic, Guatemala); Spain's police files; Mexico's highway arches that flag stolen vehicles
  '(profugo* OR "en rebeldia" OR "ordenes de arresto" OR "ordenes de captura") AND ("base de datos" OR biometric* OR (camara* NEAR/4 (vigilancia OR videovigilancia OR seguridad OR reconocimiento OR lectora*)) OR (sistema* NEAR/4 (reconocimiento OR biometric* OR identificacion OR videovigilancia OR vigilancia OR alerta*)))',
  '("ficheros policiales" OR "archivos policiales" OR "fichero policial") NOT (dictadura OR franquis* OR historiador* OR "Archivo Historico")',
  '"arco carretero" OR "arcos carreteros" OR ((vehiculo* NEAR/8 "reporte de robo") AND (alerta OR arco* OR lector* OR camara*))',
  // … and Panama's facial verification of arriving passengers against crime databases
  '"verificacion facial" NOT (banco* OR cuenta* OR celular* OR app OR aplicacion)',
  // … and Peru's lodgings reporting foreigners to Migraciones (both topics)
  PERU_LODGING_REPORTS,
  // … third round: face-recognition cameras for prosecutions (Paraguay), cameras that flag plates with criminal records
  // (Colombia), Venezuela's police records system (SIIPOL)
  '"camaras con reconocimiento facial" OR ("reconocimiento facial" AND (persecucion OR "centro de monitoreo"))',
  '(placa* NEAR/6 (antecedentes OR irregularidades)) AND camara*',
  '=SIIPOL OR Siipol OR =SIPOL',
  // … and biometric surveillance (Paraguay), police video surveillance with artificial intelligence (Peru), Bolivia's
  // BOL-110 system, biometric identification in prisons and by the police (Guatemala)
  '"vigilancia biometrica"',
  '(videovigilancia AND "inteligencia artificial") AND (policia* OR =PNP)',
  'BOL-110',
  '"identificacion biometrica" AND (penitenciario OR =PNC OR policia*)',
  // The forty-second collection: air passenger records (PNR) crossed with police files
  '(("registro de pasajeros" OR "datos de pasajeros" OR Fluggastdaten) NEAR/20 (polic* OR terroris* OR delitos OR bases)) NOT (ciberataque* OR hacke* OR filtracion OR brecha OR "ataque informatico")',
  // … second round: plate-reading gantries (Argentina, Chile) and Catalonia's Lectio readers; Peru's biometric roll of
  // prisoners; face-recognition cameras
  '"lectores de chapas" OR ((patentes NEAR/10 (lector* OR identificador* OR porticos)) AND (vehicul* OR robad* OR Carabineros OR polic* OR camara* OR autopista*))',
  'porticos NEAR/15 (robados OR "encargo por robo" OR patentes)',
  '"lector de matricules" OR "lectors de matricules" OR (Lectio NEAR/10 (matricul* OR Mossos OR camer* OR vehicle* OR lector* OR policia OR Interior))',
  '(=INPE NEAR/15 biometr*) OR ((Reniec NEAR/15 biometr*) AND (internos OR reos OR penitenciari* OR polic* OR =PNP OR requisitoriad* OR detenid*))',
  '((camaras OR torretas) NEAR/6 ("reconocimiento facial" OR "deteccion facial")) NOT (iPhone OR Apple OR supermercado* OR "Face ID" OR telefono* OR movil* OR celular*)',
  // … fourth round: migrants' fingerprints taken for the EU's files; phone lines tied to the CURP; databases of the
  // undocumented shared with the security services; biometric readers; cameras and patrol towers with face detection
  '(huellas NEAR/3 (dactilares OR digitales)) NEAR/15 (migrante* OR asilo OR irregular*)',
  'vincul* NEAR/10 CURP',
  '"base de datos" NEAR/15 ("organismos de seguridad" OR indocumentados)',
  '"lectores biometricos"',
  // From the forty-third collection (dev): El Salvador's register of gang members; police image files (Mossos); Catalan
  // "base de dades"
  '"registro de" NEAR/6 (pandillas OR pandilleros OR maras)',
  '((archivo OR fichero) NEAR/6 policial*) OR ("archivo de imagenes" AND (Mossos OR policia* OR agente*)) OR (("base de dades" OR "bases de dades") AND (Mossos OR policia OR policial*))',
  // … (the forty-fourth) plate readers that capture plates and check insurance or theft lists; anti-theft gantries; online
  // police reports
  '(matrícula* NEAR/10 ("lector* de matrícula*" OR "ojos electrónicos")) OR ((matrícula* NEAR/10 captar*) AND (cámara* OR vehículo* OR Policía OR tráfico)) OR ("lector electrónico" NEAR/10 (patrulla OR matrícul*))',
  '(pórtico* NEAR/10 (robad* OR antirrobo* OR Carabineros OR patente*)) AND (Carabineros OR Policía OR =PDI OR encargo OR lector* OR cámara* OR alerta*)',
  '("denuncia digital" OR "denuncia policial" OR "denuncias policiales") NEAR/15 (registra OR registran OR registro OR registros OR "sistema de denuncia*" OR plataforma OR "servicio de denuncia*" OR consulta* OR historial OR "base de datos")',
  // … police identity-checking systems (depuración), facial biometrics for police, fingerprint archives
  '("Depuración Biométrica" OR =DEBI OR ("sistema de depuración" NEAR/6 (biométric* OR huellas OR identidad OR antecedentes OR policial*))) AND (Policía* OR consultas OR fichas)',
  '("biometría facial") AND (Policía OR policial*) AND (Registradur* OR registrador* OR "base de datos" OR "bases de datos" OR archivo* OR detenid* OR cédula* OR DNI)',
  '(("huellas dactilares" OR "impresión dactilar" OR "impresiones dactilares") NEAR/20 (archivo* OR Policía OR "sin dueño" OR identificac*)) AND (AFIS OR Eurodac OR archivo* OR "sin dueño" OR "base de datos" OR "bases de datos" OR sistema* OR registr* OR migrant*) NOT CURP',
  // … hotels' registers of guests reported to the police
  '((registro OR registrar* OR comunicar) NEAR/8 (huéspedes OR clientes OR viajeros)) AND (Policía OR "Guardia Civil" OR Interior OR SES.HOSPEDAJES)',
  // … (the forty-fifth) police access to medical records, the bank-account register and telecom data (Spanish courts
  // and law); police databases
  '("historial medico" OR "informes medicos" OR "historia clinica" OR "datos medicos" OR "datos sanitarios") AND (Policia OR policial*) AND (autorizacion* OR acce* OR consult*)',
  '"Fichero de Titularidades Financieras" OR ("fichero de datos bancarios" AND policia)',
  '("cesion de datos" OR "datos de comunicaciones" OR "datos telefonicos") AND (operadora* OR telecomunicaciones OR telefonia) AND (judicial* OR "procedimiento penal" OR "delitos graves" OR "delincuencia grave" OR policia OR policial* OR LECrim)',
  'SIDENPOL OR "bases de datos policiales"',
  // The forty-sixth collection: telecom operators keeping customers' data for the police, clearing criminal records, Costa Rica's police information platform and criminal archive, face recognition finding fugitives
  '(operadora* NEAR/12 (datos OR metadatos)) AND (policia OR policial* OR "autoridades policiales") AND (cesion OR ceder* OR cedan OR cedido* OR conservacion OR conservar OR retener OR retencion OR entregar OR "a disposicion" OR "autorizacion judicial" OR "orden judicial")',
  '(cancel* OR limpiar OR eliminar OR borrar OR sellado OR sellar) NEAR/4 ("antecedentes penales" OR "antecedentes policiales" OR "historial criminal" OR "historial delictivo") NOT ("por antecedentes" OR "por sus antecedentes" OR "por tener antecedentes" OR fichaje*)',
  '"Plataforma de Informacion Policial" OR "expediente electronico criminal" OR ("Archivo Criminal" AND (OIJ OR "Organismo de Investigacion Judicial" OR policial* OR "base de datos" OR "bases de datos" OR antecedentes))',
  '"reconocimiento facial" NEAR/20 (profug* OR "orden de captura" OR "pedido de captura" OR "personas buscadas" OR "buscados por la justicia" OR "buscadas por la justicia")',
  // The forty-sixth collection, third round: hosts and hotels keeping guest registers for the migration service (Cuba, Nicaragua, Costa Rica): both topics
  SPANISH_HOSTS_GUEST_REGISTERS,
  // Forty-seventh collection (2026-12-06): Spain's central register of foreigners
  '("Registro Central de Extranjeros" OR "registro de extranjeria") AND (policia* OR policial* OR "control migratorio" OR "base de datos" OR fichero* OR "sistema de control")',
  // Forty-seventh collection (2026-12-06): DNA samples of detainees, telecom data retention, police files on political views
  '((muestras OR =ADN) NEAR/10 (detenidos OR "sin autorizacion")) AND (juzgado OR judicial OR ley OR legislacion OR "base de datos" OR perfiles)',
  '(("conservacion de datos" OR "conservacion de metadatos") AND (telecomunicaciones OR "comunicaciones electronicas" OR operadoras OR "datos de trafico" OR "datos de localizacion" OR Policia OR "fuerzas de seguridad" OR "orden judicial" OR "delitos graves")) OR "Ley 25/2007"',
  '(Ertzaintza OR Mossos OR policia) NEAR/10 (datos OR fichero*) NEAR/10 (militancia OR ideologia OR "afiliacion politica" OR "ideas politicas" OR "opinion politica" OR "opiniones politicas" OR "actividad politica" OR "orientacion politica")',
  // Forty-seventh collection (2026-12-06): hospitals and social services reporting migrants to the police
  SPANISH_HEALTH_SERVICES_REPORT_MIGRANTS,
  // Forty-seventh collection (2026-12-06): Mexico's Supreme Court on real-time phone geolocation by prosecutors, public sex-offender registers
  '((geolocalizacion OR rastreo OR "localizacion geografica") NEAR/15 (celular* OR telefon* OR "tiempo real" OR "equipos de comunicacion")) AND (SCJN OR "Suprema Corte" OR procuradur* OR fiscal* OR "Ministerio Publico" OR "orden judicial" OR "autorizacion judicial" OR "control judicial" OR concesionari* OR "Ley de Telecomunicaciones")',
  '("Registro Publico" NEAR/10 (agresores OR violadores OR feminicidas OR "delitos sexuales" OR "agresores sexuales")) NOT (tendedero OR escrache OR colectivas OR "violadores de derechos" OR "violadores de la")',
  // From the forty-eighth (dev): phone geolocation for prosecutors (Mexico), criminal identification and arrest-warrant registers (Colombia), deleting police records by habeas data (Dominican Republic, Peru), ICE reading plates
  '(geolocalizacion OR "localizacion geografica") AND ("Suprema Corte" OR "Ministerio Publico" OR ("tiempo real" AND (celular* OR telefon* OR movil* OR operador* OR concesionari* OR fiscal* OR policia* OR autoridad* OR investigacion* OR "orden judicial" OR telecomunicaciones)))',
  '("identificacion criminal" AND (registro* OR "base de datos" OR "bases de datos" OR antecedentes OR policia* OR datos OR sistema OR certificado* OR consulta* OR "habeas data")) OR ("ordenes de captura" AND (registro OR cancelacion) AND (policia* OR "base de datos" OR "bases de datos" OR datos OR sistema* OR vencid* OR depur* OR desactualizad* OR activa*))',
  '("fichas policiales" OR "ficha policial" OR "registro policial" OR "registros policiales") AND (eliminacion OR "habeas data" OR borrar OR cancelacion) AND (antecedentes OR "habeas data" OR datos OR "base de datos" OR "derecho al olvido" OR sobreseid* OR absuel* OR absolucion OR prescrip* OR certificado* OR consulta*)',
  '"habeas data" AND ("antecedentes policiales" OR ("derecho al olvido" AND (policia* OR antecedentes OR penal* OR penales OR judicial* OR condena* OR prontuario OR reincidencia))) OR ("habeas data" AND "derecho al olvido" AND "Tribunal Constitucional")',
  'placas AND ((=ICE AND (inmigra* OR migra* OR deport* OR indocumentad* OR extranjer* OR policia* OR aduanas)) OR "Inmigracion y Control de Aduanas") AND (rastre* OR lector* OR dispositivo*)',
  // … the Mossos reporting arrested foreigners to the National Police for expulsion
  'Mossos AND "Policia Nacional" AND expul* AND (extranjer* OR estranger* OR extranjeria OR "base de datos" OR "bases de datos" OR datos OR dades OR migra* OR inmigra* OR immigra* OR irregular* OR multirreincident* OR multireincident* OR deportac* OR =CIE)',
  // … police face identification of criminals and missing people (Mexico)
  '("identificacion facial" OR "reconocimiento facial") AND (criminales OR delincuentes OR "personas desaparecidas" OR busqueda) AND (polic* OR camaras OR "base de datos" OR "bases de datos" OR profugo* OR desaparecid* OR fiscal* OR judicial* OR "Ministerio de Seguridad" OR "seguridad publica" OR videovigilancia OR estadio* OR "orden de captura" OR detenid*)',
  // The forty-ninth collection: data handed to the judicial police (Spanish data-protection reports)
  '("Policia Judicial" OR policia) NEAR/10 (cesion OR comunicar) NEAR/6 datos AND (juez OR jueza OR judicial OR fiscal* OR operadoras OR telefonicas OR sospechos* OR investigad* OR "datos personales" OR privacidad OR "proteccion de datos" OR consentimiento OR "base de datos" OR "bases de datos" OR registros OR ubicacion OR geolocaliz* OR Enjuiciamiento)',
  // Migración Colombia's database cross-checks; prisoners' biometrics; plate readers; Mexico's
  // intelligence system law; clearing police records; Peru's migration platform checked by police
  '"Migracion Colombia" AND ("cruce de informacion" OR "base de datos" OR "bases de datos" OR biometric*)',
  '("base de datos" OR biometria) NEAR/15 ("privados de libertad" OR carceles OR prisiones OR reclusos) AND (policia OR policial* OR "ordenes de captura" OR "orden de captura" OR antecedentes OR huellas OR dactilar* OR identific* OR "reconocimiento facial" OR "registro civil" OR Registraduria OR fiscal* OR INPEC OR interconect* OR judicial* OR "requeridos" OR "requisitoria" OR suplant* OR biometria)',
  '("reconocimiento automatico de patentes" OR "lectura de patentes" OR "lector* de patentes" OR "reconocimiento de placas" OR "lector* de placas") AND (Carabineros OR policia* OR policial* OR patrull* OR robad* OR robo* OR "base de datos" OR "bases de datos" OR delinc* OR delito* OR seguridad OR municipal* OR vigilancia OR camaras OR alerta* OR infraccion* OR multa*)',
  '(("Sistema de Inteligencia" OR "Investigacion e Inteligencia") AND (datos OR "bases de datos" OR informacion OR biometric*)) OR ("Ley del Sistema de Investigación e Inteligencia" AND (delitos OR Seguridad OR SSPC))',
  '((antecedentes NEAR/4 (policiacos OR policiales OR penales)) NEAR/15 (limpiar OR borrar OR borrados OR eliminar OR cancelacion)) AND (registro* OR condena* OR cancelacion OR cancelar OR rehabilitacion OR prescrip* OR "base de datos" OR sistema OR expediente* OR certificado OR constancia OR "derecho al olvido" OR sentencia OR juez OR tribunal* OR sobresei* OR absuelt* OR archiv*)',
  '(migrator* OR Migraciones) AND ("cruce de" OR "cruce de informacion" OR "plataforma" OR "base de datos") AND (policia OR PNP OR "control de identidad") AND (expuls* OR irregular* OR operativo* OR "control de identidad" OR "controles de identidad" OR intervenid* OR detenid* OR requisitori* OR antecedentes OR "orden de captura" OR "alerta migratoria" OR deport* OR indocumentad*)',
  // US Spanish-language media: ICE searching drivers' records; Colorado's SB 276 on immigration-status data; Puerto Rico's criminal
  // information systems, the Interstate Identification Index and the sex-offender registry
  '(=ICE OR "agentes migratorios" OR inmigracion) AND ("registros de conductores" OR "licencias de conducir" OR "bancos de datos" OR "base de datos") AND (busqueda* OR acceder OR reconocimiento*) AND ("reconocimiento facial" OR "agentes migratorios" OR deport* OR indocumentad* OR "sin papeles" OR inmigrantes OR arrest* OR redada* OR localizar OR DMV OR policia* OR "orden judicial" OR vigilancia)',
  '("SB 276" OR "situacion de inmigracion") AND (informacion OR datos OR recabar) AND (Colorado OR ley) AND (=ICE OR deport* OR "agentes de inmigracion" OR "autoridades de inmigracion" OR "autoridades federales" OR "agentes federales" OR "control migratorio" OR compart* OR "orden judicial" OR "agencias estatales" OR policia* OR "fuerzas del orden" OR santuario OR detenc* OR arrest* OR recab*)',
  '"sistemas de informacion criminal" OR "Sistema de Informacion de Justicia Criminal" OR =SIJC OR (("datos criminales" OR "inteligencia criminal") AND (policia* OR agentes OR antecedentes OR "base de datos" OR "bases de datos" OR registro* OR consulta* OR acceso OR privacidad OR "datos personales" OR fiscalia* OR "orden de arresto" OR "ordenes de arresto" OR compartir OR intercambio))',
  '("Indice de Identificacion Interestatal" OR "Interstate Identification Index") AND (police OR officers OR "law enforcement" OR arrest* OR "criminal histor*" OR "criminal justice" OR compact OR =NCIC OR CJIS OR "state repository" OR "criminal records" OR "rap sheet*" OR policia* OR "antecedentes penales" OR "justicia criminal" OR "agencias del orden" OR "historial delictivo")',
  '(Registry OR Registro) AND ("sex offender*" OR "ofensores sexuales" OR "delitos sexuales" OR "abuso contra menores") AND (Department OR Departamento OR court OR tribunal)',
  // Prüm exchanges of faces and fingerprints; a civil guard's look-up of police data; Spain's passenger name register law
  '(Prum OR "Tratado de Prum") AND (datos OR rostros OR huellas OR =ADN OR dati OR impronte) AND (policia* OR polizi* OR sospechos* OR delit* OR criminal* OR "Estados miembros" OR "Stati membri" OR intercambio OR scambio OR Europol OR "perfiles de ADN" OR "profili DNA" OR =ADN OR =DNA OR dactilar* OR dattiloscopic* OR reato OR reati OR "Union Europea" OR "Unione europea" OR consulta*)',
  '("revelacion de secretos" AND consulta* AND (datos OR "base de datos" OR bases)) AND (policia* OR agente* OR guardia* OR mosso* OR ertzain* OR comisaria* OR antecedentes OR "fuerzas de seguridad" OR "cuerpos de seguridad" OR SIDENPOL OR DGT OR "ficheros policiales")',
  '("Registro de Nombres de Pasajeros" OR ("Registro de Pasajeros" AND (terroris* OR delitos OR "delincuencia grave" OR =PNR OR "Ley Organica"))) AND (terroris* OR "delincuencia grave" OR "delitos graves" OR =PNR OR policia* OR policial* OR "Fuerzas y Cuerpos" OR "Ministerio del Interior" OR Europol OR sospechos* OR "Guardia Civil" OR "unidad de informacion" OR "seguridad nacional")',
  // Sheriffs checking inmates' immigration status (US Spanish-language news)
  '(revisar OR verificar OR revisando OR verifican) NEAR/6 "estatus migratorio" AND (reclusos OR carcel OR sheriff OR alguacil)',
  // Police reading number plates against traffic records (Spain)
  '((matrículas NEAR/6 (leer OR lee OR lectura OR lector* OR leen OR lectoras)) OR ((matrícula NEAR/6 (leer OR lee OR lectura OR lector* OR leen OR lectoras)) NOT (curso OR aparcamiento OR cajero OR "radar de tramo" OR "velocidad media"))) AND (policía OR "Guardia Civil" OR agentes)',
  // Wanted people found by CBP's checks at the border (Spanish-language US news)
  '(CBP OR "Aduanas y Protección Fronteriza") AND (reclamado OR "orden de arresto" OR "orden de aprehensión") AND (verificac* OR sistema*) AND (biométric* OR "bases de datos" OR "base de datos" OR identidad OR puente OR cruz*)',
  // Officers misusing or leaking police databases (Spain)
  '(mosso* OR policía OR agente OR "Guardia Civil") AND ("bases policiales" OR ("bases de datos" NEAR/3 polic*) OR ((filtr* NEAR/4 (datos OR información)) NEAR/6 delincuentes)) AND (acce* OR consult* OR compart* OR revel* OR migra* OR inmigra* OR pandill* OR registr* OR condena* OR sanci* OR filtró OR filtrar OR filtración OR secret* OR privacidad OR ilegal* OR indebid* OR investig* OR información)',
  // From the fifty-first collection (dev): residence permits refused over police records
  '(arraigo OR "autorización de residencia" OR "permiso de residencia") AND ("antecedentes policiales" OR "reseñas policiales" OR "diligencias policiales") AND (extranjer* OR residencia OR inmigra* OR migrante* OR "base de datos" OR "información personal" OR registros OR datos)',
  // Police files of personal data (Catalan); data-protection authorities on leaked police documents
  '(fitxers NEAR/5 "dades de caràcter personal") AND ("Departament d\'Interior" OR Policia OR policial* OR "Mossos d\'Esquadra" OR "Secretaria de Seguretat" OR "seguretat pública" OR "seguretat ciutadana")',
  '("Protección de Datos" OR APDCAT OR AEPD) AND ("documentos policiales" OR "ficheros policiales" OR "datos policiales") AND (vulnera* OR filtraci* OR confidencialidad OR sanci* OR infracci*)',
  // Chile's unified data bank of police and prosecutors; police registers of gang members (El Salvador); city video
  // centres reading plates and faces
  '"Banco Unificado de Datos" AND (BUD OR fiscal* OR polic* OR "Ministerio del Interior" OR delit*)',
  '((pandiller* OR mareros) AND (registrad* OR "base de datos" OR registro) AND (Policía OR PNC)) AND (((pandill* OR mareros) NEAR/10 ("base de datos" OR "bases de datos" OR "banco de datos" OR contar OR conteo OR listado*)) OR ((pandill* OR mareros) AND ((PNC OR Policía) NEAR/3 registrad*)))',
  '(C5 OR videovigilancia) AND (placas OR "reconocimiento facial" OR rostro)',
  // From the fifty-second collection (dev): the identification log and document-keeping duties of the public-security law, criminal records
  // asked for in foreigners' cases, plate readers finding stolen cars
  '("registro documental" OR "libro-registro") AND ("seguridad ciudadana" OR hospedaje OR identificación) AND ("seguridad ciudadana" OR hospedaje* OR viajero* OR policia* OR Interior)',
  '("Registro Central de Penados" OR "antecedentes penales") AND (extranjer* OR expulsión OR "Ley Orgánica 4/2000") AND (migra* OR inmigra* OR irregular* OR datos OR expulsión OR deport* OR "Registro Central de Penados" OR "Ley Orgánica 4/2000" OR habeas)',
  '((lectura OR lector* OR lectores OR reconocimiento) NEAR/3 matrícula* AND (robad* OR polic* OR delincuen* OR busca*)) AND (polic* OR vehícul* OR cámara* OR coche* OR autos OR placa* OR ALPR OR Flock OR datos OR vigilancia OR seguridad OR robad* OR delincuen*)',
  // From the fifty-second collection (dev): sheriffs asked for more access to detainees' information by ICE (older dev records)
  '(sheriff* OR jail* OR cárcel*) AND (=ICE OR inmigración) AND ("acceso a información" OR "más acceso" OR "información de detenidos") AND (detenid* OR cooperación OR colaboración OR santuario OR federal*)',
  // From the fifty-third collection (dev): police units patrolling social networks with AI, registering protesters, DNA databases, migration checks against Interpol, police photographing ID cards, migrants' data for national security
  '(("Unidad de Inteligencia Artificial" OR "Inteligencia Artificial Aplicada a la Seguridad" OR (ciberpatrull* AND (redes OR internet))) AND NOT (diagnóstico OR radiografías OR tumores OR "seguridad industrial" OR fábricas OR máquinas OR psicólogos OR "sus hijos")) OR ("Ministerio de Seguridad" AND algoritmos AND (perfiles OR publicaciones))',
  '(manifestantes OR protesta OR protestas) AND (registrar OR registro OR identificar OR identificación OR identificadas) AND (policía OR "fuerzas federales" OR PNC OR "fuerzas de seguridad") AND (datos OR base OR registro OR vehículos) AND NOT (taxistas OR choferes OR "horas extra" OR observatorio OR Uber OR Cabify)',
  '("perfil genético" OR "perfiles genéticos" OR "base de ADN" OR "base nacional de ADN" OR "bases de ADN") AND (Interior OR policía OR delincuentes OR fichad* OR detenidos) AND NOT (uva OR vinos OR bodegas OR serie OR capítulo OR "test genéticos" OR filtración)',
  'Interpol AND (Migraciones OR migratori* OR migración) AND ("base de datos" OR "bases de datos" OR "base on line" OR sistemas OR verificar) AND NOT (disco OR ticketera OR aves OR CITES OR historiador* OR museo OR "cien años")',
  '("Policía Local" OR "Policía Nacional" OR "Guardia Civil") AND (DNI OR "documento nacional de identidad") AND (fotograf* OR fichero* OR "datos personales" OR "reconocimiento facial" OR "fotos del DNI") AND NOT ("cita previa" OR "fondo blanco" OR SMS OR mensajería OR gimnasio*)',
  '"datos personales" AND migrantes AND ("seguridad nacional" OR INM OR "Instituto Nacional de Migración") AND NOT (estafadores OR remesas OR estadísticas OR WhatsApp OR suplant* OR INAI OR filtra)',
  // From the fifty-third collection (dev): the intelligence centre's platform, mobile-phone registers tied to the CURP
  '("Centro Nacional de Inteligencia" OR =CNI) AND plataforma AND (información OR datos) AND NOT (ciberataque* OR eléctrica OR Indígena OR dictadura OR "Central Nacional de Informaciones")',
  '(("número celular" OR "números celulares" OR "líneas telefónicas" OR "telefonía móvil") AND registro AND (CURP OR biométric* OR "prueba de vida") AND (padrón OR padron OR vincul* OR "registro obligatorio" OR asociad*)) OR (padrón AND (chip* OR línea* OR celular*) AND (fiscalía* OR policía*))',
  // From the fifty-fourth collection (dev): police inspections and home visits to check municipal register entries
  '(empadronamiento* OR padron OR "padrón municipal") NEAR/20 (polic* OR agentes) AND (inspecci* OR "visitas domiciliarias" OR patrulla* OR comprobar OR verificar OR fraude*) AND (empadronamiento* OR inmigra* OR ilegal* OR irregular*)',
  // From the fifty-fourth collection (dev): Mexico's national public-security information system; the migration institute
  // asking prosecutors for complaints against foreigners
  '("Sistema Nacional de Información" AND ("Seguridad Pública" OR "Secretariado Ejecutivo") AND ("bases de datos" OR "base de datos" OR intercambio OR compartir OR suministro OR acceso OR registro* OR "sistemas de gestión" OR "Centros de Comando")) NOT "Estadística y Geográfica"',
  '"Instituto solicitará información" AND extranjer* AND (denuncias OR delitos OR "Ministerio Público" OR migratori*)',
  // From the fifty-sixth collection (dev): Chile's investigations police checking people to keep migration records up to date
  '"registros migratorios" AND (PDI OR Carabineros) AND (fiscaliza* OR operativo* OR detenid* OR expuls* OR irregular*)',
];

/** Guards in Spanish: "no ser deportados" under DACA is protection, "sin antecedentes penales" says a person has no record. */
export const immigrationSpanishExclude = [
  '"no ser deportad*" OR "protegidos de la deportaci*" OR "proteccion contra la deportaci*" OR "proteccion ante la deportaci*"',
  // USCIS by its Spanish names: benefit fees and forms are immigration administration, not enforcement
  '(("Servicio de Inmigraci* y Ciudadan*" OR "Servicio de Ciudadan* e Inmigraci*" OR =USCIS) AND (tarifa* OR costo* OR formulario* OR tramite*)) NOT (arrest* OR detenci* OR detenid* OR deport* OR =ICE)',
  // Fees and forms to be admitted again after a deportation (Spanish Form I-212)
  '(((admision OR readmision OR reingreso OR "permiso para volver") NEAR/8 (deportad* OR removid*)) AND (tarifa* OR costo* OR formulario* OR tramite*)) NOT (arrest* OR acusad* OR detenid*)',
  // Customs seizures of counterfeit goods are trade enforcement
  '(=CBP OR "Aduanas y Protecci* Fronteriza") AND (falsificad* OR "propiedad intelectual")',
  // From the thirty-first (dev): DACA's protection from deportation, and USCIS ("el servicio de inmigración") taking DACA renewals
  '(DACA OR dreamers OR "los sonadores" OR "Accion Diferida") NEAR/8 deport*',
  '(("Servicio de Inmigraci*" OR =USCIS) AND (DACA OR "Accion Diferida") AND (renovaci* OR solicitud* OR reinscripci*)) NOT (arrest* OR detenci* OR detenid* OR =ICE)',
  // From the thirty-third (dev): Border Patrol drug seizures in Spanish with no migrant in the text (the English guard's twin)
  '("Patrulla Fronteriza" AND (marihuana OR metanfetamina OR cocaina OR heroina OR droga* OR narcotrafic*)) NOT (migrante* OR indocumentad* OR inmigrante* OR "cruce ilegal" OR deport* OR "trafico de personas" OR "trafico de migrantes")',
  // From the thirty-fourth (dev): TPS shielding people from deportation is a benefit (the DACA guard's twin)
  '("Estatus de Proteccion Temporal" OR =TPS) NEAR/20 (proteg* OR proteccion OR amparo) NEAR/12 "de la deportacion"',
  // From the thirty-sixth (dev): Honduras's reception centre for returning migrants ("Centro de Atención al Migrante Retornado") is named
  // in stories of voluntary returns too; a deportation in the text still counts
  '"Centro de Atencion al Migrante Retornado"',
  // From the thirty-seventh (dev): CBP's Spanish name in travel advice (declaring food, Global Entry), ICE impostor
  // scams, and the immigration service's benefits (naturalisation, work-permit extensions)
  '("Oficina de Aduanas y Protecci* Fronteriza" OR "Patrulla Fronteriza") AND (viajero* OR "Global Entry" OR productos OR alimentos OR declarar OR vacaciones OR navidad OR "programa* de viajero*") NOT (migrant* OR detenid* OR arrest* OR deport* OR indocumentad*)',
  '(estafa* OR fraude* OR falso* OR "se hacen pasar" OR "hacerse pasar" OR llamada* OR impostor*) NEAR/8 (=ICE OR "Servicio de Inmigraci*" OR "Control de Inmigraci* y Aduanas" OR "Inmigraci* y Control de Aduanas" OR "agente* de inmigraci*")',
  '"Servicio de Inmigraci*" AND (naturalizaci* OR ciudadan* OR "tarjeta* de residen*" OR validez OR "permiso* de trabajo" OR =USCIS OR "Servicio de Ciudadan*") NOT (deport* OR detenid* OR arrest* OR redada* OR detencion*)',
];
export const databasesSpanishExclude = [
  '"sin antecedentes penales" OR "sin antecedentes criminales"',
  // From the thirty-first (dev): people "with criminal records" are described, not a records system; the Green Light
  // law's Spanish name ("Acceso a la Licencia de Conducir") is access to licences, not to records
  '"con antecedentes penales" OR "con antecedentes criminales" OR "tenian antecedentes" OR "tienen antecedentes" OR "tenia antecedentes" OR "tiene antecedentes"',
  '"Acceso a la Licencia*" OR "acceso a licencias"',
  // Plate cameras that fine drivers (the English parking and fine guards)
  `((multa* OR fotomulta*) AND ${LECTORES_DE_PLACAS}) NOT (polic* OR robad* OR inmigra* OR =ICE)`,
  // From the thirty-fourth (dev): a person's own criminal-record certificate (for a job or a procedure) is a job check
  '"certificado de antecedentes penales" OR "certificado de antecedentes" OR "certificados de antecedentes" OR "constancia de antecedentes" OR "constancia de no antecedentes" OR "constancias de antecedentes"',
  // … its Mexican name, the letter of "no antecedentes penales" (from the thirty-sixth, dev)
  '"no antecedentes penales" OR "carta de antecedentes"',
  // … and plate readers at a car park that charge by the minute (the English parking guard's twin)
  '(("lector* de patentes" OR "lectora* de patentes" OR "lectura de matriculas" OR "lectura de patentes") AND (estacionamiento* OR aparcamiento* OR parking OR "zona azul")) NOT (polic* OR robad* OR carabiner* OR encargo* OR inmigra* OR =ICE)',
  // From the thirty-sixth (dev): plate cameras of low-emission zones (ZBE), like London's and Italy's traffic-zone cameras
  '("zona de bajas emisiones" OR "zonas de bajas emisiones" OR =ZBE) AND ("lectura de matriculas" OR camara*)',
  // From the thirty-seventh (dev): deportees' criminal records mentioned in a deportation story (no records queried)
  '(("antecedentes penales" OR "antecedentes judiciales") NEAR/20 (deport* OR expuls*)) NOT (consulta* OR "base de datos" OR compart* OR acceso)',
  // From the thirty-ninth (dev): virtual driver's licences in a phone app (a DMV service)
  '"licencia* de conducir" AND (virtual* OR "aplicacion movil")',
  // From the fortieth (dev): criminal records asked for a job (a job check)
  '"antecedentes penales" NEAR/8 (trabajo OR empleo OR "puesto* de trabajo" OR oposicion* OR "proceso de seleccion")',
  // The forty-second collection: criminal-record certificates issued or translated for jobs and paperwork
  '(certificado* OR certificacion* OR expedicion OR traduccion OR constancia) NEAR/4 "antecedentes penales"',
  // … fourth round: how to obtain a criminal-record certificate; plate readers of barrier-free tolls
  '"antecedentes penales" AND (tramitar OR obtener OR "como pedir" OR solicitar OR empleo)',
  '(peaje* OR pedagio*) AND (patentes OR placas OR lectores)',
];
