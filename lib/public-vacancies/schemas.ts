import { z } from "zod";
import { recordIdSchema } from "@/lib/forms/record-id";
import { firstValue, pageParam, searchId, searchText } from "@/lib/forms/search-params";

/** Shared by the public vacancy pages and the server (P5/J5); no server imports. */

export const PUBLIC_VACANCY_PAGE_SIZE = 20;


/**
 * The public vacancy list's GET form. Invalid values are dropped instead of failing: a hand-edited
 * URL shows all vacancies rather than an error page.
 */
export const publicVacancySearchSchema = z.object({
  q: searchText(),
  workArea: searchId,
  occupationClass: searchId,
  hoursMin: z.preprocess(firstValue, z.coerce.number().int().min(1).max(40).optional().catch(undefined)),
  page: pageParam,
});

export type PublicVacancySearch = z.output<typeof publicVacancySearchSchema>;

export function parsePublicVacancySearch(params: Record<string, string | string[] | undefined>): PublicVacancySearch {
  return publicVacancySearchSchema.parse(params);
}

export function hasPublicVacancyFilters(search: PublicVacancySearch): boolean {
  return Boolean(search.q || search.workArea || search.occupationClass || search.hoursMin);
}

/** The URL of another page of the same search (empty values left out). */
export function publicVacancySearchHref(search: PublicVacancySearch, changes: Partial<PublicVacancySearch> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...search, ...changes })) {
    if (value === undefined || value === "") continue;
    if (key === "page" && value === 1) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/vacatures?${query}` : "/vacatures";
}

/** The hours filter's choices ("at least N hours a week"). */
export const HOURS_MIN_OPTIONS = [8, 16, 24, 32] as const;

/** "Ik heb interesse" on one public vacancy. */
export const expressInterestSchema = z.object({ vacancyId: recordIdSchema });
export type ExpressInterestInput = z.infer<typeof expressInterestSchema>;

export const ALREADY_INTERESTED_MESSAGE = "U heeft al interesse getoond in deze vacature.";
