import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { openTotpSecret } from "@/lib/auth/second-factor/secret-box";
import { startSecondFactorEnrolment } from "@/lib/auth/second-factor/start-enrolment";
import { startUserSession } from "@/lib/auth/start-user-session";
import { prisma } from "@/lib/db";
import { actorFor } from "@/tests/factories/questions";
import { codeFor, enableSecondFactor } from "@/tests/factories/second-factor";
import { createUser } from "@/tests/factories/users";

// The server actions end to end (session → role check → zod → domain function).
const session = vi.hoisted(() => ({ actor: null as Actor | null, sessionId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => session.actor,
  getEnrolmentActor: async () => null,
  getCurrentSessionId: async () => session.sessionId,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { confirmEnrolmentAction, regenerateRecoveryCodesAction, turnOffSecondFactorAction } = await import("./actions");

const PROFESSIONALS = ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "ADMIN"] as const;
const ALL_ROLES = ["EMPLOYER", "JOBSEEKER", ...PROFESSIONALS] as const;

async function signedIn(role: (typeof ALL_ROLES)[number]) {
  const user = await createUser({ role });
  session.actor = actorFor(user);
  session.sessionId = await startUserSession(user.id);
  return user;
}

async function pendingSecret(userId: string): Promise<string> {
  const { totpSecret } = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
  return openTotpSecret(totpSecret!, userId);
}

describe("confirmEnrolmentAction (turn on)", () => {
  it("turns the second factor on for every role, keeps this session and ends the others", async () => {
    for (const role of ALL_ROLES) {
      const user = await signedIn(role);
      const otherSession = await startUserSession(user.id);
      await startSecondFactorEnrolment({ actor: session.actor! });
      const result = await confirmEnrolmentAction({ code: await codeFor(await pendingSecret(user.id)) });
      expect(result?.data?.recoveryCodes, role).toHaveLength(10);
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt, role).not.toBeNull();
      expect(await prisma.userSession.findUniqueOrThrow({ where: { id: session.sessionId! } }), role).toMatchObject({ revokedAt: null });
      expect((await prisma.userSession.findUniqueOrThrow({ where: { id: otherSession } })).revokedAt, role).not.toBeNull();
    }
  });

  it("answers a wrong or malformed code in Dutch at the field and turns nothing on", async () => {
    const user = await signedIn("JOBSEEKER");
    await startSecondFactorEnrolment({ actor: session.actor! });
    const secret = await pendingSecret(user.id);
    const right = await codeFor(secret);
    const wrong = right === "000000" ? "111111" : "000000";
    expect((await confirmEnrolmentAction({ code: wrong }))?.validationErrors?.fieldErrors.code?.[0]).toMatch(/^Deze code klopt niet/);
    expect((await confirmEnrolmentAction({ code: "12ab" }))?.validationErrors?.fieldErrors.code?.[0]).toMatch(/6 cijfers/);
    expect((await confirmEnrolmentAction({ code: "" }))?.validationErrors?.fieldErrors.code?.[0]).toMatch(/Vul de code/);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();
    // A second confirmation after success is refused: turned on once.
    expect((await confirmEnrolmentAction({ code: right }))?.data?.recoveryCodes).toHaveLength(10);
    expect((await confirmEnrolmentAction({ code: right }))?.serverError).toBe("Tweestapsverificatie staat al aan.");
  });

  it("refuses without a login (also a session that must enrol: getActor() is null for it)", async () => {
    session.actor = null;
    expect((await confirmEnrolmentAction({ code: "123456" }))?.serverError).toMatch(/niet ingelogd/);
    expect((await regenerateRecoveryCodesAction({ code: "123456" }))?.serverError).toMatch(/niet ingelogd/);
    expect((await turnOffSecondFactorAction({ code: "123456" }))?.serverError).toMatch(/niet ingelogd/);
  });
});

describe("regenerateRecoveryCodesAction (new recovery codes)", () => {
  it("needs a current code; replaces the codes; ends the other sessions", async () => {
    for (const role of ALL_ROLES) {
      const user = await signedIn(role);
      const otherSession = await startUserSession(user.id);
      const { secret, recoveryCodes } = await enableSecondFactor(user.id);
      expect((await regenerateRecoveryCodesAction({ code: "ZZZZZ-ZZZZZ" }))?.validationErrors?.fieldErrors.code?.[0], role).toMatch(/klopt niet/);
      const fresh = await regenerateRecoveryCodesAction({ code: await codeFor(secret) });
      expect(fresh?.data?.recoveryCodes, role).toHaveLength(10);
      expect(fresh?.data?.recoveryCodes, role).not.toContain(recoveryCodes[0]);
      // An old code no longer proves anything; a new one does.
      expect((await regenerateRecoveryCodesAction({ code: recoveryCodes[1]! }))?.validationErrors, role).toBeDefined();
      expect((await regenerateRecoveryCodesAction({ code: fresh!.data!.recoveryCodes[0]! }))?.data, role).toBeDefined();
      expect((await prisma.userSession.findUniqueOrThrow({ where: { id: otherSession } })).revokedAt, role).not.toBeNull();
      expect(await prisma.userSession.findUniqueOrThrow({ where: { id: session.sessionId! } }), role).toMatchObject({ revokedAt: null });
    }
  });

  it("is refused in Dutch when the second factor is off", async () => {
    await signedIn("EMPLOYER");
    expect((await regenerateRecoveryCodesAction({ code: "123456" }))?.serverError).toBe("Tweestapsverificatie staat niet aan.");
  });
});

describe("turnOffSecondFactorAction (turn off)", () => {
  it("refuses every professional role and keeps their second factor", async () => {
    for (const role of PROFESSIONALS) {
      const user = await signedIn(role);
      const { secret } = await enableSecondFactor(user.id);
      expect(await turnOffSecondFactorAction({ code: await codeFor(secret) }), role).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt, role).not.toBeNull();
    }
  });

  it("lets an employer and a resident turn it off with a current code; every session ends", async () => {
    for (const role of ["EMPLOYER", "JOBSEEKER"] as const) {
      const user = await signedIn(role);
      const { secret } = await enableSecondFactor(user.id);
      expect((await turnOffSecondFactorAction({ code: "000000" === (await codeFor(secret)) ? "111111" : "000000" }))?.validationErrors?.fieldErrors.code?.[0]).toMatch(
        /klopt niet/,
      );
      expect(await turnOffSecondFactorAction({ code: await codeFor(secret) }), role).toEqual({ data: { turnedOff: true } });
      const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
      expect(stored).toMatchObject({ totpSecret: null, totpEnabledAt: null, sessionVersion: 1 });
      expect(await prisma.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
      expect(await prisma.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    }
  });
});
