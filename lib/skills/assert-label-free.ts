import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { FieldInputError } from "@/lib/forms/field-input-error";

export const SKILL_LABEL_TAKEN_MESSAGE = "Er is al een vaardigheid van deze soort met deze naam. Kies een andere naam.";

/**
 * Labels are unique per kind, also in another case ("Lassen" and "lassen"). There is no unique index
 * (older test data repeats labels); instead every admin write of a label takes the same transaction
 * lock first, so two admins cannot both pass this check with the same name.
 */
export async function assertSkillLabelFree(tx: Prisma.TransactionClient, skill: { kind: string; label: string; exceptCode?: string }): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('skill-label'))`;
  const clash = await tx.skill.findFirst({
    where: { kind: skill.kind, label: { equals: skill.label, mode: "insensitive" }, ...(skill.exceptCode ? { code: { not: skill.exceptCode } } : {}) },
    select: { code: true },
  });
  if (clash) throw new FieldInputError("label", SKILL_LABEL_TAKEN_MESSAGE);
}
