import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DeclineReason } from "@/generated/prisma/enums";
import { DECLINE_REASON_LABELS } from "@/lib/proposals/labels";
import type { RollupFact } from "../rollups/fact";

export const DECLINE_REASONS = Object.keys(DECLINE_REASON_LABELS) as DeclineReason[];
const INVITED = ["INVITED", "INTERVIEW_POSITIVE", "INTERVIEW_NEGATIVE", "PLACED"];

const at = (now: Date) => Prisma.sql`${now.toISOString()}::timestamp`;

/**
 * Proposals shared with an employer, by the month they were shared, and what became of them. The
 * dimensions: the employer's municipality, the vacancy's work area (or the employer's), its occupation
 * class, and the partner organisation of the candidate's bemiddelaar.
 */
export const PROPOSALS_FACT: RollupFact = {
  id: "proposals",
  revision: 1,
  periodColumn: 'p."sharedAt"',
  periodKind: "timestamp",
  from: Prisma.sql`FROM "Proposal" p
    LEFT JOIN "Vacancy" v ON v."id" = p."vacancyId"
    LEFT JOIN "Organisation" o ON o."id" = v."organisationId"
    LEFT JOIN "Municipality" om ON om."code" = o."municipalityCode"
    LEFT JOIN "Candidate" c ON c."id" = p."candidateId"
    LEFT JOIN "User" cu ON cu."id" = c."ownerId"`,
  dimensions: {
    municipality: 'o."municipalityCode"',
    workArea: 'COALESCE(v."workAreaId", om."workAreaId")',
    occupation: 'v."occupationClassCode"',
    partner: 'cu."partnerOrganisationId"',
  },
  measures: (now) => [
    { name: "shared", sql: Prisma.sql`count(*)` },
    { name: "invited", sql: Prisma.sql`count(*) FILTER (WHERE p."status"::text IN (${Prisma.join(INVITED)}))` },
    { name: "declined", sql: Prisma.sql`count(*) FILTER (WHERE p."status" = 'DECLINED')` },
    {
      name: "noAnswer",
      sql: Prisma.sql`count(*) FILTER (WHERE p."responseDueBy" < COALESCE(p."respondedAt", ${at(now)}) AND NOT (p."status" = 'WITHDRAWN' AND p."respondedAt" IS NULL))`,
    },
    { name: "waiting", sql: Prisma.sql`count(*) FILTER (WHERE p."status" = 'PROPOSED' AND p."respondedAt" IS NULL AND p."responseDueBy" >= ${at(now)})` },
    ...DECLINE_REASONS.map((reason) => ({
      name: `reason:${reason}`,
      sql: Prisma.sql`count(*) FILTER (WHERE p."status" = 'DECLINED' AND p."declineReason"::text = ${reason})`,
    })),
  ],
  // "No answer" and "waiting" turn over when an unanswered proposal's response deadline passes.
  validUntil: (now) => Prisma.sql`min(p."responseDueBy") FILTER (WHERE p."respondedAt" IS NULL AND p."responseDueBy" >= ${at(now)})`,
};
