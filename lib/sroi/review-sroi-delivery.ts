import "server-only";
import type { ReviewStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { currentTime } from "@/lib/time/current-time";
import { sroiDossierWhereFor } from "./dossier-where";
import { DELIVERY_TYPE_LABELS } from "./labels";
import { formatEuros } from "./money";
import { reviewSroiDeliverySchema } from "./schemas";

export const ALREADY_REVIEWED_MESSAGE = "Deze levering is al beoordeeld. Vernieuw de pagina om de uitkomst te zien.";

/**
 * A7: the owner accountmanager approves or rejects a reported delivery. The update only matches a
 * REPORTED row, so two clicks or two reviewers give one outcome: repeating the same decision is a
 * no-op, a different one is a conflict. The reporting employer contact is told the outcome.
 */
export async function reviewSroiDelivery(
  { actor, input }: { actor: Actor; input: unknown },
  options: { now?: Date } = {},
): Promise<{ id: string; dossierId: string; organisationId: string; status: ReviewStatus }> {
  assertCan(actor, "sroi.review");
  const parsed = reviewSroiDeliverySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { deliveryId, decision } = parsed.data;
  const now = options.now ?? (await currentTime());
  const inScope = { AND: [{ id: deliveryId }, { dossier: sroiDossierWhereFor(actor, "sroi.review") }] };

  const { result, afterCommit } = await prisma.$transaction(async (tx) => {
    const updated = await tx.sroiDelivery.updateMany({
      where: { AND: [...inScope.AND, { status: "REPORTED" }] },
      data: { status: decision, reviewedById: actor.userId, reviewedAt: now },
    });
    const delivery = await tx.sroiDelivery.findFirst({
      where: inScope,
      select: {
        id: true,
        status: true,
        type: true,
        valueCents: true,
        reviewedById: true,
        reportedBy: { select: { id: true, organisationId: true } },
        dossier: { select: { id: true, organisationId: true, contractName: true } },
      },
    });
    if (!delivery) throw new AppError("NOT_FOUND");
    const outcome = { id: delivery.id, dossierId: delivery.dossier.id, organisationId: delivery.dossier.organisationId, status: delivery.status };
    if (updated.count === 0) {
      if (delivery.status === decision && delivery.reviewedById === actor.userId) return { result: outcome, afterCommit: null };
      throw new AppError("CONFLICT", { userMessage: ALREADY_REVIEWED_MESSAGE });
    }
    const reporterStillThere = delivery.reportedBy.organisationId === delivery.dossier.organisationId;
    const verdict = decision === "APPROVED" ? "goedgekeurd" : "afgekeurd";
    const deliver = reporterStillThere
      ? await notify(tx, [
          {
            userId: delivery.reportedBy.id,
            kind: "sroi.deliveryReviewed",
            title: `SROI-levering ${verdict}`,
            body: `Uw melding "${DELIVERY_TYPE_LABELS[delivery.type]}" van ${formatEuros(delivery.valueCents)} voor "${delivery.dossier.contractName}" is ${verdict}.`,
            link: `/werkgever/sroi/${delivery.dossier.id}`,
          },
        ])
      : null;
    return { result: outcome, afterCommit: deliver };
  });
  if (afterCommit) await afterCommit();
  return result;
}
