import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { resolveActor } from "@/lib/auth/resolve-actor";
import { openTotpSecret } from "@/lib/auth/second-factor/secret-box";
import { startSecondFactorEnrolment } from "@/lib/auth/second-factor/start-enrolment";
import { startUserSession } from "@/lib/auth/start-user-session";
import { prisma } from "@/lib/db";
import { actorFor } from "@/tests/factories/questions";
import { codeFor } from "@/tests/factories/second-factor";
import { createUser } from "@/tests/factories/users";

// The forced enrolment's action reads the session through getEnrolmentActor() only.
const session = vi.hoisted(() => ({ actor: null as Actor | null, enrolmentActor: null as Actor | null, sessionId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => session.actor,
  getEnrolmentActor: async () => session.enrolmentActor,
  getCurrentSessionId: async () => session.sessionId,
}));

const { confirmForcedEnrolmentAction } = await import("./actions");

describe("confirmForcedEnrolmentAction", () => {
  it("enrols a professional whose session must enrol, and makes that session a normal one", async () => {
    for (const role of ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "ADMIN"] as const) {
      const user = await createUser({ role });
      const sessionId = await startUserSession(user.id, { mustEnrolSecondFactor: true });
      const claims = { userId: user.id, sessionVersion: 0, sessionId };
      expect(await resolveActor(claims), role).toBeNull();
      session.actor = null;
      session.enrolmentActor = actorFor(user);
      session.sessionId = sessionId;
      await startSecondFactorEnrolment({ actor: session.enrolmentActor });
      const secret = openTotpSecret((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret!, user.id);
      const result = await confirmForcedEnrolmentAction({ code: await codeFor(secret) });
      expect(result?.data?.recoveryCodes, role).toHaveLength(10);
      expect(await prisma.userSession.findUniqueOrThrow({ where: { id: sessionId } }), role).toMatchObject({ mustEnrolSecondFactor: false, revokedAt: null });
      expect(await resolveActor(claims), role).toMatchObject({ userId: user.id, role });
    }
  });

  it("refuses a normal session and no session: the action is for a session that must enrol only", async () => {
    const user = await createUser({ role: "EMPLOYER" });
    session.actor = actorFor(user);
    session.enrolmentActor = null;
    expect((await confirmForcedEnrolmentAction({ code: "123456" }))?.serverError).toMatch(/niet ingelogd/);
    session.actor = null;
    expect((await confirmForcedEnrolmentAction({ code: "123456" }))?.serverError).toMatch(/niet ingelogd/);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpEnabledAt).toBeNull();
  });
});
