import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { RollupFact } from "../rollups/fact";

/** Vacancies by the month they were received, by the employer's municipality, work area and occupation class. */
export const VACANCIES_FACT: RollupFact = {
  id: "vacancies",
  revision: 1,
  periodColumn: 'v."createdAt"',
  periodKind: "timestamp",
  from: Prisma.sql`FROM "Vacancy" v
    LEFT JOIN "Organisation" o ON o."id" = v."organisationId"
    LEFT JOIN "Municipality" om ON om."code" = o."municipalityCode"`,
  // The work area of the vacancy when it has one, otherwise of the employer's municipality.
  dimensions: { municipality: 'o."municipalityCode"', workArea: 'COALESCE(v."workAreaId", om."workAreaId")', occupation: 'v."occupationClassCode"' },
  measures: () => [{ name: "received", sql: Prisma.sql`count(*)` }],
};
