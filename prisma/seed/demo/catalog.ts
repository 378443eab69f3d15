/** Hand-written demo catalogue: professionals, employers and vacancy titles (all invented). */
import type { EmployerSegment } from "../../../generated/prisma/enums";

export type ProfessionalSpec = {
  key: string;
  firstName: string;
  lastName: string;
  email?: string;
  partner: string;
  jobTitle: string;
  workAreas: readonly string[];
  focusAreas: readonly string[];
};

const ALL_AREAS = ["Hilversum", "Gooise Meren", "HBEL", "Wijdemeren"] as const;

export const ACCOUNT_MANAGERS: readonly ProfessionalSpec[] = [
  {
    key: "demo-am", firstName: "Marieke", lastName: "van den Berg", email: "accountmanager@demo.werkcentrum.nl",
    partner: "GEMEENTE", jobTitle: "Accountmanager werkgeversdienstverlening", workAreas: ["Hilversum", "Wijdemeren"],
    focusAreas: ["Zorg en welzijn", "Banenafspraak", "Inclusief werkgeverschap"],
  },
  {
    key: "am-youssef", firstName: "Youssef", lastName: "El Amrani", partner: "UWV",
    jobTitle: "Adviseur werkgeversdienstverlening", workAreas: ["Hilversum"], focusAreas: ["Techniek", "ICT", "Media"],
  },
  {
    key: "am-ingrid", firstName: "Ingrid", lastName: "Bakker", partner: "GEMEENTE",
    jobTitle: "Accountmanager werkgeversdienstverlening", workAreas: ["Gooise Meren"], focusAreas: ["Detailhandel", "Horeca", "Logistiek"],
  },
  {
    key: "am-thomas", firstName: "Thomas", lastName: "de Graaf", partner: "UWV",
    jobTitle: "Accountmanager grootzakelijk", workAreas: ["HBEL"], focusAreas: ["Transport en logistiek", "Bouw", "Arbeidsmigratie"],
  },
  {
    key: "am-priya", firstName: "Priya", lastName: "Ramdin", partner: "GEMEENTE",
    jobTitle: "Accountmanager SROI en overheid", workAreas: ["HBEL", "Gooise Meren"], focusAreas: ["SROI", "Overheid", "Schoonmaak"],
  },
  {
    key: "am-bas", firstName: "Bas", lastName: "Hoekstra", partner: "SBB",
    jobTitle: "Adviseur praktijkleren", workAreas: ["Wijdemeren", "HBEL"], focusAreas: ["BBL-leerbanen", "Erkende leerbedrijven", "Groen"],
  },
];

