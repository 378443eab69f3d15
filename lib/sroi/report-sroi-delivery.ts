import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import type { SroiDeliveryType } from "@/generated/prisma/enums";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { notify } from "@/lib/notifications/notify";
import { currentTime } from "@/lib/time/current-time";
import { isoToDbDate, todayIso } from "@/lib/time/calendar-dates";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { sroiDossierWhereFor } from "./dossier-where";
import { DELIVERY_TYPE_LABELS } from "./labels";
import { formatEuros } from "./money";
import { reportSroiDeliverySchema } from "./schemas";

export const UNKNOWN_PLACEMENT_MESSAGE = "Kies een plaatsing bij uw organisatie uit de lijst.";
export const FUTURE_DELIVERY_MESSAGE = "De datum van de levering mag niet in de toekomst liggen.";

/** The delivery an earlier submission with this key stored, when it was this person's. */
async function findSubmitted(actor: Actor, submissionKey: string, dossierId: string) {
  const existing = await prisma.sroiDelivery.findUnique({ where: { submissionKey }, select: { id: true, reportedById: true, dossierId: true } });
  if (!existing) return null;
  if (existing.reportedById !== actor.userId || existing.dossierId !== dossierId) throw new AppError("CONFLICT");
  return { id: existing.id, dossierId, created: false };
}

/**
 * E8: an employer contact reports delivered social return on its own dossier. The optional candidate
 * comes from one of the organisation's own placements (the employer never picks a person). The form's
 * submissionKey is unique, so a double click or a resent form stores one delivery (and notifies once);
 * a new delivery notifies the owner accountmanager.
 */
export async function reportSroiDelivery(
  { actor, input }: { actor: Actor; input: unknown },
  options: { now?: Date } = {},
): Promise<{ id: string; dossierId: string; created: boolean }> {
  assertCan(actor, "sroi.report");
  const parsed = reportSroiDeliverySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { dossierId, type, value, description, deliveredOn, placementId, submissionKey } = parsed.data;
  const now = options.now ?? (await currentTime());

  const dossier = await prisma.sroiDossier.findFirst({
    where: { AND: [{ id: dossierId }, sroiDossierWhereFor(actor, "sroi.report")] },
    select: { id: true, organisationId: true, contractName: true, periodStart: true, periodEnd: true, organisation: { select: { ownerId: true, legalName: true, tradeName: true } } },
  });
  if (!dossier) throw new AppError("NOT_FOUND");
  const day = isoToDbDate(deliveredOn);
  if (day < dossier.periodStart || day > dossier.periodEnd) {
    throw new FieldInputError(
      "deliveredOn",
      `Kies een datum binnen de looptijd van het contract: ${formatDutchDate(dossier.periodStart)} tot en met ${formatDutchDate(dossier.periodEnd)}.`,
    );
  }
  if (deliveredOn > todayIso(now)) throw new FieldInputError("deliveredOn", FUTURE_DELIVERY_MESSAGE);

  let candidateId: string | null = null;
  if (placementId) {
    const placement = await prisma.placement.findFirst({ where: { id: placementId, organisationId: dossier.organisationId }, select: { candidateId: true } });
    if (!placement) throw new FieldInputError("placementId", UNKNOWN_PLACEMENT_MESSAGE);
    candidateId = placement.candidateId;
  }

  const earlier = await findSubmitted(actor, submissionKey, dossier.id);
  if (earlier) return earlier;
  try {
    return await storeDelivery(actor, dossier, { type, valueCents: value, description, deliveredOn: day, candidateId, submissionKey });
  } catch (error) {
    // The same key committed by a concurrent request (a double click) between the lookup and the insert.
    if (isUniqueViolation(error)) {
      const existing = await findSubmitted(actor, submissionKey, dossier.id);
      if (existing) return existing;
    }
    throw error;
  }
}

type Dossier = { id: string; organisationId: string; contractName: string; organisation: { ownerId: string; legalName: string; tradeName: string | null } };
type DeliveryFields = { type: SroiDeliveryType; valueCents: bigint; description: string; deliveredOn: Date; candidateId: string | null; submissionKey: string };

/** The delivery, the audit of a linked candidate and the owner's notification, in one transaction. */
async function storeDelivery(actor: Actor, dossier: Dossier, fields: DeliveryFields): Promise<{ id: string; dossierId: string; created: boolean }> {
  const { result, afterCommit } = await prisma.$transaction(async (tx) => {
    const delivery = await tx.sroiDelivery.create({ data: { ...fields, dossierId: dossier.id, reportedById: actor.userId }, select: { id: true } });
    if (fields.candidateId) {
      await recordCandidateAccess(tx, actor, [
        { candidateId: fields.candidateId, action: "placement.update", purpose: "Uw plaatsing meetellen voor social return (SROI)", entity: "SroiDelivery", entityId: delivery.id },
      ]);
    }
    const employer = dossier.organisation.tradeName ?? dossier.organisation.legalName;
    const deliver = await notify(tx, [
      {
        userId: dossier.organisation.ownerId,
        kind: "sroi.deliveryReported",
        title: `SROI-levering gemeld door ${employer}`,
        body: `${DELIVERY_TYPE_LABELS[fields.type]} van ${formatEuros(fields.valueCents)} voor het contract "${dossier.contractName}". Keur de levering goed of af.`,
        link: `/professional/werkgevers/${dossier.organisationId}/sroi/${dossier.id}`,
      },
    ]);
    return { result: { id: delivery.id, dossierId: dossier.id, created: true }, afterCommit: deliver };
  });
  await afterCommit();
  return result;
}
