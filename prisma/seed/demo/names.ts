/** Invented Dutch names and addresses for demo data. Any resemblance to real people is accidental. */

export const FIRST_NAMES_FEMALE = [
  "Anna", "Sanne", "Lisa", "Fleur", "Emma", "Noor", "Eva", "Lotte", "Iris", "Julia", "Sophie", "Yasmina",
  "Fatima", "Esra", "Merel", "Naomi", "Kim", "Anouk", "Maaike", "Ilse", "Joyce", "Priscilla", "Oksana",
  "Agnieszka", "Saskia", "Wendy", "Mirjam", "Hatice", "Ingrid", "Romy", "Chantal", "Nadia", "Tessa",
  "Marloes", "Linda", "Daniëlle", "Bo", "Zeynep", "Shanti", "Hanna",
];

export const FIRST_NAMES_MALE = [
  "Daan", "Sem", "Lucas", "Milan", "Thijs", "Jesse", "Ruben", "Bram", "Tim", "Niels", "Mohamed", "Youssef",
  "Emre", "Kevin", "Dennis", "Jeroen", "Marco", "Sander", "Rachid", "Bilal", "Pieter", "Joris", "Wouter",
  "Stefan", "Tomasz", "Dmytro", "Hamza", "Rik", "Mees", "Luuk", "Gerrit", "Henk", "Koen", "Patrick",
  "Ricardo", "Jayden", "Samir", "Ömer", "Arjen", "Vincent",
];

export const LAST_NAMES = [
  "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
  "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits",
  "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
  "van Dijk", "Kuipers", "Schouten", "Willems", "Hoekstra", "Koster", "Prins", "Huisman", "Post", "Blom",
  "El Amrani", "Yılmaz", "Kaya", "Benali", "Ramdin", "Martina", "Kowalski", "Nowak", "Kovalenko", "Boukhari",
  "Öztürk", "Tahiri", "Sewnath", "Doornbos", "Rietveld", "van Rijn", "Hilhorst", "Gooijer", "Koelewijn",
];

export const LANGUAGES_EXTRA = [
  "Engels", "Arabisch", "Turks", "Pools", "Oekraïens", "Tigrinya", "Papiaments", "Sranantongo", "Duits", "Spaans",
];

export const STREETS: Record<string, readonly string[]> = {
  Hilversum: ["Kerkstraat", "Larenseweg", "Oude Enghweg", "Vaartweg", "Schapenkamp", "Liebergerweg", "Diependaalselaan"],
  Bussum: ["Havenstraat", "Brinklaan", "Huizerweg", "Nieuwe 's-Gravelandseweg"],
  Naarden: ["Amersfoortsestraatweg", "Cattenhagestraat", "Gooimeer"],
  Huizen: ["Havenstraat", "Oude Haven", "Huizermaatweg", "Ambachtsweg"],
  Blaricum: ["Torenlaan", "Huizerweg", "Bijvanklaan"],
  Eemnes: ["Wakkerendijk", "Laarderweg", "Raadhuislaan"],
  Laren: ["Brink", "Eemnesserweg", "Naarderstraat", "Torenlaan"],
  Loosdrecht: ["Oud-Loosdrechtsedijk", "Nieuw-Loosdrechtsedijk", "Tjalk"],
  Kortenhoef: ["Kortenhoefsedijk", "Moleneind"],
  "Nederhorst den Berg": ["Dammerweg", "Middenweg"],
};

/** Place → municipality code and postcode prefix (4 digits). */
export const PLACES: Record<string, { municipalityCode: string; postcodes: readonly string[] }> = {
  Hilversum: { municipalityCode: "GM0402", postcodes: ["1211", "1213", "1215", "1217", "1221", "1222"] },
  Bussum: { municipalityCode: "GM1942", postcodes: ["1401", "1403", "1404", "1405"] },
  Naarden: { municipalityCode: "GM1942", postcodes: ["1411", "1412"] },
  Huizen: { municipalityCode: "GM0406", postcodes: ["1271", "1272", "1273", "1274"] },
  Blaricum: { municipalityCode: "GM0376", postcodes: ["1261", "1262"] },
  Eemnes: { municipalityCode: "GM0317", postcodes: ["3755"] },
  Laren: { municipalityCode: "GM0417", postcodes: ["1251"] },
  Loosdrecht: { municipalityCode: "GM1696", postcodes: ["1231"] },
  Kortenhoef: { municipalityCode: "GM1696", postcodes: ["1241"] },
  "Nederhorst den Berg": { municipalityCode: "GM1696", postcodes: ["3615"] },
};

export const PLACES_BY_MUNICIPALITY: Record<string, readonly string[]> = {
  GM0402: ["Hilversum"],
  GM1942: ["Bussum", "Naarden"],
  GM0406: ["Huizen"],
  GM0376: ["Blaricum"],
  GM0317: ["Eemnes"],
  GM0417: ["Laren"],
  GM1696: ["Loosdrecht", "Kortenhoef", "Nederhorst den Berg"],
};

/** "Daniëlle van den Berg" → "danielle.vandenberg". */
export function emailLocalPart(firstName: string, lastName: string): string {
  const ascii = (text: string) =>
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/ı/g, "i")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
  return `${ascii(firstName)}.${ascii(lastName)}`;
}
