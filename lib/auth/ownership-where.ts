import type { Prisma, ProposalStatus } from "@/generated/prisma/client";
import type { Actor } from "./actor";
import { CONFIRMED_CANDIDATE_WHERE, CONFIRMED_ORGANISATION_WHERE } from "./confirmed-registration-where";
import { ruleFor, type PermissionAction } from "./permissions";
import { PUBLIC_AFTER_INTAKE_WHERE } from "./published-vacancy-where";

/**
 * Record-level scopes as Prisma `where` fragments, so a domain function only ever loads records
 * the actor may touch; anything else is simply "not found". Combine with AND in the query:
 *   prisma.organisation.findFirst({ where: { AND: [{ id }, organisationWhereFor(actor, "organisation.editMasterData")] } })
 */

type ActorLike = Pick<Actor, "userId" | "role" | "organisationId">;

const NO_ROWS = { id: { in: [] as string[] } };

export function organisationWhereFor(actor: ActorLike, action: PermissionAction): Prisma.OrganisationWhereInput {
  switch (ruleFor(actor.role, action)) {
    // Anyone but the employer itself: not a self-registration that waits for its address (decision 019).
    case "allow":
    case "onBehalf":
    case "anyFlagsNonOwner":
      return CONFIRMED_ORGANISATION_WHERE;
    case "ownOrganisation":
    case "ownOrganisationContactDetails":
      return actor.organisationId ? { id: actor.organisationId } : NO_ROWS;
    case "employerOwner":
    case "employerOwnerOrDelegate": // no delegation in the data model yet: owner only
      return { ownerId: actor.userId, ...CONFIRMED_ORGANISATION_WHERE };
    default:
      return NO_ROWS;
  }
}

export function vacancyWhereFor(actor: ActorLike, action: PermissionAction): Prisma.VacancyWhereInput {
  switch (ruleFor(actor.role, action)) {
    case "allow":
      return {};
    case "ownOrganisation":
      return actor.organisationId ? { organisationId: actor.organisationId } : NO_ROWS;
    case "employerOwner":
    case "employerOwnerOrDelegate":
      return { organisation: { ownerId: actor.userId } };
    case "public":
      return PUBLIC_AFTER_INTAKE_WHERE;
    default: // includes "aggregated": no individual records
      return NO_ROWS;
  }
}

export function candidateWhereFor(actor: ActorLike, action: PermissionAction): Prisma.CandidateWhereInput {
  switch (ruleFor(actor.role, action)) {
    // Anyone but the resident: not a self-registration that waits for its address (decision 019).
    case "allow":
    case "audited":
    case "anonymised":
    case "workReadyFlagOnly":
      return CONFIRMED_CANDIDATE_WHERE;
    case "own":
      return { userId: actor.userId };
    case "candidateOwner":
    case "candidateOwnerAndVacancyAvailable":
      return { ownerId: actor.userId };
    case "candidateOwnerOrHandedOver":
      // A handover whose consent the resident revoked no longer gives access (the owner keeps it, decision 008).
      return {
        OR: [
          { ownerId: actor.userId },
          { handovers: { some: { acceptedById: actor.userId, status: "ACCEPTED", consents: { none: { revokedAt: { not: null } } } } } },
        ],
      };
    case "consentedLimitedFields":
      // Access follows the proposal (decision 023): a consent counts while its own proposal is open or
      // placed there, and not once the person works for another employer.
      return actor.organisationId
        ? {
            AND: [
              { consents: { some: { ...activeEmployerConsentWhere(actor.organisationId), proposal: { status: { in: [...EMPLOYER_SHARED_STATUSES] } } } } },
              notPlacedElsewhereWhere(actor.organisationId),
            ],
          }
        : NO_ROWS;
    default:
      return NO_ROWS;
  }
}

/**
 * Proposals the actor may see for `action`. An employer sees only proposals for its own vacancies
 * that were shared with it (the resident consented, `sharedAt` set); which fields it may read is
 * decided by the caller (name and contact details only while that consent is active).
 */