export const JOB_MEDIATORS: readonly ProfessionalSpec[] = [
  {
    key: "demo-bm", firstName: "Femke", lastName: "Jansen", email: "bemiddelaar@demo.werkcentrum.nl",
    partner: "GEMEENTE", jobTitle: "Klantmanager Werk", workAreas: ["Hilversum", "Wijdemeren"],
    focusAreas: ["Participatiewet", "Zorg en dienstverlening", "Werkfit-trajecten"],
  },
  {
    key: "bm-kees", firstName: "Kees", lastName: "Verhoeven", partner: "UWV", jobTitle: "Arbeidsdeskundige",
    workAreas: ["Hilversum", "Wijdemeren"], focusAreas: ["WIA", "Loonwaardemeting", "Werkvoorzieningen"],
  },
  {
    key: "bm-sanne", firstName: "Sanne", lastName: "Mulder", partner: "UWV", jobTitle: "Adviseur werk",
    workAreas: ["Gooise Meren", "HBEL"], focusAreas: ["WW", "Scholing", "Techniek"],
  },
  {
    key: "bm-ricardo", firstName: "Ricardo", lastName: "Martina", partner: "GEMEENTE", jobTitle: "Jobhunter",
    workAreas: ["HBEL", "Gooise Meren"], focusAreas: ["Logistiek", "Horeca", "Statushouders"],
  },
  {
    key: "bm-lotte", firstName: "Lotte", lastName: "Smit", partner: "DOORSTROOMPUNT", jobTitle: "Jongerencoach",
    workAreas: ALL_AREAS, focusAreas: ["Jongeren tot 27", "Startkwalificatie", "BBL"],
  },
  {
    key: "bm-mehmet", firstName: "Mehmet", lastName: "Yılmaz", partner: "GEMEENTE", jobTitle: "Jobcoach",
    workAreas: ["Gooise Meren", "Wijdemeren"], focusAreas: ["Banenafspraak", "Jobcoaching", "Nazorg"],
  },
  {
    key: "bm-esther", firstName: "Esther", lastName: "Koster", partner: "LEERWERKLOKET", jobTitle: "Loopbaanadviseur",
    workAreas: ALL_AREAS, focusAreas: ["Loopbaanadvies", "Leven lang ontwikkelen", "Omscholing"],
  },
  {
    key: "bm-joost", firstName: "Joost", lastName: "van Leeuwen", partner: "TOMIN", jobTitle: "Consulent werkleertrajecten",
    workAreas: ["Hilversum", "HBEL"], focusAreas: ["Beschut werk", "Werkleertrajecten", "Participatiebanen"],
  },
  {
    key: "bm-anouk", firstName: "Anouk", lastName: "de Wit", partner: "RMT", jobTitle: "Mobiliteitsadviseur",
    workAreas: ALL_AREAS, focusAreas: ["Van werk naar werk", "Reorganisaties", "Loopbaancheck"],
  },
];

export const STAFF: ProfessionalSpec = {
  key: "demo-staf", firstName: "Hanneke", lastName: "Vos", email: "staf@demo.werkcentrum.nl", partner: "GEMEENTE",
  jobTitle: "Programmamanager arbeidsmarktregio", workAreas: [], focusAreas: ["Regionale meerjarenagenda", "Monitoring"],
};

export const ADMIN: ProfessionalSpec = {
  key: "demo-beheer", firstName: "Ruud", lastName: "Dekker", email: "beheer@demo.werkcentrum.nl", partner: "GEMEENTE",
  jobTitle: "Functioneel beheerder", workAreas: [], focusAreas: ["Gebruikersbeheer", "Referentiedata"],
};

export type OrganisationSpec = {
  key: string;
  legalName: string;
  tradeName?: string;
  place: string;
  sector: string;
  segment: EmployerSegment;
  size: number;
  classes: readonly string[];
  inclusive?: boolean;
  preferred?: boolean;
  sbb?: boolean;
};

export const DEMO_ORGANISATION_KEY = "demo-org";

