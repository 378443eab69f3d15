import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import type { Session, User } from "next-auth";
import { createUser } from "@/tests/factories/users";
import { authOptions } from "./config";
import { endAllSessions } from "./end-all-sessions";
import { readSessionClaims, resolveActor } from "./resolve-actor";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_SECONDS, SESSION_TOUCH_INTERVAL_MS } from "./session-lifetime";
import { startUserSession } from "./start-user-session";
import { prisma } from "@/lib/db";

/** The token after the jwt callback at sign-in (what the session cookie holds). */
async function tokenAfterLogin(user: User): Promise<JWT> {
  const callbacks = authOptions.callbacks!;
  return (await callbacks.jwt!({ token: { sub: user.id, name: user.name, email: "x@y.nl" }, user, account: null, trigger: "signIn" } as never)) as JWT;
}

/** What getServerSession returns after login: the jwt callback at sign-in, then the session callback. */
async function sessionAfterLogin(user: User): Promise<unknown> {
  const token = await tokenAfterLogin(user);
  expect(token).not.toHaveProperty("email");
  return authOptions.callbacks!.session!({ session: { expires: "2099-01-01T00:00:00.000Z" } as Session, token, user } as never);
}

async function signedIn(user: { id: string; name: string; role: User["role"]; sessionVersion: number }) {
  const claims = readSessionClaims(await sessionAfterLogin(user));
  expect(claims).not.toBeNull();
  return claims!;
}

/** Logging out through next-auth: its signOut event with the token being cleared. */
async function logOut(token: JWT) {
  await authOptions.events!.signOut!({ token, session: undefined as never });
}

const HOUR = 60 * 60 * 1000;

describe("resolveActor / session version", () => {
  it("loads the actor from the database, not from the token", async () => {
    const user = await createUser({ role: "EMPLOYER", name: "Eva Werkgever" });
    const session = await sessionAfterLogin({ id: user.id, name: user.name, role: "ADMIN", sessionVersion: 0 });
    const actor = await resolveActor(readSessionClaims(session));
    expect(actor).toEqual({ userId: user.id, role: "EMPLOYER", name: "Eva Werkgever", organisationId: null, partnerOrganisationId: null });
  });

  it("ends every session when the session version is bumped", async () => {
    const user = await createUser();
    const claims = await signedIn(user);
    expect(await resolveActor(claims)).not.toBeNull();
    await endAllSessions(user.id);
    expect(await resolveActor(claims)).toBeNull();
    // A token of the current version is still refused: its session row was revoked too.
    expect(await resolveActor({ ...claims, sessionVersion: 1 })).toBeNull();
    expect(await resolveActor({ ...(await signedIn({ ...user, sessionVersion: 1 })) })).not.toBeNull();
  });

  it("ends every session when the user is disabled or removed", async () => {
    const user = await createUser();
    const claims = await signedIn(user);
    expect(await resolveActor(claims)).not.toBeNull();
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await resolveActor(claims)).toBeNull();
    expect(await resolveActor({ ...claims, userId: "bestaat-niet" })).toBeNull();
  });

  it("treats missing or malformed claims as not logged in", async () => {
    expect(readSessionClaims(null)).toBeNull();
    expect(readSessionClaims({ userId: "x", sessionId: "s" })).toBeNull();
    expect(readSessionClaims({ userId: "", sessionVersion: 0, sessionId: "s" })).toBeNull();
    expect(readSessionClaims({ userId: "x", sessionVersion: "0", sessionId: "s" })).toBeNull();
    // A token from before server-side sessions (no session id) is not a session.
    expect(readSessionClaims({ userId: "x", sessionVersion: 0 })).toBeNull();
    expect(await resolveActor(null)).toBeNull();
  });
});

