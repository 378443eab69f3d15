import "server-only";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { DECLINE_REASON_LABELS } from "@/lib/proposals/labels";
import { percentOfPeople, periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { DECLINE_REASONS, PROPOSALS_FACT } from "./facts/proposals-fact";
import { readFact } from "./rollups/read-fact";
import { bothPeriods, countSheet, sumInBothPeriods } from "./suppression/count-sheet";
import { readWithReference } from "./suppression/with-reference";

type Row = { shared: number; invited: number; declined: number; noAnswer: number; waiting: number; reasons: number[] };

/**
 * Proposals shared with an employer in the period and what became of them: invited for an
 * interview, declined (and why), no answer by the response deadline, or still within it
 * (lib/kpi/facts/proposals-fact.ts; closed months come from the monthly roll-up).
 */
export async function proposalsOutcomesTables(ctx: KpiContext): Promise<DashboardTable[]> {
  const { filtered: totals, reference } = await readWithReference(ctx, (c) => readFact(PROPOSALS_FACT, c));
  const row = (bucket: "cur" | "prev", from = totals): Row => {
    const t = from[bucket];
    return {
      shared: t.shared ?? 0,
      invited: t.invited ?? 0,
      declined: t.declined ?? 0,
      noAnswer: t.noAnswer ?? 0,
      waiting: t.waiting ?? 0,
      reasons: DECLINE_REASONS.map((reason) => t[`reason:${reason}`] ?? 0),
    };
  };
  const data = { cur: row("cur"), prev: row("prev") };
  const counts = ({ reasons, ...row }: Row) => ({ ...row, ...Object.fromEntries(DECLINE_REASONS.map((reason, index) => [`reason:${reason}`, Number(reasons[index] ?? 0)])) });
  type Field = Exclude<keyof Row, "reasons"> | `reason:${(typeof DECLINE_REASONS)[number]}`;
  // Both tables are published together: the reasons of the declined proposals add up to "Afgewezen".
  const values = (cur: Row, prev: Row) => bothPeriods<Field>(counts(cur) as Record<Field, number>, counts(prev) as Record<Field, number>);
  const sheet = countSheet(
    values(data.cur, data.prev),
    sumInBothPeriods<Field>("declined", DECLINE_REASONS.map((reason) => `reason:${reason}` as const)),
    { reference: reference && values(row("cur", reference), row("prev", reference)) },
  );
  const line = (label: string, field: Field) => [text(label), sheet.people(`cur:${field}`), sheet.people(`prev:${field}`)];
  const invited = (bucket: "cur" | "prev") => sheet.derived([`${bucket}:invited`, `${bucket}:shared`], percentOfPeople(data[bucket].invited, data[bucket].shared));
  return [
    {
      id: "voorstellen",
      title: "Voorstellen en uitkomsten",
      description:
        "Kandidaten die in de periode aan een werkgever zijn voorgesteld, en wat de werkgever deed. Geen antwoord: de werkgever reageerde niet binnen de termijn van 10 werkdagen.",
      columns: periodColumns(ctx),
      rows: [
        line("Voorgesteld aan een werkgever", "shared"),
        line("Uitgenodigd voor een gesprek", "invited"),
        line("Afgewezen", "declined"),
        line("Geen antwoord binnen de termijn", "noAnswer"),
        line("Wacht nog op antwoord (binnen de termijn)", "waiting"),
        [text("Aandeel uitgenodigd"), invited("cur"), invited("prev")],
      ],
    },
    {
      id: "afwijzingsredenen",
      title: "Afgewezen voorstellen naar reden",
      description: "De reden die de werkgever opgaf bij het afwijzen van een voorstel uit de periode.",
      columns: periodColumns(ctx, "Reden"),
      rows: DECLINE_REASONS.map((reason) => line(DECLINE_REASON_LABELS[reason], `reason:${reason}`)),
      chart: { labelColumn: 0, valueColumn: 1 },
    },
  ];
}
