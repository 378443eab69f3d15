/**
 * The dashboard bench's query mix: the first screen (the current year, no filter) most often, then
 * the filters a staff member reaches for — a few municipalities, a work area, an occupation class, a
 * partner, the last month and the current quarter. Built through parseDashboardFilters from URL
 * parameters, exactly as the page builds them.
 */
import type pg from "pg";
import { parseDashboardFilters, type DashboardFilters } from "../../lib/dashboard/filters";
import { monthOf, previousPeriod, quarterOf } from "../../lib/dashboard/period";

export type MixItem = { label: string; filters: DashboardFilters };

/** One round of 20 calls; the timed run repeats it (100 calls = 5 rounds). */
export async function buildDashboardMix(client: pg.Client, now: Date): Promise<MixItem[]> {
  const hilversum = (await client.query<{ id: string }>(`SELECT "workAreaId" AS id FROM "Municipality" WHERE code = 'GM0402'`)).rows[0]!.id;
  const item = (label: string, params: Record<string, string>): MixItem => ({ label, filters: parseDashboardFilters(params, now) });
  const lastMonth = previousPeriod(monthOf(now)).key;
  const quarter = quarterOf(now).key;
  const first = item("first screen (year, no filter)", {});
  const round: MixItem[] = [
    first, first, first, first, first, first,
    item("gemeente Hilversum", { gemeente: "GM0402" }),
    item("gemeente Gooise Meren", { gemeente: "GM1942" }),
    item("gemeente Wijdemeren", { gemeente: "GM1696" }),
    item("werkgebied Hilversum", { werkgebied: hilversum }),
    item("beroepsklasse ZOR", { beroepsklasse: "ZOR" }),
    item("partner UWV", { partner: "UWV" }),
    item(`maand ${lastMonth}`, { periode: lastMonth }),
    item(`kwartaal ${quarter}`, { periode: quarter }),
    item("gemeente Hilversum + ZOR", { gemeente: "GM0402", beroepsklasse: "ZOR" }),
    item(`maand ${lastMonth} + partner GEMEENTE`, { periode: lastMonth, partner: "GEMEENTE" }),
    first, first,
    item("gemeente Hilversum", { gemeente: "GM0402" }),
    item("beroepsklasse ZOR", { beroepsklasse: "ZOR" }),
  ];
  return round;
}