export const ORGANISATIONS: readonly OrganisationSpec[] = [
  // Hilversum
  { key: DEMO_ORGANISATION_KEY, legalName: "Stichting Zorggroep Hof van Gooiland", tradeName: "Hof van Gooiland", place: "Hilversum", sector: "Zorg en welzijn", segment: "LARGE", size: 420, classes: ["ZOR", "DIE", "BEA"], inclusive: true, preferred: true, sbb: true },
  { key: "mediapark", legalName: "Mediapark Producties B.V.", place: "Hilversum", sector: "Media en creatieve industrie", segment: "MKB", size: 85, classes: ["CRE", "ICT", "TEC"], sbb: true },
  { key: "stadswerken", legalName: "Stadswerken Hilversum", place: "Hilversum", sector: "Openbaar bestuur", segment: "GOVERNMENT", size: 310, classes: ["OBV", "AGR", "TEC", "BEA"], inclusive: true, sbb: true },
  { key: "bakkerij", legalName: "Bakkerij Van Rijn V.O.F.", tradeName: "Bakkerij Van Rijn", place: "Hilversum", sector: "Detailhandel en ambacht", segment: "MKB", size: 18, classes: ["DIE", "COM"], inclusive: true },
  { key: "zonnehuis", legalName: "Kinderopvang Het Zonnehuis B.V.", tradeName: "Het Zonnehuis", place: "Hilversum", sector: "Kinderopvang", segment: "MKB", size: 64, classes: ["PED"], sbb: true },
  { key: "technoinstall", legalName: "TechnoInstall Gooi B.V.", place: "Hilversum", sector: "Installatietechniek", segment: "MKB", size: 45, classes: ["TEC"], preferred: true, sbb: true },
  { key: "hogedreef", legalName: "Hotel-Restaurant De Hoge Dreef B.V.", tradeName: "De Hoge Dreef", place: "Hilversum", sector: "Horeca", segment: "MKB", size: 38, classes: ["DIE", "MAN"] },
  { key: "rud", legalName: "Regionale Uitvoeringsdienst Gooi", place: "Hilversum", sector: "Openbaar bestuur", segment: "GOVERNMENT", size: 150, classes: ["OBV", "BEA", "MAN", "ICT"], inclusive: true },
  // Gooise Meren
  { key: "lcn", legalName: "Logistiek Centrum Naarden B.V.", place: "Naarden", sector: "Transport en logistiek", segment: "LARGE", size: 180, classes: ["TRL", "TEC"], preferred: true },
  { key: "vestingapotheek", legalName: "Vestingapotheek Naarden B.V.", place: "Naarden", sector: "Zorg en welzijn", segment: "MKB", size: 12, classes: ["ZOR", "COM"] },
  { key: "bussumbouw", legalName: "Bussum Bouw & Onderhoud B.V.", place: "Bussum", sector: "Bouw", segment: "MKB", size: 52, classes: ["TEC", "TRL"], sbb: true },
  { key: "welzijn-gm", legalName: "Stichting Welzijn Gooise Meren", place: "Bussum", sector: "Welzijn", segment: "SOCIAL_CHALLENGE", size: 95, classes: ["ZOR", "PED", "DIE"], inclusive: true },
  { key: "versmarkt", legalName: "Versmarkt Bussum B.V.", tradeName: "Versmarkt", place: "Bussum", sector: "Detailhandel", segment: "MKB", size: 70, classes: ["COM", "DIE", "TRL"], inclusive: true },
  // Huizen
  { key: "jachtwerf", legalName: "Jachtwerf Huizerhaven B.V.", place: "Huizen", sector: "Maritieme techniek", segment: "MKB", size: 26, classes: ["TEC"], sbb: true },
  { key: "scholengroep", legalName: "Stichting Basisscholengroep Het Gooi", place: "Huizen", sector: "Onderwijs", segment: "SOCIAL_CHALLENGE", size: 140, classes: ["PED", "BEA"], sbb: true },
  { key: "administratie", legalName: "Administratiekantoor Huizen & Partners B.V.", place: "Huizen", sector: "Zakelijke dienstverlening", segment: "MKB", size: 15, classes: ["BEA", "MAN"] },
  { key: "tuincentrum", legalName: "Tuincentrum De Gooise Hof B.V.", place: "Huizen", sector: "Groen en detailhandel", segment: "MKB", size: 40, classes: ["AGR", "COM"], inclusive: true },
  // Blaricum
  { key: "zorgvilla", legalName: "Zorgvilla Blaricum B.V.", place: "Blaricum", sector: "Zorg en welzijn", segment: "MKB", size: 55, classes: ["ZOR", "DIE"] },
  { key: "golfbaan", legalName: "Golf & Buitenplaats Blaricum B.V.", place: "Blaricum", sector: "Recreatie en horeca", segment: "MKB", size: 30, classes: ["AGR", "DIE"] },
  // Eemnes
  { key: "eemnestransport", legalName: "Eemnes Transport B.V.", place: "Eemnes", sector: "Transport en logistiek", segment: "MKB", size: 60, classes: ["TRL"], preferred: true },
  { key: "softwarehuis", legalName: "Softwarehuis Eemland B.V.", place: "Eemnes", sector: "ICT", segment: "MKB", size: 22, classes: ["ICT", "MAN"], sbb: true },
  // Laren
  { key: "kunstcentrum", legalName: "Stichting Kunstcentrum De Larense Brink", place: "Laren", sector: "Cultuur", segment: "SOCIAL_CHALLENGE", size: 35, classes: ["CRE", "DIE"] },
  { key: "gezondheidscentrum", legalName: "Gezondheidscentrum Laren B.V.", place: "Laren", sector: "Zorg", segment: "MKB", size: 48, classes: ["ZOR", "BEA"], inclusive: true },
  { key: "beveiliging", legalName: "Beveiliging & Toezicht Gooi B.V.", place: "Laren", sector: "Beveiliging", segment: "MKB", size: 75, classes: ["OBV", "DIE", "MAN"] },
  // Wijdemeren
  { key: "kwekerij", legalName: "Kwekerij Loosdrecht V.O.F.", place: "Loosdrecht", sector: "Agrarisch", segment: "MKB", size: 20, classes: ["AGR", "TRL"], inclusive: true, sbb: true },
  { key: "jachthaven", legalName: "Jachthaven & Watersport Loosdrecht B.V.", place: "Loosdrecht", sector: "Recreatie", segment: "MKB", size: 28, classes: ["TEC", "DIE", "COM"] },
  { key: "thuiszorg", legalName: "Stichting Thuiszorg Vechtstreek", place: "Kortenhoef", sector: "Zorg en welzijn", segment: "LARGE", size: 260, classes: ["ZOR", "MAN"], inclusive: true, preferred: true, sbb: true },
  { key: "ictbeheer", legalName: "ICT Beheer Kortenhoef B.V.", place: "Nederhorst den Berg", sector: "ICT", segment: "MKB", size: 18, classes: ["ICT", "COM"] },
];

