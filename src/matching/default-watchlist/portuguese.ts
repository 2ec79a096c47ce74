/**
 * Portuguese-language rules from the forty-eighth collection on (Portugal and Brazil; other-languages.ts is near its
 * size limit). Rules both topics read are named in both-topics.ts. Topic definitions: src/matching/README.md.
 */

export const immigrationPortuguese = [
  // The border service (SEF) or the GNR finding people in an irregular situation, and aiding illegal immigration
  '("Servico de Estrangeiros e Fronteiras" OR =SEF) AND ("situacao irregular" OR "situacao ilegal" OR "imigracao ilegal" OR "emigracao ilegal" OR "permanencia ilegal" OR "auxilio a imigracao") AND (estrangeir* OR imigrante* OR detid* OR detem OR detencao OR afastamento OR expuls* OR notificad* OR "abandono voluntario" OR "auxilio a imigracao" OR trafico OR fronteira* OR aeroporto)',
  '("auxilio a emigracao ilegal" OR "auxilio a imigracao ilegal") AND (detid* OR detem OR deten* OR =PJ OR =SEF OR =GNR OR =PSP OR =AIMA OR "Policia Judiciaria" OR arguid* OR suspeit* OR acusad* OR buscas OR rede OR redes OR desmantel* OR operacao OR "Ministerio Publico" OR tribunal OR mandado*)',
  // Brazilian courts on arrest for expulsion; Portuguese courts on detention of overstayers in the Schengen area
  '"prisao para fins de expulsao" OR "prisao para expulsao" OR ("habeas corpus" AND (expulsao OR deportacao) AND (estrangeir* OR nigerian* OR clandestin*) AND (prisao OR preso OR presa OR detencao OR detido* OR detida* OR "Policia Federal" OR =STF OR =STJ OR "Ministerio da Justica" OR "Ministro da Justica" OR portaria OR migrat* OR "Lei de Migracao" OR "Estatuto do Estrangeiro"))',
  '(detencao OR detido* OR detida*) AND "espaco Schengen" AND ("permanencia ilegal" OR "situacao irregular" OR "imigracao irregular" OR expuls* OR ((afastamento OR irregular*) AND (estrangeir* OR "titulo de residencia" OR "autorizacao de residencia" OR "proibido de entrar" OR "interdicao de entrada" OR =SEF OR =AIMA OR tribunal OR coerciv* OR imigra*)))',
  // The forty-ninth collection: removal decisions and entry bans on foreigners
  '("decisao de afastamento" OR (("interdicao de entrada" OR "dever de abandono") AND estrangeir*)) AND (imigra* OR migrante* OR AIMA OR =SEF OR =PSP OR coerciv* OR expuls* OR "situacao irregular" OR "permanencia ilegal" OR asilo OR "cidadaos estrangeiros" OR "cidadao estrangeiro" OR "paises terceiros" OR deporta* OR "autorizacao de residencia" OR "abandono voluntario")',
  // The forty-ninth collection: expulsion under Brazil's Migration Law; travellers refused entry at airports and borders; migrants held at
  // Guarulhos airport; a state decree suspending Venezuelans' entry; ICE's agreements with Brazil's federal police
  '(expulsando OR ((expulsao OR expulso*) AND "Lei de Migracao")) AND (estrangeiro* OR migrante* OR imigrante* OR refugiad* OR "Policia Federal" OR deport* OR "retirada compulsoria" OR fronteira* OR extradi* OR indocumentad* OR "sem documentos" OR brasileiros OR =ICE OR condenad* OR repatria*)',
  '("pessoa nao-admitida" OR "nao-admitida" OR "inadmitid*" OR "impedido o ingresso" OR "impediram a entrada") AND (aeroporto* OR fronteira* OR migracao OR brasileiros) AND (migra* OR imigra* OR "Policia Federal" OR estrangeir* OR passaporte* OR deporta* OR repatria* OR refugi* OR asilo OR "area restrita" OR conector OR "voo de retorno" OR devolvid* OR =SEF OR AIMA OR Barajas)',
  '(Guarulhos OR aeroporto*) NEAR/20 (migrantes OR "rota clandestina" OR "sem visto") AND (refugio OR "nao puderam entrar" OR inadmit* OR clandestin*) AND (inadmit* OR "nao puderam entrar" OR deport* OR repatria* OR "area restrita" OR retido* OR "pedido* de refugio" OR "pediram refugio" OR "solicitantes de refugio" OR refugiad* OR asilo OR "impedidos de entrar" OR barrad*)',
  '("suspensao da admissao" OR "suspende os efeitos") AND (imigrantes OR venezuelanos OR ingresso) AND (imigra* OR migra* OR venezuelan* OR refugi* OR deporta* OR estrangeir* OR "Policia Federal" OR fronteira* OR Pacaraima OR Roraima OR asilo OR acolhida OR haitian* OR expuls* OR repatria* OR "Operacao Acolhida")',
  '(=ICE OR "Departamento de Imigracao e Alfandega" OR "Immigration and Customs") AND ("Policia Federal" OR "Policia Rodoviaria Federal")',
  // Portugal's border service or police detaining foreigners staying unlawfully
  '((=SEF OR "Serviço de Estrangeiros e Fronteiras" OR =GNR OR =PSP) AND ("permanência ilegal" OR "situação ilegal" OR "permanência em território" OR (detid* NEAR/4 estrangeir*) OR (detém NEAR/4 estrangeir*))) NOT ("sem carta" OR "fiscalização rodoviária" OR reboca* OR "cargas e descargas" OR estacionados OR SEPNA OR "Reserva Ecológica" OR "construída sem licença")',
  // From the fifty-first collection (dev): foreigners stopped or deported by the Federal Police
  '"Polícia Federal" AND estrangeir* AND (barrad* OR "ingresso ilegal" OR "entrada ilegal" OR deport* OR irregular*) AND (deport* OR migra* OR imigra* OR barrad* OR estada OR permanência OR fronteira* OR "situação irregular" OR "entrada irregular" OR "ingresso ilegal" OR "entrada ilegal")',
  // From the fifty-second collection (dev): the EU Entry/Exit System at Portugal's borders
  '("Sistema de Entrada/Saída" OR "Sistema de Entrada e Saída" OR "Sistema de Entrada/Saida" OR (=EES AND (fronteira* OR Schengen OR SEF OR PSP OR aeroporto*)) OR (=SES AND Schengen)) AND NOT (condomin* OR garagem OR "cartão magnético" OR fotovolta* OR "painéis solares" OR satelit* OR Betzdorf)',
  // From the fifty-second collection (dev): Angola's expulsions of irregular migrants
  '("Operação Transparência" OR "situação migratória irregular" OR "situação migratória ilegal") AND (detid* OR expuls* OR estrangeiros OR repatri*) AND (ilega* OR angolan* OR Angola OR Lunda* OR Congo* OR RDC OR deportad* OR repatriad*)',
  '(expulsar OR expulsão OR expuls*) AND ("emigração ilegal" OR "emigram ilegalmente" OR "imigração ilegal" OR "imigrantes ilegais" OR "emigrantes ilegais") AND (estrangeir* OR autoridade* OR cidadão OR cidadãos OR fronteir* OR deport* OR detenção OR deteve OR detid* OR policia* OR Angola OR SME OR SEF OR país OR governo)',
  // From the fifty-third collection (dev): guests reported to SEF
  '("Alojamento Local" OR alojamento OR hóspedes) AND (=SEF OR AIMA) AND (registo OR comunicação OR boletim* OR comunicar) AND NOT (edifício OR "alojamento temporário" OR INE OR estatísticas OR "Associação Industrial" OR sindical OR sindicato OR refugiados OR "requerentes de asilo")',
  // From the fifty-third collection (dev): migrants without visas held or repatriated (Mozambique, Angola, Cape Verde)
  '(detid* OR detidas OR detém OR deteve OR custódia OR repatriad*) AND (clandestinos OR "entraram clandestinamente" OR "falta de vistos" OR "vistos de entrada" OR "postos oficiais de migração" OR piroga OR embarcação) AND NOT (casinos OR cocaína OR narcotráfico OR pescadores OR naufrágio OR "restos mortais")',
  // From the fifty-fourth collection (dev): police operations against illegal immigration (PSP's foreigners and border
  // unit is read by the older rule in other-languages.ts)
  '("imigração ilegal" NEAR/12 (operaç* OR PSP OR policia*)) AND (detid* OR detém OR deteve OR detenç* OR deter OR operaç* OR =PSP OR =SEF OR AIMA OR expuls* OR identificad*)',
];

