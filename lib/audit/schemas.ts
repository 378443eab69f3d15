import { z } from "zod";
import { firstValue } from "@/lib/forms/search-params";
import { hasControlCharacters, SEARCH_CONTROL_CHARACTER_MESSAGE } from "@/lib/forms/url-input";

/** Filters of the audit pages. No server imports: the admin form uses the same messages. */
export const AUDIT_PAGE_SIZE = 25;

/** "?pagina=3" → 3; anything else → 1 (the page is clamped to the last page by the query). */
export const pageNumberSchema = z.coerce.number().int().min(1).max(100_000).catch(1);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const optionalText = (max: number, message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined),
    z
      .string()
      .max(max, message)
      .refine((text) => !hasControlCharacters(text), { error: SEARCH_CONTROL_CHARACTER_MESSAGE })
      .optional(),
  );
const optionalDate = (message: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined),
    z.string().regex(DATE, message).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), message).optional(),
  );

export const auditSearchSchema = z
  .object({
    kandidaat: optionalText(40, "Een kandidaatnummer is hoogstens 40 tekens.").refine((value) => value === undefined || /^[a-z0-9]+$/i.test(value), {
      error: "Een kandidaatnummer bestaat alleen uit letters en cijfers.",
    }),
    email: optionalText(254, "Een e-mailadres is hoogstens 254 tekens.").refine((value) => value === undefined || /^[^\s@]+@[^\s@]+$/.test(value), {
      error: "Vul een e-mailadres in, zoals naam@voorbeeld.nl.",
    }),
    van: optionalDate("Vul een datum in, zoals 2026-11-24."),
    tot: optionalDate("Vul een datum in, zoals 2026-11-30."),
    pagina: pageNumberSchema.optional(),
  })
  .refine((search) => !search.van || !search.tot || search.van <= search.tot, {
    path: ["tot"],
    error: "De einddatum ligt voor de begindatum.",
  });

export type AuditSearch = z.output<typeof auditSearchSchema>;

export type AuditSearchField = "kandidaat" | "email" | "van" | "tot";
export type ParsedAuditSearch = {
  /** Null when a filter is invalid: show the errors, search nothing. */
  search: AuditSearch | null;
  errors: Partial<Record<AuditSearchField, string>>;
  /** The values as typed, to show them again in the form. */
  values: Record<AuditSearchField, string>;
};

const first = (value: string | string[] | undefined) => firstValue(value) ?? "";

/** The admin audit GET form: the search, or the Dutch message per field. */
export function parseAuditSearch(params: Record<string, string | string[] | undefined>): ParsedAuditSearch {
  const values = { kandidaat: first(params.kandidaat), email: first(params.email), van: first(params.van), tot: first(params.tot) };
  const parsed = auditSearchSchema.safeParse({ ...values, pagina: first(params.pagina) || undefined });
  if (parsed.success) return { search: parsed.data, errors: {}, values };
  const errors: ParsedAuditSearch["errors"] = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as AuditSearchField | undefined;
    if (field && field in values && !errors[field]) errors[field] = issue.message;
  }
  return { search: null, errors, values };
}

/** The URL of another page of the same search (empty filters left out). */
export function auditSearchHref(search: AuditSearch, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["kandidaat", "email", "van", "tot"] as const) if (search[key]) params.set(key, search[key]);
  if (page > 1) params.set("pagina", String(page));
  const query = params.toString();
  return query ? `/beheer/audit?${query}` : "/beheer/audit";
}
