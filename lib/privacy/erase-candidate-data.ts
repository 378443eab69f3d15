import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { endAllSessions } from "@/lib/auth/end-all-sessions";
import { loginAccountKeyFor } from "@/lib/auth/login-throttle";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { throttleKey } from "@/lib/security/throttle/throttle-key";

/** What stays in a required text column whose content was about the person. */
export const ERASED_TEXT = "[verwijderd op verzoek van de inwoner]";
export const ERASED_NAME = "Verwijderd";
export const ERASED_ACCOUNT_NAME = "Verwijderde inwoner";
/** Not a valid argon2 hash: verifying any password against it fails. */
export const ERASED_PASSWORD_HASH = "!verwijderd";

export const erasedEmailFor = (userId: string) => `verwijderd-${userId}@verwijderd.invalid`;

/**
 * Erases or anonymises everything about one resident, table by table, as DELETION_PLAN describes
 * (decision 011). Runs inside the caller's transaction, after the candidate row was locked. Rows
 * that the dashboards count (proposals, placements, check-in scores, handovers, target groups,
 * event attendance, SROI values) stay, stripped of names and free text; the rest is deleted.
 */
export async function eraseCandidateData(tx: Prisma.TransactionClient, { candidateId, now }: { candidateId: string; now: Date }): Promise<void> {
  const candidate = await tx.candidate.findUniqueOrThrow({ where: { id: candidateId }, select: { userId: true, firstName: true, lastName: true } });
  const user = candidate.userId ? await tx.user.findUnique({ where: { id: candidate.userId }, select: { id: true, email: true } }) : null;
  const byCandidate = { candidateId };
  const byPlacement = { placement: { candidateId } };

  // Erase: profile details, documents and choices no figure depends on.
  await tx.candidateCv.deleteMany({ where: byCandidate });
  await tx.candidateSkill.deleteMany({ where: byCandidate });
  await tx.candidateOccupationWish.deleteMany({ where: byCandidate });
  await tx.candidateWorkAreaWish.deleteMany({ where: byCandidate });
  await tx.consent.deleteMany({ where: byCandidate });
  await tx.workReadinessAssessment.deleteMany({ where: byCandidate });
  await tx.vacancyInterest.deleteMany({ where: byCandidate });
  await tx.caseNote.deleteMany({ where: byCandidate });

  // Anonymise: keep the counted rows, drop every free text about the person.
  await tx.helpRequest.updateMany({ where: byCandidate, data: { text: null } });
  await tx.ownershipTransfer.updateMany({ where: byCandidate, data: { reason: null } });
  await tx.proposal.updateMany({ where: byCandidate, data: { motivation: ERASED_TEXT, declineText: null, interviewNote: null, withdrawnReason: null } });
  await tx.placement.updateMany({ where: byCandidate, data: { endReason: null } });
  await tx.instrumentApplication.updateMany({ where: byPlacement, data: { wageValuePct: null } });
  await tx.aftercareCheck.updateMany({ where: byPlacement, data: { comment: null, followUpNote: null } });
  await tx.placementSignal.updateMany({ where: byPlacement, data: { text: ERASED_TEXT, handledNote: null } });
  await tx.handover.updateMany({ where: byCandidate, data: { reason: ERASED_TEXT, refusalReason: null } });
  await tx.sroiDelivery.updateMany({ where: byCandidate, data: { candidateId: null, description: ERASED_TEXT } });
  await tx.deletionRequest.updateMany({ where: byCandidate, data: { reason: null, refusalReason: null } });

  // Free text elsewhere that names the person in full: notifications to others and unlinked notes.
  const fullName = `${candidate.firstName} ${candidate.lastName}`.trim().toLowerCase();
  if (fullName.length >= 5) {
    await tx.$executeRaw`DELETE FROM "Notification" WHERE strpos(lower(title || ' ' || coalesce(body, '')), ${fullName}) > 0`;
    await tx.$executeRaw`DELETE FROM "CaseNote" WHERE strpos(lower(text), ${fullName}) > 0`;
  }
  await tx.$executeRaw`DELETE FROM "Notification" WHERE strpos(coalesce(link, ''), ${candidateId}) > 0`;

  await tx.candidate.update({
    where: { id: candidateId },
    data: {
      userId: null,
      firstName: ERASED_NAME,
      lastName: ERASED_NAME,
      email: null,
      phone: null,
      birthDate: null,
      gender: null,
      postcode: null,
      educationLevel: null,
      languages: [],
      drivingLicence: false,
      availableFrom: null,
      hoursPerWeekMin: null,
      hoursPerWeekMax: null,
      maxTravelMinutes: null,
      anonymisedAt: now,
    },
  });

  if (user) {
    await tx.notification.deleteMany({ where: { userId: user.id } });
    await tx.throttleEvent.deleteMany({
      where: {
        OR: [
          { scope: THROTTLE.loginAccount.scope, key: loginAccountKeyFor(user.email) },
          { scope: THROTTLE.secondFactorAccount.scope, key: throttleKey(THROTTLE.secondFactorAccount, user.id) },
          { scope: THROTTLE.currentPassword.scope, key: throttleKey(THROTTLE.currentPassword, user.id) },
        ],
      },
    });
    await tx.user.update({
      where: { id: user.id },
      data: {
        email: erasedEmailFor(user.id),
        name: ERASED_ACCOUNT_NAME,
        phone: null,
        photoUrl: null,
        jobTitle: null,
        focusAreas: [],
        passwordHash: ERASED_PASSWORD_HASH,
        disabledAt: now,
        lastLoginAt: null,
      },
    });
    await endAllSessions(user.id, { db: tx });
  }
}
