import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { readSessionClaims, resolveActor } from "@/lib/auth/resolve-actor";
import { startUserSession } from "@/lib/auth/start-user-session";
import { prisma } from "@/lib/db";
import { confirmEmail } from "@/lib/email-verification/confirm-email";
import { EMAIL_TOKEN_LIFETIME_MS, hashEmailToken, newEmailToken } from "@/lib/email-verification/email-token";
import { tokenFromLatestMail } from "@/tests/factories/email-verification";
import { actorFor } from "@/tests/factories/questions";
import { createUser, TEST_PASSWORD, uniqueSuffix } from "@/tests/factories/users";
import { changePassword } from "./change-password";
import { CURRENT_PASSWORD_LIMIT } from "./current-password-check";
import { TOO_MANY_WRONG_PASSWORDS_MESSAGE, WRONG_CURRENT_PASSWORD_MESSAGE } from "./messages";
import { requestEmailChange } from "./request-email-change";

const NEW_PASSWORD = "Nieuw-wachtwoord-Gooi-2026";
const newAddress = () => `nieuw-${uniqueSuffix()}@example.nl`;

async function liveSessions(userId: string, count: number) {
  const ids = await Promise.all(Array.from({ length: count }, () => startUserSession(userId)));
  return ids.map((sessionId) => readSessionClaims({ userId, sessionVersion: 0, sessionId }));
}

describe("changing the own password", () => {
  it("with the current password: stores the new one, spends reset links, ends every session and is audited without personal data", async () => {
    const user = await createUser({ role: "EMPLOYER", name: "Jansen Geheim" });
    const devices = await liveSessions(user.id, 2);
    await prisma.passwordResetToken.create({ data: { userId: user.id, tokenHash: hashEmailToken(newEmailToken()), expiresAt: new Date(Date.now() + 60_000) } });

    expect(await changePassword({ actor: actorFor(user), input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } })).toEqual({ changed: true });

    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, NEW_PASSWORD)).toBe(true);
    for (const device of devices) expect(await resolveActor(device)).toBeNull();
    expect(await prisma.passwordResetToken.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
    const audit = await prisma.auditLog.findMany({ where: { actorId: user.id, action: "account.changePassword" } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0], (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value))).not.toMatch(/Jansen|@/);
  });

  it("refuses a wrong current password at its field, counts it, and after 5 refuses even the right one for a while", async () => {
    const user = await createUser();
    const actor = actorFor(user);
    const wrong = { currentPassword: "niet-mijn-wachtwoord", newPassword: NEW_PASSWORD };
    for (let i = 0; i < CURRENT_PASSWORD_LIMIT.max; i += 1) {
      await expect(changePassword({ actor, input: wrong })).rejects.toMatchObject({ field: "currentPassword", userMessage: WRONG_CURRENT_PASSWORD_MESSAGE });
    }
    await expect(changePassword({ actor, input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD } })).rejects.toMatchObject({
      code: "RATE_LIMITED",
      userMessage: TOO_MANY_WRONG_PASSWORDS_MESSAGE,
    });
    const later = new Date(Date.now() + CURRENT_PASSWORD_LIMIT.windowMs + 60_000);
    await expect(changePassword({ actor, input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD }, now: later })).resolves.toEqual({ changed: true });
  });

  it("applies the password policy with the reset page's messages", async () => {
    const user = await createUser();
    await expect(changePassword({ actor: actorFor(user), input: { currentPassword: TEST_PASSWORD, newPassword: "kort" } })).rejects.toThrow();
    await expect(changePassword({ actor: actorFor(user), input: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } })).rejects.toMatchObject({ field: "newPassword" });
  });
});

describe("changing the own e-mail address", () => {
  it("keeps the old address until the link to the new one is opened; then switches, ends every session and spends the link", async () => {
    const user = await createUser({ role: "JOBSEEKER" });
    const devices = await liveSessions(user.id, 2);
    const target = newAddress();

    expect(await requestEmailChange({ actor: actorFor(user), input: { newEmail: ` ${target.toUpperCase()} `, currentPassword: TEST_PASSWORD } })).toEqual({ requested: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    const notice = await prisma.mailMessage.findFirstOrThrow({ where: { toAddress: user.email, kind: "email.changeNotice" } });
    expect(notice.textBody).not.toContain("/e-mail-bevestigen/");
    const token = await tokenFromLatestMail(target, "email.change");
    const stored = await prisma.emailVerificationToken.findFirstOrThrow({ where: { userId: user.id, purpose: "CHANGE", usedAt: null } });
    expect(stored.tokenHash).toBe(hashEmailToken(token));
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(EMAIL_TOKEN_LIFETIME_MS);

    expect(await confirmEmail({ token })).toEqual({ outcome: "changed" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(target);
    for (const device of devices) expect(await resolveActor(device)).toBeNull();
    expect(await confirmEmail({ token })).toEqual({ outcome: "invalidToken" });
    expect(await prisma.auditLog.count({ where: { actorId: user.id, action: "account.changeEmail" } })).toBe(1);
  });

  it("answers the same for an address another account has, and changes and sends nothing", async () => {
    const user = await createUser();
    const other = await createUser();
    const mailsBefore = await prisma.mailMessage.count();
    expect(await requestEmailChange({ actor: actorFor(user), input: { newEmail: other.email, currentPassword: TEST_PASSWORD } })).toEqual({ requested: true });
    expect(await prisma.mailMessage.count()).toBe(mailsBefore);
    expect(await prisma.emailVerificationToken.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("changes nothing when the address was taken between the request and the click", async () => {
    const user = await createUser();
    const target = newAddress();
    await requestEmailChange({ actor: actorFor(user), input: { newEmail: target, currentPassword: TEST_PASSWORD } });
    const token = await tokenFromLatestMail(target, "email.change");
    await createUser({ email: target });
    expect(await confirmEmail({ token })).toEqual({ outcome: "invalidToken" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("refuses an expired link, an unknown one, a superseded one and a malformed one", async () => {
    const user = await createUser();
    const first = newAddress();
    const issuedAt = new Date(Date.now() - EMAIL_TOKEN_LIFETIME_MS - 60_000);
    await requestEmailChange({ actor: actorFor(user), input: { newEmail: first, currentPassword: TEST_PASSWORD }, now: issuedAt });
    const expired = await tokenFromLatestMail(first, "email.change");
    expect(await confirmEmail({ token: expired })).toEqual({ outcome: "invalidToken" });

    const second = newAddress();
    const third = newAddress();
    await requestEmailChange({ actor: actorFor(user), input: { newEmail: second, currentPassword: TEST_PASSWORD } });
    const superseded = await tokenFromLatestMail(second, "email.change");
    await requestEmailChange({ actor: actorFor(user), input: { newEmail: third, currentPassword: TEST_PASSWORD } });
    expect(await confirmEmail({ token: superseded })).toEqual({ outcome: "invalidToken" });
    expect(await confirmEmail({ token: newEmailToken() })).toEqual({ outcome: "invalidToken" });
    await expect(confirmEmail({ token: "../../etc/passwd" })).rejects.toThrow();
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("refuses a wrong current password at its field and stores nothing", async () => {
    const user = await createUser();
    await expect(requestEmailChange({ actor: actorFor(user), input: { newEmail: newAddress(), currentPassword: "fout-wachtwoord" } })).rejects.toMatchObject({
      field: "currentPassword",
    });
    expect(await prisma.emailVerificationToken.count({ where: { userId: user.id } })).toBe(0);
  });
});
