import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize-credentials";
import { NO_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import { ensurePartner } from "@/tests/factories/candidates";
import { createWorkArea } from "@/tests/factories/organisations";
import { actorFor } from "@/tests/factories/questions";
import { createAdmin, invitationTokenFromMail, newAccountInput } from "@/tests/factories/user-accounts";
import { createUser } from "@/tests/factories/users";
import { acceptInvitation } from "./accept-invitation";
import { createProfessionalAccount } from "./create-professional-account";
import { findUsableInvitation } from "./find-usable-invitation";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { hashInvitationToken, INVITATION_LIFETIME_MS, newInvitationToken } from "./invitation-token";
import { EMAIL_TAKEN_MESSAGE, INVITATION_LINK_INVALID_MESSAGE } from "./messages";
import { resendInvitation } from "./resend-invitation";
import { revokeInvitation } from "./revoke-invitation";
import { setUserDisabled } from "./set-user-disabled";

const PASSWORD = "Mijn-eerste-wachtwoord-2026";
let ipSequence = 0;
/** A fresh client address per attempt, so only the limit a test is about can apply. */
const nextIp = () => `192.0.2.${(ipSequence += 1) % 250}`;
const accept = (token: string, options: { now?: Date; ip?: string; password?: string } = {}) =>
  acceptInvitation({ input: { token, password: options.password ?? PASSWORD }, clientAddress: options.ip ?? nextIp() }, { now: options.now });

async function invite(overrides: Record<string, unknown> = {}) {
  const { actor } = await createAdmin();
  const input = newAccountInput(overrides);
  const { userId } = await createProfessionalAccount({ actor, input });
  return { actor, userId, email: input.email as string, token: await invitationTokenFromMail(input.email as string) };
}

describe("creating a professional's account", () => {
  it("stores the account without a usable password, one hashed 72-hour invitation, one mail with only the link, and an audit entry", async () => {
    const { actor } = await createAdmin();
    const partner = await ensurePartner("UWV");
    const area = await createWorkArea();
    const input = newAccountInput({
      name: "Fleur de Geheim",
      email: " Fleur.Nieuw@Test.Werkcentrum.nl ",
      role: "ACCOUNT_MANAGER",
      partnerOrganisationId: partner.id,
      workAreaIds: [area.id, area.id],
      focusAreas: ["Zorg"],
      phone: "035 123 45 67",
    });
    const now = new Date();
    const { userId, created } = await createProfessionalAccount({ actor, input }, { now });
    expect(created).toBe(true);

    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { workAreas: true, invitations: true } });
    expect(user).toMatchObject({ email: "fleur.nieuw@test.werkcentrum.nl", role: "ACCOUNT_MANAGER", partnerOrganisationId: partner.id, phone: "035 123 45 67", focusAreas: ["Zorg"] });
    expect(user.passwordHash).toBe(NO_PASSWORD_HASH);
    expect(user.workAreas.map((row) => row.workAreaId)).toEqual([area.id]);
    expect(user.invitations).toHaveLength(1);
    const token = await invitationTokenFromMail(user.email);
    expect(user.invitations[0]).toMatchObject({ tokenHash: hashInvitationToken(token), createdById: actor.userId, usedAt: null, revokedAt: null });
    expect(user.invitations[0]?.expiresAt.getTime()).toBe(now.getTime() + INVITATION_LIFETIME_MS);

    const mails = await prisma.mailMessage.findMany({ where: { toAddress: user.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.dedupeKey).toBe(`invitation:${user.invitations[0]?.id}`);
    expect(`${mails[0]?.textBody}${mails[0]?.htmlBody}`).not.toMatch(/Geheim|Fleur/);
    expect(await prisma.auditLog.count({ where: { action: "user.create", entityId: userId, actorId: actor.userId } })).toBe(1);
  });

  it("gives one account for a double submit, and a Dutch field message for an address that is taken", async () => {
    const { actor } = await createAdmin();
    const input = newAccountInput();
    const [first, second] = await Promise.all([createProfessionalAccount({ actor, input }), createProfessionalAccount({ actor, input })]);
    expect(first.userId).toBe(second.userId);
    expect(await prisma.user.count({ where: { email: input.email } })).toBe(1);
    expect(await prisma.mailMessage.count({ where: { toAddress: input.email } })).toBe(1);

    const again = newAccountInput({ email: input.email.toUpperCase() });
    await expect(createProfessionalAccount({ actor, input: again })).rejects.toMatchObject({ field: "email", userMessage: EMAIL_TAKEN_MESSAGE });
  });

  it("refuses an unknown partner or work area at that field, and invalid input, storing nothing", async () => {
    const { actor } = await createAdmin();
    const before = await prisma.user.count();
    await expect(createProfessionalAccount({ actor, input: newAccountInput({ partnerOrganisationId: "bestaat-niet" }) })).rejects.toMatchObject({ field: "partnerOrganisationId" });
    await expect(createProfessionalAccount({ actor, input: newAccountInput({ workAreaIds: ["bestaat-niet"] }) })).rejects.toMatchObject({ field: "workAreaIds" });
    for (const bad of [{ role: "JOBSEEKER" }, { role: "EMPLOYER" }, { email: "geen-adres" }, { name: "<b>x</b>" }, { submissionKey: "x" }]) {
      await expect(createProfessionalAccount({ actor, input: newAccountInput(bad) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect(await prisma.user.count()).toBe(before);
  });

  it("refuses every other role", async () => {
    for (const role of ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const) {
      const actor = actorFor(await createUser({ role }));
      await expect(createProfessionalAccount({ actor, input: newAccountInput() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("an account whose invitation is not accepted", () => {
  it("cannot sign in with any password, not even the dummy one, and gets no reset mail", async () => {
    const { email } = await invite();
    for (const password of [PASSWORD, "werkcentrum-dummy-password-for-timing", NO_PASSWORD_HASH]) {
      expect(await authorizeCredentials({ email, password, clientAddress: nextIp() })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    }
    expect(await requestPasswordReset({ input: { email }, clientAddress: nextIp() })).toEqual({ outcome: "requested" });
    expect(await prisma.passwordResetToken.count({ where: { user: { email } } })).toBe(0);
    expect(await prisma.mailMessage.count({ where: { toAddress: email, kind: "password.reset" } })).toBe(0);
  });
});

describe("accepting an invitation", () => {
  it("sets the password and spends the invitation in one go; then the person signs in", async () => {
    const { userId, email, token } = await invite();
    expect(await findUsableInvitation(token)).toMatchObject({ userId });
    const now = new Date();
    expect(await accept(token, { now })).toEqual({ outcome: "accepted" });

    const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { invitations: true } });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    expect(user.invitations[0]?.usedAt).toEqual(now);
    expect(user.emailVerifiedAt).toEqual(now); // the link proved the address
    expect(await authorizeCredentials({ email, password: PASSWORD, clientAddress: nextIp() })).toMatchObject({ ok: true });
  });

  it("works once: the same link again is refused and leaves the password alone", async () => {
    const { userId, token } = await invite();
    expect(await accept(token)).toEqual({ outcome: "accepted" });
    const hash = (await prisma.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash;
    expect(await accept(token, { password: "Een-ander-wachtwoord-99" })).toEqual({ outcome: "invalidToken" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash).toBe(hash);
  });

  it("uses a link once even when it is sent twice at the same moment", async () => {
    const { token } = await invite();
    const outcomes = await Promise.all([accept(token), accept(token)]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["accepted", "invalidToken"]);
  });

  it("refuses an expired link; a minute before it expires it would have worked", async () => {
    const { token } = await invite();
    expect(await accept(token, { now: new Date(Date.now() + INVITATION_LIFETIME_MS + 60_000) })).toEqual({ outcome: "invalidToken" });
    expect(await accept(token, { now: new Date(Date.now() + INVITATION_LIFETIME_MS - 60_000) })).toEqual({ outcome: "accepted" });
  });

  it("refuses a revoked link, and the old link after a resend while the new one works", async () => {
    const first = await invite();
    expect(await resendInvitation({ actor: first.actor, input: { userId: first.userId, submissionKey: crypto.randomUUID() } })).toMatchObject({ created: true });
    const newer = await invitationTokenFromMail(first.email);
    expect(newer).not.toBe(first.token);
    expect(await accept(first.token)).toEqual({ outcome: "invalidToken" });

    const second = await invite();
    expect(await revokeInvitation({ actor: second.actor, input: { userId: second.userId } })).toEqual({ revoked: true });
    expect(await revokeInvitation({ actor: second.actor, input: { userId: second.userId } })).toEqual({ revoked: false });
    expect(await accept(second.token)).toEqual({ outcome: "invalidToken" });
    expect(await prisma.auditLog.count({ where: { action: "user.invitation.revoke", entityId: second.userId } })).toBe(1);

    expect(await accept(newer)).toEqual({ outcome: "accepted" });
  });

  it("refuses the link of an account that was blocked since", async () => {
    const { actor, userId, token } = await invite();
    await setUserDisabled({ actor, input: { userId, disabled: true } });
    expect(await accept(token)).toEqual({ outcome: "invalidToken" });
    await setUserDisabled({ actor, input: { userId, disabled: false } });
    // Blocking revoked it for good: unblocking does not bring the old link back.
    expect(await accept(token)).toEqual({ outcome: "invalidToken" });
  });

  it("sets the password of the link's own user only: A's token cannot set B's password", async () => {
    const a = await invite();
    const b = await invite();
    expect(await accept(a.token)).toEqual({ outcome: "accepted" });
    const userB = await prisma.user.findUniqueOrThrow({ where: { id: b.userId } });
    expect(userB.passwordHash).toBe(NO_PASSWORD_HASH);
    expect(await authorizeCredentials({ email: b.email, password: PASSWORD, clientAddress: nextIp() })).toMatchObject({ ok: false });
  });

  it("answers an unknown token the same way and changes nobody; a malformed one with the one Dutch sentence", async () => {
    const before = await prisma.user.findMany({ select: { id: true, passwordHash: true }, orderBy: { id: "asc" } });
    expect(await accept(newInvitationToken())).toEqual({ outcome: "invalidToken" });
    expect(await prisma.user.findMany({ select: { id: true, passwordHash: true }, orderBy: { id: "asc" } })).toEqual(before);
    await expect(accept("../../etc/passwd")).rejects.toThrow(INVITATION_LINK_INVALID_MESSAGE);
    for (const value of ["", "abc", "%E0%A4%A", "x".repeat(10_000), `${newInvitationToken()}=`, undefined, null, 42]) {
      expect(await findUsableInvitation(value)).toBeNull();
    }
  });

  it("limits the attempts per client IP before looking at the token", async () => {
    const { token } = await invite();
    const ip = "198.18.0.9";
    for (let i = 0; i < THROTTLE.invitationClient.max; i += 1) expect(await accept(newInvitationToken(), { ip })).toEqual({ outcome: "invalidToken" });
    expect(await accept(token, { ip })).toEqual({ outcome: "throttled" });
    expect(await accept(token, { ip, now: new Date(Date.now() + THROTTLE.invitationClient.windowMs + 1000) })).toEqual({ outcome: "accepted" });
  });
});

describe("resending an invitation", () => {
  it("sends one mail for a double click and refuses an account that has a password or is blocked", async () => {
    const { actor, userId, email, token } = await invite();
    const input = { userId, submissionKey: crypto.randomUUID() };
    const [one, two] = await Promise.all([resendInvitation({ actor, input }), resendInvitation({ actor, input })]);
    expect(one.invitationId).toBe(two.invitationId);
    expect(await prisma.mailMessage.count({ where: { toAddress: email, kind: "invitation" } })).toBe(2);
    expect(await prisma.auditLog.count({ where: { action: "user.invitation.resend", entityId: userId } })).toBe(1);
    expect(await accept(token)).toEqual({ outcome: "invalidToken" });

    expect(await accept(await invitationTokenFromMail(email))).toEqual({ outcome: "accepted" });
    await expect(resendInvitation({ actor, input: { userId, submissionKey: crypto.randomUUID() } })).rejects.toMatchObject({ code: "CONFLICT" });

    const blocked = await invite();
    await setUserDisabled({ actor: blocked.actor, input: { userId: blocked.userId, disabled: true } });
    await expect(resendInvitation({ actor: blocked.actor, input: { userId: blocked.userId, submissionKey: crypto.randomUUID() } })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("is for professionals' accounts only, and ADMIN only", async () => {
    const { actor } = await createAdmin();
    const resident = await createUser({ role: "JOBSEEKER" });
    await expect(resendInvitation({ actor, input: { userId: resident.id, submissionKey: crypto.randomUUID() } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeInvitation({ actor, input: { userId: resident.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { userId } = await invite();
    for (const role of ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const) {
      const other = actorFor(await createUser({ role }));
      await expect(resendInvitation({ actor: other, input: { userId, submissionKey: crypto.randomUUID() } })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(revokeInvitation({ actor: other, input: { userId } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
