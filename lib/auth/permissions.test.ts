import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { PERMISSION_ACTIONS, ROLES, SCOPES, assertCan, can, ruleFor, type Cell } from "./permissions";

/*
 * Transcribed by hand from shared/design/permissions.md, independently of permissions.ts.
 * Columns: EMPLOYER | JOBSEEKER | ACCOUNT_MANAGER | JOB_MEDIATOR | REGIONAL_STAFF | ADMIN. "-" is deny.
 * Rows that combine several actions in the design ("hand vacancy over, close vacancy") are split.
 */
const EXPECTED_TABLE = `
organisation.register          | self                          | -      | onBehalf                | -                                 | -          | allow
organisation.editMasterData    | ownOrganisationContactDetails | -      | employerOwner           | -                                 | -          | allow
organisation.transferOwnership | -                             | -      | employerOwner           | -                                 | -          | allow
contact.log                    | -                             | -      | anyFlagsNonOwner        | anyFlagsNonOwner                  | -          | -
vacancy.submit                 | ownOrganisation               | -      | employerOwner           | -                                 | -          | -
vacancy.handover               | -                             | -      | employerOwner           | -                                 | -          | -
vacancy.close                  | ownOrganisation               | -      | employerOwner           | -                                 | -          | -
vacancy.read                   | ownOrganisation               | public | allow                   | allow                             | aggregated | allow
question.answer                | -                             | -      | employerOwnerOrDelegate | -                                 | -          | -
slot.publish                   | -                             | -      | own                     | -                                 | -          | -
candidate.readPersonalData     | consentedLimitedFields        | own    | -                       | candidateOwnerOrHandedOver        | -          | audited
candidate.editProfile          | -                             | own    | -                       | candidateOwner                    | -          | -
assessment.record              | -                             | -      | -                       | candidateOwner                    | -          | -
assessment.readSummary         | -                             | own    | workReadyFlagOnly       | candidateOwner                    | -          | -
matching.run                   | -                             | -      | -                       | allow                             | -          | -
matching.readResults           | -                             | -      | anonymised              | allow                             | -          | -
matching.readVacancyResults    | -                             | -      | employerOwner           | allow                             | -          | -
proposal.create                | -                             | -      | -                       | candidateOwnerAndVacancyAvailable | -          | -
proposal.consent               | -                             | own    | -                       | -                                 | -          | -
proposal.respond               | ownOrganisation               | -      | -                       | -                                 | -          | -
placement.record               | -                             | -      | -                       | candidateOwner                    | -          | -
instrument.record              | -                             | -      | -                       | candidateOwner                    | -          | -
employeeAftercare.record       | -                             | -      | -                       | candidateOwner                    | -          | -
employerAftercare.answer       | ownOrganisation               | -      | -                       | -                                 | -          | -
employerAftercare.manage       | -                             | -      | employerOwner           | -                                 | -          | -
handover.create                | -                             | -      | -                       | candidateOwner                    | -          | -
handover.consent               | -                             | own    | -                       | -                                 | -          | -
dashboard.read                 | -                             | -      | allow                   | allow                             | allow      | allow
export.read                    | -                             | -      | allow                   | allow                             | allow      | allow
programmeMonitor.edit          | -                             | -      | -                       | -                                 | allow      | allow
referenceData.manage           | -                             | -      | -                       | -                                 | -          | allow
users.manage                   | -                             | -      | -                       | -                                 | -          | allow
auditLog.read                  | own                           | own    | -                       | -                                 | -          | allow
professionalProfile.edit       | -                             | -      | own                     | own                               | -          | -
session.endAll                 | own                           | own    | own                     | own                               | own        | own
notificationPreferences.edit   | own                           | own    | own                     | own                               | own        | own
secondFactor.manage            | own                           | own    | own                     | own                               | own        | own
secondFactor.turnOff           | own                           | own    | -                       | -                                 | -          | -
secondFactor.reset             | -                             | -      | -                       | -                                 | -          | allow
account.changeEmail            | own                           | own    | own                     | own                               | own        | own
account.changePassword         | own                           | own    | own                     | own                               | own        | own
account.resendVerification     | own                           | own    | own                     | own                               | own        | own
organisation.decideJoinRequest | -                             | -      | employerOwner           | -                                 | -          | allow
employerRegister.read          | -                             | -      | allow                   | allow                             | -          | allow
vacancy.edit                   | ownOrganisation               | -      | employerOwner           | -                                 | -          | -
vacancy.intake                 | -                             | -      | employerOwner           | -                                 | -          | -
advice.record                  | -                             | -      | employerOwner           | -                                 | -          | -
question.ask                   | ownOrganisation               | -      | -                       | -                                 | -          | -
question.read                  | ownOrganisation               | -      | employerOwnerOrDelegate | -                                 | -          | allow
appointment.book               | ownOrganisation               | -      | -                       | -                                 | -          | -
appointment.cancel             | ownOrganisation               | -      | own                     | -                                 | -          | -
followUp.complete              | -                             | -      | own                     | own                               | -          | -
teamDirectory.read             | -                             | -      | allow                   | allow                             | allow      | allow
helpRequest.submit             | -                             | own    | -                       | -                                 | -          | -
helpRequest.accept             | -                             | -      | -                       | ownPartnerOrganisation            | -          | -
caseload.read                  | -                             | -      | -                       | allow                             | -          | -
candidate.transferOwnership    | -                             | -      | -                       | candidateOwner                    | -          | allow
consent.manage                 | -                             | own    | -                       | -                                 | -          | -
notification.read              | own                           | own    | own                     | own                               | own        | own
proposal.read                  | ownOrganisation               | own    | employerOwner           | candidateOwner                    | -          | -
proposal.withdraw              | -                             | -      | -                       | candidateOwner                    | -          | -
placement.read                 | ownOrganisation               | own    | employerOwner           | candidateOwner                    | -          | -
placement.end                  | -                             | -      | -                       | candidateOwner                    | -          | -
placement.signal               | -                             | -      | -                       | candidateOwner                    | -          | -
placementSignal.handle         | -                             | -      | employerOwner           | -                                 | -          | -
handover.decide                | -                             | -      | -                       | ownPartnerOrganisation            | -          | -
handover.cancel                | -                             | -      | -                       | candidateOwner                    | -          | -
caseNote.read                  | -                             | -      | employerOwner           | allow                             | -          | -
caseNote.write                 | -                             | -      | employerOwner           | allow                             | -          | -
caseNote.linkCandidate         | -                             | -      | -                       | candidateOwner                    | -          | -
clock.control                  | -                             | -      | -                       | -                                 | -          | allow
mail.readCaught                | -                             | -      | -                       | -                                 | -          | allow
vacancy.expressInterest        | -                             | own    | -                       | -                                 | -          | -
privacy.exportOwnData          | -                             | own    | -                       | -                                 | -          | -
privacy.requestDeletion        | -                             | own    | -                       | -                                 | -          | -
event.manage                   | -                             | -      | allow                   | -                                 | -          | -
event.register                 | ownOrganisation               | own    | -                       | -                                 | -          | -
event.recordAttendance         | -                             | -      | allow                   | -                                 | -          | -
report.comment                 | -                             | -      | -                       | -                                 | allow      | allow
sroi.read                      | ownOrganisation               | -      | employerOwner           | -                                 | -          | allow
sroi.manage                    | -                             | -      | employerOwner           | -                                 | -          | -
sroi.report                    | ownOrganisation               | -      | -                       | -                                 | -          | -
sroi.review                    | -                             | -      | employerOwner           | -                                 | -          | -
learningOffer.manage           | -                             | -      | -                       | -                                 | -          | allow
privacy.handleDeletion         | -                             | -      | -                       | -                                 | -          | allow
`;

