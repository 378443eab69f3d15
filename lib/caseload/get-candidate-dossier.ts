import "server-only";
import type { ConsentPurpose, EducationLevel, HelpQuestion, HelpRequestStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { candidateWhereFor } from "@/lib/auth/ownership-where";
import { assertCan, can } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { consentState, type ConsentState } from "@/lib/consents/consent-state";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ASSESSMENT_HISTORY_ORDER, ASSESSMENT_HISTORY_SELECT, toHistoryEntry, type AssessmentHistoryEntry } from "@/lib/work-readiness/assessment-history";

export type CandidateDossier = {
  id: string;
  firstName: string;
  lastName: string;
  name: string;
  email: string | null;
  phone: string | null;
  birthDate: Date | null;
  postcode: string | null;
  municipality: string | null;
  educationLevel: EducationLevel | null;
  languages: string[];
  drivingLicence: boolean;
  availableFrom: Date | null;
  hoursPerWeekMin: number | null;
  hoursPerWeekMax: number | null;
  maxTravelMinutes: number | null;
  isWorkReady: boolean;
  workReadySince: Date | null;
  createdAt: Date;
  owner: { id: string; name: string } | null;
  isOwner: boolean;
  hasAccount: boolean;
  skills: { code: string; label: string; level: number }[];
  occupationWishes: { code: string; name: string }[];
  workAreaWishes: { id: string; name: string }[];
  targetGroups: { code: string; name: string }[];
  sharesWithPartners: ConsentState;
  consents: { id: string; purpose: ConsentPurpose; with: string | null; grantedAt: Date | null; declinedAt: Date | null; revokedAt: Date | null; createdAt: Date }[];
  cv: { fileName: string; sizeBytes: number; uploadedAt: Date } | null;
  assessments: AssessmentHistoryEntry[];
  helpRequests: {
    id: string;
    question: HelpQuestion;
    text: string | null;
    status: HelpRequestStatus;
    partner: string;
    team: string;
    dueBy: Date;
    createdAt: Date;
    acceptedBy: string | null;
    acceptedAt: Date | null;
  }[];
  transfers: { id: string; createdAt: Date; from: string; to: string; by: string; reason: string | null }[];
  /** Public vacancies the resident said "Ik heb interesse" in (J5), newest first. */
  vacancyInterests: { vacancyId: string; title: string; employer: string; createdAt: Date }[];
  canEditProfile: boolean;
  canRecordAssessment: boolean;
  canTransferOwnership: boolean;
};

/**
 * The candidate's dossier (B1) for the owner bemiddelaar or one who accepted a handover of the
 * candidate; anyone else gets NOT_FOUND, the same as for an id that does not exist. The read and
 * its audit entry are one transaction.
 */
