import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { startUserSession } from "@/lib/auth/start-user-session";
import { prisma } from "@/lib/db";
import { actorFor } from "@/tests/factories/questions";
import { enableSecondFactor } from "@/tests/factories/second-factor";
import { createUser } from "@/tests/factories/users";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { resetSecondFactorAction } = await import("./actions");

async function userWithSecondFactor() {
  const user = await createUser({ role: "JOB_MEDIATOR" });
  await enableSecondFactor(user.id);
  await startUserSession(user.id);
  return user;
}

describe("resetSecondFactorAction (ADMIN)", () => {
  it("refuses every other role and changes nothing", async () => {
    const target = await userWithSecondFactor();
    for (const role of ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const) {
      session.actor = actorFor(await createUser({ role }));
      expect(await resetSecondFactorAction({ userId: target.id, confirm: true }), role).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
    }
    session.actor = null;
    expect((await resetSecondFactorAction({ userId: target.id, confirm: true }))?.serverError).toMatch(/niet ingelogd/);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).totpEnabledAt).not.toBeNull();
    expect(await prisma.recoveryCode.count({ where: { userId: target.id } })).toBe(10);
    expect(await prisma.auditLog.count({ where: { action: "user.resetSecondFactor", entityId: target.id } })).toBe(0);
  });

  it("refuses an unknown user id and a missing confirmation in Dutch", async () => {
    session.actor = actorFor(await createUser({ role: "ADMIN" }));
    expect(await resetSecondFactorAction({ userId: "bestaat-niet", confirm: true })).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
    const target = await userWithSecondFactor();
    const unconfirmed = await resetSecondFactorAction({ userId: target.id, confirm: false as true });
    expect(unconfirmed?.validationErrors?.fieldErrors.confirm?.[0]).toMatch(/^Vink aan/);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).totpEnabledAt).not.toBeNull();
  });

  it("removes the secret and the recovery codes, ends every session of the user and audits it, in one go", async () => {
    const admin = await createUser({ role: "ADMIN" });
    session.actor = actorFor(admin);
    const target = await userWithSecondFactor();
    expect(await resetSecondFactorAction({ userId: target.id, confirm: true })).toEqual({ data: { reset: true } });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(stored).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastTimeStep: null, sessionVersion: 1 });
    expect(await prisma.recoveryCode.count({ where: { userId: target.id } })).toBe(0);
    expect(await prisma.userSession.count({ where: { userId: target.id, revokedAt: null } })).toBe(0);
    expect(await prisma.auditLog.findMany({ where: { action: "user.resetSecondFactor", entityId: target.id } })).toEqual([
      expect.objectContaining({ actorId: admin.id, actorRole: "ADMIN", entity: "User", purpose: "Tweede factor gereset" }),
    ]);
  });
});
