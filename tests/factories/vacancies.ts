/**
 * Factories for vacancies and the reference data they need. Integration databases start EMPTY, so
 * `ensureVacancyReferenceData()` creates two occupation classes, a few skills and a work area.
 *
 *   const ref = await ensureVacancyReferenceData();
 *   const vacancy = await createVacancy({ organisationId: org.id, createdById: employer.id });
 *   const input = validVacancyInput(ref);           // a valid form input for createVacancy()
 */
import { randomUUID } from "node:crypto";
import type { ContractType, VacancyStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { addDaysIso, todayIso } from "@/lib/time/calendar-dates";
import { createWorkArea } from "./organisations";

export type VacancyReferenceData = { workAreaId: string; occupationClassCode: string; skillCodes: string[] };

const SKILLS = [
  { code: "persoonlijke-verzorging", label: "Persoonlijke verzorging", kind: "vak", occupationClassCode: "ZOR" },
  { code: "observeren-en-rapporteren", label: "Observeren en rapporteren", kind: "vak", occupationClassCode: "ZOR" },
  { code: "lassen", label: "Lassen", kind: "vak", occupationClassCode: "TEC" },
  { code: "samenwerken", label: "Samenwerken", kind: "basis", occupationClassCode: null },
] as const;

/** Occupation classes ZOR and TEC, four skills and the work area "Hilversum". Idempotent. */
export async function ensureVacancyReferenceData(): Promise<VacancyReferenceData> {
  for (const [code, name] of [["ZOR", "Zorg en welzijn beroepen"], ["TEC", "Technische beroepen"]] as const) {
    await prisma.occupationClass.upsert({ where: { code }, update: {}, create: { code, name } });
  }
  for (const skill of SKILLS) await prisma.skill.upsert({ where: { code: skill.code }, update: {}, create: { ...skill } });
  const workArea = await createWorkArea({ name: "Hilversum" });
  return { workAreaId: workArea.id, occupationClassCode: "ZOR", skillCodes: SKILLS.map((skill) => skill.code) };
}

/** A valid input for createVacancy (with a fresh submissionKey); override any field. */
export function validVacancyInput(ref: VacancyReferenceData, overrides: Record<string, unknown> = {}) {
  return {
    submissionKey: randomUUID(),
    title: "Verzorgende IG",
    occupationClassCode: ref.occupationClassCode,
    description: "U verzorgt cliënten in een kleinschalige woonvorm en werkt samen met een vast team.",
    skills: [
      { skillCode: "persoonlijke-verzorging", level: 3 },
      { skillCode: "samenwerken", level: 2 },
    ],
    hoursPerWeek: 24,
    location: "Hilversum",
    workAreaId: ref.workAreaId,
    contractType: "PERMANENT",
    trialPlacementWelcome: true,
    startDate: addDaysIso(todayIso(), 30),
    openToDistance: true,
    wantsJobCarvingAdvice: false,
    isPublic: true,
    ...overrides,
  };
}

/** Invalid vacancy inputs: the overrides, the field that gets the error, and the Dutch message there. */
export function invalidVacancyCases(): [overrides: Record<string, unknown>, field: string, message: RegExp][] {
  return [
    [{ hoursPerWeek: 41 }, "hoursPerWeek", /^Vul een aantal uren tussen 1 en 40 in\.$/],
    [{ hoursPerWeek: 0 }, "hoursPerWeek", /tussen 1 en 40/],
    [{ startDate: addDaysIso(todayIso(), -3) }, "startDate", /verleden/],
    [{ description: "x".repeat(2001) }, "description", /maximaal 2000/],
    [{ title: "<script>alert('x')</script>" }, "title", /HTML/],
    [{ occupationClassCode: "XYZ" }, "occupationClassCode", /beroepsklasse/],
    [{ skills: [{ skillCode: "bestaat-niet", level: 2 }] }, "skills", /vaardigheden uit de lijst/],
    [{ skills: [{ skillCode: "lassen", level: 7 }] }, "skills", /niveau/],
    [{ workAreaId: "onbekend" }, "workAreaId", /werkgebied/],
  ];
}

type VacancyOverrides = {
  organisationId: string;
  createdById?: string | null;
  title?: string;
  status?: VacancyStatus;
  contractType?: ContractType;
  isPublic?: boolean;
};

/** A vacancy written straight to the database (with one skill and its first history row). */
export async function createVacancy(options: VacancyOverrides) {
  const ref = await ensureVacancyReferenceData();
  const status = options.status ?? "RECEIVED";
  return prisma.vacancy.create({
    data: {
      organisationId: options.organisationId,
      title: options.title ?? "Medewerker zorg",
      occupationClassCode: ref.occupationClassCode,
      description: "Een testvacature met een beschrijving van het werk.",
      hoursPerWeek: 32,
      location: "Hilversum",
      workAreaId: ref.workAreaId,
      contractType: options.contractType ?? "TEMPORARY",
      isPublic: options.isPublic ?? false,
      status,
      createdById: options.createdById ?? null,
      skills: { create: [{ skillCode: "persoonlijke-verzorging", level: 2 }] },
      statusChanges: { create: [{ fromStatus: null, toStatus: status, byUserId: options.createdById ?? null }] },
    },
  });
}