export function proposalWhereFor(actor: ActorLike, action: PermissionAction): Prisma.ProposalWhereInput {
  switch (ruleFor(actor.role, action)) {
    case "allow":
      return {};
    case "ownOrganisation":
      return actor.organisationId ? { vacancy: { organisationId: actor.organisationId }, sharedAt: { not: null } } : NO_ROWS;
    case "own":
      return { candidate: { userId: actor.userId } };
    case "employerOwner":
      return { vacancy: { organisation: { ownerId: actor.userId } } };
    case "candidateOwner":
    case "candidateOwnerAndVacancyAvailable":
      return { candidate: { ownerId: actor.userId } };
    default:
      return NO_ROWS;
  }
}

/**
 * Proposal statuses in which the employer works with the person: shared and not yet answered, invited,
 * a positive interview, or placed there. Declined, withdrawn and a negative interview end the purpose.
 */
export const EMPLOYER_SHARED_STATUSES = ["PROPOSED", "INVITED", "INTERVIEW_POSITIVE", "PLACED"] as const satisfies readonly ProposalStatus[];

/** The resident's SHARE_WITH_EMPLOYER consent for this organisation, granted and not revoked. */
export const activeEmployerConsentWhere = (organisationId: string) =>
  ({ purpose: "SHARE_WITH_EMPLOYER", organisationId, grantedAt: { not: null }, revokedAt: null }) satisfies Prisma.ConsentWhereInput;

/** A candidate who does not work for another employer now (a running placement elsewhere). */
const notPlacedElsewhereWhere = (organisationId: string): Prisma.CandidateWhereInput => ({
  placements: { none: { endedOn: null, organisationId: { not: organisationId } } },
});

/**
 * The employer's proposals whose consent-covered fields (name, e-mail, phone, motivation, interview
 * and decline notes, werkfit) it may read now (decision 023): its own consent for this very proposal is
 * active, the proposal is open or placed there, and the person is not placed at another employer.
 * Any other role: no rows (their fields are decided by `fieldScopeFor`).
 */
export function proposalSharedFieldsWhereFor(actor: ActorLike, action: PermissionAction): Prisma.ProposalWhereInput {
  const organisationId = actor.organisationId;
  if (ruleFor(actor.role, action) !== "ownOrganisation" || ruleFor(actor.role, "candidate.readPersonalData") !== "consentedLimitedFields" || !organisationId) {
    return NO_ROWS;
  }
  return {
    vacancy: { organisationId },
    sharedAt: { not: null },
    status: { in: [...EMPLOYER_SHARED_STATUSES] },
    consents: { some: activeEmployerConsentWhere(organisationId) },
    candidate: { anonymisedAt: null, ...notPlacedElsewhereWhere(organisationId) },
  };
}

/** Placements the actor may see or act on for `action`. */
export function placementWhereFor(actor: ActorLike, action: PermissionAction): Prisma.PlacementWhereInput {
  switch (ruleFor(actor.role, action)) {
    case "allow":
      return {};
    case "ownOrganisation":
      return actor.organisationId ? { organisationId: actor.organisationId } : NO_ROWS;
    case "own":
      return { candidate: { userId: actor.userId } };
    case "employerOwner":
      return { organisation: { ownerId: actor.userId } };
    case "candidateOwner":
      return { candidate: { ownerId: actor.userId } };
    default:
      return NO_ROWS;
  }
}

/** Appointments the actor may act on for `action`: the employer's organisation's, or those in the accountmanager's own calendar. */
export function appointmentWhereFor(actor: ActorLike, action: PermissionAction): Prisma.AppointmentWhereInput {
  switch (ruleFor(actor.role, action)) {
    case "ownOrganisation":
      return actor.organisationId ? { organisationId: actor.organisationId } : NO_ROWS;
    case "own":
      return { slot: { accountManagerId: actor.userId } };
    default:
      return NO_ROWS;
  }
}
