import { z } from "zod";
import { firstValue } from "@/lib/forms/search-params";
import { defaultPeriod, parsePeriod, previousPeriod, type Period } from "./period";

/**
 * The dashboard filters as they appear in the URL, so a filtered view can be bookmarked, printed and
 * exported with the same figures: `?periode=2026-Q3&gemeente=GM0402&werkgebied=…&beroepsklasse=ZOR&partner=UWV`.
 * Unknown or malformed values fall back to "all" (and the default period) instead of failing the page.
 */
export type DashboardFilters = {
  period: Period;
  previous: Period;
  municipalityCode?: string;
  workAreaId?: string;
  occupationClassCode?: string;
  partnerCode?: string;
};

type SearchParams = Record<string, string | string[] | undefined>;

const code = z.string().trim().regex(/^[A-Za-z0-9_-]{1,40}$/).optional().catch(undefined);

const schema = z.object({
  periode: z.string().optional().catch(undefined),
  gemeente: code,
  werkgebied: code,
  beroepsklasse: code,
  partner: code,
});

const first = (value: string | string[] | undefined) => firstValue(value) || undefined;

export function parseDashboardFilters(params: SearchParams, now: Date): DashboardFilters {
  const raw = schema.parse({
    periode: first(params.periode),
    gemeente: first(params.gemeente),
    werkgebied: first(params.werkgebied),
    beroepsklasse: first(params.beroepsklasse),
    partner: first(params.partner),
  });
  const period = parsePeriod(raw.periode) ?? defaultPeriod(now);
  return {
    period,
    previous: previousPeriod(period),
    municipalityCode: raw.gemeente,
    workAreaId: raw.werkgebied,
    occupationClassCode: raw.beroepsklasse,
    partnerCode: raw.partner,
  };
}

/** The same filters as a query string (for links to exports and reports). */
export function filtersToQuery(filters: DashboardFilters): string {
  const params = new URLSearchParams({ periode: filters.period.key });
  if (filters.municipalityCode) params.set("gemeente", filters.municipalityCode);
  if (filters.workAreaId) params.set("werkgebied", filters.workAreaId);
  if (filters.occupationClassCode) params.set("beroepsklasse", filters.occupationClassCode);
  if (filters.partnerCode) params.set("partner", filters.partnerCode);
  return params.toString();
}
