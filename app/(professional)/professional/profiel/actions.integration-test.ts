import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { actorFor } from "@/tests/factories/questions";
import { startUserSession } from "@/lib/auth/start-user-session";
import { createUser } from "@/tests/factories/users";

// The server action end to end (session → role check → zod → domain function); the domain rules are tested in
// lib/auth/professional-profile/update-professional-profile.integration-test.ts.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { endAllOwnSessionsAction, updateProfessionalProfileAction } = await import("./actions");

const valid = { phone: "035 123 45 67", focusAreas: ["Zorg en welzijn", "Techniek"] };

describe("updateProfessionalProfileAction (the server action)", () => {
  it("refuses a jobseeker and an employer with one Dutch sentence and changes nothing", async () => {
    for (const role of ["JOBSEEKER", "EMPLOYER"] as const) {
      const user = await createUser({ role });
      session.actor = actorFor(user);
      expect(await updateProfessionalProfileAction(valid)).toEqual({ serverError: "U heeft geen toegang tot deze gegevens." });
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).phone).toBeNull();
    }
  });

  it("refuses without a login", async () => {
    session.actor = null;
    expect((await updateProfessionalProfileAction(valid)).serverError).toMatch(/niet ingelogd/);
  });

  it("saves for the owner and returns Dutch field errors for bad input", async () => {
    const user = await createUser({ role: "JOB_MEDIATOR" });
    session.actor = actorFor(user);
    expect(await updateProfessionalProfileAction(valid)).toEqual({ data: valid });
    const bad = await updateProfessionalProfileAction({ phone: "bel me", focusAreas: ["Zorg", "zorg"] });
    expect(bad.validationErrors?.fieldErrors.phone?.[0]).toMatch(/telefoonnummer/i);
    expect(bad.validationErrors?.fieldErrors.focusAreas?.[0]).toMatch(/één keer/);
  });
});

describe("endAllOwnSessionsAction (Uitloggen op alle apparaten)", () => {
  it("revokes every session of the caller, and only theirs, for every role", async () => {
    const colleague = await createUser({ role: "JOB_MEDIATOR" });
    const colleagueSession = await startUserSession(colleague.id);
    for (const role of ["ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "ADMIN", "EMPLOYER", "JOBSEEKER"] as const) {
      const user = await createUser({ role });
      await startUserSession(user.id);
      await startUserSession(user.id);
      session.actor = actorFor(user);
      expect(await endAllOwnSessionsAction(), role).toEqual({ data: { ended: true } });
      expect(await prisma.userSession.count({ where: { userId: user.id, revokedAt: null } }), role).toBe(0);
      expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion, role).toBe(1);
    }
    expect(await prisma.userSession.findUniqueOrThrow({ where: { id: colleagueSession } })).toMatchObject({ revokedAt: null });
  });

  it("refuses without a login", async () => {
    session.actor = null;
    expect((await endAllOwnSessionsAction())?.serverError).toMatch(/niet ingelogd/);
  });
});
