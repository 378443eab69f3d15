import type { EducationLevel } from "@/generated/prisma/enums";

/** Dutch names of the education levels, in order from low to high. */
export const EDUCATION_LEVEL_LABELS: Record<EducationLevel, string> = {
  NONE: "Geen diploma",
  PRIMARY: "Basisonderwijs",
  VMBO: "Vmbo",
  MBO1: "Mbo niveau 1 (entree)",
  MBO2: "Mbo niveau 2",
  MBO3: "Mbo niveau 3",
  MBO4: "Mbo niveau 4",
  HAVO_VWO: "Havo of vwo",
  HBO: "Hbo",
  WO: "Wo (universiteit)",
};

export const EDUCATION_LEVELS = Object.keys(EDUCATION_LEVEL_LABELS) as EducationLevel[];

/** Languages offered as checkboxes; any other language can be added as free text. */
export const COMMON_LANGUAGES = [
  "Nederlands",
  "Engels",
  "Arabisch",
  "Turks",
  "Pools",
  "Duits",
  "Frans",
  "Spaans",
  "Oekraïens",
  "Tigrinya",
  "Dari",
  "Farsi",
  "Somalisch",
  "Berbers (Tamazight)",
  "Papiaments",
] as const;
