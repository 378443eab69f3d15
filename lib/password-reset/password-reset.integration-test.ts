import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { startUserSession } from "@/lib/auth/start-user-session";
import { prisma } from "@/lib/db";
import { createUser, TEST_PASSWORD } from "@/tests/factories/users";
import { findUsableResetToken } from "./find-usable-reset-token";
import { RESET_LINK_INVALID_MESSAGE } from "./messages";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { THROTTLE } from "@/lib/security/throttle/policies";

const RESET_ACCOUNT_LIMIT = THROTTLE.passwordResetAccount;
const RESET_IP_LIMIT = THROTTLE.passwordResetClient;
import { hashResetToken, newResetToken, RESET_TOKEN_LIFETIME_MS } from "./reset-token";

const NEW_PASSWORD = "Nieuw-wachtwoord-Gooi-2026";
let ipSequence = 0;
/** A fresh client address per request, so only the limit a test is about can apply. */
const nextIp = () => `198.51.100.${(ipSequence += 1)}`;

/** Asks for a reset link (typed as `typed`, default the address itself) and returns the plain token as the mail carries it. */
async function requestTokenFromMail(email: string, now?: Date, typed = email): Promise<string> {
  expect(await requestPasswordReset({ input: { email: typed }, clientAddress: nextIp() }, { now })).toEqual({ outcome: "requested" });
  const mail = await prisma.mailMessage.findFirstOrThrow({ where: { toAddress: email, kind: "password.reset" }, orderBy: { createdAt: "desc" } });
  const token = mail.textBody.match(/\/wachtwoord-herstellen\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error("no reset link in the mail");
  return token;
}

describe("requesting a password reset", () => {
  it("answers an unknown address the same way and stores no token and no mail", async () => {
    const email = "onbekend-reset@test.werkcentrum.nl";
    const tokensBefore = await prisma.passwordResetToken.count();
    expect(await requestPasswordReset({ input: { email }, clientAddress: nextIp() })).toEqual({ outcome: "requested" });
    expect(await prisma.passwordResetToken.count()).toBe(tokensBefore);
    expect(await prisma.mailMessage.count({ where: { toAddress: email } })).toBe(0);
  });

  it("gives an active account one token, stored as its hash only, and one mail with just the link", async () => {
    const user = await createUser({ name: "Jansen Geheim" });
    const now = new Date();
    // Typed in capitals with spaces around it: the address is normalised as at login.
    const token = await requestTokenFromMail(user.email, now, `  ${user.email.toUpperCase()} `);

    const tokens = await prisma.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.tokenHash).toBe(hashResetToken(token));
    expect(tokens[0]?.tokenHash).not.toContain(token);
    expect(tokens[0]?.expiresAt.getTime()).toBe(now.getTime() + RESET_TOKEN_LIFETIME_MS);
    expect(tokens[0]?.usedAt).toBeNull();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);

    const mails = await prisma.mailMessage.findMany({ where: { toAddress: user.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.dedupeKey).toBe(`password-reset:${tokens[0]?.id}`);
    expect(mails[0]?.textBody).toContain(`/wachtwoord-herstellen/${token}`);
    expect(`${mails[0]?.textBody}${mails[0]?.htmlBody}`).not.toContain("Jansen");
    // The plain token is nowhere in the database but in the mail itself.
    const [row] = await prisma.$queryRaw<{ hits: bigint }[]>`
      SELECT count(*) AS hits FROM "PasswordResetToken" WHERE "tokenHash" LIKE ${`%${token}%`} OR "id" LIKE ${`%${token}%`}`;
    expect(Number(row?.hits)).toBe(0);
  });

  it("sends no mail to a disabled account", async () => {
    const user = await createUser({ disabledAt: new Date() });
    expect(await requestPasswordReset({ input: { email: user.email }, clientAddress: nextIp() })).toEqual({ outcome: "requested" });
    expect(await prisma.passwordResetToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.mailMessage.count({ where: { toAddress: user.email } })).toBe(0);
  });

  it("limits the requests per address, for known and unknown addresses alike", async () => {
    const user = await createUser();
    for (let i = 0; i < RESET_ACCOUNT_LIMIT.max; i += 1) {
      expect(await requestPasswordReset({ input: { email: user.email }, clientAddress: nextIp() })).toEqual({ outcome: "requested" });
    }
    expect(await requestPasswordReset({ input: { email: user.email }, clientAddress: nextIp() })).toMatchObject({ outcome: "throttled" });
    expect(await prisma.mailMessage.count({ where: { toAddress: user.email } })).toBe(RESET_ACCOUNT_LIMIT.max);

    const unknown = "niemand-reset@test.werkcentrum.nl";
    for (let i = 0; i < RESET_ACCOUNT_LIMIT.max; i += 1) await requestPasswordReset({ input: { email: unknown }, clientAddress: nextIp() });
    expect(await requestPasswordReset({ input: { email: unknown }, clientAddress: nextIp() })).toMatchObject({ outcome: "throttled" });

    // An hour later the address may ask again.
    const later = new Date(Date.now() + RESET_ACCOUNT_LIMIT.windowMs + 60_000);
    expect(await requestPasswordReset({ input: { email: user.email }, clientAddress: nextIp() }, { now: later })).toEqual({ outcome: "requested" });
  });

  it("limits the requests per IP address across addresses", async () => {
    const ip = "203.0.113.77";
    for (let i = 0; i < RESET_IP_LIMIT.max; i += 1) {
      expect(await requestPasswordReset({ input: { email: `spray-reset-${i}@test.werkcentrum.nl` }, clientAddress: ip })).toEqual({ outcome: "requested" });
    }
    const user = await createUser();
    expect(await requestPasswordReset({ input: { email: user.email }, clientAddress: ip })).toMatchObject({ outcome: "throttled" });
    expect(await prisma.mailMessage.count({ where: { toAddress: user.email } })).toBe(0);
    expect(await requestPasswordReset({ input: { email: user.email }, clientAddress: nextIp() })).toEqual({ outcome: "requested" });
  });
});

describe("setting a new password with the link", () => {
  it("changes the password, ends all sessions and spends this and every other reset token of the user", async () => {
    const user = await createUser();
    const sessionIds = [await startUserSession(user.id), await startUserSession(user.id)];
    const older = await requestTokenFromMail(user.email);
    const token = await requestTokenFromMail(user.email);
    const now = new Date();

    expect(await resetPassword({ token, password: NEW_PASSWORD }, { now })).toEqual({ outcome: "changed" });

    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, TEST_PASSWORD)).toBe(false);
    expect(stored.sessionVersion).toBe(user.sessionVersion + 1);
    const sessions = await prisma.userSession.findMany({ where: { id: { in: sessionIds } } });
    expect(sessions.map((session) => session.revokedAt)).not.toContain(null);
    const tokens = await prisma.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(tokens).toHaveLength(2);
    expect(tokens.map((row) => row.usedAt?.getTime())).toEqual([now.getTime(), now.getTime()]);

    // Single use: neither this link nor the older one works again.
    expect(await resetPassword({ token, password: "Nog-een-ander-wachtwoord-9" })).toEqual({ outcome: "invalidToken" });
    expect(await resetPassword({ token: older, password: "Nog-een-ander-wachtwoord-9" })).toEqual({ outcome: "invalidToken" });
    const after = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.passwordHash).toBe(stored.passwordHash);
  });

  it("refuses an expired link and leaves the password alone", async () => {
    const user = await createUser();
    const issuedAt = new Date(Date.now() - RESET_TOKEN_LIFETIME_MS - 60_000);
    const token = await requestTokenFromMail(user.email, issuedAt);
    expect(await resetPassword({ token, password: NEW_PASSWORD })).toEqual({ outcome: "invalidToken" });
    // One minute before it expires it would still have worked.
    const justInTime = new Date(issuedAt.getTime() + RESET_TOKEN_LIFETIME_MS - 60_000);
    expect(await resetPassword({ token, password: NEW_PASSWORD }, { now: justInTime })).toEqual({ outcome: "changed" });
  });

  it("refuses an unknown token, and a token of a user who was disabled since", async () => {
    const before = await prisma.user.findMany({ select: { id: true, passwordHash: true }, orderBy: { id: "asc" } });
    expect(await resetPassword({ token: newResetToken(), password: NEW_PASSWORD })).toEqual({ outcome: "invalidToken" });
    expect(await prisma.user.findMany({ select: { id: true, passwordHash: true }, orderBy: { id: "asc" } })).toEqual(before);

    const user = await createUser();
    const token = await requestTokenFromMail(user.email);
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await resetPassword({ token, password: NEW_PASSWORD })).toEqual({ outcome: "invalidToken" });
  });

  it("uses a token for its own user only", async () => {
    const owner = await createUser();
    const other = await createUser();
    const token = await requestTokenFromMail(owner.email);
    expect(await resetPassword({ token, password: NEW_PASSWORD })).toEqual({ outcome: "changed" });
    const untouched = await prisma.user.findUniqueOrThrow({ where: { id: other.id } });
    expect(untouched.passwordHash).toBe(other.passwordHash);
    expect(untouched.sessionVersion).toBe(other.sessionVersion);
  });

  it("refuses a malformed token with the one Dutch message, and the page's look-up answers null for any path value", async () => {
    await expect(resetPassword({ token: "../../etc/passwd", password: NEW_PASSWORD })).rejects.toThrow(RESET_LINK_INVALID_MESSAGE);
    for (const value of ["", "abc", "%E0%A4%A", "x".repeat(10_000), `${newResetToken()}=`, undefined, null, 42]) {
      expect(await findUsableResetToken(value)).toBeNull();
    }
    expect(await findUsableResetToken(newResetToken())).toBeNull();
    const user = await createUser();
    const token = await requestTokenFromMail(user.email);
    expect(await findUsableResetToken(token)).toMatchObject({ userId: user.id });
    expect(await findUsableResetToken(token, { now: new Date(Date.now() + RESET_TOKEN_LIFETIME_MS + 1000) })).toBeNull();
  });
});
