import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Actor } from "../actor";
import { assertCan } from "../permissions";
import { OPEN_VACANCY_STATUSES } from "@/lib/vacancies/status-transitions";

export type DashboardOverview = {
  openVacancies: number;
  vacancies: number;
  placements: number;
  sustainablePlacements: number;
  candidates: number;
  workReadyCandidates: number;
};

type Db = Pick<PrismaClient, "vacancy" | "placement" | "candidate">;

/** Region-wide totals only: no individual records leave this function. */
export async function getDashboardOverview(actor: Actor, options: { db?: Db } = {}): Promise<DashboardOverview> {
  assertCan(actor, "dashboard.read");
  const db = options.db ?? prisma;
  const [openVacancies, vacancies, placements, sustainablePlacements, candidates, workReadyCandidates] = await Promise.all([
    db.vacancy.count({ where: { status: { in: [...OPEN_VACANCY_STATUSES] } } }),
    db.vacancy.count(),
    db.placement.count(),
    db.placement.count({ where: { sustainableAt: { not: null } } }),
    db.candidate.count({ where: { anonymisedAt: null } }),
    db.candidate.count({ where: { anonymisedAt: null, isWorkReady: true } }),
  ]);
  return { openVacancies, vacancies, placements, sustainablePlacements, candidates, workReadyCandidates };
}