describe("server-side sessions", () => {
  it("records a session at sign-in and puts its id in the token", async () => {
    const user = await createUser();
    const before = Date.now();
    const token = await tokenAfterLogin({ id: user.id, name: user.name, role: user.role, sessionVersion: 0 });
    expect(token.sessionId).toEqual(expect.any(String));
    const row = await prisma.userSession.findUniqueOrThrow({ where: { id: token.sessionId! } });
    expect(row).toMatchObject({ userId: user.id, revokedAt: null });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(SESSION_IDLE_SECONDS * 1000);
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // A second sign-in is a second session.
    const other = await tokenAfterLogin({ id: user.id, name: user.name, role: user.role, sessionVersion: 0 });
    expect(other.sessionId).not.toBe(token.sessionId);
    expect(await prisma.userSession.count({ where: { userId: user.id } })).toBe(2);
  });

  it("refuses an unknown, revoked, expired or another user's session id", async () => {
    const user = await createUser();
    const claims = await signedIn(user);
    expect(await resolveActor({ ...claims, sessionId: "bestaat-niet" })).toBeNull();

    const stranger = await createUser();
    const strangerClaims = await signedIn(stranger);
    expect(await resolveActor({ ...claims, sessionId: strangerClaims.sessionId })).toBeNull();

    const row = await prisma.userSession.findUniqueOrThrow({ where: { id: claims.sessionId } });
    expect(await resolveActor(claims, { now: row.expiresAt })).toBeNull();
    // (Checked second: a successful check that late also slides the idle expiry.)
    expect(await resolveActor(claims, { now: new Date(row.expiresAt.getTime() - 1000) })).not.toBeNull();

    await prisma.userSession.update({ where: { id: claims.sessionId }, data: { revokedAt: new Date() } });
    expect(await resolveActor(claims)).toBeNull();
  });

  it("logging out revokes only that session; the user's other sessions stay", async () => {
    const user = await createUser();
    const identity = { id: user.id, name: user.name, role: user.role, sessionVersion: 0 };
    const laptop = await tokenAfterLogin(identity);
    const phone = await tokenAfterLogin(identity);
    const laptopClaims = readSessionClaims({ ...laptop });
    const phoneClaims = readSessionClaims({ ...phone });

    await logOut(laptop);

    expect(await resolveActor(laptopClaims)).toBeNull();
    expect(await resolveActor(phoneClaims)).not.toBeNull();
    expect(await prisma.userSession.findUniqueOrThrow({ where: { id: laptop.sessionId! } })).toMatchObject({ revokedAt: expect.any(Date) });
    expect(await prisma.userSession.findUniqueOrThrow({ where: { id: phone.sessionId! } })).toMatchObject({ revokedAt: null });
    // Logging out twice, or with a token without a session, changes nothing and does not throw.
    await logOut(laptop);
    await logOut({ userId: user.id });
  });

  it("ending all sessions revokes every session of that user and no one else's", async () => {
    const user = await createUser();
    const bystander = await createUser();
    const first = await signedIn(user);
    const second = await signedIn(user);
    const theirs = await signedIn(bystander);

    await endAllSessions(user.id);

    expect(await resolveActor(first)).toBeNull();
    expect(await resolveActor(second)).toBeNull();
    expect(await prisma.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await resolveActor(theirs)).not.toBeNull();
  });

  it("refuses a disabled user's session even though the row is live", async () => {
    const user = await createUser();
    const claims = await signedIn(user);
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await prisma.userSession.findUniqueOrThrow({ where: { id: claims.sessionId } })).toMatchObject({ revokedAt: null });
    expect(await resolveActor(claims)).toBeNull();
  });

  it("writes lastSeenAt at most once per interval and slides the idle expiry up to the absolute lifetime", async () => {
    const user = await createUser();
    const start = new Date("2026-12-07T08:00:00.000Z");
    const sessionId = await startUserSession(user.id, { now: start });
    const claims = { userId: user.id, sessionVersion: 0, sessionId };
    const row = () => prisma.userSession.findUniqueOrThrow({ where: { id: sessionId } });

    await resolveActor(claims, { now: new Date(start.getTime() + SESSION_TOUCH_INTERVAL_MS - 1000) });
    expect((await row()).lastSeenAt).toEqual(start);

    const later = new Date(start.getTime() + SESSION_TOUCH_INTERVAL_MS);
    await resolveActor(claims, { now: later });
    expect(await row()).toMatchObject({ lastSeenAt: later, expiresAt: new Date(later.getTime() + SESSION_IDLE_SECONDS * 1000) });

    // Active all day: still alive after 8 hours, never beyond the absolute lifetime.
    for (let hour = 1; hour <= 11; hour += 1) {
      expect(await resolveActor(claims, { now: new Date(start.getTime() + hour * HOUR) }), `hour ${hour}`).not.toBeNull();
    }
    expect((await row()).expiresAt).toEqual(new Date(start.getTime() + SESSION_ABSOLUTE_MS));
    expect(await resolveActor(claims, { now: new Date(start.getTime() + SESSION_ABSOLUTE_MS) })).toBeNull();
  });
});
