import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { FieldInputError } from "@/lib/forms/field-input-error";

export const SKILL_LABEL_TAKEN_MESSAGE = "Er is al een vaardigheid van deze soort met deze naam. Kies een andere naam.";

/** Labels are unique per kind, also in another case ("Lassen" and "lassen"); the unique index catches the exact race. */
export async function assertSkillLabelFree(tx: Prisma.TransactionClient, skill: { kind: string; label: string; exceptCode?: string }): Promise<void> {
  const clash = await tx.skill.findFirst({
    where: { kind: skill.kind, label: { equals: skill.label, mode: "insensitive" }, ...(skill.exceptCode ? { code: { not: skill.exceptCode } } : {}) },
    select: { code: true },
  });
  if (clash) throw new FieldInputError("label", SKILL_LABEL_TAKEN_MESSAGE);
}
