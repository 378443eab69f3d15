import "server-only";
import { prisma } from "@/lib/db";
import { PUBLIC_VACANCY_SELECT, PUBLIC_VACANCY_WHERE, toPublicVacancy, type PublicVacancy } from "./public-vacancy-where";

/** One public, open vacancy for /vacatures/[id]; null (→ 404) for anything else, also when it exists. */
export async function getPublicVacancy(id: string): Promise<PublicVacancy | null> {
  const row = await prisma.vacancy.findFirst({ where: { AND: [{ id }, PUBLIC_VACANCY_WHERE] }, select: PUBLIC_VACANCY_SELECT });
  return row ? toPublicVacancy(row, { fullDescription: true }) : null;
}
