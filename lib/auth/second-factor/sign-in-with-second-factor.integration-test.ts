import type { User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { codeFor, enableSecondFactor } from "@/tests/factories/second-factor";
import { createUser, TEST_PASSWORD } from "@/tests/factories/users";
import { authorizeCredentials } from "../authorize-credentials";
import { authOptions, authorizeLogin } from "../config";
import { readSessionClaims, resolveActor, resolveEnrolmentActor } from "../resolve-actor";
import { confirmSecondFactorEnrolment } from "./confirm-enrolment";
import { openTotpSecret } from "./secret-box";
import { startSecondFactorEnrolment } from "./start-enrolment";
import { THROTTLE } from "@/lib/security/throttle/policies";

const { firstDelayMs: FIRST_WAIT_MS, freeFailures: FREE_FAILURES, maxDelayMs: MAX_WAIT_MS } = THROTTLE.secondFactorAccount;

let ipSequence = 0;
const nextIp = () => `203.0.113.${(ipSequence += 1) % 250}`;
const signIn = (email: string, code?: string, options: { password?: string; now?: Date } = {}) =>
  authorizeCredentials({ email, password: options.password ?? TEST_PASSWORD, code, clientAddress: nextIp() }, { now: options.now });
/** A 6-digit code that is not the current one (nor one step either side). */
async function wrongCode(secret: string, now = new Date()): Promise<string> {
  const right = new Set(await Promise.all([-30_000, 0, 30_000].map((ms) => codeFor(secret, new Date(now.getTime() + ms)))));
  for (let n = 0; ; n += 1) {
    const code = String(n).padStart(6, "0");
    if (!right.has(code)) return code;
  }
}

/** The claims the session cookie carries after next-auth's jwt and session callbacks at sign-in. */
async function sessionClaimsAfterSignIn(user: User) {
  const callbacks = authOptions.callbacks!;
  const token = (await callbacks.jwt!({ token: { sub: user.id }, user, account: null, trigger: "signIn" } as never)) as JWT;
  return readSessionClaims(await callbacks.session!({ session: { expires: "2099-01-01T00:00:00.000Z" }, token, user } as never));
}

afterEach(() => {
  delete process.env.DEMO_MODE;
});

describe("signing in with the second factor on", () => {
  it("asks for a code after the right password, and only then", async () => {
    const user = await createUser({ role: "EMPLOYER" });
    await enableSecondFactor(user.id);
    expect(await signIn(user.email)).toEqual({ ok: false, reason: "SECOND_FACTOR_REQUIRED" });
    expect(await signIn(user.email, "")).toEqual({ ok: false, reason: "SECOND_FACTOR_REQUIRED" });
    expect(await signIn(user.email, undefined, { password: "fout-wachtwoord" })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).toBeNull();
  });

  it("accepts the current code once; a wrong or replayed code is refused; a wrong password is refused whatever the code", async () => {
    const user = await createUser({ role: "JOB_MEDIATOR" });
    const { secret } = await enableSecondFactor(user.id);
    const code = await codeFor(secret);
    expect(await signIn(user.email, code, { password: "fout-wachtwoord" })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    expect(await signIn(user.email, await wrongCode(secret))).toEqual({ ok: false, reason: "SECOND_FACTOR_INVALID" });
    const accepted = await signIn(user.email, ` ${code.slice(0, 3)} ${code.slice(3)} `);
    expect(accepted).toMatchObject({ ok: true, user: { id: user.id, mustEnrolSecondFactor: false } });
    expect(await signIn(user.email, code)).toEqual({ ok: false, reason: "SECOND_FACTOR_INVALID" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("accepts a code of one step before or after, not two", async () => {
    const user = await createUser();
    const { secret } = await enableSecondFactor(user.id);
    const now = new Date();
    expect(await signIn(user.email, await codeFor(secret, new Date(now.getTime() - 60_000)), { now })).toMatchObject({ reason: "SECOND_FACTOR_INVALID" });
    expect(await signIn(user.email, await codeFor(secret, new Date(now.getTime() - 30_000)), { now })).toMatchObject({ ok: true });
  });

  it("accepts each recovery code once, typed in any case", async () => {
    const user = await createUser({ role: "ADMIN" });
    const { recoveryCodes } = await enableSecondFactor(user.id);
    const [first, second] = recoveryCodes as [string, string];
    expect(await signIn(user.email, first.toLowerCase())).toMatchObject({ ok: true });
    expect(await signIn(user.email, first)).toEqual({ ok: false, reason: "SECOND_FACTOR_INVALID" });
    expect(await signIn(user.email, second.replace("-", " "))).toMatchObject({ ok: true });
    expect(await prisma.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(8);
    // Only hashes are stored.
    const stored = await prisma.recoveryCode.findMany({ where: { userId: user.id } });
    expect(JSON.stringify(stored)).not.toContain(first.replace("-", ""));
  });

  it("makes wrong codes wait longer and longer, at most a quarter of an hour", async () => {
    const user = await createUser({ role: "ACCOUNT_MANAGER" });
    const { secret } = await enableSecondFactor(user.id);
    const start = new Date();
    const wrong = await wrongCode(secret, start);
    for (let i = 0; i < FREE_FAILURES; i += 1) expect(await signIn(user.email, wrong, { now: start })).toMatchObject({ reason: "SECOND_FACTOR_INVALID" });
    // Now even the right code is refused until the delay has passed.
    expect(await signIn(user.email, await codeFor(secret, start), { now: start })).toEqual({ ok: false, reason: "SECOND_FACTOR_THROTTLED" });
    const later = new Date(start.getTime() + FIRST_WAIT_MS + 1000);
    expect(await signIn(user.email, await wrongCode(secret, later), { now: later })).toMatchObject({ reason: "SECOND_FACTOR_INVALID" });
    const tooSoon = new Date(later.getTime() + FIRST_WAIT_MS + 1000);
    expect(await signIn(user.email, await codeFor(secret, tooSoon), { now: tooSoon })).toMatchObject({ reason: "SECOND_FACTOR_THROTTLED" });
    // However many failures there were, the owner waits at most MAX_WAIT_MS after the last one.
    const owner = new Date(later.getTime() + MAX_WAIT_MS + 1000);
    expect(await signIn(user.email, await codeFor(secret, owner), { now: owner })).toMatchObject({ ok: true });
    // A success starts the count again.
    expect(await signIn(user.email, await wrongCode(secret, owner), { now: owner })).toMatchObject({ reason: "SECOND_FACTOR_INVALID" });
    // The attempts are stored under a keyed hash, not the user id.
    const attempts = await prisma.throttleEvent.findMany({ where: { scope: "second-factor.account" } });
    expect(attempts.length).toBeGreaterThan(0);
    expect(attempts.every((attempt) => /^[0-9a-f]{64}$/.test(attempt.key) && attempt.key !== user.id)).toBe(true);
  });

  it("gives next-auth a distinct error code for each refusal of the second step", async () => {
    const user = await createUser();
    const { secret } = await enableSecondFactor(user.id);
    const req = { headers: { "x-forwarded-for": nextIp() } };
    await expect(authorizeLogin({ email: user.email, password: TEST_PASSWORD }, req)).rejects.toThrow("SecondFactorRequired");
    await expect(authorizeLogin({ email: user.email, password: TEST_PASSWORD, code: await wrongCode(secret) }, req)).rejects.toThrow("SecondFactorInvalid");
    expect(await authorizeLogin({ email: user.email, password: TEST_PASSWORD, code: await codeFor(secret) }, req)).toMatchObject({ id: user.id });
  });

  it("stores the secret encrypted and refuses to use a stored secret that was changed", async () => {
    const user = await createUser();
    const { secret } = await enableSecondFactor(user.id);
    const stored = (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret!;
    expect(stored).not.toContain(secret);
    expect(openTotpSecret(stored, user.id)).toBe(secret);
    const other = await createUser();
    await prisma.user.update({ where: { id: other.id }, data: { totpSecret: stored, totpEnabledAt: new Date() } });
    // Copied to another user's row, the value does not decrypt: that sign-in fails closed.
    await expect(signIn(other.email, await codeFor(secret))).rejects.toThrow();
  });
});

describe("professionals without a second factor", () => {
  it("get a session that must enrol: refused by resolveActor until enrolled, then a normal one", async () => {
    const user = await createUser({ role: "REGIONAL_STAFF" });
    const result = await signIn(user.email);
    expect(result).toMatchObject({ ok: true, user: { mustEnrolSecondFactor: true } });
    const claims = await sessionClaimsAfterSignIn((result as { user: User }).user);
    const other = await sessionClaimsAfterSignIn((await signIn(user.email) as { user: User }).user);
    expect(await resolveActor(claims)).toBeNull();
    const actor = await resolveEnrolmentActor(claims);
    expect(actor).toMatchObject({ userId: user.id, role: "REGIONAL_STAFF" });

    await startSecondFactorEnrolment({ actor: actor! });
    const sealed = (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret!;
    const secret = openTotpSecret(sealed, user.id);
    const code = await codeFor(secret);
    const { recoveryCodes } = await confirmSecondFactorEnrolment({ actor: actor!, sessionId: claims!.sessionId, input: { code } });
    expect(recoveryCodes).toHaveLength(10);

    expect(await resolveActor(claims)).toMatchObject({ userId: user.id });
    expect(await resolveEnrolmentActor(claims)).toBeNull();
    // The other password-only session ended; the enrolment code cannot sign in again.
    expect(await resolveActor(other)).toBeNull();
    expect(await resolveEnrolmentActor(other)).toBeNull();
    expect(await signIn(user.email, code)).toMatchObject({ reason: "SECOND_FACTOR_INVALID" });
    expect(await signIn(user.email, recoveryCodes[0])).toMatchObject({ ok: true, user: { mustEnrolSecondFactor: false } });
  });

  it("employers and residents without a second factor sign in with the password alone", async () => {
    for (const role of ["EMPLOYER", "JOBSEEKER"] as const) {
      const user = await createUser({ role });
      expect(await signIn(user.email)).toMatchObject({ ok: true, user: { mustEnrolSecondFactor: false } });
    }
  });
});

describe("the demo exemption", () => {
  it("lets the demo accounts sign in with the password alone only with DEMO_MODE=on", async () => {
    const professional = await createUser({ role: "ACCOUNT_MANAGER", email: "accountmanager@demo.werkcentrum.nl" });
    const withSecondFactor = await createUser({ role: "ADMIN", email: "beheer@demo.werkcentrum.nl" });
    const lookalike = await createUser({ role: "JOB_MEDIATOR", email: "bemiddelaar2@demo.werkcentrum.nl" });
    await enableSecondFactor(withSecondFactor.id);

    process.env.DEMO_MODE = "on";
    expect(await signIn(professional.email)).toMatchObject({ ok: true, user: { mustEnrolSecondFactor: false } });
    expect(await signIn(withSecondFactor.email)).toMatchObject({ ok: true, user: { mustEnrolSecondFactor: false } });
    expect(await signIn(lookalike.email)).toMatchObject({ ok: true, user: { mustEnrolSecondFactor: true } });

    for (const value of [undefined, "off", "true", "ON"]) {
      if (value === undefined) delete process.env.DEMO_MODE;
      else process.env.DEMO_MODE = value;
      expect(await signIn(professional.email), value).toMatchObject({ ok: true, user: { mustEnrolSecondFactor: true } });
      expect(await signIn(withSecondFactor.email), value).toEqual({ ok: false, reason: "SECOND_FACTOR_REQUIRED" });
    }
  });
});
