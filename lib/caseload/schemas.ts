import { z } from "zod";
import { isIsoDate } from "@/lib/time/calendar-dates";
import { optionalText } from "@/lib/forms/free-text";
import { recordIdSchema } from "@/lib/forms/record-id";
import { firstValue, pageParam, searchId, searchText } from "@/lib/forms/search-params";

/** Shared by the caseload pages and the server (B1); no server imports. */

export const CASELOAD_PAGE_SIZE = 25;

export const CASELOAD_SORTS = ["name", "name-desc", "work-ready", "available", "newest"] as const;
export type CaseloadSort = (typeof CASELOAD_SORTS)[number];
export const CASELOAD_SORT_LABELS: Record<CaseloadSort, string> = {
  name: "Naam (A–Z)",
  "name-desc": "Naam (Z–A)",
  "work-ready": "Werkfit (langst werkfit eerst)",
  available: "Beschikbaar vanaf (eerst beschikbaar eerst)",
  newest: "Nieuwste kandidaat eerst",
};


/**
 * The caseload's GET form. Unknown or invalid values are dropped instead of failing, so a
 * hand-edited URL shows the whole caseload rather than an error page.
 */
export const caseloadSearchSchema = z.object({
  q: searchText(),
  workReady: z.preprocess(firstValue, z.enum(["ja", "nee"]).optional().catch(undefined)),
  availableBefore: z.preprocess(firstValue, z.string().trim().refine(isIsoDate).optional().catch(undefined)),
  occupationClass: searchId,
  workArea: searchId,
  sort: z.preprocess(firstValue, z.enum(CASELOAD_SORTS).catch("name").default("name")),
  page: pageParam,
});

export type CaseloadSearch = z.output<typeof caseloadSearchSchema>;

export function parseCaseloadSearch(params: Record<string, string | string[] | undefined>): CaseloadSearch {
  return caseloadSearchSchema.parse(params);
}

export function hasCaseloadFilters(search: CaseloadSearch): boolean {
  const { q, workReady, availableBefore, occupationClass, workArea } = search;
  return Boolean(q || workReady || availableBefore || occupationClass || workArea);
}

/** The query string for another page or sort of the same search (empty values left out). */
export function caseloadSearchHref(search: CaseloadSearch, changes: Partial<CaseloadSearch> = {}): string {
  const merged = { ...search, ...changes };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "") continue;
    if (key === "sort" && value === "name") continue;
    if (key === "page" && value === 1) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `/professional/kandidaten?${query}` : "/professional/kandidaten";
}

export const TRANSFER_REASON_MIN = 10;
export const TRANSFER_REASON_MAX = 500;
const CHOOSE_MEDIATOR = "Kies een bemiddelaar.";

/** Hand a candidate to another bemiddelaar (B1): who, and why (the reason is logged). */
export const transferCandidateSchema = z.object({
  candidateId: recordIdSchema,
  toUserId: z.string({ error: CHOOSE_MEDIATOR }).trim().min(1, CHOOSE_MEDIATOR).max(40, CHOOSE_MEDIATOR),
  reason: optionalText(TRANSFER_REASON_MAX).refine((text) => text.length >= TRANSFER_REASON_MIN, {
    error: `Schrijf op waarom u de kandidaat overdraagt (minimaal ${TRANSFER_REASON_MIN} tekens).`,
  }),
});

export type TransferCandidateInput = z.input<typeof transferCandidateSchema>;
