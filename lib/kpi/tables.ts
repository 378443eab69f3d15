import "server-only";
import type { DashboardTable } from "@/lib/dashboard/table";
import { aftercareOnTimeTable } from "./aftercare-on-time";
import { banenafspraakTable } from "./banenafspraak";
import type { KpiContext } from "./context";
import { doubleApproachesTable } from "./double-approaches";
import { employerQuestionsTable } from "./employer-questions";
import { employerSatisfactionTables } from "./employer-satisfaction";
import { eventAttendanceTable } from "./event-attendance";
import { firstProposalsTable } from "./first-proposals";
import { followUpPromisesTable } from "./follow-up-promises";
import { handoversTable } from "./handovers";
import { KPI_TABLE_IDS, type KpiTableId } from "./table-ids";
import { placementsByContractTable } from "./placements-by-contract";
import { placementsByTargetGroupTable } from "./placements-by-target-group";
import { proposalsOutcomesTables } from "./proposals-outcomes";
import { sroiTable } from "./sroi";
import { sustainablePlacementsTable } from "./sustainable-placements";
import { vacanciesReceivedTable } from "./vacancies-received";

/** One SQL aggregate per entry; an entry may deliver more than one table from the same query. */
type KpiQuery = { tables: readonly KpiTableId[]; run: (ctx: KpiContext) => Promise<DashboardTable[]> };

const one = (fn: (ctx: KpiContext) => Promise<DashboardTable>) => async (ctx: KpiContext) => [await fn(ctx)];

export const KPI_QUERIES: readonly KpiQuery[] = [
  { tables: ["vacatures"], run: one(vacanciesReceivedTable) },
  { tables: ["eerste-voorstel"], run: one(firstProposalsTable) },
  { tables: ["voorstellen", "afwijzingsredenen"], run: proposalsOutcomesTables },
  { tables: ["plaatsingen-contractvorm"], run: one(placementsByContractTable) },
  { tables: ["duurzame-plaatsingen"], run: one(sustainablePlacementsTable) },
  { tables: ["nazorg-op-tijd"], run: one(aftercareOnTimeTable) },
  { tables: ["tevredenheid-werkgevers", "tevredenheid-verdeling"], run: employerSatisfactionTables },
  { tables: ["vragen-werkgevers"], run: one(employerQuestionsTable) },
  { tables: ["toezeggingen"], run: one(followUpPromisesTable) },
  { tables: ["dubbele-benadering"], run: one(doubleApproachesTable) },
  { tables: ["overdrachten"], run: one(handoversTable) },
  { tables: ["banenafspraak"], run: one(banenafspraakTable) },
  { tables: ["plaatsingen-doelgroep"], run: one(placementsByTargetGroupTable) },
  { tables: ["evenementen"], run: one(eventAttendanceTable) },
  { tables: ["sroi"], run: one(sroiTable) },
];

/** All tables in KPI_TABLE_IDS order; the independent aggregates run in parallel. */
export async function runAllKpiQueries(ctx: KpiContext): Promise<DashboardTable[]> {
  return runKpiQueries(ctx, (id) => KPI_TABLE_IDS.includes(id));
}

/** The aggregates that deliver at least one table `wanted` accepts (with all their tables), in page order. */
export async function runKpiQueries(ctx: KpiContext, wanted: (id: KpiTableId) => boolean): Promise<DashboardTable[]> {
  const queries = KPI_QUERIES.filter((query) => query.tables.some(wanted));
  const results = (await Promise.all(queries.map((query) => query.run(ctx)))).flat();
  return KPI_TABLE_IDS.map((id) => results.find((table) => table.id === id)).filter((table): table is DashboardTable => Boolean(table));
}

/** Only the aggregate that delivers `id`. */
export async function runKpiQueryFor(id: KpiTableId, ctx: KpiContext): Promise<DashboardTable | undefined> {
  const query = KPI_QUERIES.find((entry) => entry.tables.includes(id));
  return query ? (await query.run(ctx)).find((table) => table.id === id) : undefined;
}
