import "server-only";
import type { VacancyStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { vacancyWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type OrganisationVacancyRow = {
  id: string;
  title: string;
  status: VacancyStatus;
  occupationClass: string;
  hoursPerWeek: number;
  createdAt: Date;
  lastChangeAt: Date;
};

/** The employer's own vacancies, newest first (E2). The scope in the `where` keeps other organisations out. */
export async function findOrganisationVacancies({ actor }: { actor: Actor }): Promise<OrganisationVacancyRow[]> {
  assertCan(actor, "vacancy.read");
  if (actor.role !== "EMPLOYER") return [];
  const vacancies = await prisma.vacancy.findMany({
    where: vacancyWhereFor(actor, "vacancy.read"),
    select: {
      id: true,
      title: true,
      status: true,
      hoursPerWeek: true,
      createdAt: true,
      occupationClass: { select: { name: true } },
      statusChanges: { select: { at: true }, orderBy: { at: "desc" }, take: 1 },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return vacancies.map((vacancy) => ({
    id: vacancy.id,
    title: vacancy.title,
    status: vacancy.status,
    occupationClass: vacancy.occupationClass.name,
    hoursPerWeek: vacancy.hoursPerWeek,
    createdAt: vacancy.createdAt,
    lastChangeAt: vacancy.statusChanges[0]?.at ?? vacancy.createdAt,
  }));
}
