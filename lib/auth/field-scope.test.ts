import { describe, expect, it } from "vitest";
import { fieldScopeFor, PERSONAL_DATA_ACTION, showsName, type FieldScope } from "./field-scope";
import { PERMISSION_ACTIONS, PERMISSIONS, ROLES, ruleFor, type PermissionAction } from "./permissions";

type Role = (typeof ROLES)[number];
const actor = (role: Role, userId = `${role.toLowerCase()}-1`, organisationId: string | null = null) => ({ role, userId, organisationId });

/*
 * What each view shows of a candidate, per role, for a candidate inside the actor's personal-data
 * scope. Written out by hand from shared/design/permissions.md ("accountmanager: anonymised profile
 * + skills only", "employer: only after consent, limited fields"), independently of the helper.
 * Columns: EMPLOYER | JOBSEEKER | ACCOUNT_MANAGER | JOB_MEDIATOR | REGIONAL_STAFF | ADMIN.
 */
const EXPECTED = `
candidate.readPersonalData | consentedLimited | full       | anonymised | full       | anonymised | full
matching.readResults       | anonymised       | anonymised | anonymised | full       | anonymised | anonymised
proposal.read              | consentedLimited | full       | anonymised | full       | anonymised | anonymised
placement.read             | consentedLimited | full       | anonymised | full       | anonymised | anonymised
caseNote.read              | anonymised       | anonymised | anonymised | full       | anonymised | anonymised
`;

const expected = EXPECTED.trim()
  .split("\n")
  .map((line) => line.split("|").map((cell) => cell.trim()))
  .map(([action, ...cells]) => ({ action: action as PermissionAction, cells: cells as FieldScope[] }));

/** Runs `check` with one table cell changed (undefined = removed), and puts the cell back. */
function withCell(action: PermissionAction, role: Role, value: string | undefined, check: () => void) {
  const rules = PERMISSIONS[action] as Partial<Record<Role, string>>;
  const had = Object.hasOwn(rules, role);
  const before = rules[role];
  if (value === undefined) delete rules[role];
  else rules[role] = value;
  try {
    check();
  } finally {
    if (had) rules[role] = before;
    else delete rules[role];
  }
}

describe("fieldScopeFor: every role × the views that show a candidate", () => {
  it("matches the expected matrix", () => {
    const found: string[] = [];
    for (const { action, cells } of expected) {
      ROLES.forEach((role, i) => {
        const got = fieldScopeFor(actor(role), action);
        if (got !== cells[i]) found.push(`${action} × ${role}: ${got}, expected ${cells[i]}`);
      });
    }
    expect(found).toEqual([]);
  });

  it("never shows a name where the table gives no personal data or the view no access", () => {
    for (const role of ROLES) {
      for (const action of PERMISSION_ACTIONS) {
        const scope = fieldScopeFor(actor(role), action);
        const view = ruleFor(role, action);
        const personal = ruleFor(role, PERSONAL_DATA_ACTION);
        if (view === "deny" || view === "anonymised" || personal === "deny") expect(scope, `${action} × ${role}`).toBe("anonymised");
        if (personal === "consentedLimitedFields" && view !== "deny" && view !== "anonymised") expect(scope, `${action} × ${role}`).toBe("consentedLimited");
      }
    }
  });
});

describe("fieldScopeFor reads the table (changing a cell changes the answer)", () => {
  it("an accountmanager given personal data would see names", () => {
    expect(fieldScopeFor(actor("ACCOUNT_MANAGER"), "proposal.read")).toBe("anonymised");
    withCell(PERSONAL_DATA_ACTION, "ACCOUNT_MANAGER", "audited", () => {
      expect(fieldScopeFor(actor("ACCOUNT_MANAGER"), "proposal.read")).toBe("full");
      expect(fieldScopeFor(actor("ACCOUNT_MANAGER"), "placement.read")).toBe("full");
      // the matching results cell still says "anonymised" for the accountmanager
      expect(fieldScopeFor(actor("ACCOUNT_MANAGER"), "matching.readResults")).toBe("anonymised");
    });
    expect(fieldScopeFor(actor("ACCOUNT_MANAGER"), "proposal.read")).toBe("anonymised");
  });

  it("an anonymised view cell anonymises even the owner bemiddelaar", () => {
    withCell("matching.readResults", "JOB_MEDIATOR", "anonymised", () => {
      expect(fieldScopeFor(actor("JOB_MEDIATOR"), "matching.readResults")).toBe("anonymised");
    });
    expect(fieldScopeFor(actor("JOB_MEDIATOR"), "matching.readResults")).toBe("full");
  });

  it("without the consentedLimitedFields cell the employer sees no name; with full access it would see all", () => {
    withCell(PERSONAL_DATA_ACTION, "EMPLOYER", undefined, () => {
      expect(fieldScopeFor(actor("EMPLOYER", "e", "org-1"), "proposal.read")).toBe("anonymised");
    });
    withCell(PERSONAL_DATA_ACTION, "EMPLOYER", "allow", () => {
      expect(fieldScopeFor(actor("EMPLOYER", "e", "org-1"), "placement.read")).toBe("full");
    });
    expect(fieldScopeFor(actor("EMPLOYER", "e", "org-1"), "placement.read")).toBe("consentedLimited");
  });

  it("staff given a view of placements still see no names (no personal-data cell)", () => {
    withCell("placement.read", "REGIONAL_STAFF", "allow", () => {
      expect(fieldScopeFor(actor("REGIONAL_STAFF"), "placement.read")).toBe("anonymised");
    });
  });
});

describe("fieldScopeFor with the candidate's facts", () => {
  const candidate = { candidateOwnerId: "bm-owner", candidateUserId: "js-1", candidateHandoverUserIds: ["bm-received"], consentedOrganisationIds: ["org-1"] };

  it("the owner bemiddelaar and one with a handover see all; another bemiddelaar's is withheld", () => {
    expect(fieldScopeFor(actor("JOB_MEDIATOR", "bm-owner"), "placement.read", candidate)).toBe("full");
    expect(fieldScopeFor(actor("JOB_MEDIATOR", "bm-received"), "placement.read", candidate)).toBe("full");
    expect(fieldScopeFor(actor("JOB_MEDIATOR", "bm-other"), "caseNote.read", candidate)).toBe("withheld");
  });

  it("an employer sees the limited fields only while consented to; the resident only their own", () => {
    expect(fieldScopeFor(actor("EMPLOYER", "e", "org-1"), "proposal.read", candidate)).toBe("consentedLimited");
    expect(fieldScopeFor(actor("EMPLOYER", "e", "org-2"), "proposal.read", candidate)).toBe("withheld");
    expect(fieldScopeFor(actor("EMPLOYER", "e", null), "proposal.read", candidate)).toBe("withheld");
    expect(fieldScopeFor(actor("JOBSEEKER", "js-1"), "placement.read", candidate)).toBe("full");
    expect(fieldScopeFor(actor("JOBSEEKER", "js-2"), "placement.read", candidate)).toBe("withheld");
  });

  it("the accountmanager stays anonymised whatever the facts say", () => {
    expect(fieldScopeFor(actor("ACCOUNT_MANAGER", "bm-owner"), "placement.read", candidate)).toBe("anonymised");
  });

  it("showsName: only full and consentedLimited", () => {
    expect((["full", "consentedLimited", "anonymised", "withheld"] as const).map(showsName)).toEqual([true, true, false, false]);
  });
});
