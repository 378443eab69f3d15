import type { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { Actor } from "./actor";

/**
 * Who may do what: one typed table mirroring shared/design/permissions.md (every row, also the ones
 * not built yet). A cell is "allow", a scope that record-level code must apply, or absent (= deny).
 * Deny by default: a role or action that is not listed is refused.
 */

export const ROLES = ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "ADMIN"] as const satisfies readonly Role[];

/** What a scope means for one record; see `matchesScope` for the exact check. */
export const SCOPES = [
  "self", // acts for themselves (an employer registers their own organisation)
  "onBehalf", // creates the record for someone else and becomes its owner
  "own", // the record is about the caller's own user (own profile, own candidate record, own audit entries)
  "ownOrganisation", // the record belongs to the caller's employer organisation
  "ownOrganisationContactDetails", // as ownOrganisation, but only the contact details may change
  "employerOwner", // the caller is the accountmanager who owns the employer
  "employerOwnerOrDelegate", // the owner accountmanager, or an accountmanager the owner delegated to
  "anyFlagsNonOwner", // any record; when the caller is not the employer's owner it is a double approach
  "public", // only records marked public
  "aggregated", // only counts and totals, never an individual record
  "anonymised", // any record, without personal data
  "workReadyFlagOnly", // only the werkfit yes/no of the assessment
  "consentedLimitedFields", // only after the candidate consented to the caller's organisation; limited fields
  "candidateOwner", // the caller is the bemiddelaar who owns the candidate
  "candidateOwnerOrHandedOver", // the owner bemiddelaar, or one who received the candidate through a handover
  "candidateOwnerAndVacancyAvailable", // owns the candidate, and the vacancy is handed to them or open
  "audited", // allowed, and every access writes an audit entry
  "ownPartnerOrganisation", // the record was routed to the caller's partner organisation (its team)
] as const;

export type Scope = (typeof SCOPES)[number];
export type Rule = "allow" | Scope;
export type Cell = Rule | "deny";

type RoleRules = Partial<Record<Role, Rule>>;