export async function getCandidateDossier({ actor, candidateId }: { actor: Actor; candidateId: string }): Promise<CandidateDossier> {
  assertCan(actor, "caseload.read");
  assertCan(actor, "candidate.readPersonalData");
  return prisma.$transaction(async (tx) => {
    const candidate = await tx.candidate.findFirst({
      where: { AND: [{ id: candidateId, anonymisedAt: null }, candidateWhereFor(actor, "candidate.readPersonalData")] },
      select: {
        id: true,
        userId: true,
        ownerId: true,
        firstName: true,
        lastName: true,
        email: true,
        phone: true,
        birthDate: true,
        postcode: true,
        municipality: { select: { name: true } },
        educationLevel: true,
        languages: true,
        drivingLicence: true,
        availableFrom: true,
        hoursPerWeekMin: true,
        hoursPerWeekMax: true,
        maxTravelMinutes: true,
        isWorkReady: true,
        workReadySince: true,
        createdAt: true,
        owner: { select: { id: true, name: true } },
        cv: { select: { fileName: true, sizeBytes: true, uploadedAt: true } },
        skills: { select: { level: true, skill: { select: { code: true, label: true } } }, orderBy: [{ level: "desc" }, { skillCode: "asc" }] },
        occupationWishes: { select: { occupationClass: { select: { code: true, name: true } } }, orderBy: { occupationClassCode: "asc" } },
        workAreaWishes: { select: { workArea: { select: { id: true, name: true } } }, orderBy: { workArea: { name: "asc" } } },
        targetGroups: { select: { targetGroup: { select: { code: true, name: true } } }, orderBy: { targetGroupCode: "asc" } },
        consents: {
          select: {
            id: true,
            purpose: true,
            grantedAt: true,
            declinedAt: true,
            revokedAt: true,
            createdAt: true,
            partnerOrganisationCode: true,
            organisation: { select: { legalName: true, tradeName: true } },
          },
          orderBy: { createdAt: "desc" },
        },
        assessments: { select: ASSESSMENT_HISTORY_SELECT, orderBy: ASSESSMENT_HISTORY_ORDER },
        helpRequests: {
          select: {
            id: true,
            question: true,
            text: true,
            status: true,
            team: true,
            dueBy: true,
            createdAt: true,
            acceptedAt: true,
            partnerOrganisation: { select: { name: true } },
            acceptedBy: { select: { name: true } },
          },
          orderBy: { createdAt: "desc" },
        },
        ownershipTransfers: {
          select: {
            id: true,
            createdAt: true,
            reason: true,
            fromUser: { select: { name: true } },
            toUser: { select: { name: true } },
            byUser: { select: { name: true } },
          },
          orderBy: { createdAt: "desc" },
        },
        interests: {
          select: { createdAt: true, vacancy: { select: { id: true, title: true, organisation: { select: { legalName: true, tradeName: true } } } } },
          orderBy: { createdAt: "desc" },
        },
      },
    });
    if (!candidate) throw new AppError("NOT_FOUND");
    await recordCandidateAccess(tx, actor, [{ candidateId: candidate.id, action: "candidate.read", purpose: "Kandidaatdossier bekijken" }]);

    const resource = { candidateOwnerId: candidate.ownerId };
    const partnerSharing = candidate.consents.filter((consent) => consent.purpose === "SHARE_WITH_PARTNERS");
    const cv = candidate.cv;
    return {
      id: candidate.id,
      firstName: candidate.firstName,
      lastName: candidate.lastName,
      name: `${candidate.firstName} ${candidate.lastName}`,
      email: candidate.email,
      phone: candidate.phone,
      birthDate: candidate.birthDate,
      postcode: candidate.postcode,
      municipality: candidate.municipality?.name ?? null,
      educationLevel: candidate.educationLevel,
      languages: candidate.languages,
      drivingLicence: candidate.drivingLicence,
      availableFrom: candidate.availableFrom,
      hoursPerWeekMin: candidate.hoursPerWeekMin,
      hoursPerWeekMax: candidate.hoursPerWeekMax,
      maxTravelMinutes: candidate.maxTravelMinutes,
      isWorkReady: candidate.isWorkReady,
      workReadySince: candidate.workReadySince,
      createdAt: candidate.createdAt,
      owner: candidate.owner,
      isOwner: candidate.ownerId === actor.userId,
      hasAccount: candidate.userId !== null,
      skills: candidate.skills.map(({ level, skill }) => ({ code: skill.code, label: skill.label, level })),
      occupationWishes: candidate.occupationWishes.map((wish) => wish.occupationClass),
      workAreaWishes: candidate.workAreaWishes.map((wish) => wish.workArea),
      targetGroups: candidate.targetGroups.map((group) => group.targetGroup),
      sharesWithPartners: consentState(partnerSharing),
      consents: candidate.consents.map(({ organisation, partnerOrganisationCode, ...consent }) => ({
        ...consent,
        with: organisation ? (organisation.tradeName ?? organisation.legalName) : partnerOrganisationCode,
      })),
      cv,
      assessments: candidate.assessments.map(toHistoryEntry),
      helpRequests: candidate.helpRequests.map(({ partnerOrganisation, acceptedBy, ...request }) => ({
        ...request,
        partner: partnerOrganisation.name,
        acceptedBy: acceptedBy?.name ?? null,
      })),
      transfers: candidate.ownershipTransfers.map((transfer) => ({
        id: transfer.id,
        createdAt: transfer.createdAt,
        from: transfer.fromUser.name,
        to: transfer.toUser.name,
        by: transfer.byUser.name,
        reason: transfer.reason,
      })),
      vacancyInterests: candidate.interests.map(({ createdAt, vacancy }) => ({
        vacancyId: vacancy.id,
        title: vacancy.title,
        employer: vacancy.organisation.tradeName ?? vacancy.organisation.legalName,
        createdAt,
      })),
      canEditProfile: can(actor, "candidate.editProfile", resource),
      canRecordAssessment: can(actor, "assessment.record", resource),
      canTransferOwnership: can(actor, "candidate.transferOwnership", resource),
    };
  });
}
