import { z } from "zod";
import type { EmployerSegment } from "@/generated/prisma/enums";
import { freeText, optionalTextOrNull } from "@/lib/forms/free-text";
import { firstValue, pageParam, searchId, searchText } from "@/lib/forms/search-params";

/** Shared by the forms and the server: the employer register (A1), master data and ownership. */

export const SEGMENTS = ["MKB", "LARGE", "SOCIAL_CHALLENGE", "GOVERNMENT"] as const satisfies readonly EmployerSegment[];

export const SEGMENT_LABELS: Record<EmployerSegment, string> = {
  MKB: "Mkb",
  LARGE: "Groot bedrijf",
  SOCIAL_CHALLENGE: "Maatschappelijke opgave",
  GOVERNMENT: "Overheid",
};

/** A Dutch postcode: four digits (not starting with 0), two letters; stored as "1234 AB". */
export const POSTCODE_PATTERN = /^[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}$/;

export const postcodeSchema = z
  .string({ error: "Vul de postcode in." })
  .trim()
  .toUpperCase()
  .refine((value) => POSTCODE_PATTERN.test(value), { error: "Vul een Nederlandse postcode in, bijvoorbeeld 1211 AB." })
  .transform((value) => `${value.slice(0, 4)} ${value.slice(-2)}`);

const PHONE_PATTERN = /^\+?\(?[0-9][0-9 ()-]*[0-9]$/;

export const organisationMasterDataSchema = z.object({
  organisationId: z.string({ error: "Werkgever ontbreekt." }).min(1, "Werkgever ontbreekt.").max(40),
  legalName: freeText({ required: "Vul de statutaire naam in.", max: 160, tooLong: "De statutaire naam heeft maximaal 160 tekens." }),
  tradeName: optionalTextOrNull({ max: 160, tooLong: "De handelsnaam heeft maximaal 160 tekens." }),
  street: freeText({ required: "Vul de straat in.", max: 120, tooLong: "De straat heeft maximaal 120 tekens." }),
  houseNumber: freeText({ required: "Vul het huisnummer in.", max: 12, tooLong: "Het huisnummer heeft maximaal 12 tekens." }).refine((value) => /^[0-9]/.test(value), {
    error: "Een huisnummer begint met een cijfer, bijvoorbeeld 12 of 12a.",
  }),
  postcode: postcodeSchema,
  city: freeText({ required: "Vul de plaats in.", max: 80, tooLong: "De plaats heeft maximaal 80 tekens." }),
  municipalityCode: z
    .string()
    .trim()
    .nullish()
    .transform((code) => (code ? code : null))
    .refine((code) => code === null || /^GM[0-9]{4}$/.test(code), { error: "Kies een gemeente uit de lijst." }),
  segment: z.enum(SEGMENTS, { error: "Kies een segment." }),
  sector: optionalTextOrNull({ max: 80, tooLong: "De sector heeft maximaal 80 tekens." }),
  size: z
    .number({ error: "Vul het aantal medewerkers in als getal." })
    .int("Vul een heel getal in.")
    .min(0, "Het aantal medewerkers kan niet negatief zijn.")
    .max(1_000_000, "Het aantal medewerkers is te groot.")
    .nullish()
    .transform((size) => size ?? null),
  inclusiveEmployer: z.boolean(),
  preferredSupplier: z.boolean(),
  sbbRecognised: z.boolean(),
  phone: optionalTextOrNull({ max: 20, tooLong: "Het telefoonnummer heeft maximaal 20 tekens." }).refine(
    (value) => value === null || (PHONE_PATTERN.test(value) && value.replace(/\D/g, "").length >= 6),
    { error: "Vul een telefoonnummer in met cijfers, bijvoorbeeld 035 123 45 67." },
  ),
  email: optionalTextOrNull({ max: 200, tooLong: "Het e-mailadres heeft maximaal 200 tekens." }).refine((value) => value === null || z.email().safeParse(value).success, {
    error: "Vul een geldig e-mailadres in, bijvoorbeeld info@bedrijf.nl.",
  }),
  website: optionalTextOrNull({ max: 200, tooLong: "De website heeft maximaal 200 tekens." }).refine((value) => value === null || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(value), {
    error: "Vul een webadres in dat begint met https://, bijvoorbeeld https://www.bedrijf.nl.",
  }),
});

export type OrganisationMasterDataInput = z.input<typeof organisationMasterDataSchema>;
export type OrganisationMasterData = z.output<typeof organisationMasterDataSchema>;

export const transferOwnershipSchema = z.object({
  organisationId: z.string({ error: "Werkgever ontbreekt." }).min(1, "Werkgever ontbreekt.").max(40),
  toUserId: z.string({ error: "Kies een accountmanager." }).trim().min(1, "Kies een accountmanager.").max(40, "Kies een accountmanager."),
  reason: optionalTextOrNull({ max: 500, tooLong: "De reden heeft maximaal 500 tekens." }),
});

export type TransferOwnershipInput = z.input<typeof transferOwnershipSchema>;

const searchFlag = z.preprocess(firstValue, z.literal("1").optional().catch(undefined)).transform((value) => value === "1");

export const REGISTER_SORTS = ["name", "name-desc", "city", "updated"] as const;
export const REGISTER_SORT_LABELS: Record<(typeof REGISTER_SORTS)[number], string> = {
  name: "Naam (A–Z)",
  "name-desc": "Naam (Z–A)",
  city: "Plaats",
  updated: "Laatst bijgewerkt",
};
export const REGISTER_PAGE_SIZE = 25;

/**
 * The employer register's GET form. Unknown or invalid values are dropped instead of failing, so a
 * hand-edited URL shows the whole register rather than an error page.
 */
export const employerRegisterSearchSchema = z.object({
  q: searchText(),
  workArea: searchId,
  municipality: searchId,
  segment: z.preprocess(firstValue, z.enum(SEGMENTS).optional().catch(undefined)),
  sector: searchText(),
  owner: searchId,
  inclusive: searchFlag,
  preferred: searchFlag,
  sbb: searchFlag,
  sort: z.preprocess(firstValue, z.enum(REGISTER_SORTS).catch("name").default("name")),
  page: pageParam,
});

export type EmployerRegisterSearch = z.output<typeof employerRegisterSearchSchema>;

export function parseEmployerRegisterSearch(params: Record<string, string | string[] | undefined>): EmployerRegisterSearch {
  return employerRegisterSearchSchema.parse(params);
}

export function hasRegisterFilters(search: EmployerRegisterSearch): boolean {
  const { q, workArea, municipality, segment, sector, owner, inclusive, preferred, sbb } = search;
  return Boolean(q || workArea || municipality || segment || sector || owner || inclusive || preferred || sbb);
}

/** The query string for another page or sort of the same search (empty values left out). */
export function registerSearchHref(search: EmployerRegisterSearch, changes: Partial<EmployerRegisterSearch> = {}): string {
  const merged = { ...search, ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === false || value === "") continue;
    if (key === "sort" && value === "name") continue;
    if (key === "page" && value === 1) continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const query = params.toString();
  return query ? `/professional/werkgevers?${query}` : "/professional/werkgevers";
}
