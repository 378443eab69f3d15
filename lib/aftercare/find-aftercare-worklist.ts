import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { placementWhereFor } from "@/lib/auth/ownership-where";
import { can } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { todayDbDate } from "@/lib/time/calendar-dates";
import { anonymousCandidate } from "@/lib/placements/recipients";
import { LOW_SCORE } from "./answer-employer-aftercare";
import { checkState, type CheckState } from "./check-state";

export type WorklistItem = { id: string; placementId: string; candidate: string; employer: string; label: string; date: Date; state?: CheckState };
export type AftercareWorklist = { checks: WorklistItem[]; signals: WorklistItem[]; lowScores: WorklistItem[] };

const EMPTY: AftercareWorklist = { checks: [], signals: [], lowScores: [] };

/**
 * The aftercare part of the work list on /professional: for the bemiddelaar the employee check-ins
 * that are due or overdue (names audited); for the accountmanager the overdue employer check-ins,
 * open knelpunten and low scores to follow up — anonymised.
 */
export async function findAftercareWorklist(actor: Actor, now: Date): Promise<AftercareWorklist> {
  const today = todayDbDate(now);
  if (actor.role === "JOB_MEDIATOR" && can(actor, "employeeAftercare.record")) {
    return prisma.$transaction(async (tx) => {
      const checks = await tx.aftercareCheck.findMany({
        where: { side: "EMPLOYEE", completedAt: null, dueDate: { lte: today }, placement: { AND: [{ endedOn: null }, placementWhereFor(actor, "employeeAftercare.record")] } },
        orderBy: { dueDate: "asc" },
        take: 50,
        select: { id: true, dueDate: true, completedAt: true, monthsAfterStart: true, placement: { select: { id: true, candidateId: true, candidate: { select: { firstName: true, lastName: true } }, organisation: { select: { legalName: true, tradeName: true } } } } },
      });
      await recordCandidateAccess(tx, actor, checks.map((c) => ({ candidateId: c.placement.candidateId, action: "placement.read" as const, purpose: "Nazorg in de werklijst", entity: "AftercareCheck", entityId: c.id })));
      return {
        ...EMPTY,
        checks: checks.map((c) => ({
          id: c.id,
          placementId: c.placement.id,
          candidate: `${c.placement.candidate.firstName} ${c.placement.candidate.lastName}`,
          employer: c.placement.organisation.tradeName ?? c.placement.organisation.legalName,
          label: `Nazorggesprek na ${c.monthsAfterStart} ${c.monthsAfterStart === 1 ? "maand" : "maanden"}`,
          date: c.dueDate,
          state: checkState(c, null, now),
        })),
      };
    });
  }
  if (actor.role !== "ACCOUNT_MANAGER") return EMPTY;
  const scope = placementWhereFor(actor, "employerAftercare.manage");
  const placementSelect = { id: true, candidate: { select: { owner: { select: { name: true } } } }, organisation: { select: { legalName: true, tradeName: true } } } as const;
  const [checks, signals, lowScores] = await Promise.all([
    prisma.aftercareCheck.findMany({
      where: { side: "EMPLOYER", completedAt: null, dueDate: { lte: today }, placement: { AND: [{ endedOn: null }, scope] } },
      orderBy: { dueDate: "asc" },
      take: 50,
      select: { id: true, dueDate: true, completedAt: true, monthsAfterStart: true, placement: { select: placementSelect } },
    }),
    prisma.placementSignal.findMany({
      where: { handledAt: null, placement: placementWhereFor(actor, "placementSignal.handle") },
      orderBy: { createdAt: "asc" },
      take: 50,
      select: { id: true, createdAt: true, placement: { select: placementSelect } },
    }),
    prisma.aftercareCheck.findMany({
      where: { side: "EMPLOYER", completedAt: { not: null }, score: { lte: LOW_SCORE }, followedUpAt: null, placement: scope },
      orderBy: { completedAt: "asc" },
      take: 50,
      select: { id: true, completedAt: true, score: true, placement: { select: placementSelect } },
    }),
  ]);
  const base = (placement: (typeof checks)[number]["placement"]) => ({
    placementId: placement.id,
    candidate: anonymousCandidate(placement.candidate.owner?.name),
    employer: placement.organisation.tradeName ?? placement.organisation.legalName,
  });
  return {
    checks: checks
      .map((c) => ({ ...base(c.placement), id: c.id, label: `Nazorgvraag werkgever na ${c.monthsAfterStart} ${c.monthsAfterStart === 1 ? "maand" : "maanden"}`, date: c.dueDate, state: checkState(c, null, now) }))
      .filter((item) => item.state === "OVERDUE"),
    signals: signals.map((s) => ({ ...base(s.placement), id: s.id, label: "Knelpunt gemeld", date: s.createdAt })),
    lowScores: lowScores.map((c) => ({ ...base(c.placement), id: c.id, label: `Score ${c.score} van 5`, date: c.completedAt! })),
  };
}
