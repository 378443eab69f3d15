import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { assertSkillLabelFree } from "./assert-label-free";
import { createSkillSchema } from "./schemas";
import { skillCodeFromLabel } from "./skill-code";

export const SKILL_CODE_TAKEN_MESSAGE = "Deze code is al in gebruik. Kies een andere code.";

type Tx = Prisma.TransactionClient;

async function isTaken(tx: Tx, code: string): Promise<boolean> {
  return (await tx.skill.findUnique({ where: { code }, select: { code: true } })) !== null;
}

async function assertCodeFree(tx: Tx, code: string): Promise<string> {
  if (await isTaken(tx, code)) throw new FieldInputError("code", SKILL_CODE_TAKEN_MESSAGE);
  return code;
}

/** A code made from the label: the label's slug, or with "-2", "-3", … when another skill (of another kind) has it. */
async function freeCodeFrom(tx: Tx, base: string): Promise<string> {
  for (let n = 1; n <= 50; n++) {
    const code = n === 1 ? base : `${base.slice(0, 56)}-${n}`;
    if (!(await isTaken(tx, code))) return code;
  }
  throw new FieldInputError("code", "Vul zelf een code in: de codes uit deze naam zijn al in gebruik.");
}

/** ADMIN adds a skill to the taxonomy; it is offered in the pickers at once. */
export async function createSkill({ actor, input }: { actor: Actor; input: unknown }): Promise<{ code: string }> {
  assertCan(actor, "referenceData.manage");
  const parsed = createSkillSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { label, kind, occupationClassCode } = parsed.data;
  const givenCode = parsed.data.code;
  const base = givenCode || skillCodeFromLabel(label);
  if (base.length < 2) throw new FieldInputError("code", "Vul een code in: uit deze naam is er geen te maken.");
  try {
    return await prisma.$transaction(async (tx) => {
      await assertSkillLabelFree(tx, { kind, label });
      if (occupationClassCode && !(await tx.occupationClass.findUnique({ where: { code: occupationClassCode }, select: { code: true } }))) {
        throw new FieldInputError("occupationClassCode", "Kies een beroepsklasse uit de lijst.");
      }
      const code = givenCode ? await assertCodeFree(tx, givenCode) : await freeCodeFrom(tx, base);
      // A basic skill or certificate belongs to every occupation class: no class stored.
      await tx.skill.create({ data: { code, label, kind, occupationClassCode: kind === "vak" ? occupationClassCode : null } });
      await recordAdminChange(tx, actor, { action: "skill.create", purpose: "Vaardigheid toegevoegd", entity: "Skill", entityId: code });
      return { code };
    });
  } catch (error) {
    // The same click twice: the code was taken meanwhile.
    if (isUniqueViolation(error)) throw new FieldInputError("code", SKILL_CODE_TAKEN_MESSAGE);
    throw error;
  }
}
