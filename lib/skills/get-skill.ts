import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SkillRow } from "./find-skills";
import { skillCodeSchema } from "./schemas";

/** One skill with its usage, for the edit page (ADMIN); an unknown code is NOT_FOUND. */
export async function getSkill({ actor, code }: { actor: Actor; code: unknown }): Promise<SkillRow> {
  assertCan(actor, "referenceData.manage");
  const parsed = skillCodeSchema.safeParse(code);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  const skill = await prisma.skill.findUnique({
    where: { code: parsed.data },
    select: {
      code: true,
      label: true,
      kind: true,
      retiredAt: true,
      occupationClass: { select: { name: true } },
      _count: { select: { vacancies: true, candidates: true } },
    },
  });
  if (!skill) throw new AppError("NOT_FOUND");
  const { _count, occupationClass, ...rest } = skill;
  return { ...rest, occupationClass: occupationClass?.name ?? null, vacancies: _count.vacancies, candidates: _count.candidates };
}

/** The occupation classes a trade skill can belong to. */
export async function findSkillOccupationClasses(actor: Actor): Promise<{ code: string; name: string }[]> {
  assertCan(actor, "referenceData.manage");
  return prisma.occupationClass.findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } });
}
