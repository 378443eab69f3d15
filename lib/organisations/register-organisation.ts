import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { normaliseEmail } from "@/lib/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { registerAccountOnce } from "@/lib/auth/register-account-once";
import { tellOwnerOfRegistrationAttempt } from "@/lib/auth/tell-owner-of-registration-attempt";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { issueEmailToken } from "@/lib/email-verification/issue-email-token";
import { deliverMailSoon } from "@/lib/mail/deliver-mail-soon";
import { admitClient } from "@/lib/security/throttle/admit-client";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { pickOwnerAccountManager } from "./assign-owner-account-manager";
import { organisationRecord } from "./organisation-record";
import { resolveMunicipality, type OrganisationLocation } from "./resolve-municipality";
import { registerOrganisationSchema, type RegisterOrganisationInput } from "./schemas";

/**
 * created: a new organisation with this contact person as its first employer account.
 * joinRequested: the KvK number is known; the account waits for the owner accountmanager's yes.
 * Both: a confirmation link is mailed; nobody else sees the registration before it is opened (decision 019).
 * ownerTold: another account already uses this address; nothing was written, its owner gets a mail.
 * throttled: this client sent too many registrations; nothing was written.
 * The action answers created, joinRequested and ownerTold alike (finding 15.3).
 */
export type RegistrationResult = { outcome: "created" | "joinRequested" | "ownerTold" } | { outcome: "throttled"; message: string };

/**
 * A visitor registers their organisation and themselves as its contact person (E1). A known KvK
 * number never makes a second organisation. Everything is written in one transaction; the same
 * submission twice (double click, resend: same email, KvK number and password) gives the first
 * result again instead of an error or a second record.
 */
export async function registerOrganisation({
  actor,
  input,
  clientAddress,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  clientAddress: string;
  now?: Date;
}): Promise<RegistrationResult> {
  if (actor) {
    throw new AppError("FORBIDDEN", { userMessage: "U bent al ingelogd. Log eerst uit om een nieuwe organisatie aan te melden." });
  }
  const parsed = await registerOrganisationSchema.safeParseAsync(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const data = { ...parsed.data, email: normaliseEmail(parsed.data.email) };
  // Cheap checks first (limit per client, municipality); the argon2 hash for a new and a known address alike.
  const admission = await admitClient(THROTTLE.employerRegistrationClient, clientAddress, { now });
  if (!admission.admitted) return { outcome: "throttled", message: admission.message };
  const location = await resolveMunicipality(data.municipalityCode);
  const passwordHash = await hashPassword(data.password);

  const result = await registerAccountOnce<RegistrationResult | { outcome: "emailTaken" }>({
    email: data.email,
    findRepeated: () => findRepeatedSubmission(data),
    write: async () => {
      const written = await writeRegistration(data, location, passwordHash);
      deliverMailSoon();
      return written;
    },
  });
  if (result.outcome !== "emailTaken") return result;
  await tellOwnerOfRegistrationAttempt({ email: data.email, now });
  return { outcome: "ownerTold" };
}

async function writeRegistration(data: RegisterOrganisationInput, location: OrganisationLocation, passwordHash: string) {
  const now = new Date();
  return prisma.$transaction(async (tx) => {
    // Unverified (emailVerifiedAt null): the organisation or join request stays out of every professional's
    // view, and the accountmanager hears of it, only once the address is confirmed (decision 019).
    const account = { role: "EMPLOYER" as const, email: data.email, name: data.contactName, phone: data.phone, passwordHash, emailVerifiedAt: null };
    const known = await tx.organisation.findUnique({ where: { kvkNumber: data.kvkNumber }, select: { id: true } });

    let userId: string;
    if (known) {
      userId = (await tx.user.create({ data: account, select: { id: true } })).id;
      await tx.organisationJoinRequest.create({ data: { organisationId: known.id, userId } });
    } else {
      const ownerId = await pickOwnerAccountManager(tx, location.municipalityCode);
      const organisation = await tx.organisation.create({ data: organisationRecord(data, location, ownerId), select: { id: true } });
      userId = (await tx.user.create({ data: { ...account, organisationId: organisation.id }, select: { id: true } })).id;
    }
    await issueEmailToken(tx, { userId, email: data.email, purpose: "REGISTRATION", now });
    return { outcome: known ? "joinRequested" : "created" } as RegistrationResult;
  });
}

/** The same person sending the same registration again: same email, same KvK number, same password. */
async function findRepeatedSubmission(data: RegisterOrganisationInput): Promise<RegistrationResult | null> {
  const user = await prisma.user.findUnique({
    where: { email: data.email },
    select: {
      role: true,
      passwordHash: true,
      organisation: { select: { kvkNumber: true } },
      joinRequests: { where: { status: "PENDING", organisation: { kvkNumber: data.kvkNumber } }, select: { id: true } },
    },
  });
  if (!user || user.role !== "EMPLOYER") return null;
  const outcome =
    user.organisation?.kvkNumber === data.kvkNumber ? "created" : user.joinRequests.length > 0 ? "joinRequested" : null;
  if (!outcome || !(await verifyPassword(user.passwordHash, data.password))) return null;
  return { outcome };
}
