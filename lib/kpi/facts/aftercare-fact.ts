import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { OVERDUE_AFTER_DAYS } from "@/lib/aftercare/check-state";
import { todayIso } from "@/lib/time/calendar-dates";
import type { RollupFact } from "../rollups/fact";
import { PLACEMENT_CANDIDATE_DIMENSIONS, PLACEMENT_CANDIDATE_JOINS } from "./candidate-side";

/**
 * Aftercare check-ins by the month they were due (due date reached). A check-in can only be answered
 * from its due date, so "op tijd" uses the worklist's rule: done at most OVERDUE_AFTER_DAYS days after
 * the due date. Check-ins that lapsed because the placement ended are left out. The dimensions are the
 * resident's: where they live, their bemiddelaar's partner, and the occupation class of the vacancy.
 * Only closed months are rolled up, so "due date reached" is settled for them.
 */
export const AFTERCARE_FACT: RollupFact = {
  id: "aftercare",
  revision: 1,
  periodColumn: 'a."dueDate"',
  periodKind: "date",
  from: Prisma.sql`FROM "AftercareCheck" a JOIN "Placement" pl ON pl."id" = a."placementId" ${PLACEMENT_CANDIDATE_JOINS}`,
  where: (now) => [Prisma.sql`a."dueDate" <= ${todayIso(now)}::date`, Prisma.sql`(a."completedAt" IS NOT NULL OR pl."endedOn" IS NULL)`],
  dimensions: PLACEMENT_CANDIDATE_DIMENSIONS,
  measures: () => {
    const deadline = Prisma.sql`(a."dueDate" + ${OVERDUE_AFTER_DAYS + 1}::int)::timestamp`;
    return [
      { name: "due", sql: Prisma.sql`count(*)` },
      { name: "onTime", sql: Prisma.sql`count(*) FILTER (WHERE a."completedAt" < ${deadline})` },
      { name: "late", sql: Prisma.sql`count(*) FILTER (WHERE a."completedAt" >= ${deadline})` },
      { name: "open", sql: Prisma.sql`count(*) FILTER (WHERE a."completedAt" IS NULL)` },
    ];
  },
};
