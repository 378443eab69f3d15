import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import type { Session, User } from "next-auth";
import { createUser } from "@/tests/factories/users";
import { authOptions } from "./config";
import { endAllSessions } from "./end-all-sessions";
import { readSessionClaims, resolveActor } from "./resolve-actor";
import { prisma } from "@/lib/db";

/** What getServerSession returns after login: the jwt callback at sign-in, then the session callback. */
async function sessionAfterLogin(user: User): Promise<unknown> {
  const callbacks = authOptions.callbacks!;
  const token = (await callbacks.jwt!({ token: { sub: user.id, name: user.name, email: "x@y.nl" }, user, account: null, trigger: "signIn" } as never)) as JWT;
  expect(token).not.toHaveProperty("email");
  return callbacks.session!({ session: { expires: "2099-01-01T00:00:00.000Z" } as Session, token, user } as never);
}

describe("resolveActor / session version", () => {
  it("loads the actor from the database, not from the token", async () => {
    const user = await createUser({ role: "EMPLOYER", name: "Eva Werkgever" });
    const session = await sessionAfterLogin({ id: user.id, name: user.name, role: "ADMIN", sessionVersion: 0 });
    const actor = await resolveActor(readSessionClaims(session));
    expect(actor).toEqual({ userId: user.id, role: "EMPLOYER", name: "Eva Werkgever", organisationId: null, partnerOrganisationId: null });
  });

  it("ends every session when the session version is bumped", async () => {
    const user = await createUser();
    const claims = readSessionClaims(await sessionAfterLogin({ id: user.id, name: user.name, role: user.role, sessionVersion: 0 }));
    expect(await resolveActor(claims)).not.toBeNull();
    await endAllSessions(user.id);
    expect(await resolveActor(claims)).toBeNull();
    expect(await resolveActor({ userId: user.id, sessionVersion: 1 })).not.toBeNull();
  });

  it("ends every session when the user is disabled or removed", async () => {
    const user = await createUser();
    const claims = { userId: user.id, sessionVersion: 0 };
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await resolveActor(claims)).toBeNull();
    expect(await resolveActor({ userId: "bestaat-niet", sessionVersion: 0 })).toBeNull();
  });

  it("treats missing or malformed claims as not logged in", async () => {
    expect(readSessionClaims(null)).toBeNull();
    expect(readSessionClaims({ userId: "x" })).toBeNull();
    expect(readSessionClaims({ userId: "", sessionVersion: 0 })).toBeNull();
    expect(readSessionClaims({ userId: "x", sessionVersion: "0" })).toBeNull();
    expect(await resolveActor(null)).toBeNull();
  });
});
