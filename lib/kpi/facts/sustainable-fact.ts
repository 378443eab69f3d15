import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { SUSTAINABLE_AFTER_MONTHS } from "@/lib/placements/sustainable-date";
import { todayIso } from "@/lib/time/calendar-dates";
import type { RollupFact } from "../rollups/fact";
import { PLACEMENT_CANDIDATE_DIMENSIONS, PLACEMENT_CANDIDATE_JOINS } from "./candidate-side";

/**
 * The 6-month mark of a placement (start + 6 months), as the triggers and the expression index of
 * migration 20261201060000 write it: a change of SUSTAINABLE_AFTER_MONTHS needs a new migration.
 */
export const SUSTAINABLE_MARK = `(pl."startDate" + interval '${SUSTAINABLE_AFTER_MONTHS} months')::date`;

/**
 * Duurzame plaatsingen (B6) by the day their 6-month mark passed: duurzaam when marked so or still
 * running after the mark, ended early otherwise. Only marks before today count; only closed days are
 * rolled up, so that is settled for them. Dimensions: the resident's (candidate-side.ts).
 */
export const SUSTAINABLE_FACT: RollupFact = {
  id: "sustainable",
  revision: 1,
  periodColumn: SUSTAINABLE_MARK,
  periodKind: "date",
  from: Prisma.sql`FROM "Placement" pl ${PLACEMENT_CANDIDATE_JOINS}`,
  where: (now) => [Prisma.sql`${Prisma.raw(SUSTAINABLE_MARK)} < ${todayIso(now)}::date`],
  dimensions: PLACEMENT_CANDIDATE_DIMENSIONS,
  measures: () => {
    const mark = Prisma.raw(SUSTAINABLE_MARK);
    return [
      { name: "reached", sql: Prisma.sql`count(*)` },
      { name: "sustainable", sql: Prisma.sql`count(*) FILTER (WHERE pl."sustainableAt" IS NOT NULL OR pl."endedOn" IS NULL OR pl."endedOn" > ${mark})` },
      { name: "endedEarly", sql: Prisma.sql`count(*) FILTER (WHERE pl."sustainableAt" IS NULL AND pl."endedOn" IS NOT NULL AND pl."endedOn" <= ${mark})` },
    ];
  },
};
