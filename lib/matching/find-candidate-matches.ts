import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { fieldScopeFor, PERSONAL_DATA_ACTION } from "@/lib/auth/field-scope";
import { candidateWhereFor, vacancyWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { sharesWithPartnersWhere } from "@/lib/consents/active-consent-where";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { matchCandidatesForVacancy, type MatchedVacancy } from "./match-candidates-for-vacancy";
import type { MatchLabels } from "./match-reference";
import type { CandidateFilters } from "./ranking";
import type { MatchScore } from "./score-match";

export type CandidateMatchRow = {
  rank: number;
  /** Only when the actor may read this candidate's personal data (owner or accepted handover). */
  candidate: { id: string; name: string } | null;
  /** The candidate's bemiddelaar, to ask about an anonymised candidate. */
  ownerName: string | null;
  score: MatchScore;
};

export type CandidateMatchesView = {
  vacancy: MatchedVacancy;
  /** Accountmanagers see every row anonymised. */
  anonymised: boolean;
  rows: CandidateMatchRow[];
  labels: MatchLabels;
};

export const MATCH_LIMIT = 50;

/**
 * B3, vacancy → candidates. Bemiddelaars may match any vacancy; they see the names of the candidates
 * they own or received through a handover, the others anonymised with the owner's name.
 * Accountmanagers only for vacancies of employers they own, every row anonymised (werkfit only as
 * yes/no since). Everyone else is refused. Which vacancies: matching.readVacancyResults; which
 * fields: matching.readResults and candidate.readPersonalData (lib/auth/field-scope.ts). The names are read in one transaction with their audit
 * entries (and only while the candidate still shares with partners).
 */
export async function findCandidateMatches({
  actor,
  vacancyId,
  filters,
  limit = MATCH_LIMIT,
}: {
  actor: Actor;
  vacancyId: string;
  filters: CandidateFilters;
  limit?: number;
}): Promise<CandidateMatchesView> {
  assertCan(actor, "matching.readResults");
  const anonymised = fieldScopeFor(actor, "matching.readResults") === "anonymised";
  const id = vacancyId.slice(0, 40);
  const inScope = await prisma.vacancy.findFirst({ where: { AND: [{ id }, vacancyWhereFor(actor, "matching.readVacancyResults")] }, select: { id: true } });
  if (!inScope) throw new AppError("NOT_FOUND");
  const result = await matchCandidatesForVacancy({ vacancyId: id, filters, limit });
  if (!result) throw new AppError("NOT_FOUND");

  const ids = result.matches.map((match) => match.candidateId);
  const names = new Map<string, string>();
  if (!anonymised && ids.length > 0) {
    await prisma.$transaction(async (tx) => {
      const readable = await tx.candidate.findMany({
        where: { AND: [{ id: { in: ids } }, candidateWhereFor(actor, PERSONAL_DATA_ACTION), sharesWithPartnersWhere] },
        select: { id: true, firstName: true, lastName: true },
      });
      for (const candidate of readable) names.set(candidate.id, `${candidate.firstName} ${candidate.lastName}`);
      await recordCandidateAccess(
        tx,
        actor,
        readable.map((candidate) => ({
          candidateId: candidate.id,
          action: "candidate.list",
          purpose: `Matchresultaten bij vacature ${result.vacancy.title}`,
          entity: "Vacancy",
          entityId: id,
        })),
      );
    });
  }
  return {
    vacancy: result.vacancy,
    anonymised,
    labels: result.labels,
    rows: result.matches.map((match, index) => {
      const name = names.get(match.candidateId);
      return { rank: index + 1, candidate: name ? { id: match.candidateId, name } : null, ownerName: match.ownerName, score: match.score };
    }),
  };
}
