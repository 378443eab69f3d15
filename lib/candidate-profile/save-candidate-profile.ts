import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { findCandidateInScopeOrThrow } from "./candidate-in-scope";
import { OCCUPATION_MESSAGE, WORK_AREA_MESSAGE, candidateProfileSchema, type CandidateProfile } from "./schemas";

type Tx = Prisma.TransactionClient;

/** Codes and ids that only the database can check; throws at the form field. */
async function assertProfileReferences(tx: Tx, profile: CandidateProfile): Promise<void> {
  // One after the other: a transaction has one connection, which runs one query at a time.
  // A retired skill stays only where the profile already had it.
  const skills = await tx.skill.count({
    where: { code: { in: profile.skills.map((skill) => skill.skillCode) }, OR: [{ retiredAt: null }, { candidates: { some: { candidateId: profile.candidateId } } }] },
  });
  const occupationClasses = await tx.occupationClass.count({ where: { code: { in: profile.occupationClassCodes } } });
  const workAreas = await tx.workArea.count({ where: { id: { in: profile.workAreaIds } } });
  if (skills !== profile.skills.length) throw new FieldInputError("skills", "Kies de vaardigheden uit de lijst; een van de gekozen vaardigheden bestaat niet (meer).");
  if (occupationClasses !== profile.occupationClassCodes.length) throw new FieldInputError("occupationClassCodes", OCCUPATION_MESSAGE);
  if (workAreas !== profile.workAreaIds.length) throw new FieldInputError("workAreaIds", WORK_AREA_MESSAGE);
}

/**
 * The resident (own record) or the owner bemiddelaar saves the skills profile (J2). One transaction:
 * the candidate's columns, its skills and wishes replaced as a whole, and (for the bemiddelaar) the
 * audit entry — a failure anywhere leaves the stored profile as it was.
 */
export async function saveCandidateProfile({ actor, input }: { actor: Actor; input: unknown }): Promise<{ candidateId: string }> {
  assertCan(actor, "candidate.editProfile");
  const parsed = candidateProfileSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { candidateId, ...profile } = parsed.data;

  await prisma.$transaction(async (tx) => {
    await findCandidateInScopeOrThrow(tx, actor, "candidate.editProfile", candidateId);
    await assertProfileReferences(tx, parsed.data);
    // Updating the candidate row first also locks it, so two saves of one profile run one after the other.
    await tx.candidate.update({
      where: { id: candidateId },
      data: {
        hoursPerWeekMin: profile.hoursPerWeekMin,
        hoursPerWeekMax: profile.hoursPerWeekMax,
        maxTravelMinutes: profile.maxTravelMinutes,
        availableFrom: profile.availableFrom === "" ? null : isoToDbDate(profile.availableFrom),
        educationLevel: profile.educationLevel,
        languages: profile.languages,
        drivingLicence: profile.drivingLicence,
      },
    });
    await tx.candidateSkill.deleteMany({ where: { candidateId } });
    await tx.candidateSkill.createMany({ data: profile.skills.map((skill) => ({ candidateId, skillCode: skill.skillCode, level: skill.level })) });
    await tx.candidateOccupationWish.deleteMany({ where: { candidateId } });
    await tx.candidateOccupationWish.createMany({ data: profile.occupationClassCodes.map((occupationClassCode) => ({ candidateId, occupationClassCode })) });
    await tx.candidateWorkAreaWish.deleteMany({ where: { candidateId } });
    await tx.candidateWorkAreaWish.createMany({ data: profile.workAreaIds.map((workAreaId) => ({ candidateId, workAreaId })) });
    await recordCandidateAccess(tx, actor, [{ candidateId, action: "candidate.update", purpose: "Profiel bijwerken" }]);
  });
  return { candidateId };
}
