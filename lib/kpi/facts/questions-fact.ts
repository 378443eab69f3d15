import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { ANSWER_NORM_WORKING_DAYS } from "@/lib/questions/service-norm";
import { answerNormCalendar } from "../answer-norm-calendar";
import type { RollupFact } from "../rollups/fact";

const DAY_MS = 24 * 60 * 60 * 1000;
const at = (now: Date) => Prisma.sql`${now.toISOString()}::timestamp`;

/**
 * Employer questions by the month they were asked, against the norm of 2 working days (A4). The
 * deadline is "asked + 2 working days at the same time of day in Amsterdam", as in
 * lib/questions/service-norm; the working-day shift per calendar day comes from answerNormCalendar.
 * Dimensions: the employer's municipality and its work area.
 */
export const QUESTIONS_FACT: RollupFact = {
  id: "questions",
  revision: 1,
  periodColumn: 'q."createdAt"',
  periodKind: "timestamp",
  with: ({ from, to }) => {
    const calendar = answerNormCalendar(new Date(from.getTime() - 2 * DAY_MS), new Date(to.getTime() + DAY_MS), ANSWER_NORM_WORKING_DAYS);
    return Prisma.sql`norm AS (SELECT n.day, make_interval(days => n.shift) AS shift FROM unnest(${calendar.days}::date[], ${calendar.shifts}::int[]) AS n(day, shift))`;
  },
  from: Prisma.sql`FROM "Question" q
    LEFT JOIN "Organisation" o ON o."id" = q."organisationId"
    LEFT JOIN "Municipality" om ON om."code" = o."municipalityCode"
    CROSS JOIN LATERAL (SELECT ((q."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam') AS "local") t
    JOIN norm n ON n.day = t."local"::date
    CROSS JOIN LATERAL (SELECT ((t."local" + n.shift) AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'UTC' AS due) d`,
  dimensions: { municipality: 'o."municipalityCode"', workArea: 'om."workAreaId"' },
  measures: (now) => [
    { name: "asked", sql: Prisma.sql`count(*)` },
    { name: "withinNorm", sql: Prisma.sql`count(*) FILTER (WHERE q."answeredAt" <= d.due)` },
    { name: "late", sql: Prisma.sql`count(*) FILTER (WHERE q."answeredAt" > d.due)` },
    { name: "overdue", sql: Prisma.sql`count(*) FILTER (WHERE q."answeredAt" IS NULL AND d.due < ${at(now)})` },
    { name: "open", sql: Prisma.sql`count(*) FILTER (WHERE q."answeredAt" IS NULL AND d.due >= ${at(now)})` },
  ],
  // An unanswered question turns from "open" to "overdue" when its deadline passes.
  validUntil: (now) => Prisma.sql`min(d.due) FILTER (WHERE q."answeredAt" IS NULL AND d.due >= ${at(now)})`,
};
