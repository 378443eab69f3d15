import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { SKILL_ROW_SELECT, toSkillRow, type SkillRow } from "./skill-row";
import { skillCodeSchema } from "./schemas";

/** One skill with its usage, for the edit page (ADMIN); an unknown code is NOT_FOUND. */
export async function getSkill({ actor, code }: { actor: Actor; code: unknown }): Promise<SkillRow> {
  assertCan(actor, "referenceData.manage");
  const parsed = skillCodeSchema.safeParse(code);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  const skill = await prisma.skill.findUnique({
    where: { code: parsed.data },
    select: SKILL_ROW_SELECT,
  });
  if (!skill) throw new AppError("NOT_FOUND");
  return toSkillRow(skill);
}

/** The occupation classes a trade skill can belong to. */
export async function findSkillOccupationClasses(actor: Actor): Promise<{ code: string; name: string }[]> {
  assertCan(actor, "referenceData.manage");
  return prisma.occupationClass.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });
}
