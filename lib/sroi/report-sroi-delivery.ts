import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formatDutchDate } from "@/lib/instruments/format-dutch-date";
import { notify } from "@/lib/notifications/notify";
import { currentTime } from "@/lib/time/current-time";
import { isoToDbDate, todayIso } from "@/lib/vacancies/dates";
import { FieldInputError } from "@/lib/vacancies/field-input-error";
import { sroiDossierWhereFor } from "./dossier-where";
import { DELIVERY_TYPE_LABELS } from "./labels";
import { formatEuros } from "./money";
import { reportSroiDeliverySchema } from "./schemas";

export const UNKNOWN_PLACEMENT_MESSAGE = "Kies een plaatsing bij uw organisatie uit de lijst.";
export const FUTURE_DELIVERY_MESSAGE = "De datum van de levering mag niet in de toekomst liggen.";
/** A second identical report by the same person within this window is the same submission (double click, resend). */
export const DUPLICATE_WINDOW_MS = 10 * 60_000;

/**
 * E8: an employer contact reports delivered social return on its own dossier. The optional candidate
 * comes from one of the organisation's own placements (the employer never picks a person). The
 * dossier row is locked while an identical recent report is looked up, so a double click or a resent
 * form stores one delivery; a new delivery notifies the owner accountmanager.
 */
export async function reportSroiDelivery(
  { actor, input }: { actor: Actor; input: unknown },
  options: { now?: Date } = {},
): Promise<{ id: string; dossierId: string; created: boolean }> {
  assertCan(actor, "sroi.report");
  const parsed = reportSroiDeliverySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { dossierId, type, value, description, deliveredOn, placementId } = parsed.data;
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

  const { result, afterCommit } = await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "SroiDossier" WHERE "id" = ${dossier.id} FOR UPDATE`;
    const duplicate = await tx.sroiDelivery.findFirst({
      where: {
        dossierId: dossier.id,
        reportedById: actor.userId,
        type,
        valueCents: value,
        description,
        deliveredOn: day,
        candidateId,
        createdAt: { gte: new Date(Date.now() - DUPLICATE_WINDOW_MS) },
      },
      select: { id: true },
    });
    if (duplicate) return { result: { id: duplicate.id, dossierId: dossier.id, created: false }, afterCommit: null };

    const delivery = await tx.sroiDelivery.create({
      data: { dossierId: dossier.id, type, valueCents: value, description, deliveredOn: day, candidateId, reportedById: actor.userId },
      select: { id: true },
    });
    if (candidateId) {
      await recordCandidateAccess(tx, actor, [
        { candidateId, action: "placement.update", purpose: "Uw plaatsing meetellen voor social return (SROI)", entity: "SroiDelivery", entityId: delivery.id },
      ]);
    }
    const employer = dossier.organisation.tradeName ?? dossier.organisation.legalName;
    const deliver = await notify(tx, [
      {
        userId: dossier.organisation.ownerId,
        kind: "sroi.deliveryReported",
        title: `SROI-levering gemeld door ${employer}`,
        body: `${DELIVERY_TYPE_LABELS[type]} van ${formatEuros(value)} voor het contract "${dossier.contractName}". Keur de levering goed of af.`,
        link: `/professional/werkgevers/${dossier.organisationId}/sroi/${dossier.id}`,
      },
    ]);
    return { result: { id: delivery.id, dossierId: dossier.id, created: true }, afterCommit: deliver };
  });
  if (afterCommit) await afterCommit();
  return result;
}
