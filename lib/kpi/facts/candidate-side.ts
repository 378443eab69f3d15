import "server-only";
import { Prisma } from "@/generated/prisma/client";

/**
 * Joins and dimensions for facts about a placement `pl`, seen from the resident: where they live
 * (municipality and its work area), the partner organisation of their bemiddelaar, and the
 * occupation class of the vacancy they were placed on (none without a vacancy).
 */
export const PLACEMENT_CANDIDATE_JOINS = Prisma.sql`
    LEFT JOIN "Candidate" c ON c."id" = pl."candidateId"
    LEFT JOIN "Municipality" cm ON cm."code" = c."municipalityCode"
    LEFT JOIN "User" cu ON cu."id" = c."ownerId"
    LEFT JOIN "Vacancy" v ON v."id" = pl."vacancyId"`;

export const PLACEMENT_CANDIDATE_DIMENSIONS = {
  municipality: 'c."municipalityCode"',
  workArea: 'cm."workAreaId"',
  occupation: 'v."occupationClassCode"',
  partner: 'cu."partnerOrganisationId"',
} as const;
