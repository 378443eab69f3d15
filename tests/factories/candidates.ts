/**
 * Factories for residents, candidates and bemiddelaars. Integration databases start EMPTY: call
 * `ensureVacancyReferenceData()` (skills, occupation classes) and `ensureRegion()` first when a
 * candidate needs skills, wishes or a municipality.
 *
 *   const bm = await createMediator();                                  // JOB_MEDIATOR of partner GEMEENTE
 *   const { user, candidate } = await createJobseeker({ ownerId: bm.id, skills: [{ skillCode: "lassen", level: 3 }] });
 *   const other = await createCandidate({ ownerId: bm.id, shareWithPartners: false });
 */
import type { EducationLevel } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { createUser, uniqueSuffix } from "./users";

/** A partner organisation by code (upserted), e.g. UWV, GEMEENTE, DOORSTROOMPUNT. */
export async function ensurePartner(code = "GEMEENTE", name?: string) {
  return prisma.partnerOrganisation.upsert({
    where: { code },
    update: {},
    create: { code, name: name ?? `Partner ${code}`, kind: "public" },
  });
}

/** A JOB_MEDIATOR of the given partner organisation (default GEMEENTE), optionally in work areas. */
export async function createMediator(options: { partnerCode?: string; name?: string; workAreaIds?: string[] } = {}) {
  const partner = await ensurePartner(options.partnerCode ?? "GEMEENTE");
  const user = await createUser({ role: "JOB_MEDIATOR", name: options.name ?? `Bemiddelaar ${uniqueSuffix()}`, partnerOrganisationId: partner.id });
  if (options.workAreaIds?.length) {
    await prisma.userWorkArea.createMany({ data: options.workAreaIds.map((workAreaId) => ({ userId: user.id, workAreaId })) });
  }
  return user;
}

export type CandidateOptions = {
  userId?: string | null;
  ownerId?: string | null;
  firstName?: string;
  lastName?: string;
  email?: string | null;
  birthDate?: Date | null;
  gender?: string | null;
  municipalityCode?: string | null;
  educationLevel?: EducationLevel | null;
  availableFrom?: Date | null;
  hoursPerWeekMin?: number | null;
  hoursPerWeekMax?: number | null;
  maxTravelMinutes?: number | null;
  isWorkReady?: boolean;
  workReadySince?: Date | null;
  /** Grants SHARE_WITH_PARTNERS (default true). */
  shareWithPartners?: boolean;
  skills?: { skillCode: string; level: number }[];
  occupationClassCodes?: string[];
  workAreaIds?: string[];
  targetGroupCodes?: string[];
};

/** A candidate record with the given profile; consent to share with partners unless told otherwise. */
export async function createCandidate(options: CandidateOptions = {}) {
  const suffix = uniqueSuffix();
  return prisma.candidate.create({
    data: {
      userId: options.userId ?? null,
      ownerId: options.ownerId ?? null,
      firstName: options.firstName ?? "Test",
      lastName: options.lastName ?? `Kandidaat ${suffix}`,
      email: options.email === undefined ? `kandidaat-${suffix}@test.werkcentrum.nl` : options.email,
      birthDate: options.birthDate ?? null,
      gender: options.gender ?? null,
      municipalityCode: options.municipalityCode ?? null,
      educationLevel: options.educationLevel ?? null,
      availableFrom: options.availableFrom ?? null,
      hoursPerWeekMin: options.hoursPerWeekMin ?? null,
      hoursPerWeekMax: options.hoursPerWeekMax ?? null,
      maxTravelMinutes: options.maxTravelMinutes ?? null,
      isWorkReady: options.isWorkReady ?? false,
      workReadySince: options.workReadySince ?? null,
      consents: options.shareWithPartners === false ? undefined : { create: { purpose: "SHARE_WITH_PARTNERS", grantedAt: new Date() } },
      skills: options.skills?.length ? { create: options.skills } : undefined,
      occupationWishes: options.occupationClassCodes?.length ? { create: options.occupationClassCodes.map((occupationClassCode) => ({ occupationClassCode })) } : undefined,
      workAreaWishes: options.workAreaIds?.length ? { create: options.workAreaIds.map((workAreaId) => ({ workAreaId })) } : undefined,
      targetGroups: options.targetGroupCodes?.length ? { create: options.targetGroupCodes.map((targetGroupCode) => ({ targetGroupCode })) } : undefined,
    },
  });
}

/** A JOBSEEKER account with its own candidate record (pass candidate options, e.g. ownerId). */
export async function createJobseeker(options: CandidateOptions & { name?: string } = {}) {
  const user = await createUser({ role: "JOBSEEKER", name: options.name ?? `Inwoner ${uniqueSuffix()}` });
  const candidate = await createCandidate({ ...options, userId: user.id, email: options.email ?? user.email });
  return { user, candidate };
}
