import "server-only";
import { figure, text, type DashboardTable } from "@/lib/dashboard/table";
import { percentOfPeople, periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { SATISFACTION_FACT, SCORES } from "./facts/satisfaction-fact";
import { readFact } from "./rollups/read-fact";
import { bothPeriods, countSheet, sumInBothPeriods, type Bucketed } from "./suppression/count-sheet";
import { readWithReference } from "./suppression/with-reference";

type Row = { answers: number; average: number | null; scores: number[] };

const SCORE_LABELS = ["1 (zeer ontevreden)", "2", "3", "4", "5 (zeer tevreden)"];

/** Employer satisfaction: the scores (1–5) employers gave at their aftercare check-ins answered in the period (lib/kpi/facts/satisfaction-fact.ts). */
export async function employerSatisfactionTables(ctx: KpiContext): Promise<DashboardTable[]> {
  const { filtered: totals, reference } = await readWithReference(ctx, (c) => readFact(SATISFACTION_FACT, c));
  const row = (bucket: "cur" | "prev", from = totals): Row => {
    const scores = SCORES.map((score) => from[bucket][`score:${score}`] ?? 0);
    const answers = scores.reduce((total, n) => total + n, 0);
    const points = scores.reduce((total, n, index) => total + n * SCORES[index]!, 0);
    return { answers, average: answers > 0 ? points / answers : null, scores };
  };
  const data = { cur: row("cur"), prev: row("prev") };
  const satisfied = (row: Row) => Number(row.scores[3] ?? 0) + Number(row.scores[4] ?? 0);
  const SCORE_FIELDS = SCORES.map((score) => `score:${score}` as const);
  type Field = "answers" | (typeof SCORE_FIELDS)[number];
  const counts = (row: Row) => ({ answers: row.answers, ...Object.fromEntries(SCORE_FIELDS.map((field, index) => [field, Number(row.scores[index] ?? 0)])) }) as Record<Field, number>;
  // One sheet for both tables: the scores add up to the answers, and the average and the share are
  // computed from the scores, so they are shown only when every score count is shown.
  const region = reference && bothPeriods(counts(row("cur", reference)), counts(row("prev", reference)));
  const sheet = countSheet(bothPeriods(counts(data.cur), counts(data.prev)), sumInBothPeriods<Field>("answers", SCORE_FIELDS), { reference: region });
  const allOf = (bucket: "cur" | "prev"): Bucketed<Field>[] => [`${bucket}:answers`, ...SCORE_FIELDS.map((field) => `${bucket}:${field}` as const)];
  const average = (bucket: "cur" | "prev") => sheet.derived(allOf(bucket), figure(data[bucket].average, data[bucket].answers));
  const share = (bucket: "cur" | "prev") => sheet.derived(allOf(bucket), percentOfPeople(satisfied(data[bucket]), data[bucket].answers));
  return [
    {
      id: "tevredenheid-werkgevers",
      title: "Tevredenheid van werkgevers",
      description: "Scores van 1 tot en met 5 die werkgevers gaven bij de nazorg na een plaatsing, beantwoord in de periode.",
      columns: periodColumns(ctx),
      rows: [
        [text("Antwoorden van werkgevers"), sheet.people("cur:answers"), sheet.people("prev:answers")],
        [text("Gemiddelde score"), average("cur"), average("prev")],
        [text("Aandeel tevreden (score 4 of 5)"), share("cur"), share("prev")],
      ],
    },
    {
      id: "tevredenheid-verdeling",
      title: "Scores van werkgevers",
      description: "Hoe vaak werkgevers elke score gaven bij de nazorg.",
      columns: periodColumns(ctx, "Score"),
      rows: SCORE_LABELS.map((label, index) => [text(label), sheet.people(`cur:${SCORE_FIELDS[index]!}`), sheet.people(`prev:${SCORE_FIELDS[index]!}`)]),
      chart: { labelColumn: 0, valueColumn: 1 },
    },
  ];
}
