import "server-only";
import type { VacancyStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { vacancyWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { firstValue } from "@/lib/forms/search-params";
import { OPEN_VACANCY_STATUSES } from "./status-transitions";

/** "open" (default): every open status; "all": everything; or one status. */
export type IntakeFilter = "open" | "all" | VacancyStatus;

export type IntakeVacancyRow = {
  id: string;
  title: string;
  organisation: { id: string; name: string };
  status: VacancyStatus;
  occupationClass: string;
  wantsJobCarvingAdvice: boolean;
  handoverCount: number;
  createdAt: Date;
};

const STATUSES: readonly string[] = ["RECEIVED", "IN_PROGRESS", "CANDIDATES_PROPOSED", "FILLED", "CLOSED"];

export function parseIntakeFilter(value: string | string[] | undefined): IntakeFilter {
  const text = firstValue(value);
  if (text === "all") return "all";
  if (text && STATUSES.includes(text)) return text as VacancyStatus;
  return "open";
}

/** Vacancies of the employers the accountmanager owns (A3), new ones first. Ownership is in the `where`. */
export async function findIntakeVacancies({ actor, filter }: { actor: Actor; filter: IntakeFilter }): Promise<IntakeVacancyRow[]> {
  assertCan(actor, "vacancy.intake");
  const status = filter === "all" ? {} : filter === "open" ? { status: { in: [...OPEN_VACANCY_STATUSES] } } : { status: filter };
  const vacancies = await prisma.vacancy.findMany({
    where: { AND: [vacancyWhereFor(actor, "vacancy.intake"), status] },
    select: {
      id: true,
      title: true,
      status: true,
      wantsJobCarvingAdvice: true,
      createdAt: true,
      organisation: { select: { id: true, legalName: true } },
      occupationClass: { select: { name: true } },
      _count: { select: { handovers: true } },
    },
    orderBy: [{ createdAt: "desc" }],
    take: 300,
  });
  const order = (s: VacancyStatus) => (s === "RECEIVED" ? 0 : 1);
  return vacancies
    .map((vacancy) => ({
      id: vacancy.id,
      title: vacancy.title,
      organisation: { id: vacancy.organisation.id, name: vacancy.organisation.legalName },
      status: vacancy.status,
      occupationClass: vacancy.occupationClass.name,
      wantsJobCarvingAdvice: vacancy.wantsJobCarvingAdvice,
      handoverCount: vacancy._count.handovers,
      createdAt: vacancy.createdAt,
    }))
    .sort((a, b) => order(a.status) - order(b.status));
}
