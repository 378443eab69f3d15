import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { MATCH_LIMIT } from "./find-candidate-matches";
import type { MatchLabels } from "./match-reference";
import { matchVacanciesForCandidate, type VacancyMatch } from "./match-vacancies-for-candidate";
import type { VacancyFilters } from "./ranking";

export type VacancyMatchesView = {
  candidate: { id: string; name: string; sharesWithPartners: boolean };
  rows: (VacancyMatch & { rank: number })[];
  labels: MatchLabels;
};

/**
 * B3, candidate → open vacancies: only for the candidate's own bemiddelaar (or one who received the
 * candidate through a handover); anyone else gets NOT_FOUND, other roles FORBIDDEN. The candidate is
 * looked up in scope and the read audited in one transaction before anything is matched.
 */
export async function findVacancyMatches({
  actor,
  candidateId,
  filters,
  limit = MATCH_LIMIT,
}: {
  actor: Actor;
  candidateId: string;
  filters: VacancyFilters;
  limit?: number;
}): Promise<VacancyMatchesView> {
  assertCan(actor, "matching.run");
  const id = candidateId.slice(0, 40);
  const candidate = await prisma.$transaction(async (tx) => {
    const found = await tx.candidate.findFirst({
      where: { AND: [{ id }, candidateWhereFor(actor, "candidate.readPersonalData")] },
      select: { id: true, firstName: true, lastName: true },
    });
    if (!found) throw new AppError("NOT_FOUND");
    await recordCandidateAccess(tx, actor, [{ candidateId: id, action: "candidate.read", purpose: "Passende vacatures zoeken", entity: "Candidate", entityId: id }]);
    return found;
  });
  const result = await matchVacanciesForCandidate({ candidateId: id, filters, limit });
  if (!result) throw new AppError("NOT_FOUND");
  return {
    candidate: { id, name: `${candidate.firstName} ${candidate.lastName}`, sharesWithPartners: result.candidate.sharesWithPartners },
    rows: result.matches.map((match, index) => ({ ...match, rank: index + 1 })),
    labels: result.labels,
  };
}
