import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { text, type DashboardTable } from "@/lib/dashboard/table";
import { byBucket, percentOfPeople, periodColumns } from "./cells";
import type { Bucket, KpiContext } from "./context";
import { allOf, bucketOf, candidateFilters, partnerOwnerFilter, timestampRange } from "./sql";
import { bothPeriods, countSheet, sumInBothPeriods } from "./suppression/count-sheet";
import { readWithReference } from "./suppression/with-reference";

type Row = { bucket: Bucket; started: number; acceptedInTime: number; acceptedLate: number; refused: number; bounced: number; cancelled: number; open: number };

/**
 * Warm handovers (B7) started in the period: accepted by the partner within the deadline, refused,
 * or bounced back because nobody accepted in time. The partner filter is the sending bemiddelaar's
 * organisation.
 */
export async function handoversTable(ctx: KpiContext): Promise<DashboardTable> {
  const { filtered: rows, reference } = await readWithReference(ctx, queryRows);
  const empty = { started: 0, acceptedInTime: 0, acceptedLate: 0, refused: 0, bounced: 0, cancelled: 0, open: 0 };
  const data = byBucket(rows, empty);
  const region = reference && byBucket(reference, empty);
  type Field = keyof Omit<Row, "bucket">;
  // Every handover started is in exactly one of the states below.
  const sheet = countSheet(
    bothPeriods<Field>(data.cur, data.prev),
    sumInBothPeriods<Field>("started", ["acceptedInTime", "acceptedLate", "refused", "bounced", "cancelled", "open"]),
    { reference: region && bothPeriods<Field>(region.cur, region.prev) },
  );
  const line = (label: string, field: Field) => [text(label), sheet.people(`cur:${field}`), sheet.people(`prev:${field}`)];
  const decided = (row: Omit<Row, "bucket">) => row.acceptedInTime + row.acceptedLate + row.refused + row.bounced;
  const inTime = (bucket: "cur" | "prev") =>
    sheet.derived(
      (["acceptedInTime", "acceptedLate", "refused", "bounced"] as const).map((field) => `${bucket}:${field}` as const),
      percentOfPeople(data[bucket].acceptedInTime, decided(data[bucket])),
    );
  return {
    id: "overdrachten",
    title: "Warme overdrachten aan partners",
    description:
      "Overdrachten van kandidaten aan een andere partner, gestart in de periode (zonder de overdrachten waarvoor de kandidaat geen toestemming gaf). Teruggekomen: niemand nam de kandidaat op tijd aan.",
    columns: periodColumns(ctx),
    rows: [
      line("Overdrachten gestart", "started"),
      line("Binnen de termijn aangenomen", "acceptedInTime"),
      line("Na de termijn aangenomen", "acceptedLate"),
      line("Geweigerd door de partner", "refused"),
      line("Teruggekomen (niet op tijd aangenomen)", "bounced"),
      line("Ingetrokken", "cancelled"),
      line("Nog open", "open"),
      [text("Aandeel binnen de termijn aangenomen"), inTime("cur"), inTime("prev")],
    ],
  };
}

function queryRows(ctx: KpiContext) {
  return prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT ${bucketOf('h."createdAt"', ctx, "timestamp")} AS bucket,
           count(*)::int AS "started",
           count(*) FILTER (WHERE h."status" = 'ACCEPTED' AND h."decidedAt" <= h."deadline")::int AS "acceptedInTime",
           count(*) FILTER (WHERE h."status" = 'ACCEPTED' AND h."decidedAt" > h."deadline")::int AS "acceptedLate",
           count(*) FILTER (WHERE h."status" = 'REFUSED')::int AS "refused",
           count(*) FILTER (WHERE h."status" = 'BOUNCED')::int AS "bounced",
           count(*) FILTER (WHERE h."status" = 'CANCELLED')::int AS "cancelled",
           count(*) FILTER (WHERE h."status" IN ('PENDING', 'AWAITING_CONSENT'))::int AS "open"
    FROM "Handover" h
    LEFT JOIN "Candidate" c ON c."id" = h."candidateId"
    WHERE ${allOf([
      timestampRange('h."createdAt"', ctx),
      Prisma.sql`h."status" <> 'CONSENT_DECLINED'`,
      ...candidateFilters(ctx, "c", { partner: false }),
      ctx.filters.partnerCode ? partnerOwnerFilter('h."fromUserId"', ctx.filters.partnerCode) : null,
    ])}
    GROUP BY 1`);
}
