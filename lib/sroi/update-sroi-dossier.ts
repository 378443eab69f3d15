import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { UNKNOWN_MUNICIPALITY_MESSAGE } from "./create-sroi-dossier";
import { sroiDossierWhereFor } from "./dossier-where";
import { updateSroiDossierSchema } from "./schemas";

/** The owner accountmanager corrects a dossier's contract data; reported deliveries stay as they are. */
export async function updateSroiDossier({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string; organisationId: string }> {
  assertCan(actor, "sroi.manage");
  const parsed = updateSroiDossierSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { dossierId, municipalityCode, contractName, contractValue, obligation, periodStart, periodEnd } = parsed.data;

  const dossier = await prisma.sroiDossier.findFirst({
    where: { AND: [{ id: dossierId }, sroiDossierWhereFor(actor, "sroi.manage")] },
    select: { id: true, organisationId: true },
  });
  if (!dossier) throw new AppError("NOT_FOUND");
  const municipality = await prisma.municipality.findUnique({ where: { code: municipalityCode }, select: { code: true } });
  if (!municipality) throw new FieldInputError("municipalityCode", UNKNOWN_MUNICIPALITY_MESSAGE);

  const updated = await prisma.sroiDossier.updateMany({
    where: { AND: [{ id: dossierId }, sroiDossierWhereFor(actor, "sroi.manage")] },
    data: {
      municipalityCode,
      contractName,
      contractValueCents: contractValue,
      obligationCents: obligation,
      periodStart: isoToDbDate(periodStart),
      periodEnd: isoToDbDate(periodEnd),
    },
  });
  if (updated.count === 0) throw new AppError("NOT_FOUND");
  return dossier;
}