export type VacancyTemplate = { title: string; skills: readonly string[] };

/** Realistic titles per occupation class, each with the class skills it typically asks. */
export const VACANCY_TEMPLATES: Record<string, readonly VacancyTemplate[]> = {
  AGR: [
    { title: "Hovenier", skills: ["hoveniersarbeid", "groenonderhoud"] },
    { title: "Medewerker groenvoorziening", skills: ["groenonderhoud"] },
    { title: "Kwekerijmedewerker", skills: ["tuinbouw"] },
    { title: "Medewerker buitendienst groen", skills: ["groenonderhoud", "hoveniersarbeid"] },
    { title: "Dierverzorger kinderboerderij", skills: ["dierverzorging"] },
    { title: "Medewerker kas en teelt", skills: ["tuinbouw", "groenonderhoud"] },
  ],
  BEA: [
    { title: "Administratief medewerker", skills: ["gegevens-invoeren", "archiveren", "kantoorsoftware-gebruiken"] },
    { title: "Medewerker crediteurenadministratie", skills: ["facturen-verwerken", "boekhouden"] },
    { title: "Boekhouder", skills: ["boekhouden", "rapportages-maken-in-excel"] },
    { title: "Salarisadministrateur", skills: ["salarisadministratie", "rapportages-maken-in-excel"] },
    { title: "Receptionist(e) / telefonist(e)", skills: ["telefoon-en-receptie", "plannen-van-afspraken"] },
    { title: "Medewerker klantadministratie", skills: ["klantdossiers-bijhouden", "gegevens-invoeren"] },
  ],
  COM: [
    { title: "Verkoopmedewerker", skills: ["klanten-adviseren", "verkoopgesprekken-voeren"] },
    { title: "Kassamedewerker", skills: ["kassa-bedienen"] },
    { title: "Medewerker binnendienst verkoop", skills: ["orders-verwerken", "telefonische-verkoop"] },
    { title: "Winkelmedewerker vers", skills: ["winkel-presenteren", "kassa-bedienen"] },
    { title: "Medewerker klantenservice", skills: ["klachten-afhandelen", "klanten-adviseren"] },
    { title: "Medewerker webwinkel", skills: ["orders-verwerken", "klachten-afhandelen"] },
  ],
  CRE: [
    { title: "Grafisch vormgever", skills: ["vormgeving"] },
    { title: "Contentmaker social media", skills: ["social-media-beheren", "teksten-schrijven"] },
    { title: "Video-editor", skills: ["video-monteren"] },
    { title: "Geluidstechnicus", skills: ["audio-en-geluidstechniek"] },
    { title: "Communicatiemedewerker", skills: ["teksten-schrijven", "social-media-beheren"] },
    { title: "Fotograaf / beeldredacteur", skills: ["fotografie", "vormgeving"] },
  ],
  DIE: [
    { title: "Schoonmaakmedewerker", skills: ["schoonmaken"] },
    { title: "Medewerker bediening", skills: ["horeca-bediening", "gastvrijheid-en-ontvangst"] },
    { title: "Zelfstandig werkend kok", skills: ["koken"] },
    { title: "Keukenhulp / afwasser", skills: ["afwassen-en-keukenhulp"] },
    { title: "Gastheer / gastvrouw", skills: ["gastvrijheid-en-ontvangst"] },
    { title: "Beveiligingsmedewerker evenementen", skills: ["beveiliging", "gastvrijheid-en-ontvangst"] },
  ],
  ICT: [
    { title: "Servicedeskmedewerker", skills: ["helpdesk-en-gebruikersondersteuning"] },
    { title: "Systeem- en netwerkbeheerder", skills: ["netwerkbeheer", "informatiebeveiliging"] },
    { title: "Junior softwareontwikkelaar", skills: ["programmeren", "testen-van-software"] },
    { title: "Webontwikkelaar", skills: ["webontwikkeling", "programmeren"] },
    { title: "Medewerker werkplekbeheer", skills: ["hardware-installeren", "helpdesk-en-gebruikersondersteuning"] },
    { title: "Databasebeheerder", skills: ["databasebeheer", "informatiebeveiliging"] },
  ],
  MAN: [
    { title: "Teamleider", skills: ["leidinggeven", "personeelsplanning"] },
    { title: "Vestigingsmanager", skills: ["leidinggeven", "budgetbeheer"] },
    { title: "Projectleider", skills: ["projectmanagement"] },
    { title: "Operationeel manager", skills: ["leidinggeven", "verandermanagement"] },
    { title: "Planner / coördinator", skills: ["personeelsplanning", "projectmanagement"] },
    { title: "Afdelingshoofd bedrijfsvoering", skills: ["budgetbeheer", "leidinggeven"] },
  ],
  OBV: [
    { title: "Handhaver openbare ruimte (boa)", skills: ["handhaving", "wet-en-regelgeving-toepassen"] },
    { title: "Juridisch medewerker", skills: ["juridisch-advies", "dossiervorming"] },
    { title: "Medewerker vergunningen", skills: ["vergunningen-behandelen", "wet-en-regelgeving-toepassen"] },
    { title: "Toezichthouder", skills: ["handhaving", "dossiervorming"] },
    { title: "Medewerker Burgerzaken", skills: ["wet-en-regelgeving-toepassen", "dossiervorming"] },
    { title: "Beleidsmedewerker handhaving", skills: ["juridisch-advies", "handhaving"] },
  ],
  PED: [
    { title: "Pedagogisch medewerker kinderopvang", skills: ["kinderen-begeleiden", "veiligheid-in-de-groep"] },
    { title: "Onderwijsassistent", skills: ["onderwijsassistentie", "kinderen-begeleiden"] },
    { title: "BSO-medewerker", skills: ["spelactiviteiten-organiseren", "kinderen-begeleiden"] },
    { title: "Groepsleider peuteropvang", skills: ["ontwikkeling-van-kinderen-volgen", "contact-met-ouders"] },
    { title: "Leraarondersteuner", skills: ["onderwijsassistentie", "ontwikkeling-van-kinderen-volgen"] },
    { title: "Pedagogisch medewerker (BBL)", skills: ["kinderen-begeleiden", "contact-met-ouders"] },
  ],
  TEC: [
    { title: "Elektromonteur", skills: ["elektrotechniek", "technische-tekeningen-lezen"] },
    { title: "Installatiemonteur warmtepompen", skills: ["warmtepompen-installeren", "installatietechniek"] },
    { title: "Monteur zonnepanelen", skills: ["zonnepanelen-installeren", "elektrotechniek"] },
    { title: "Timmerman", skills: ["timmeren", "technische-tekeningen-lezen"] },
    { title: "Onderhoudsmonteur", skills: ["onderhoud-en-reparatie", "machines-bedienen"] },
    { title: "Productiemedewerker", skills: ["productiewerk", "inpakken-en-assembleren"] },
    { title: "Lasser", skills: ["lassen", "technische-tekeningen-lezen"] },
    { title: "Schilder", skills: ["schilderen"] },
  ],
  TRL: [
    { title: "Magazijnmedewerker", skills: ["orderpicken", "voorraadbeheer"] },
    { title: "Vrachtwagenchauffeur C/CE", skills: ["vrachtwagen-rijden-c-ce", "laden-en-lossen"] },
    { title: "Orderpicker", skills: ["orderpicken", "laden-en-lossen"] },
    { title: "Heftruckchauffeur", skills: ["heftruck-rijden", "laden-en-lossen"] },
    { title: "Bezorger bestelbus", skills: ["bestelbus-rijden", "routeplanning"] },
    { title: "Medewerker postbezorging", skills: ["postbezorging"] },
  ],
  ZOR: [
    { title: "Helpende zorg en welzijn", skills: ["persoonlijke-verzorging", "huishoudelijke-ondersteuning"] },
    { title: "Verzorgende IG", skills: ["persoonlijke-verzorging", "medicatie-aanreiken", "observeren-en-rapporteren"] },
    { title: "Huishoudelijk medewerker thuiszorg", skills: ["huishoudelijke-ondersteuning", "hygi-ne-en-infectiepreventie"] },
    { title: "Begeleider gehandicaptenzorg", skills: ["begeleiden-van-cli-nten", "observeren-en-rapporteren"] },
    { title: "Zorgassistent psychogeriatrie", skills: ["omgaan-met-dementie", "tillen-en-transfers"] },
    { title: "Activiteitenbegeleider", skills: ["activiteiten-begeleiden", "begeleiden-van-cli-nten"] },
    { title: "Gastvrouw / gastheer zorg", skills: ["maaltijden-bereiden-en-serveren", "hygi-ne-en-infectiepreventie"] },
  ],
};

