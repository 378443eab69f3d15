import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { dbDateToIso } from "@/lib/time/calendar-dates";
import { candidateInScopeWhere } from "./candidate-in-scope";
import type { CandidateProfileInput } from "./schemas";

export type CandidateProfileView = {
  candidateId: string;
  name: string;
  values: CandidateProfileInput;
  cv: { fileName: string; sizeBytes: number; uploadedAt: Date } | null;
};

/**
 * The profile for the profile form: the resident's own, or a candidate the bemiddelaar owns.
 * A bemiddelaar's read writes an audit entry in the same transaction.
 */
export async function getCandidateProfile({ actor, candidateId }: { actor: Actor; candidateId: string }): Promise<CandidateProfileView> {
  assertCan(actor, "candidate.editProfile");
  return prisma.$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({
      where: candidateInScopeWhere(actor, "candidate.editProfile", candidateId),
      select: {
        id: true,
        firstName: true,
        lastName: true,
        educationLevel: true,
        languages: true,
        drivingLicence: true,
        availableFrom: true,
        hoursPerWeekMin: true,
        hoursPerWeekMax: true,
        maxTravelMinutes: true,
        skills: { select: { skillCode: true, level: true }, orderBy: { skill: { label: "asc" } } },
        occupationWishes: { select: { occupationClassCode: true } },
        workAreaWishes: { select: { workAreaId: true } },
        cv: { select: { fileName: true, sizeBytes: true, uploadedAt: true } },
      },
    });
    if (!candidate) throw new AppError("NOT_FOUND");
    await recordCandidateAccess(tx, actor, [{ candidateId: candidate.id, action: "candidate.read", purpose: "Profiel bekijken" }]);
    return {
      candidateId: candidate.id,
      name: `${candidate.firstName} ${candidate.lastName}`,
      values: {
        candidateId: candidate.id,
        skills: candidate.skills,
        occupationClassCodes: candidate.occupationWishes.map((wish) => wish.occupationClassCode),
        hoursPerWeekMin: candidate.hoursPerWeekMin,
        hoursPerWeekMax: candidate.hoursPerWeekMax,
        workAreaIds: candidate.workAreaWishes.map((wish) => wish.workAreaId),
        maxTravelMinutes: candidate.maxTravelMinutes,
        availableFrom: candidate.availableFrom ? dbDateToIso(candidate.availableFrom) : "",
        educationLevel: candidate.educationLevel,
        languages: candidate.languages,
        drivingLicence: candidate.drivingLicence,
      },
      cv: candidate.cv,
    };
  });
}
