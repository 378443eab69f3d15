import "server-only";
import { figure, people, text, type DashboardTable } from "@/lib/dashboard/table";
import { percentOfPeople, periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { SATISFACTION_FACT, SCORES } from "./facts/satisfaction-fact";
import { readFact } from "./rollups/read-fact";

type Row = { answers: number; average: number | null; scores: number[] };

const SCORE_LABELS = ["1 (zeer ontevreden)", "2", "3", "4", "5 (zeer tevreden)"];

/** Employer satisfaction: the scores (1–5) employers gave at their aftercare check-ins answered in the period (lib/kpi/facts/satisfaction-fact.ts). */
export async function employerSatisfactionTables(ctx: KpiContext): Promise<DashboardTable[]> {
  const totals = await readFact(SATISFACTION_FACT, ctx);
  const row = (bucket: "cur" | "prev"): Row => {
    const scores = SCORES.map((score) => totals[bucket][`score:${score}`] ?? 0);
    const answers = scores.reduce((total, n) => total + n, 0);
    const points = scores.reduce((total, n, index) => total + n * SCORES[index]!, 0);
    return { answers, average: answers > 0 ? points / answers : null, scores };
  };
  const data = { cur: row("cur"), prev: row("prev") };
  const satisfied = (row: Row) => Number(row.scores[3] ?? 0) + Number(row.scores[4] ?? 0);
  return [
    {
      id: "tevredenheid-werkgevers",
      title: "Tevredenheid van werkgevers",
      description: "Scores van 1 tot en met 5 die werkgevers gaven bij de nazorg na een plaatsing, beantwoord in de periode.",
      columns: periodColumns(ctx),
      rows: [
        [text("Antwoorden van werkgevers"), people(data.cur.answers), people(data.prev.answers)],
        [text("Gemiddelde score"), figure(data.cur.average, data.cur.answers), figure(data.prev.average, data.prev.answers)],
        [text("Aandeel tevreden (score 4 of 5)"), percentOfPeople(satisfied(data.cur), data.cur.answers), percentOfPeople(satisfied(data.prev), data.prev.answers)],
      ],
    },
    {
      id: "tevredenheid-verdeling",
      title: "Scores van werkgevers",
      description: "Hoe vaak werkgevers elke score gaven bij de nazorg.",
      columns: periodColumns(ctx, "Score"),
      rows: SCORE_LABELS.map((label, index) => [text(label), people(Number(data.cur.scores[index] ?? 0)), people(Number(data.prev.scores[index] ?? 0))]),
      chart: { labelColumn: 0, valueColumn: 1 },
    },
  ];
}