export const PERMISSIONS = {
  // register organisation / join by KvK
  "organisation.register": { EMPLOYER: "self", ACCOUNT_MANAGER: "onBehalf", ADMIN: "allow" },
  // edit organisation master data, segmentation, preferred supplier
  "organisation.editMasterData": { EMPLOYER: "ownOrganisationContactDetails", ACCOUNT_MANAGER: "employerOwner", ADMIN: "allow" },
  // transfer employer ownership (the owner hands the employer to another accountmanager)
  "organisation.transferOwnership": { ACCOUNT_MANAGER: "employerOwner", ADMIN: "allow" },
  // log a contact moment with an employer
  "contact.log": { ACCOUNT_MANAGER: "anyFlagsNonOwner", JOB_MEDIATOR: "anyFlagsNonOwner" },
  "vacancy.submit": { EMPLOYER: "ownOrganisation", ACCOUNT_MANAGER: "employerOwner" },
  // hand vacancy to bemiddelaar(s)
  "vacancy.handover": { ACCOUNT_MANAGER: "employerOwner" },
  "vacancy.close": { EMPLOYER: "ownOrganisation", ACCOUNT_MANAGER: "employerOwner" },
  "vacancy.read": {
    EMPLOYER: "ownOrganisation",
    JOBSEEKER: "public",
    ACCOUNT_MANAGER: "allow",
    JOB_MEDIATOR: "allow",
    REGIONAL_STAFF: "aggregated",
    ADMIN: "allow",
  },
  // answer employer question
  "question.answer": { ACCOUNT_MANAGER: "employerOwnerOrDelegate" },
  // publish appointment slots: an accountmanager publishes slots in their own calendar
  "slot.publish": { ACCOUNT_MANAGER: "own" },
  // read candidate personal data (name, contact, CV, assessment, target group)
  "candidate.readPersonalData": {
    EMPLOYER: "consentedLimitedFields",
    JOBSEEKER: "own",
    JOB_MEDIATOR: "candidateOwnerOrHandedOver",
    ADMIN: "audited",
  },
  "candidate.editProfile": { JOBSEEKER: "own", JOB_MEDIATOR: "candidateOwner" },
  // work-readiness assessment: record, and read the summary
  "assessment.record": { JOB_MEDIATOR: "candidateOwner" },
  "assessment.readSummary": { JOBSEEKER: "own", ACCOUNT_MANAGER: "workReadyFlagOnly", JOB_MEDIATOR: "candidateOwner" },
  "matching.run": { JOB_MEDIATOR: "allow" },
  "matching.readResults": { ACCOUNT_MANAGER: "anonymised", JOB_MEDIATOR: "allow" },
  // Not a row in permissions.md: which vacancies' match results (B3, vacancy → candidates) one may read;
  // the accountmanager only for the employers they own. The fields shown follow matching.readResults.
  "matching.readVacancyResults": { ACCOUNT_MANAGER: "employerOwner", JOB_MEDIATOR: "allow" },
  // propose candidate (voordracht); the jobseeker's part is the consent
  "proposal.create": { JOB_MEDIATOR: "candidateOwnerAndVacancyAvailable" },
  "proposal.consent": { JOBSEEKER: "own" },
  // respond to proposal (invite / decline with reason)
  "proposal.respond": { EMPLOYER: "ownOrganisation" },
  // record placement, instruments, employee aftercare
  "placement.record": { JOB_MEDIATOR: "candidateOwner" },
  "instrument.record": { JOB_MEDIATOR: "candidateOwner" },
  "employeeAftercare.record": { JOB_MEDIATOR: "candidateOwner" },
  // employer aftercare / satisfaction
  "employerAftercare.answer": { EMPLOYER: "ownOrganisation" },
  "employerAftercare.manage": { ACCOUNT_MANAGER: "employerOwner" },
  // warm handover to a partner; the jobseeker's part is the consent
  "handover.create": { JOB_MEDIATOR: "candidateOwner" },
  "handover.consent": { JOBSEEKER: "own" },
  "dashboard.read": { ACCOUNT_MANAGER: "allow", JOB_MEDIATOR: "allow", REGIONAL_STAFF: "allow", ADMIN: "allow" },
  "export.read": { ACCOUNT_MANAGER: "allow", JOB_MEDIATOR: "allow", REGIONAL_STAFF: "allow", ADMIN: "allow" },
  "programmeMonitor.edit": { REGIONAL_STAFF: "allow", ADMIN: "allow" },
  // reference data (instruments, skills, areas, routing rules, partner organisations), users
  "referenceData.manage": { ADMIN: "allow" },
  "users.manage": { ADMIN: "allow" },
  "auditLog.read": { EMPLOYER: "own", JOBSEEKER: "own", ADMIN: "allow" },
  // Not a row in permissions.md: a professional keeps their own team-directory details (A8).
  "professionalProfile.edit": { ACCOUNT_MANAGER: "own", JOB_MEDIATOR: "own" },
  // Not a row in permissions.md: "Uitloggen op alle apparaten" ends every session of the caller (O2).
  "session.endAll": { EMPLOYER: "own", JOBSEEKER: "own", ACCOUNT_MANAGER: "own", JOB_MEDIATOR: "own", REGIONAL_STAFF: "own", ADMIN: "own" },
  // Not a row in permissions.md: which notifications mail you, direct or in a daily digest (O3).
  "notificationPreferences.edit": { EMPLOYER: "own", JOBSEEKER: "own", ACCOUNT_MANAGER: "own", JOB_MEDIATOR: "own", REGIONAL_STAFF: "own", ADMIN: "own" },
  // Not rows in permissions.md, O2 two-factor sign-in (decision 018): everyone turns on their own second factor
  // and makes new recovery codes; only employers and residents may turn it off (professionals must keep it);
  // ADMIN resets another user's second factor (audited).
  "secondFactor.manage": { EMPLOYER: "own", JOBSEEKER: "own", ACCOUNT_MANAGER: "own", JOB_MEDIATOR: "own", REGIONAL_STAFF: "own", ADMIN: "own" },
  "secondFactor.turnOff": { EMPLOYER: "own", JOBSEEKER: "own" },
  "secondFactor.reset": { ADMIN: "allow" },
  // Not rows in permissions.md (O2, decision 019): one's own address and password; a new confirmation mail
  "account.changeEmail": { EMPLOYER: "own", JOBSEEKER: "own", ACCOUNT_MANAGER: "own", JOB_MEDIATOR: "own", REGIONAL_STAFF: "own", ADMIN: "own" },
  "account.changePassword": { EMPLOYER: "own", JOBSEEKER: "own", ACCOUNT_MANAGER: "own", JOB_MEDIATOR: "own", REGIONAL_STAFF: "own", ADMIN: "own" },
  "account.resendVerification": { EMPLOYER: "own", JOBSEEKER: "own", ACCOUNT_MANAGER: "own", JOB_MEDIATOR: "own", REGIONAL_STAFF: "own", ADMIN: "own" },
  // Not rows in permissions.md, implied by E1–E4, A1–A4, A8 of product.md:
  // decide on a request to join a known organisation (the owner confirms, E1)
  "organisation.decideJoinRequest": { ACCOUNT_MANAGER: "employerOwner", ADMIN: "allow" },
  // the employer register and employer page (A1); bemiddelaars need it to log contact moments
  "employerRegister.read": { ACCOUNT_MANAGER: "allow", JOB_MEDIATOR: "allow", ADMIN: "allow" },
  // edit or withdraw a submitted vacancy while it is not yet handled (E2)
  "vacancy.edit": { EMPLOYER: "ownOrganisation", ACCOUNT_MANAGER: "employerOwner" },
  // intake: enrich, set status, record advice (A3)
  "vacancy.intake": { ACCOUNT_MANAGER: "employerOwner" },
  "advice.record": { ACCOUNT_MANAGER: "employerOwner" },
  // ask a question and see the answer (E3)
  "question.ask": { EMPLOYER: "ownOrganisation" },
  "question.read": { EMPLOYER: "ownOrganisation", ACCOUNT_MANAGER: "employerOwnerOrDelegate", ADMIN: "allow" },
  // book or cancel one of the accountmanager's free slots (E4)
  "appointment.book": { EMPLOYER: "ownOrganisation" },
  "appointment.cancel": { EMPLOYER: "ownOrganisation", ACCOUNT_MANAGER: "own" },
  // mark a follow-up promise as kept (A2): its author
  "followUp.complete": { ACCOUNT_MANAGER: "own", JOB_MEDIATOR: "own" },
  // the team directory (A8)
  "teamDirectory.read": { ACCOUNT_MANAGER: "allow", JOB_MEDIATOR: "allow", REGIONAL_STAFF: "allow", ADMIN: "allow" },
  // Not rows in permissions.md, implied by J1–J3 and B1 of product.md:
  // a resident registers (aanmelding) with a help question
  "helpRequest.submit": { JOBSEEKER: "own" },
  // a bemiddelaar of the partner the request was routed to accepts it and becomes the owner
  "helpRequest.accept": { JOB_MEDIATOR: "ownPartnerOrganisation" },
  // my candidates and my team's new requests (B1)
  "caseload.read": { JOB_MEDIATOR: "allow" },
  // hand a candidate to another bemiddelaar (logged)
  "candidate.transferOwnership": { JOB_MEDIATOR: "candidateOwner", ADMIN: "allow" },
  // grant and revoke one's own consents (J3)
  "consent.manage": { JOBSEEKER: "own" },
  // one's own in-app notifications
  "notification.read": { EMPLOYER: "own", JOBSEEKER: "own", ACCOUNT_MANAGER: "own", JOB_MEDIATOR: "own", REGIONAL_STAFF: "own", ADMIN: "own" },
  // Not rows in permissions.md, implied by B4–B8, E5–E7, A5 and J4 of product.md (issue 5):
  // see proposals: the employer only shared ones for its own vacancies (consented fields), the resident
  // their own, the owner accountmanager of the employer anonymised, the bemiddelaar for own candidates
  "proposal.read": { EMPLOYER: "ownOrganisation", JOBSEEKER: "own", ACCOUNT_MANAGER: "employerOwner", JOB_MEDIATOR: "candidateOwner" },
  "proposal.withdraw": { JOB_MEDIATOR: "candidateOwner" },
  // see placements and their instruments (E7, J4, A5)
  "placement.read": { EMPLOYER: "ownOrganisation", JOBSEEKER: "own", ACCOUNT_MANAGER: "employerOwner", JOB_MEDIATOR: "candidateOwner" },
  // end a placement early with a reason, record the proefplaatsing's end assessment
  "placement.end": { JOB_MEDIATOR: "candidateOwner" },
  // signal a knelpunt on a placement to the accountmanager, who handles it
  "placement.signal": { JOB_MEDIATOR: "candidateOwner" },
  "placementSignal.handle": { ACCOUNT_MANAGER: "employerOwner" },
  // the receiving partner's team accepts or refuses a warm handover; the sender may cancel it
  "handover.decide": { JOB_MEDIATOR: "ownPartnerOrganisation" },
  "handover.cancel": { JOB_MEDIATOR: "candidateOwner" },
  // matchtafel notes on a vacancy: professionals only
  "caseNote.read": { ACCOUNT_MANAGER: "employerOwner", JOB_MEDIATOR: "allow" },
  "caseNote.write": { ACCOUNT_MANAGER: "employerOwner", JOB_MEDIATOR: "allow" },
  // link one's own candidate to a matchtafel note (the name then shows to its owner only)
  "caseNote.linkCandidate": { JOB_MEDIATOR: "candidateOwner" },
  // the demo/test clock (only exists when CLOCK_CONTROL=on; decision 009)
  "clock.control": { ADMIN: "allow" },
  // the demo mailbox of the local SMTP catcher (only exists when `npm start` runs it; decision 015)
  "mail.readCaught": { ADMIN: "allow" },
  // Not a row in permissions.md, implied by J5 (issue 6): a resident shows interest in a public vacancy
  "vacancy.expressInterest": { JOBSEEKER: "own" },
  // Not rows in permissions.md, implied by J6 (issue 6): a resident downloads their own data and asks for deletion
  "privacy.exportOwnData": { JOBSEEKER: "own" },
  "privacy.requestDeletion": { JOBSEEKER: "own" },
  // P4/A6 events (issue 6): accountmanagers organise (edit/attendance: organiser only), employers and residents register
  "event.manage": { ACCOUNT_MANAGER: "allow" },
  "event.register": { EMPLOYER: "ownOrganisation", JOBSEEKER: "own" },
  "event.recordAttendance": { ACCOUNT_MANAGER: "allow" },
  // Not rows in permissions.md, implied by D4 (issue 6): staff write the commentary of the monthly/quarterly report
  "report.comment": { REGIONAL_STAFF: "allow", ADMIN: "allow" },
  // A7/E8 SROI (issue 6): the owner accountmanager keeps the dossiers and reviews what the employer reports
  "sroi.read": { EMPLOYER: "ownOrganisation", ACCOUNT_MANAGER: "employerOwner", ADMIN: "allow" },
  "sroi.manage": { ACCOUNT_MANAGER: "employerOwner" },
  "sroi.report": { EMPLOYER: "ownOrganisation" },
  "sroi.review": { ACCOUNT_MANAGER: "employerOwner" },
  // J5 learning offers (issue 6): public to read, ADMIN manages them
  "learningOffer.manage": { ADMIN: "allow" },
  // J6 (issue 6): ADMIN handles a resident's deletion request (erase or anonymise)
  "privacy.handleDeletion": { ADMIN: "allow" },
} as const satisfies Record<string, RoleRules>;

