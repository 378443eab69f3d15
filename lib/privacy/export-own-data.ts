import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { normaliseForExport } from "./normalise-for-export";

/*
 * "Mijn gegevens downloaden" (J6, AVG art. 15 and 20): everything the Werkcentrum keeps about the
 * logged-in resident, as one plain JSON object.
 *
 * Format: the top-level sections have Dutch names (the resident reads them); inside a section the
 * field names are the database's (English) column names. Dates are ISO 8601 (UTC), keys are sorted,
 * lists are oldest first. Never included: the password hash, the session version, the CV's bytes
 * (the CV is downloaded separately from "Mijn profiel") and internal technical columns.
 *
 * Reading one's own data writes no audit entry (X3 audits access by others only).
 */

const USER_NAME = { select: { name: true } } as const;
const ORGANISATION_NAME = { select: { legalName: true, tradeName: true } } as const;
const VACANCY_SUMMARY = { select: { title: true, organisation: ORGANISATION_NAME } } as const;
const byCreatedAt = { createdAt: "asc" } as const;

export const EXPORT_FORMAT_VERSION = 1;

export type OwnDataExport = Record<string, unknown>;

async function loadCandidate(userId: string) {
  return prisma.candidate.findFirst({
    where: { userId, anonymisedAt: null },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      birthDate: true,
      gender: true,
      postcode: true,
      municipality: { select: { code: true, name: true } },
      educationLevel: true,
      languages: true,
      drivingLicence: true,
      availableFrom: true,
      hoursPerWeekMin: true,
      hoursPerWeekMax: true,
      maxTravelMinutes: true,
      isWorkReady: true,
      workReadySince: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      owner: USER_NAME,
      cv: { select: { fileName: true, sizeBytes: true, uploadedAt: true } },
      skills: { select: { level: true, skill: { select: { code: true, label: true } } }, orderBy: { skillCode: "asc" } },
      occupationWishes: { select: { occupationClass: { select: { code: true, name: true } } }, orderBy: { occupationClassCode: "asc" } },
      workAreaWishes: { select: { workArea: { select: { name: true } } }, orderBy: { workAreaId: "asc" } },
      targetGroups: { select: { targetGroup: { select: { code: true, name: true } } }, orderBy: { targetGroupCode: "asc" } },
      consents: {
        select: {
          id: true,
          purpose: true,
          organisation: ORGANISATION_NAME,
          partnerOrganisationCode: true,
          proposalId: true,
          handoverId: true,
          grantedAt: true,
          declinedAt: true,
          revokedAt: true,
          createdAt: true,
        },
        orderBy: byCreatedAt,
      },
      assessments: {
        select: {
          id: true,
          assessedOn: true,
          assessedBy: USER_NAME,
          ruleVersion: true,
          employeeSkillScores: true,
          lifeDomainScores: true,
          notes: true,
          derivedWorkReady: true,
          overrideWorkReady: true,
          overrideReason: true,
          createdAt: true,
        },
        orderBy: byCreatedAt,
      },
      helpRequests: {
        select: {
          id: true,
          question: true,
          text: true,
          partnerOrganisation: { select: { code: true, name: true } },
          team: true,
          status: true,
          dueBy: true,
          acceptedBy: USER_NAME,
          acceptedAt: true,
          escalatedAt: true,
          createdAt: true,
        },
        orderBy: byCreatedAt,
      },
      proposals: {
        select: {
          id: true,
          vacancy: VACANCY_SUMMARY,
          proposedBy: USER_NAME,
          motivation: true,
          status: true,
          declineReason: true,
          declineText: true,
          interviewNote: true,
          sharedAt: true,
          responseDueBy: true,
          respondedAt: true,
          interviewOutcomeAt: true,
          withdrawnReason: true,
          createdAt: true,
          statusChanges: { select: { fromStatus: true, toStatus: true, at: true }, orderBy: { at: "asc" } },
        },
        orderBy: byCreatedAt,
      },
      placements: {
        select: {
          id: true,
          proposalId: true,
          vacancy: { select: { title: true } },
          organisation: ORGANISATION_NAME,
          recordedBy: USER_NAME,
          startDate: true,
          contractType: true,
          hoursPerWeek: true,
          trialEndDate: true,
          trialOutcome: true,
          trialContinued: true,
          trialAssessedAt: true,
          endedOn: true,
          endReasonCode: true,
          endReason: true,
          sustainableAt: true,
          createdAt: true,
          instruments: {
            select: {
              instrument: { select: { code: true, name: true } },
              status: true,
              amountCents: true,
              startDate: true,
              endDate: true,
              wageValuePct: true,
              createdAt: true,
            },
            orderBy: byCreatedAt,
          },
          aftercareChecks: {
            select: { side: true, monthsAfterStart: true, dueDate: true, completedAt: true, score: true, comment: true, raisesSignal: true },
            orderBy: [{ dueDate: "asc" }, { side: "asc" }],
          },
          // Knelpunten about the placement are notes about the resident too (art. 15).
          signals: { select: { text: true, createdAt: true, handledAt: true, handledNote: true }, orderBy: byCreatedAt },
        },
        orderBy: byCreatedAt,
      },
      handovers: {
        select: {
          id: true,
          fromUser: USER_NAME,
          toPartnerOrganisation: { select: { code: true, name: true } },
          toTeam: true,
          reason: true,
          deadline: true,
          status: true,
          acceptedBy: USER_NAME,
          decidedAt: true,
          firstContactAt: true,
          refusalReason: true,
          createdAt: true,
        },
        orderBy: byCreatedAt,
      },
      interests: { select: { vacancy: VACANCY_SUMMARY, createdAt: true }, orderBy: byCreatedAt },
      // Matchtafel notes are professional working notes, but the right of access (AVG art. 15)
      // covers personal data in them: every note that names this resident is included.
      caseNotes: { select: { text: true, author: USER_NAME, vacancy: { select: { title: true } }, createdAt: true }, orderBy: byCreatedAt },
      ownershipTransfers: { select: { fromUser: USER_NAME, toUser: USER_NAME, reason: true, createdAt: true }, orderBy: byCreatedAt },
      sroiDeliveries: {
        select: {
          type: true,
          valueCents: true,
          description: true,
          status: true,
          deliveredOn: true,
          dossier: { select: { contractName: true, organisation: ORGANISATION_NAME } },
          createdAt: true,
        },
        orderBy: byCreatedAt,
      },
      deletionRequests: { select: { status: true, reason: true, refusalReason: true, requestedAt: true, handledAt: true }, orderBy: { requestedAt: "asc" } },
    },
  });
}

