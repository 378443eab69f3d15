import { z } from "zod";
import { firstValue, searchText } from "@/lib/forms/search-params";

/** The SUWI monitor's own GET parameters (the filters are parseDashboardFilters'); odd values are dropped. */
const pageNumber = z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000).catch(1).default(1));

export const suwiSearchSchema = z.object({
  zoek: searchText(100),
  pagina: pageNumber,
  opvolgpagina: pageNumber,
});

export type SuwiSearch = { search: string; page: number; followUpPage: number };

export function parseSuwiSearch(params: Record<string, string | string[] | undefined>): SuwiSearch {
  const parsed = suwiSearchSchema.parse(params);
  return { search: parsed.zoek ?? "", page: parsed.pagina, followUpPage: parsed.opvolgpagina };
}
