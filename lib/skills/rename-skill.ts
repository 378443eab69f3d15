import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { refreshMatchReference } from "@/lib/matching/match-index-store";
import { assertSkillLabelFree } from "./assert-label-free";
import { renameSkillSchema } from "./schemas";

/**
 * ADMIN renames a skill. Vacancies and profiles refer to it by code, so they show the new name at once;
 * matching's cached names are re-read right after the commit (otherwise within a minute).
 */
export async function renameSkill({ actor, input }: { actor: Actor; input: unknown }): Promise<{ code: string }> {
  assertCan(actor, "referenceData.manage");
  const parsed = renameSkillSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { code, label } = parsed.data;
  await prisma.$transaction(async (tx) => {
    const skill = await tx.skill.findUnique({ where: { code }, select: { kind: true } });
    if (!skill) throw new AppError("NOT_FOUND");
    await assertSkillLabelFree(tx, { kind: skill.kind, label, exceptCode: code });
    await tx.skill.update({ where: { code }, data: { label } });
    await recordAdminChange(tx, actor, { action: "skill.rename", purpose: "Vaardigheid hernoemd", entity: "Skill", entityId: code });
  });
  await refreshMatchReference().catch((error: unknown) => logger.warn({ err: error }, "matching names not refreshed after a skill rename"));
  return { code };
}
