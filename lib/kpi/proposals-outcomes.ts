import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DeclineReason } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { people, text, type DashboardTable } from "@/lib/dashboard/table";
import { DECLINE_REASON_LABELS } from "@/lib/proposals/labels";
import { byBucket, percentOfPeople, periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { allOf, bucketOf, employerFilters, occupationFilter, partnerFilter, timestampParam, timestampRange } from "./sql";

const REASONS = Object.keys(DECLINE_REASON_LABELS) as DeclineReason[];
const INVITED = ["INVITED", "INTERVIEW_POSITIVE", "INTERVIEW_NEGATIVE", "PLACED"];

type Row = { bucket: Bucket; shared: number; invited: number; declined: number; noAnswer: number; waiting: number; reasons: number[] };
type Group = { bucket: Bucket; status: string; declineReason: DeclineReason | null; proposals: number; noAnswer: number; waiting: number };

/** Folds the (bucket, status, reason) groups into one row per bucket. */
function fold(groups: Group[]): Row[] {
  return (["cur", "prev"] as const).map((bucket) => {
    const mine = groups.filter((group) => group.bucket === bucket);
    const sum = (pick: (group: Group) => number, where: (group: Group) => boolean = () => true) =>
      mine.filter(where).reduce((total, group) => total + pick(group), 0);
    return {
      bucket,
      shared: sum((g) => g.proposals),
      invited: sum((g) => g.proposals, (g) => INVITED.includes(g.status)),
      declined: sum((g) => g.proposals, (g) => g.status === "DECLINED"),
      noAnswer: sum((g) => g.noAnswer),
      waiting: sum((g) => g.waiting),
      reasons: REASONS.map((reason) => sum((g) => g.proposals, (g) => g.status === "DECLINED" && g.declineReason === reason)),
    };
  });
}

/**
 * Proposals shared with an employer in the period and what became of them: invited for an
 * interview, declined (and why), no answer by the response deadline, or still within it.
 * Grouped by status and reason in SQL and folded here: a national year is ~550 k rows, and one
 * grouped pass is about half the work of a dozen FILTER expressions per row.
 */
export async function proposalsOutcomesTables(ctx: KpiContext): Promise<DashboardTable[]> {
  const now = timestampParam(ctx.now);
  const groups = await prisma.$queryRaw<Group[]>(Prisma.sql`
    SELECT ${bucketOf('p."sharedAt"', ctx, "timestamp")} AS bucket,
           p."status"::text AS "status",
           p."declineReason"::text AS "declineReason",
           count(*)::int AS "proposals",
           count(*) FILTER (WHERE p."responseDueBy" < COALESCE(p."respondedAt", ${now})
                              AND NOT (p."status" = 'WITHDRAWN' AND p."respondedAt" IS NULL))::int AS "noAnswer",
           count(*) FILTER (WHERE p."status" = 'PROPOSED' AND p."respondedAt" IS NULL AND p."responseDueBy" >= ${now})::int AS "waiting"
    FROM "Proposal" p
    LEFT JOIN "Vacancy" v ON v."id" = p."vacancyId"
    LEFT JOIN "Organisation" o ON o."id" = v."organisationId"
    LEFT JOIN "Candidate" c ON c."id" = p."candidateId"
    WHERE ${allOf([
      timestampRange('p."sharedAt"', ctx),
      ...employerFilters(ctx, "o", "v"),
      occupationFilter(ctx, "v"),
      partnerFilter(ctx, "c"),
    ])}
    GROUP BY 1, 2, 3`);
  const rows = fold(groups);
  const data = byBucket(rows, { shared: 0, invited: 0, declined: 0, noAnswer: 0, waiting: 0, reasons: REASONS.map(() => 0) });
  const line = (label: string, pick: (row: Omit<Row, "bucket">) => number) => [text(label), people(pick(data.cur)), people(pick(data.prev))];
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
      rows: REASONS.map((reason, index) => line(DECLINE_REASON_LABELS[reason], (r) => Number(r.reasons[index] ?? 0))),
      chart: { labelColumn: 0, valueColumn: 1 },
    },
  ];
}