/** Certificates that fit an occupation class. */
export const CLASS_CERTIFICATES: Record<string, readonly string[]> = {
  TEC: ["vca"],
  TRL: ["heftruckcertificaat", "code-95"],
  DIE: ["hygi-necode-haccp"],
  ZOR: ["bhv"],
  PED: ["bhv"],
  AGR: ["vca"],
};

/** Basis skills that fit an occupation class best. */
export const CLASS_BASIS: Record<string, readonly string[]> = {
  AGR: ["nederlandse-taal-spreken", "rijbewijs-b"],
  BEA: ["digitale-vaardigheden", "rekenen", "nederlandse-taal-schrijven"],
  COM: ["nederlandse-taal-spreken", "rekenen"],
  CRE: ["digitale-vaardigheden", "engelse-taal", "nederlandse-taal-schrijven"],
  DIE: ["nederlandse-taal-spreken"],
  ICT: ["digitale-vaardigheden", "engelse-taal"],
  MAN: ["nederlandse-taal-schrijven", "digitale-vaardigheden"],
  OBV: ["nederlandse-taal-schrijven", "nederlandse-taal-lezen"],
  PED: ["nederlandse-taal-spreken", "nederlandse-taal-schrijven"],
  TEC: ["rekenen", "nederlandse-taal-lezen"],
  TRL: ["rijbewijs-b", "nederlandse-taal-lezen"],
  ZOR: ["nederlandse-taal-spreken", "nederlandse-taal-lezen"],
};
