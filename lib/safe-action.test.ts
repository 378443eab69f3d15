import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { AppError, GENERIC_ERROR_MESSAGE } from "@/lib/errors";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
// The e-mail gate reads the database; its own integration test covers it (lib/auth/email-verification-gate.integration-test.ts).
vi.mock("@/lib/auth/email-verification-gate", () => ({ assertMayActBeforeVerification: async () => {} }));

const { actionClientFor, handleActionError, DATABASE_UNAVAILABLE_MESSAGE } = await import("./safe-action");

const actor = (role: Actor["role"]): Actor => ({ userId: `u-${role}`, role, name: "Test", organisationId: null, partnerOrganisationId: null });

describe("actionClientFor", () => {
  const body = vi.fn(async ({ parsedInput }: { parsedInput: { phone: string } }) => parsedInput.phone);
  const action = actionClientFor("professionalProfile.edit")
    .inputSchema(z.object({ phone: z.string().max(5, "Te lang.") }))
    .action(body);

  beforeEach(() => {
    body.mockClear();
  });

  it("runs for a role the table allows", async () => {
    session.actor = actor("ACCOUNT_MANAGER");
    expect(await action({ phone: "123" })).toEqual({ data: "123" });
  });

  it("refuses other roles on the server before the body runs", async () => {
    for (const role of ["JOBSEEKER", "EMPLOYER", "REGIONAL_STAFF", "ADMIN"] as const) {
      session.actor = actor(role);
      expect(await action({ phone: "123" })).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
    }
    expect(body).not.toHaveBeenCalled();
  });

  it("refuses without a login", async () => {
    session.actor = null;
    expect((await action({ phone: "123" })).serverError).toMatch(/niet ingelogd/);
    expect(body).not.toHaveBeenCalled();
  });

  it("returns Dutch field errors from the schema", async () => {
    session.actor = actor("JOB_MEDIATOR");
    expect((await action({ phone: "1234567" })).validationErrors).toEqual({ formErrors: [], fieldErrors: { phone: ["Te lang."] } });
  });
});

describe("handleActionError", () => {
  it("shows an AppError's message and hides anything else", () => {
    expect(handleActionError(new AppError("NOT_FOUND"))).toBe("U heeft geen toegang tot deze gegevens.");
    expect(handleActionError(new Error("duplicate key value jan@example.nl"))).toBe(GENERIC_ERROR_MESSAGE);
  });

  it("says calmly that the portal is briefly unreachable when the database cannot be reached (finding 15.9)", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 10.0.0.5:5432"), { code: "ECONNREFUSED" });
    expect(handleActionError(refused)).toBe(DATABASE_UNAVAILABLE_MESSAGE);
    expect(DATABASE_UNAVAILABLE_MESSAGE).toMatch(/even niet bereikbaar/);
  });
});
