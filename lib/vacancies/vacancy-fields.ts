import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { FieldInputError } from "@/lib/forms/field-input-error";
import type { VacancyFields } from "./schemas";

type Tx = Prisma.TransactionClient;

export const RETIRED_OR_UNKNOWN_SKILL_MESSAGE = "Kies de vaardigheden uit de lijst; een van de gekozen vaardigheden bestaat niet (meer).";

/**
 * Checks the codes and ids in the fields against the reference data; throws at the field. A retired skill
 * is refused unless this vacancy (`existingVacancyId`, when editing) already has it.
 */
export async function assertVacancyReferences(tx: Tx, fields: VacancyFields, existingVacancyId?: string): Promise<void> {
  // One after another: a transaction is one connection, and pg warns (and pg@9 will refuse) when
  // queries are sent on a connection that is still busy.
  const occupationClass = await tx.occupationClass.findUnique({ where: { code: fields.occupationClassCode }, select: { code: true } });
  const workArea = await tx.workArea.findUnique({ where: { id: fields.workAreaId }, select: { id: true } });
  const kept = existingVacancyId ? [{ vacancies: { some: { vacancyId: existingVacancyId } } }] : [];
  const skills = await tx.skill.findMany({
    where: { code: { in: fields.skills.map((skill) => skill.skillCode) }, OR: [{ retiredAt: null }, ...kept] },
    select: { code: true },
  });
  if (!occupationClass) throw new FieldInputError("occupationClassCode", "Kies een beroepsklasse uit de lijst.");
  if (skills.length !== fields.skills.length) throw new FieldInputError("skills", RETIRED_OR_UNKNOWN_SKILL_MESSAGE);
  if (!workArea) throw new FieldInputError("workAreaId", "Kies een werkgebied uit de lijst.");
}

/** The scalar columns of a vacancy from validated fields. */
export function vacancyColumns(fields: VacancyFields) {
  return {
    title: fields.title,
    occupationClassCode: fields.occupationClassCode,
    description: fields.description,
    hoursPerWeek: fields.hoursPerWeek,
    location: fields.location,
    workAreaId: fields.workAreaId,
    contractType: fields.contractType,
    trialPlacementWelcome: fields.trialPlacementWelcome,
    startDate: fields.startDate === "" ? null : isoToDbDate(fields.startDate),
    openToDistance: fields.openToDistance,
    wantsJobCarvingAdvice: fields.wantsJobCarvingAdvice,
    isPublic: fields.isPublic,
  } satisfies Omit<Prisma.VacancyUncheckedCreateInput, "organisationId">;
}

/** Replaces the required skills of a vacancy. */
export async function replaceVacancySkills(tx: Tx, vacancyId: string, fields: VacancyFields): Promise<void> {
  await tx.vacancySkill.deleteMany({ where: { vacancyId } });
  await tx.vacancySkill.createMany({ data: fields.skills.map((skill) => ({ vacancyId, skillCode: skill.skillCode, level: skill.level })) });
}