const COLUMNS = ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "ADMIN"] as const;

type Matrix = Map<string, Map<string, Cell>>;

function parseExpected(text: string): Matrix {
  const matrix: Matrix = new Map();
  for (const line of text.trim().split("\n")) {
    const [action, ...cells] = line.split("|").map((part) => part.trim());
    if (!action || cells.length !== COLUMNS.length) throw new Error(`bad row: ${line}`);
    matrix.set(action, new Map(COLUMNS.map((role, i) => [role, (cells[i] === "-" ? "deny" : cells[i]) as Cell])));
  }
  return matrix;
}

/** Every difference between a lookup and the expected matrix, in both directions. */
function differences(actions: readonly string[], lookup: (role: string, action: string) => Cell, expected: Matrix): string[] {
  const found: string[] = [];
  for (const action of new Set([...actions, ...expected.keys()])) {
    if (!actions.includes(action)) found.push(`${action}: missing in code`);
    if (!expected.has(action)) found.push(`${action}: not in the expected table`);
    for (const role of COLUMNS) {
      const want = expected.get(action)?.get(role) ?? "deny";
      const got = lookup(role, action);
      if (got !== want) found.push(`${action} × ${role}: code ${got}, expected ${want}`);
    }
  }
  return found;
}

const expected = parseExpected(EXPECTED_TABLE);

