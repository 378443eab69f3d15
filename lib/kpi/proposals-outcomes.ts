import "server-only";
import { people, text, type DashboardTable } from "@/lib/dashboard/table";
import { DECLINE_REASON_LABELS } from "@/lib/proposals/labels";
import { percentOfPeople, periodColumns } from "./cells";
import type { KpiContext } from "./context";
import { DECLINE_REASONS, PROPOSALS_FACT } from "./facts/proposals-fact";
import { readFact } from "./rollups/read-fact";

type Row = { shared: number; invited: number; declined: number; noAnswer: number; waiting: number; reasons: number[] };

/**
 * Proposals shared with an employer in the period and what became of them: invited for an
 * interview, declined (and why), no answer by the response deadline, or still within it
 * (lib/kpi/facts/proposals-fact.ts; closed months come from the monthly roll-up).
 */
export async function proposalsOutcomesTables(ctx: KpiContext): Promise<DashboardTable[]> {
  const totals = await readFact(PROPOSALS_FACT, ctx);
  const row = (bucket: "cur" | "prev"): Row => {
    const t = totals[bucket];
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
  const line = (label: string, pick: (row: Row) => number) => [text(label), people(pick(data.cur)), people(pick(data.prev))];
  return [
    {
      id: "voorstellen",
      title: "Voorstellen en uitkomsten",
      description:
        "Kandidaten die in de periode aan een werkgever zijn voorgesteld, en wat de werkgever deed. Geen antwoord: de werkgever reageerde niet binnen de termijn van 10 werkdagen.",
      columns: periodColumns(ctx),
      rows: [
        line("Voorgesteld aan een werkgever", (r) => r.shared),
        line("Uitgenodigd voor een gesprek", (r) => r.invited),
        line("Afgewezen", (r) => r.declined),
        line("Geen antwoord binnen de termijn", (r) => r.noAnswer),
        line("Wacht nog op antwoord (binnen de termijn)", (r) => r.waiting),
        [text("Aandeel uitgenodigd"), percentOfPeople(data.cur.invited, data.cur.shared), percentOfPeople(data.prev.invited, data.prev.shared)],
      ],
    },
    {
      id: "afwijzingsredenen",
      title: "Afgewezen voorstellen naar reden",
      description: "De reden die de werkgever opgaf bij het afwijzen van een voorstel uit de periode.",
      columns: periodColumns(ctx, "Reden"),
      rows: DECLINE_REASONS.map((reason, index) => line(DECLINE_REASON_LABELS[reason], (r) => Number(r.reasons[index] ?? 0))),
      chart: { labelColumn: 0, valueColumn: 1 },
    },
  ];
}