export const databasesPortuguese = [
  // Drivers' fingerprints kept by the traffic department and the Federal Police; police biometric databases
  '("impressoes digitais" OR "impressao digital" OR biometri*) AND (Denatran OR Contran OR Detran*) AND ("Policia Federal" OR =PF) AND (repass* OR compartilh* OR acesso OR acessar OR consult* OR integra* OR "banco de dados" OR "base de dados" OR identificar OR suspeit* OR convenio* OR cruzament* OR ABIS)',
  '("bancos de dados biometricos" OR "banco de dados biometrico") AND (policia* OR "Policia Federal" OR =PF OR presos OR preso OR presidiari* OR detent* OR suspeit* OR crime* OR criminal* OR criminos* OR "seguranca publica" OR investigac* OR condenad* OR penitenciari* OR "sistema prisional" OR foragid*)',
  // Court orders lifting the secrecy of stored data (Google location records) for investigations
  '"quebra de sigilo" AND (dados OR telematico) AND (geolocalizacao OR Google OR provedor* OR usuarios) AND (Justica OR judicial OR juiz* OR juiza OR policia* OR tribunal OR =STF OR =STJ OR "Ministerio Publico" OR investigac* OR inquerito* OR telematic* OR =CPI OR crime*)',
  // Biometric registration of organised football supporters (Brazil)
  '(cadastr* AND biometric* AND (torcida* OR estadio* OR estadios)) AND (polici* OR =PM OR foragid* OR mandado* OR "Lei Geral do Esporte" OR "Torcida Legal" OR violencia OR briga* OR infrat* OR punid* OR banid* OR impedid* OR "reconhecimento facial" OR criminal* OR criminos* OR "Ministerio Publico" OR "base de dados" OR "banco de dados" OR "Seguranca Publica")',
  // The forty-ninth collection: ICE sharing information with Brazil's federal police; databases of prisoners, fugitives and banned fans;
  // court-ordered access to telematic and phone data; São Paulo's Detecta and city systems that flag wanted people and plates; biometric
  // identification of juvenile offenders by the civil police
  '(=ICE OR "Departamento de Imigracao e Alfandega" OR "Immigration and Customs") AND ("Policia Federal" OR "Policia Rodoviaria Federal") AND (dados OR informac* OR compartilh*)',
  '(banco OR bancos OR base OR bases OR plataforma) NEAR/6 dados AND (presas OR presos OR foragid* OR prisoes OR "Medidas Penais" OR BNMP OR torcedores OR estadio*) AND (policia* OR mandado* OR foragid* OR "Medidas Penais" OR BNMP OR =CNJ OR criminal* OR "reconhecimento facial" OR biometri* OR "Seguranca Publica" OR suspeit* OR delegacia* OR procurados OR "Torcedor Legal" OR identificacao)',
  '("quebra de sigilo" OR "dados telematicos" OR "dados do Google" OR "dados telefonicos" OR "dados de comunicacoes") AND (policia OR investigac* OR STJ OR STF OR delegad*)',
  '(Detecta OR "Sentinela Inteligente" OR "pessoas procuradas" OR "placas veiculares") AND (policia* OR patrulhamento OR "Guarda Municipal" OR crimes)',
  '((biometri* OR identificacao) AND ("Policia Civil" OR DECA) AND (adolescente* OR infrator*)) AND ("banco de dados" OR "bancos de dados" OR "base de dados" OR cadastr* OR digitais OR "impressoes digitais" OR "reconhecimento facial" OR fotos OR fotografia* OR armazen* OR antecedentes OR ficha* OR "sistema de identificacao" OR "registro criminal" OR reincid* OR identifica*)',
  // Bills to ban police face recognition; the data-protection law's public-security exemption; state registers of sex offenders (Brazil)
  '("reconhecimento facial" NEAR/8 (proib* OR banir OR banimento OR "espaços públicos")) AND (segurança OR policia* OR "espaços públicos" OR vigilância OR "Projeto de Lei" OR "projetos de lei" OR liminar OR Justiça OR parlamentar*)',
  '(LGPD OR "Lei Geral de Proteção de Dados") AND ("segurança pública" OR "art. 4º, inciso III" OR "investigação criminal") AND (Penal OR policial OR policiais OR "inciso III" OR persecução)',
  '"Cadastro Estadual de Pedófilos" OR "Cadastro Nacional de Pedófilos" OR ((cadastro NEAR/3 (pedófilos OR "agressores sexuais" OR "condenados por crimes sexuais")) AND (lei OR projeto OR Senado OR sancion* OR deputad* OR governo))',
  // From the fifty-first collection (dev): systems reading plates to find stolen vehicles
  '("veículos roubados" OR "carros roubados" OR "veículos furtados") AND (sistema OR radares OR câmeras OR leitura OR placas)',
  // From the fifty-second collection (dev): warrant hits at passport control, registers of criminal factions, genetic
  // profile databases, the Federal Police's biometric identification system
  '("controle migratório" OR "fiscalização migratória" OR "controle de imigração") AND ("mandados de prisão" OR "mandado de prisão" OR "mandados pendentes" OR "procurados pela Justiça") AND (presos OR preso OR presa OR presas OR prend* OR captur* OR detid* OR detenç* OR foragid*)',
  '((cadastro OR banco) NEAR/4 facç*) AND (monitor* OR criminos* OR integrantes) AND (monitor* OR "cadastro nacional")',
  '("perfis genéticos" OR "perfil genético" OR "Lei 12.654" OR "dados genéticos" OR "base de dados de ADN" OR "base de dados de perfis de ADN") AND (criminal OR polici* OR crime* OR investigação OR condenados) AND (crimin* OR condenad* OR presos OR preso OR presídio* OR prisional OR apenad* OR polic* OR forense* OR delito* OR penal OR judici* OR justiça OR justicia OR perit*)',
  '(=ABIS OR "identificação biométrica") AND ("Polícia Federal" OR polícia*) AND (ABIS OR reconhecimento OR reconocimiento OR digitais OR digital OR "impressão digital" OR infrator* OR crimin* OR delinc* OR suspeito* OR sospechoso* OR investigaç* OR investigacion*)',
  // From the fifty-third collection (dev): criminal identification and the national biometric bank (Brazil), guests reported to SEF
  '("Banco Nacional Multibiométrico" OR ("identificação criminal" AND (civilmente OR "perfis genéticos" OR "banco de dados")) OR ("perfis genéticos" AND "bancos de dados")) AND NOT (concurso OR edital OR vagas OR rebanho* OR bovinos OR Embrapa OR ancestralidade)',
  '(alojamento OR hóspedes OR hospedes OR hospedagem) AND (=SEF OR AIMA) AND (registo OR comunicação OR comunicar OR boletim* OR dados OR transmit*) AND (estrangeiro* OR "boletim de alojamento" OR "boletins de alojamento" OR ("Alojamento Local" NEAR/12 =SEF))',
  // From the fifty-fifth collection (dev): vehicle alert systems and plate reading for the police (Rio de Janeiro)
  '("alerta de veículos" AND (polícia OR policia OR roubad* OR furtad* OR recuperad*)) OR (("leitura de placas" OR "leitor de placas" OR "leitores de placas") AND (polícia OR policia OR "Polícia Militar") AND (veículo* OR carro* OR câmera* OR cameras OR câmeras))',
  // From the fifty-sixth collection (dev): police cameras reading number plates by character recognition
  '((câmera* OR cameras OR equipamento*) NEAR/25 ("ler as placas" OR "leitura de placas" OR "leitura das placas" OR "reconhecimento de caracteres" OR "reconhecimento de placas")) AND (polícia* OR policia* OR policial* OR viatura* OR roubad* OR furtad* OR "segurança pública")',
];