describe("permission matrix", () => {
  it("covers the six roles", () => {
    expect([...ROLES]).toEqual([...COLUMNS]);
  });

  it("matches the design table in every cell (every role × every action)", () => {
    expect(differences(PERMISSION_ACTIONS, ruleFor, expected)).toEqual([]);
    expect(PERMISSION_ACTIONS.length * ROLES.length).toBe(expected.size * COLUMNS.length);
  });

  it("uses only known rules", () => {
    const known = new Set<string>(["allow", "deny", ...SCOPES]);
    for (const action of PERMISSION_ACTIONS) for (const role of ROLES) expect(known.has(ruleFor(role, action))).toBe(true);
  });

  it("the comparison fails on any difference (meta-check)", () => {
    const flipped = (role: string, action: string): Cell =>
      role === "JOBSEEKER" && action === "users.manage" ? "allow" : ruleFor(role, action);
    expect(differences(PERMISSION_ACTIONS, flipped, expected)).toEqual(["users.manage × JOBSEEKER: code allow, expected deny"]);

    const narrowed = (role: string, action: string): Cell =>
      role === "ACCOUNT_MANAGER" && action === "organisation.editMasterData" ? "allow" : ruleFor(role, action);
    expect(differences(PERMISSION_ACTIONS, narrowed, expected)).toHaveLength(1);

    expect(differences([...PERMISSION_ACTIONS, "vacancy.delete"], ruleFor, expected)).toEqual(["vacancy.delete: not in the expected table"]);
    expect(differences(PERMISSION_ACTIONS.filter((a) => a !== "export.read"), ruleFor, expected)).toContain("export.read: missing in code");
  });

  it("denies by default: unknown roles, unknown actions and prototype keys", () => {
    for (const action of PERMISSION_ACTIONS) expect(ruleFor("HACKER", action)).toBe("deny");
    for (const role of ROLES) {
      expect(ruleFor(role, "vacancy.delete")).toBe("deny");
      expect(ruleFor(role, "constructor")).toBe("deny");
      expect(ruleFor(role, "__proto__")).toBe("deny");
    }
    expect(ruleFor("toString", "vacancy.read")).toBe("deny");
    expect(can(null, "vacancy.read")).toBe(false);
  });
});

const actor = (role: (typeof ROLES)[number], userId: string, organisationId: string | null = null) => ({ role, userId, organisationId });