export type PermissionAction = keyof typeof PERMISSIONS;
export const PERMISSION_ACTIONS = Object.keys(PERMISSIONS) as PermissionAction[];

/** The facts about one record that the scopes look at. Fill in what applies to the record. */
export type ResourceRef = {
  userId?: string | null; // the user the record is about
  candidateUserId?: string | null; // the jobseeker account of the candidate
  organisationId?: string | null; // the employer organisation the record belongs to
  employerOwnerId?: string | null; // the owner accountmanager of that organisation
  delegateIds?: readonly string[]; // accountmanagers the owner delegated to
  candidateOwnerId?: string | null; // the owner bemiddelaar of the candidate
  candidateHandoverUserIds?: readonly string[]; // bemiddelaars who accepted a handover of the candidate
  consentedOrganisationIds?: readonly string[]; // employers the candidate consented to share with
  vacancyMediatorIds?: readonly string[]; // bemiddelaars the vacancy was handed to
  vacancyOpen?: boolean; // the vacancy is open to every bemiddelaar
  isPublic?: boolean;
  partnerOrganisationId?: string | null; // the partner organisation the record was routed to
};

type ActorLike = Pick<Actor, "userId" | "role" | "organisationId"> & { partnerOrganisationId?: string | null };

/** The cell for one role and action; anything not in the table is "deny". */
export function ruleFor(role: string, action: string): Cell {
  if (!Object.hasOwn(PERMISSIONS, action)) return "deny";
  const rules: RoleRules = PERMISSIONS[action as PermissionAction];
  if (!Object.hasOwn(rules, role)) return "deny";
  return rules[role as Role] ?? "deny";
}

