import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { placementWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { employerAftercareSchema } from "@/lib/placements/schemas";
import { currentTime } from "@/lib/time/current-time";
import { claimDueCheck } from "./claim-due-check";

/** A score at or below this asks the owner accountmanager to follow up (A5). */
export const LOW_SCORE = 2;

/**
 * E6: an employer of the placement's organisation answers "Hoe bevalt de plaatsing?" (1–5 +
 * comment) once it is due, exactly once. A low score notifies the owner accountmanager, without
 * the candidate's name.
 */
export async function answerEmployerAftercare({ actor, input, now: given }: { actor: Actor; input: unknown; now?: Date }): Promise<{ placementId: string }> {
  assertCan(actor, "employerAftercare.answer");
  const parsed = employerAftercareSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { checkId, score, comment } = parsed.data;
  const now = given ?? (await currentTime());

  const { placementId, after } = await prisma.$transaction(async (tx) => {
    const check = await tx.aftercareCheck.findFirst({
      where: { id: checkId, side: "EMPLOYER", placement: placementWhereFor(actor, "employerAftercare.answer") },
      select: {
        id: true,
        monthsAfterStart: true,
        placement: { select: { id: true, candidateId: true, vacancy: { select: { title: true } }, organisation: { select: { ownerId: true, legalName: true, tradeName: true } } } },
      },
    });
    if (!check) throw new AppError("NOT_FOUND");
    await claimDueCheck(tx, check.id, now, { completedById: actor.userId, score, comment: comment || null });
    await recordCandidateAccess(tx, actor, [
      { candidateId: check.placement.candidateId, action: "aftercare.record", purpose: "Nazorgvraag van de werkgever beantwoorden", entity: "AftercareCheck", entityId: check.id },
    ]);
    if (score > LOW_SCORE) return { placementId: check.placement.id, after: async () => {} };
    const employer = check.placement.organisation.tradeName ?? check.placement.organisation.legalName;
    const done = await notify(tx, [
      {
        userId: check.placement.organisation.ownerId,
        kind: "aftercare.lowScore",
        title: `Lage score bij nazorg: ${check.placement.vacancy?.title ?? "plaatsing"}`,
        body: `${employer} gaf ${score} van 5 bij de nazorgvraag na ${check.monthsAfterStart} maanden over de plaatsing van een kandidaat. Neem contact op en leg de opvolging vast.`,
        link: `/professional/plaatsingen/${check.placement.id}`,
      },
    ]);
    return { placementId: check.placement.id, after: done };
  });
  await after();
  return { placementId };
}
