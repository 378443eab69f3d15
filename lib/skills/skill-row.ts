import type { Prisma } from "@/generated/prisma/client";

export type SkillRow = {
  code: string;
  label: string;
  kind: string;
  occupationClass: string | null;
  retiredAt: Date | null;
  vacancies: number;
  candidates: number;
};

/** What the admin list and the edit page read of a skill, with how many vacancies and candidates have it. */
export const SKILL_ROW_SELECT = {
  code: true,
  label: true,
  kind: true,
  retiredAt: true,
  occupationClass: { select: { name: true } },
  _count: { select: { vacancies: true, candidates: true } },
} satisfies Prisma.SkillSelect;

export function toSkillRow({ _count, occupationClass, ...skill }: Prisma.SkillGetPayload<{ select: typeof SKILL_ROW_SELECT }>): SkillRow {
  return { ...skill, occupationClass: occupationClass?.name ?? null, vacancies: _count.vacancies, candidates: _count.candidates };
}
