import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { pageWindow } from "@/lib/audit/audit-entry-view";
import { prisma } from "@/lib/db";
import { escapeLike } from "@/lib/search/escape-like";
import { PUBLIC_VACANCY_SELECT, PUBLIC_VACANCY_WHERE, toPublicVacancy, type PublicVacancy } from "./public-vacancy-where";
import { PUBLIC_VACANCY_PAGE_SIZE, type PublicVacancySearch } from "./schemas";

export type PublicVacancyPage = { items: PublicVacancy[]; total: number; page: number; pageCount: number };

export function buildPublicVacancyWhere(search: PublicVacancySearch): Prisma.VacancyWhereInput {
  const and: Prisma.VacancyWhereInput[] = [PUBLIC_VACANCY_WHERE];
  if (search.q) {
    const contains = { contains: escapeLike(search.q), mode: "insensitive" as const };
    and.push({ OR: [{ title: contains }, { description: contains }] });
  }
  if (search.workArea) and.push({ workAreaId: search.workArea });
  if (search.occupationClass) and.push({ occupationClassCode: search.occupationClass });
  if (search.hoursMin) and.push({ hoursPerWeek: { gte: search.hoursMin } });
  return { AND: and };
}

/** The public vacancy list (P5): open vacancies the employer marked public, newest first. No login needed. */
export async function findPublicVacancies(search: PublicVacancySearch): Promise<PublicVacancyPage> {
  const where = buildPublicVacancyWhere(search);
  const total = await prisma.vacancy.count({ where });
  const window = pageWindow(search.page, total, PUBLIC_VACANCY_PAGE_SIZE);
  const rows = await prisma.vacancy.findMany({
    where,
    select: PUBLIC_VACANCY_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: window.skip,
    take: window.take,
  });
  return { items: rows.map((row) => toPublicVacancy(row, { fullDescription: false })), total, page: window.page, pageCount: window.pageCount };
}
