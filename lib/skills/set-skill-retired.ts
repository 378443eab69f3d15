import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { currentTime } from "@/lib/time/current-time";
import { setSkillRetiredSchema } from "./schemas";

/**
 * ADMIN retires a skill (no longer offered for new vacancies, profiles or filters) or restores it.
 * Vacancies and profiles that have it keep it, and matching keeps scoring it: matching works on codes.
 */
export async function setSkillRetired({ actor, input }: { actor: Actor; input: unknown }): Promise<{ code: string; retired: boolean }> {
  assertCan(actor, "referenceData.manage");
  const parsed = setSkillRetiredSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { code, retired } = parsed.data;
  const at = await currentTime();
  return prisma.$transaction(async (tx) => {
    const updated = await tx.skill.updateMany({ where: { code }, data: { retiredAt: retired ? at : null } });
    if (updated.count === 0) throw new AppError("NOT_FOUND");
    await recordAdminChange(tx, actor, {
      action: retired ? "skill.retire" : "skill.restore",
      purpose: retired ? "Vaardigheid vervallen verklaard" : "Vaardigheid weer in gebruik genomen",
      entity: "Skill",
      entityId: code,
    });
    return { code, retired };
  });
}
