import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { PLACEMENT_CONTRACT_TYPES } from "@/lib/placements/labels";
import { BANENAFSPRAAK_TARGET_GROUP } from "../labour-market-target";
import type { RollupFact } from "../rollups/fact";
import { PLACEMENT_CANDIDATE_DIMENSIONS, PLACEMENT_CANDIDATE_JOINS } from "./candidate-side";

/**
 * Placements by the day they started: per contract type, and those of candidates in the
 * doelgroepregister (banenafspraak). Dimensions: the resident's (candidate-side.ts). The banenafspraak
 * total counts every placement ever, so all of its history is rolled up.
 */
export const PLACEMENTS_FACT: RollupFact = {
  id: "placements",
  revision: 1,
  allHistory: true,
  periodColumn: 'pl."startDate"',
  periodKind: "date",
  from: Prisma.sql`FROM "Placement" pl ${PLACEMENT_CANDIDATE_JOINS}`,
  dimensions: PLACEMENT_CANDIDATE_DIMENSIONS,
  measures: () => [
    ...PLACEMENT_CONTRACT_TYPES.map((type) => ({ name: `contract:${type}`, sql: Prisma.sql`count(*) FILTER (WHERE pl."contractType"::text = ${type})` })),
    {
      name: "banenafspraak",
      sql: Prisma.sql`count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "CandidateTargetGroup" t WHERE t."candidateId" = pl."candidateId" AND t."targetGroupCode" = ${BANENAFSPRAAK_TARGET_GROUP}))`,
    },
  ],
};