const same = (a: string | null | undefined, b: string | null | undefined) => a != null && b != null && a === b;
const includes = (list: readonly string[] | undefined, id: string) => (list ?? []).includes(id);

export function matchesScope(rule: Rule, actor: ActorLike, resource: ResourceRef): boolean {
  const me = actor.userId;
  switch (rule) {
    case "allow":
    case "self":
    case "onBehalf":
    case "anyFlagsNonOwner":
    case "anonymised":
    case "workReadyFlagOnly":
    case "audited":
      return true;
    case "aggregated":
      return false;
    case "own":
      return same(resource.userId, me) || same(resource.candidateUserId, me);
    case "ownOrganisation":
    case "ownOrganisationContactDetails":
      return same(resource.organisationId, actor.organisationId);
    case "employerOwner":
      return same(resource.employerOwnerId, me);
    case "employerOwnerOrDelegate":
      return same(resource.employerOwnerId, me) || includes(resource.delegateIds, me);
    case "public":
      return resource.isPublic === true;
    case "consentedLimitedFields":
      return actor.organisationId != null && includes(resource.consentedOrganisationIds, actor.organisationId);
    case "candidateOwner":
      return same(resource.candidateOwnerId, me);
    case "candidateOwnerOrHandedOver":
      return same(resource.candidateOwnerId, me) || includes(resource.candidateHandoverUserIds, me);
    case "candidateOwnerAndVacancyAvailable":
      return same(resource.candidateOwnerId, me) && (resource.vacancyOpen === true || includes(resource.vacancyMediatorIds, me));
    case "ownPartnerOrganisation":
      return same(resource.partnerOrganisationId, actor.partnerOrganisationId);
  }
}

/**
 * Without a resource: may this role do this action at all (on some record)?
 * With a resource: may this actor do it on this record?
 */
export function can(actor: ActorLike | null | undefined, action: PermissionAction, resource?: ResourceRef): boolean {
  if (!actor) return false;
  const rule = ruleFor(actor.role, action);
  if (rule === "deny") return false;
  return resource ? matchesScope(rule, actor, resource) : true;
}

/**
 * Throws when `can` says no. A role that may never do this gets FORBIDDEN; a record outside the
 * actor's scope gets NOT_FOUND, so a refusal never reveals that the record exists.
 */
export function assertCan(actor: ActorLike | null | undefined, action: PermissionAction, resource?: ResourceRef): asserts actor is ActorLike {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const rule = ruleFor(actor.role, action);
  if (rule === "deny") throw new AppError("FORBIDDEN");
  if (resource && !matchesScope(rule, actor, resource)) throw new AppError("NOT_FOUND");
}
