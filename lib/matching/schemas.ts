import { z } from "zod";
import { firstValue } from "@/lib/forms/search-params";
import { isIsoDate } from "@/lib/time/calendar-dates";
import { dayOfIso } from "./days";
import type { CandidateFilters, VacancyFilters } from "./ranking";

/** The first value, trimmed; an empty field counts as not filled in. */
const trimmed = (value: unknown) => {
  const first = firstValue(value);
  if (typeof first !== "string") return first;
  return first.trim() === "" ? undefined : first.trim();
};

export const DATE_MESSAGE = "Vul een bestaande datum in, bijvoorbeeld 2026-12-01.";
export const WORK_AREA_MESSAGE = "Kies een werkgebied uit de lijst.";

const workArea = z.preprocess(trimmed, z.string().max(40, WORK_AREA_MESSAGE).regex(/^[A-Za-z0-9_-]*$/, WORK_AREA_MESSAGE).optional());

/** The GET form above the candidate list of a vacancy (names as in the URL). */
export const candidateFilterSchema = z.object({
  werkfit: z.preprocess(trimmed, z.enum(["ja"], { error: "Vink het vakje aan of laat het leeg." }).optional()),
  beschikbaar: z.preprocess(trimmed, z.string().max(10, DATE_MESSAGE).refine(isIsoDate, DATE_MESSAGE).optional()),
  werkgebied: workArea,
});

/** The GET form above the vacancy list of a candidate. */
export const vacancyFilterSchema = z.object({ werkgebied: workArea });

export type FilterForm<Key extends string> = { values: Partial<Record<Key, string>>; errors: Partial<Record<Key, string>> };

export type ParsedCandidateFilters = FilterForm<"werkfit" | "beschikbaar" | "werkgebied"> & { filters: CandidateFilters | null };
export type ParsedVacancyFilters = FilterForm<"werkgebied"> & { filters: VacancyFilters | null };

function errorsOf<Key extends string>(error: z.ZodError): Partial<Record<Key, string>> {
  const errors: Partial<Record<Key, string>> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0]) as Key;
    errors[key] ??= issue.message;
  }
  return errors;
}

const raw = (params: Record<string, unknown>, key: string) => {
  const value = firstValue(params[key]);
  return typeof value === "string" ? value.slice(0, 60) : undefined;
};

/**
 * The filters from the URL, or errors per field (then `filters` is null and the page lists nothing
 * until they are fixed). `workAreaIds` are the work areas that exist.
 */
export function parseCandidateFilters(params: Record<string, unknown>, workAreaIds: readonly string[]): ParsedCandidateFilters {
  const values = { werkfit: raw(params, "werkfit"), beschikbaar: raw(params, "beschikbaar"), werkgebied: raw(params, "werkgebied") };
  const parsed = candidateFilterSchema.safeParse(params);
  if (!parsed.success) return { values, errors: errorsOf(parsed.error), filters: null };
  const { werkfit, beschikbaar, werkgebied } = parsed.data;
  if (werkgebied && !workAreaIds.includes(werkgebied)) return { values, errors: { werkgebied: WORK_AREA_MESSAGE }, filters: null };
  return {
    values,
    errors: {},
    filters: { workReadyOnly: werkfit === "ja", availableByDay: beschikbaar ? dayOfIso(beschikbaar) : null, workAreaId: werkgebied ?? null },
  };
}

export function parseVacancyFilters(params: Record<string, unknown>, workAreaIds: readonly string[]): ParsedVacancyFilters {
  const values = { werkgebied: raw(params, "werkgebied") };
  const parsed = vacancyFilterSchema.safeParse(params);
  if (!parsed.success) return { values, errors: errorsOf(parsed.error), filters: null };
  const { werkgebied } = parsed.data;
  if (werkgebied && !workAreaIds.includes(werkgebied)) return { values, errors: { werkgebied: WORK_AREA_MESSAGE }, filters: null };
  return { values, errors: {}, filters: { workAreaId: werkgebied ?? null } };
}
