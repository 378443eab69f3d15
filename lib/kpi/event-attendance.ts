import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { EventKind } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { count, text, type DashboardTable } from "@/lib/dashboard/table";
import { EVENT_KIND_LABELS, EVENT_KINDS } from "@/lib/events/schemas";
import type { Bucket, KpiContext } from "./context";
import { bucketOf, timestampRange } from "./sql";
import { bothPeriods, countSheet, sumInBothPeriods } from "./suppression/count-sheet";

type Row = { bucket: Bucket; kind: EventKind; events: number; attended: number };

/** Events held in the period (not cancelled) per kind, and how many registered people attended. */
export async function eventAttendanceTable(ctx: KpiContext): Promise<DashboardTable> {
  const rows = await prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT ${bucketOf('e."startsAt"', ctx, "timestamp")} AS bucket, e."kind"::text AS "kind",
           count(DISTINCT e."id")::int AS "events",
           count(r."id") FILTER (WHERE r."attended" IS TRUE AND r."cancelledAt" IS NULL)::int AS "attended"
    FROM "Event" e
    LEFT JOIN "EventRegistration" r ON r."eventId" = e."id"
    WHERE ${timestampRange('e."startsAt"', ctx)} AND e."cancelledAt" IS NULL
    GROUP BY 1, 2`);
  const sum = (bucket: Bucket, field: "events" | "attended", kind?: EventKind) =>
    rows.filter((row) => row.bucket === bucket && (!kind || row.kind === kind)).reduce((total, row) => total + row[field], 0);
  const attended = (bucket: Bucket) => ({
    ...Object.fromEntries(EVENT_KINDS.map((kind) => [kind, sum(bucket, "attended", kind)])),
    total: sum(bucket, "attended"),
  }) as Record<EventKind | "total", number>;
  const sheet = countSheet(bothPeriods(attended("cur"), attended("prev")), sumInBothPeriods<EventKind | "total">("total", EVENT_KINDS));
  const line = (label: string, kind?: EventKind) => [
    text(label),
    count(sum("cur", "events", kind)),
    sheet.people(`cur:${kind ?? "total"}`),
    sheet.people(`prev:${kind ?? "total"}`),
  ];
  return {
    id: "evenementen",
    title: "Bezoek aan evenementen",
    description: "Evenementen die in de periode plaatsvonden (zonder afgelaste) en het aantal aanwezigen: werkgevers en inwoners die zich hadden aangemeld en er waren.",
    columns: [
      { label: "Soort evenement" },
      { label: `Evenementen ${ctx.filters.period.label}`, numeric: true },
      { label: `Aanwezigen ${ctx.filters.period.label}`, numeric: true },
      { label: `Aanwezigen vorige periode (${ctx.filters.previous.label})`, numeric: true },
    ],
    rows: [...EVENT_KINDS.map((kind) => line(EVENT_KIND_LABELS[kind], kind)), line("Totaal")],
    chart: { labelColumn: 0, valueColumn: 2 },
  };
}
