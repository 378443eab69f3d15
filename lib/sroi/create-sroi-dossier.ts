import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { createSroiDossierSchema } from "./schemas";

export const UNKNOWN_MUNICIPALITY_MESSAGE = "Kies een gemeente uit de lijst.";

/** A7: the owner accountmanager opens an SROI dossier (contract, municipality, value, obligation, period). */
export async function createSroiDossier({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string; organisationId: string }> {
  assertCan(actor, "sroi.manage");
  const parsed = createSroiDossierSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { organisationId, municipalityCode, contractName, contractValue, obligation, periodStart, periodEnd } = parsed.data;

  const organisation = await prisma.organisation.findFirst({
    where: { AND: [{ id: organisationId }, organisationWhereFor(actor, "sroi.manage")] },
    select: { id: true },
  });
  if (!organisation) throw new AppError("NOT_FOUND");
  const municipality = await prisma.municipality.findUnique({ where: { code: municipalityCode }, select: { code: true } });
  if (!municipality) throw new FieldInputError("municipalityCode", UNKNOWN_MUNICIPALITY_MESSAGE);

  const dossier = await prisma.sroiDossier.create({
    data: {
      organisationId,
      municipalityCode,
      contractName,
      contractValueCents: contractValue,
      obligationCents: obligation,
      periodStart: isoToDbDate(periodStart),
      periodEnd: isoToDbDate(periodEnd),
      managedById: actor.userId,
    },
    select: { id: true },
  });
  return { id: dossier.id, organisationId };
}
