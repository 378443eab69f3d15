import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { SKILL_LABEL_TAKEN_MESSAGE, assertSkillLabelFree } from "./assert-label-free";
import { createSkillSchema } from "./schemas";
import { skillCodeFromLabel } from "./skill-code";

export const SKILL_CODE_TAKEN_MESSAGE = "Deze code is al in gebruik. Kies een andere code.";

/** ADMIN adds a skill to the taxonomy; it is offered in the pickers at once. */
export async function createSkill({ actor, input }: { actor: Actor; input: unknown }): Promise<{ code: string }> {
  assertCan(actor, "referenceData.manage");
  const parsed = createSkillSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { label, kind, occupationClassCode } = parsed.data;
  const code = parsed.data.code || skillCodeFromLabel(label);
  if (code.length < 2) throw new FieldInputError("code", "Vul een code in: uit deze naam is er geen te maken.");
  try {
    return await prisma.$transaction(async (tx) => {
      await assertSkillLabelFree(tx, { kind, label });
      if (occupationClassCode && !(await tx.occupationClass.findUnique({ where: { code: occupationClassCode }, select: { code: true } }))) {
        throw new FieldInputError("occupationClassCode", "Kies een beroepsklasse uit de lijst.");
      }
      if (await tx.skill.findUnique({ where: { code }, select: { code: true } })) throw new FieldInputError("code", SKILL_CODE_TAKEN_MESSAGE);
      // A basic skill or certificate belongs to every occupation class: no class stored.
      await tx.skill.create({ data: { code, label, kind, occupationClassCode: kind === "vak" ? occupationClassCode : null } });
      await recordAdminChange(tx, actor, { action: "skill.create", purpose: "Vaardigheid toegevoegd", entity: "Skill", entityId: code });
      return { code };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldInputError("label", SKILL_LABEL_TAKEN_MESSAGE);
    throw error;
  }
}
