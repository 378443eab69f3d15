import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { newWorkReadinessRuleSchema } from "./rule-schemas";

/**
 * ADMIN changes the werkfit rule (issue 14 O4): a NEW version is created and activated in one transaction; older
 * versions stay as they were. Assessments store the version and their outcome, so they keep their result. A double
 * submit (same submissionKey) returns the version the first one made.
 */
export async function createWorkReadinessRuleVersion({ actor, input }: { actor: Actor; input: unknown }): Promise<{ version: number }> {
  assertCan(actor, "referenceData.manage");
  const parsed = newWorkReadinessRuleSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { submissionKey, ...rule } = parsed.data;

  const existing = () => prisma.workReadinessRule.findUnique({ where: { submissionKey }, select: { version: true } });
  const earlier = await existing();
  if (earlier) return earlier;
  try {
    return await prisma.$transaction(async (tx) => {
      const latest = await tx.workReadinessRule.aggregate({ _max: { version: true } });
      const version = (latest._max.version ?? 0) + 1;
      await tx.workReadinessRule.updateMany({ where: { active: true }, data: { active: false } });
      const created = await tx.workReadinessRule.create({ data: { ...rule, version, active: true, submissionKey }, select: { id: true, version: true } });
      await recordAdminChange(tx, actor, { action: "workReadinessRule.createVersion", purpose: `Werkfit-regel versie ${version} actief gemaakt`, entity: "WorkReadinessRule", entityId: created.id });
      return { version: created.version };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same click was first (submissionKey), or another admin saved a version at the same moment (version).
    const first = await existing();
    if (first) return first;
    throw new AppError("CONFLICT");
  }
}