describe("ownership scopes", () => {
  const owner = actor("ACCOUNT_MANAGER", "am-owner");
  const otherAm = actor("ACCOUNT_MANAGER", "am-other");
  const organisation = { organisationId: "org-1", employerOwnerId: "am-owner" };

  it("only the owner accountmanager edits an organisation", () => {
    expect(can(owner, "organisation.editMasterData", organisation)).toBe(true);
    expect(can(otherAm, "organisation.editMasterData", organisation)).toBe(false);
    expect(can(otherAm, "organisation.editMasterData")).toBe(true); // the role may, on its own employers
    expect(() => assertCan(otherAm, "organisation.editMasterData", organisation)).toThrow(expect.objectContaining({ code: "NOT_FOUND" }));
    expect(can(actor("ADMIN", "admin"), "organisation.editMasterData", organisation)).toBe(true);
  });

  it("only the owner bemiddelaar edits a candidate; the jobseeker edits their own", () => {
    const candidate = { candidateOwnerId: "bm-owner", candidateUserId: "js-1" };
    expect(can(actor("JOB_MEDIATOR", "bm-owner"), "candidate.editProfile", candidate)).toBe(true);
    expect(can(actor("JOB_MEDIATOR", "bm-other"), "candidate.editProfile", candidate)).toBe(false);
    expect(can(actor("JOBSEEKER", "js-1"), "candidate.editProfile", candidate)).toBe(true);
    expect(can(actor("JOBSEEKER", "js-2"), "candidate.editProfile", candidate)).toBe(false);
    expect(can(actor("ACCOUNT_MANAGER", "bm-owner"), "candidate.editProfile", candidate)).toBe(false);
  });

  it("another bemiddelaar reads personal data only with a handover", () => {
    const candidate = { candidateOwnerId: "bm-owner", candidateHandoverUserIds: ["bm-received"] };
    expect(can(actor("JOB_MEDIATOR", "bm-received"), "candidate.readPersonalData", candidate)).toBe(true);
    expect(can(actor("JOB_MEDIATOR", "bm-other"), "candidate.readPersonalData", candidate)).toBe(false);
  });

  it("an employer acts on its own organisation only, and sees candidates only after consent", () => {
    const mine = actor("EMPLOYER", "emp-1", "org-1");
    expect(can(mine, "vacancy.close", { organisationId: "org-1" })).toBe(true);
    expect(can(mine, "vacancy.close", { organisationId: "org-2" })).toBe(false);
    expect(can(actor("EMPLOYER", "emp-3", null), "vacancy.close", { organisationId: null })).toBe(false);
    expect(can(mine, "candidate.readPersonalData", { consentedOrganisationIds: ["org-1"] })).toBe(true);
    expect(can(mine, "candidate.readPersonalData", { consentedOrganisationIds: ["org-2"] })).toBe(false);
  });

  it("a proposal needs the candidate's owner and a vacancy handed to them or open", () => {
    const bm = actor("JOB_MEDIATOR", "bm-1");
    expect(can(bm, "proposal.create", { candidateOwnerId: "bm-1", vacancyMediatorIds: ["bm-1"] })).toBe(true);
    expect(can(bm, "proposal.create", { candidateOwnerId: "bm-1", vacancyOpen: true })).toBe(true);
    expect(can(bm, "proposal.create", { candidateOwnerId: "bm-1", vacancyMediatorIds: ["bm-2"] })).toBe(false);
    expect(can(bm, "proposal.create", { candidateOwnerId: "bm-2", vacancyOpen: true })).toBe(false);
  });

  it("staff read vacancies only in aggregate; jobseekers only public ones", () => {
    expect(can(actor("REGIONAL_STAFF", "s"), "vacancy.read")).toBe(true);
    expect(can(actor("REGIONAL_STAFF", "s"), "vacancy.read", { organisationId: "org-1" })).toBe(false);
    expect(can(actor("JOBSEEKER", "j"), "vacancy.read", { isPublic: true })).toBe(true);
    expect(can(actor("JOBSEEKER", "j"), "vacancy.read", { isPublic: false })).toBe(false);
  });

  it("assertCan: FORBIDDEN for the role, UNAUTHENTICATED without an actor", () => {
    expect(() => assertCan(actor("JOBSEEKER", "j"), "professionalProfile.edit")).toThrow(AppError);
    expect(() => assertCan(actor("JOBSEEKER", "j"), "professionalProfile.edit")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => assertCan(null, "vacancy.read")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => assertCan(actor("ACCOUNT_MANAGER", "a"), "professionalProfile.edit", { userId: "a" })).not.toThrow();
  });
});