type LoadedCandidate = NonNullable<Awaited<ReturnType<typeof loadCandidate>>>;

function profileOf(candidate: LoadedCandidate) {
  const {
    skills,
    occupationWishes,
    workAreaWishes,
    targetGroups,
    consents,
    assessments,
    helpRequests,
    proposals,
    placements,
    handovers,
    interests,
    caseNotes,
    ownershipTransfers,
    sroiDeliveries,
    deletionRequests,
    cv,
    ...profile
  } = candidate;
  return {
    profiel: profile,
    cv,
    vaardigheden: skills.map(({ level, skill }) => ({ ...skill, level })),
    beroepswensen: occupationWishes.map((wish) => wish.occupationClass),
    werkgebieden: workAreaWishes.map((wish) => wish.workArea),
    doelgroepen: targetGroups.map((group) => group.targetGroup),
    toestemmingen: consents,
    werkfitBeoordelingen: assessments,
    hulpvragen: helpRequests,
    voordrachten: proposals,
    plaatsingen: placements,
    overdrachten: handovers,
    interesseInVacatures: interests,
    notitiesMatchtafel: caseNotes,
    wisselsVanBemiddelaar: ownershipTransfers,
    socialReturn: sroiDeliveries,
    verwijderverzoeken: deletionRequests,
  };
}

/** Who looked at or changed the record, when and why; the names of the people, as on "Wie heeft mijn gegevens bekeken". */
async function auditTrailOf(candidateId: string) {
  const rows = await prisma.auditLog.findMany({
    where: { candidateId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { at: true, actorId: true, actorRole: true, actorOrganisation: true, action: true, purpose: true },
  });
  const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => id !== null))];
  const users = await prisma.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((user) => [user.id, user.name]));
  return rows.map(({ actorId, ...row }) => ({ ...row, actorName: actorId ? (names.get(actorId) ?? null) : null }));
}

/**
 * The resident's own data. Only the caller's own account and candidate record are read: the
 * `where` is always the caller's userId, so there is no way to ask for someone else's.
 */
export async function exportOwnData({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<OwnDataExport> {
  assertCan(actor, "privacy.exportOwnData");
  const account = await prisma.user.findUnique({
    where: { id: actor.userId },
    // Explicit list: passwordHash and sessionVersion are never exported.
    select: { id: true, email: true, name: true, role: true, phone: true, createdAt: true, lastLoginAt: true, disabledAt: true },
  });
  if (!account) throw new AppError("NOT_FOUND");

  const [candidate, notifications, eventRegistrations] = await Promise.all([
    loadCandidate(actor.userId),
    prisma.notification.findMany({
      where: { userId: actor.userId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
    prisma.eventRegistration.findMany({
      where: { userId: actor.userId },
      orderBy: byCreatedAt,
      select: {
        event: { select: { title: true, kind: true, startsAt: true, endsAt: true, location: true } },
        cancelledAt: true,
        attended: true,
        createdAt: true,
      },
    }),
  ]);
  const auditTrail = candidate ? await auditTrailOf(candidate.id) : [];

  return {
    toelichting: {
      formaatVersie: EXPORT_FORMAT_VERSION,
      gemaaktOp: now,
      uitleg:
        "Dit zijn alle gegevens die het Werkcentrum Gooi en Vechtstreek over u bewaart. Data staan in UTC (ISO 8601). Uw cv zelf downloadt u bij Mijn profiel.",
    },
    account,
    ...(candidate ? profileOf(candidate) : { profiel: null }),
    evenementen: eventRegistrations,
    meldingen: notifications,
    wieHeeftMijnGegevensGebruikt: auditTrail,
  };
}

/** The export as stable JSON (sorted keys inside the sections, section order as above). */
export function serialiseOwnData(data: OwnDataExport): string {
  const sections = Object.fromEntries(Object.entries(data).map(([key, value]) => [key, normaliseForExport(value)]));
  return JSON.stringify(sections, null, 2);
}
