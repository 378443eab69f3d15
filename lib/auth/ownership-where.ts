import type { Prisma } from "@/generated/prisma/client";
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
      return actor.organisationId
        ? {
            consents: {
              some: { purpose: "SHARE_WITH_EMPLOYER", organisationId: actor.organisationId, grantedAt: { not: null }, revokedAt: null },
            },
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
