import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * The organiser's view of one event with its registrations. Seeing a resident's name is a read of
 * their personal data, so it is audited in the same transaction. Other accountmanagers get NOT_FOUND.
 */
export async function getOrganisedEvent(actor: Actor, eventId: string) {
  assertCan(actor, "event.manage");
  return prisma.$transaction(async (tx) => {
    const event = await tx.event.findFirst({
      where: { id: eventId, organiserId: actor.userId },
      select: {
        id: true, title: true, kind: true, startsAt: true, endsAt: true, location: true, capacity: true, audience: true, cancelledAt: true,
        registrations: {
          orderBy: [{ cancelledAt: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
          select: {
            id: true, cancelledAt: true, attended: true, createdAt: true, candidateId: true,
            user: { select: { name: true, role: true } },
            organisation: { select: { legalName: true, tradeName: true } },
          },
        },
      },
    });
    if (!event) throw new AppError("NOT_FOUND");
    const candidateIds = [...new Set(event.registrations.flatMap((r) => (r.candidateId ? [r.candidateId] : [])))];
    if (candidateIds.length > 0) {
      await recordCandidateAccess(
        tx,
        actor,
        candidateIds.map((candidateId) => ({ candidateId, action: "candidate.list" as const, purpose: "Aanmeldingen voor een evenement bekijken", entity: "Event", entityId: event.id })),
      );
    }
    return event;
  });
}
