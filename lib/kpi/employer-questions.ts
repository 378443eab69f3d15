import "server-only";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { count, percentOfThings, periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { QUESTIONS_FACT } from "./facts/questions-fact";
import { readFact } from "./rollups/read-fact";

type Row = { asked: number; withinNorm: number; late: number; overdue: number; open: number };

/** Employer questions asked in the period against the norm of 2 working days (A4; lib/kpi/facts/questions-fact.ts). */
export async function employerQuestionsTable(ctx: KpiContext): Promise<DashboardTable> {
  const totals = await readFact(QUESTIONS_FACT, ctx);
  const row = (bucket: "cur" | "prev"): Row => {
    const t = totals[bucket];
    return { asked: t.asked ?? 0, withinNorm: t.withinNorm ?? 0, late: t.late ?? 0, overdue: t.overdue ?? 0, open: t.open ?? 0 };
  };
  const data = { cur: row("cur"), prev: row("prev") };
  const judged = (row: Row) => row.asked - row.open;
  const line = (label: string, pick: (row: Row) => number) => [text(label), count(pick(data.cur)), count(pick(data.prev))];
  return {
    id: "vragen-werkgevers",
    title: "Vragen van werkgevers binnen 2 werkdagen beantwoord",
    description:
      "Vragen die werkgevers in de periode stelden via het portaal. De norm is een antwoord binnen 2 werkdagen (weekend en feestdagen tellen niet mee). Het aandeel telt alleen vragen waarvan de termijn voorbij is of die beantwoord zijn.",
    columns: periodColumns(ctx),
    rows: [
      line("Vragen gesteld", (r) => r.asked),
      line("Binnen 2 werkdagen beantwoord", (r) => r.withinNorm),
      line("Later beantwoord", (r) => r.late),
      line("Nog niet beantwoord, norm verstreken", (r) => r.overdue),
      line("Nog niet beantwoord, binnen de norm", (r) => r.open),
      [text("Aandeel binnen de norm"), percentOfThings(data.cur.withinNorm, judged(data.cur)), percentOfThings(data.prev.withinNorm, judged(data.prev))],
    ],
  };
}
