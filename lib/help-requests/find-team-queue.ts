import "server-only";
import type { HelpQuestion, HelpRequestStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { ageGroupOf, ageOn, type AgeGroup } from "./age";
import { OPEN_HELP_REQUEST_STATUSES, teamQueueWhere } from "./team-queue-where";

export const QUEUE_READ_PURPOSE = "Nieuwe aanmelding beoordelen";
const QUEUE_LIMIT = 200;

export type TeamQueueItem = {
  id: string;
  /** First name and the initial of the last name: enough to pick it up. */
  displayName: string;
  question: HelpQuestion;
  team: string;
  municipality: string | null;
  ageGroup: AgeGroup;
  createdAt: Date;
  dueBy: Date;
  status: Extract<HelpRequestStatus, "ROUTED" | "ESCALATED">;
  overdue: boolean;
};

/**
 * The team queue (B1): new requests routed to the bemiddelaar's partner organisation that nobody
 * accepted yet, escalated first, then by due date (so overdue ones lead). Only what is needed to
 * pick a request up; every request shown writes an audit entry in the same transaction (X3).
 */
export async function findTeamQueue(actor: Actor, now: Date = new Date()): Promise<TeamQueueItem[]> {
  assertCan(actor, "helpRequest.accept");
  return prisma.$transaction(async (tx) => {
    const requests = await tx.helpRequest.findMany({
      where: { AND: [teamQueueWhere(actor), { status: { in: [...OPEN_HELP_REQUEST_STATUSES] } }] },
      orderBy: [{ status: "desc" }, { dueBy: "asc" }, { id: "asc" }],
      take: QUEUE_LIMIT,
      select: {
        id: true,
        candidateId: true,
        question: true,
        team: true,
        status: true,
        createdAt: true,
        dueBy: true,
        candidate: { select: { firstName: true, lastName: true, birthDate: true, municipality: { select: { name: true } } } },
      },
    });
    await recordCandidateAccess(
      tx,
      actor,
      requests.map((request) => ({
        candidateId: request.candidateId,
        action: "helpRequest.read" as const,
        purpose: QUEUE_READ_PURPOSE,
        entity: "HelpRequest",
        entityId: request.id,
      })),
    );
    return requests.map((request) => ({
      id: request.id,
      displayName: displayName(request.candidate.firstName, request.candidate.lastName),
      question: request.question,
      team: request.team,
      municipality: request.candidate.municipality?.name ?? null,
      ageGroup: ageGroupOf(request.candidate.birthDate ? ageOn(request.candidate.birthDate, now) : null),
      createdAt: request.createdAt,
      dueBy: request.dueBy,
      status: request.status as TeamQueueItem["status"],
      overdue: request.status === "ESCALATED" || request.dueBy < now,
    }));
  });
}

/** "Sanne de Vries" → "Sanne V." (Dutch surname prefixes such as "de", "van der" are skipped for the initial). */
export function displayName(firstName: string, lastName: string): string {
  const words = lastName.trim().split(/\s+/);
  const prefixes = new Set(["van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "'t", "la", "le", "du", "da", "di", "el", "al", "von"]);
  const main = words.find((word) => !prefixes.has(word.toLowerCase())) ?? words[0] ?? "";
  const initial = main.charAt(0).toUpperCase();
  return initial ? `${firstName.trim()} ${initial}.` : firstName.trim();
}
