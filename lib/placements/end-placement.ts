import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";
import { dbDateToIso, isoToDbDate, todayIso } from "@/lib/time/calendar-dates";
import { FieldInputError } from "@/lib/forms/field-input-error";
import type { PlacementEndReason } from "@/generated/prisma/enums";
import { END_REASON_LABELS } from "./labels";
import { employerNameOf, findPlacementInScopeOrThrow, vacancyTitleOf, type ScopedPlacement } from "./placement-in-scope";
import { employerUserIds } from "./recipients";
import { endPlacementSchema } from "./schemas";

type Tx = Prisma.TransactionClient;

/**
 * B6: the owner bemiddelaar ends a placement early with a reason. The candidate is seeking again;
 * the open check-ins stay as history ("vervallen") but are no longer due: the jobs and the answer
 * functions skip ended placements.
 */
export async function endPlacement({ actor, input, now: given }: { actor: Actor; input: unknown; now?: Date }): Promise<{ id: string }> {
  assertCan(actor, "placement.end");
  const parsed = endPlacementSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { placementId, endedOn, reasonCode, reason } = parsed.data;
  const now = given ?? (await currentTime());
  if (endedOn > todayIso(now)) throw new FieldInputError("endedOn", "De einddatum mag niet in de toekomst liggen.");

  const after = await prisma.$transaction(async (tx) => {
    const placement = await findPlacementInScopeOrThrow(tx, actor, "placement.end", placementId);
    if (endedOn < dbDateToIso(placement.startDate)) throw new FieldInputError("endedOn", "De einddatum mag niet voor de startdatum liggen.");
    return closePlacement(tx, actor, placement, { endedOn: isoToDbDate(endedOn), reasonCode, reason: reason || null });
  });
  await after();
  return { id: placementId };
}

/** Sets the end (guarded on "not ended yet"), frees the candidate, audits and notifies AM and employer. */
export async function closePlacement(
  tx: Tx,
  actor: Actor,
  placement: ScopedPlacement,
  end: { endedOn: Date; reasonCode: PlacementEndReason; reason: string | null; extra?: Prisma.PlacementUpdateManyMutationInput },
) {
  const { count } = await tx.placement.updateMany({
    where: { id: placement.id, endedOn: null },
    data: { endedOn: end.endedOn, endReasonCode: end.reasonCode, endReason: end.reason, ...end.extra },
  });
  if (count !== 1) throw new AppError("CONFLICT", { userMessage: "Deze plaatsing is al beëindigd." });
  const stillPlaced = await tx.placement.count({ where: { candidateId: placement.candidateId, endedOn: null } });
  if (stillPlaced === 0) await tx.candidate.update({ where: { id: placement.candidateId }, data: { status: "SEEKING" } });
  await recordCandidateAccess(tx, actor, [
    { candidateId: placement.candidateId, action: "placement.update", purpose: "Einde van de plaatsing vastleggen", entity: "Placement", entityId: placement.id },
  ]);
  const title = `Plaatsing beëindigd: ${vacancyTitleOf(placement)}`;
  const body = `De plaatsing van een kandidaat bij ${employerNameOf(placement)} is per ${formatShortDate(end.endedOn)} beëindigd. Reden: ${END_REASON_LABELS[end.reasonCode].toLowerCase()}.`;
  return notify(tx, [
    { userId: placement.organisation.ownerId, kind: "placement.ended", title, body, link: `/professional/plaatsingen/${placement.id}` },
    ...(await employerUserIds(tx, placement.organisationId)).map((userId) => ({
      userId,
      kind: "placement.ended" as const,
      title,
      body,
      link: `/werkgever/plaatsingen/${placement.id}`,
    })),
  ]);
}
