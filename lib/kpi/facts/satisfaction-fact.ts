import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { RollupFact } from "../rollups/fact";

export const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * Employer satisfaction: the scores (1–5) employers gave at aftercare check-ins, by the day they
 * answered. Dimensions: the employer's municipality, the vacancy's work area (or the employer's),
 * its occupation class and the partner of the resident's bemiddelaar.
 */
export const SATISFACTION_FACT: RollupFact = {
  id: "satisfaction",
  revision: 1,
  periodColumn: 'a."completedAt"',
  periodKind: "timestamp",
  from: Prisma.sql`FROM "AftercareCheck" a
    JOIN "Placement" pl ON pl."id" = a."placementId"
    LEFT JOIN "Organisation" o ON o."id" = pl."organisationId"
    LEFT JOIN "Municipality" om ON om."code" = o."municipalityCode"
    LEFT JOIN "Vacancy" v ON v."id" = pl."vacancyId"
    LEFT JOIN "Candidate" c ON c."id" = pl."candidateId"
    LEFT JOIN "User" cu ON cu."id" = c."ownerId"`,
  where: () => [Prisma.sql`a."side" = 'EMPLOYER' AND a."score" IS NOT NULL`],
  dimensions: {
    municipality: 'o."municipalityCode"',
    workArea: 'COALESCE(v."workAreaId", om."workAreaId")',
    occupation: 'v."occupationClassCode"',
    partner: 'cu."partnerOrganisationId"',
  },
  measures: () => SCORES.map((score) => ({ name: `score:${score}`, sql: Prisma.sql`count(*) FILTER (WHERE a."score" = ${score})` })),
};
