import "server-only";
import { prisma } from "@/lib/db";

export type VacancyFormOptions = {
  occupationClasses: { code: string; name: string }[];
  skills: { code: string; label: string; kind: string; occupationClassCode: string | null }[];
  workAreas: { id: string; name: string }[];
};

/**
 * Reference data for the vacancy form and the candidate profile: the 12 occupation classes, the skill
 * taxonomy and the work areas. Retired skills are not offered for new input; `keepSkillCodes` are the
 * skills the record being edited already has, which stay in the list so editing keeps them.
 */
export async function findVacancyFormOptions(keepSkillCodes: readonly string[] = []): Promise<VacancyFormOptions> {
  const [occupationClasses, skills, workAreas] = await Promise.all([
    prisma.occupationClass.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    prisma.skill.findMany({
      where: keepSkillCodes.length > 0 ? { OR: [{ retiredAt: null }, { code: { in: [...keepSkillCodes] } }] } : { retiredAt: null },
      select: { code: true, label: true, kind: true, occupationClassCode: true },
      orderBy: { label: "asc" },
    }),
    prisma.workArea.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { occupationClasses, skills, workAreas };
}
