import type { Prisma } from "@/generated/prisma/client";
import { PUBLISHED_VACANCY_WHERE } from "@/lib/auth/published-vacancy-where";

/**
 * Only what the employer marked public, the owner accountmanager took in and is still open is ever
 * shown outside the portal (decision 023).
 */
export const PUBLIC_VACANCY_WHERE = PUBLISHED_VACANCY_WHERE;

/** The fields the public may see: the job and the employer's name, never a person. */
export const PUBLIC_VACANCY_SELECT = {
  id: true,
  title: true,
  description: true,
  hoursPerWeek: true,
  location: true,
  contractType: true,
  startDate: true,
  trialPlacementWelcome: true,
  createdAt: true,
  workArea: { select: { name: true } },
  occupationClass: { select: { code: true, name: true } },
  organisation: { select: { legalName: true, tradeName: true } },
} satisfies Prisma.VacancySelect;

type PublicVacancyRow = Prisma.VacancyGetPayload<{ select: typeof PUBLIC_VACANCY_SELECT }>;

export type PublicVacancy = {
  id: string;
  title: string;
  employer: string;
  place: string;
  workArea: string | null;
  occupationClass: { code: string; name: string };
  hoursPerWeek: number;
  contractType: PublicVacancyRow["contractType"];
  startDate: Date | null;
  trialPlacementWelcome: boolean;
  description: string;
  publishedAt: Date;
};

export const EXCERPT_LENGTH = 220;

/** The first sentences of the description, cut at a word boundary. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

export function toPublicVacancy(row: PublicVacancyRow, options: { fullDescription: boolean }): PublicVacancy {
  return {
    id: row.id,
    title: row.title,
    employer: row.organisation.tradeName ?? row.organisation.legalName,
    place: row.location,
    workArea: row.workArea?.name ?? null,
    occupationClass: row.occupationClass,
    hoursPerWeek: row.hoursPerWeek,
    contractType: row.contractType,
    startDate: row.startDate,
    trialPlacementWelcome: row.trialPlacementWelcome,
    description: options.fullDescription ? row.description : excerpt(row.description),
    publishedAt: row.createdAt,
  };
}
