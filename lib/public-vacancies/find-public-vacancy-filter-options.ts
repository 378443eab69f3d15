import "server-only";
import { prisma } from "@/lib/db";

export type PublicVacancyFilterOptions = {
  workAreas: { id: string; name: string }[];
  occupationClasses: { code: string; name: string }[];
};

/** The choices of the public list's filters (reference data only). */
export async function findPublicVacancyFilterOptions(): Promise<PublicVacancyFilterOptions> {
  const [workAreas, occupationClasses] = await Promise.all([
    prisma.workArea.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.occupationClass.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { workAreas, occupationClasses };
}
