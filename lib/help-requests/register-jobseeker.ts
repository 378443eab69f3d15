import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { normaliseEmail } from "@/lib/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { registerAccountOnce } from "@/lib/auth/register-account-once";
import { tellOwnerOfRegistrationAttempt } from "@/lib/auth/tell-owner-of-registration-attempt";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { issueEmailToken } from "@/lib/email-verification/issue-email-token";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { deliverMailSoon } from "@/lib/mail/deliver-mail-soon";
import { admitClient } from "@/lib/security/throttle/admit-client";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { confirmationSelect, createHelpRequestRecord, toConfirmation, type HelpRequestConfirmation } from "./create-help-request-record";
import { STALE_FORM_MESSAGE } from "@/lib/forms/submission-key";
import { OUTSIDE_REGION, registerJobseekerSchema, type RegisterJobseekerInput } from "./schemas";

/**
 * created: a new account, candidate record and routed help request (the confirmation says where it went).
 * ownerTold: another account already uses this address; nothing was written, its owner gets a mail.
 * throttled: this client sent too many registrations; nothing was written.
 * The action answers created and ownerTold alike (finding 15.3): the visitor never learns which it was.
 */
export type JobseekerRegistrationResult =
  | ({ outcome: "created" } & HelpRequestConfirmation)
  | { outcome: "ownerTold" }
  | { outcome: "throttled"; message: string };

/**
 * A visitor creates an account and states a help question (J1). One transaction writes the user
 * (JOBSEEKER), the candidate record, the routed help request and, when given, the consent to share
 * with the partners. The same submission twice (double click, resend: same submissionKey, email and
 * password) gives the first result again: one account, one request.
 */
export async function registerJobseeker({
  actor,
  input,
  clientAddress,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  clientAddress: string;
  now?: Date;
}): Promise<JobseekerRegistrationResult> {
  if (actor) {
    throw new AppError("FORBIDDEN", { userMessage: "U bent al ingelogd. Stel uw hulpvraag vanuit uw eigen omgeving." });
  }
  const parsed = await registerJobseekerSchema.safeParseAsync(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const data = { ...parsed.data, email: normaliseEmail(parsed.data.email) };
  // Cheap checks first: the limit per client, then the municipality; the argon2 hash (for a new and a known
  // address alike, so both take as long) only after them.
  const admission = await admitClient(THROTTLE.residentRegistrationClient, clientAddress, { now });
  if (!admission.admitted) return { outcome: "throttled", message: admission.message };
  const municipalityCode = await resolveMunicipalityCode(data.municipalityCode);
  const passwordHash = await hashPassword(data.password);

  const result = await registerAccountOnce<JobseekerRegistrationResult>({
    email: data.email,
    findRepeated: () => findRepeatedSubmission(data),
    write: async () => {
      const confirmation = await writeRegistration(data, municipalityCode, passwordHash, now);
      deliverMailSoon();
      return { outcome: "created", ...confirmation };
    },
  });
  if (result.outcome !== "emailTaken") return result;
  await tellOwnerOfRegistrationAttempt({ email: data.email, submissionKey: data.submissionKey, now });
  return { outcome: "ownerTold" };
}

async function resolveMunicipalityCode(code: string): Promise<string | null> {
  if (code === OUTSIDE_REGION) return null;
  const municipality = await prisma.municipality.findUnique({ where: { code }, select: { code: true } });
  if (!municipality) throw new FieldInputError("municipalityCode", "Kies uw gemeente uit de lijst.");
  return municipality.code;
}

function writeRegistration(data: RegisterJobseekerInput, municipalityCode: string | null, passwordHash: string, now: Date) {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      // Unverified: the help request stays out of the team's queue until the address is confirmed (decision 019).
      data: { role: "JOBSEEKER", email: data.email, name: `${data.firstName} ${data.lastName}`, passwordHash, emailVerifiedAt: null },
      select: { id: true },
    });
    const candidate = await tx.candidate.create({
      data: {
        userId: user.id,
        firstName: data.firstName,
        lastName: data.lastName,
        email: data.email,
        birthDate: new Date(`${data.birthDate}T00:00:00.000Z`),
        municipalityCode,
      },
      select: { id: true, birthDate: true },
    });
    await issueEmailToken(tx, { userId: user.id, email: data.email, purpose: "REGISTRATION", now });
    return createHelpRequestRecord(tx, {
      candidate,
      question: data.question,
      text: data.text,
      shareWithPartners: data.shareWithPartners,
      submissionKey: data.submissionKey,
      now,
    });
  });
}

/** The same visitor sending the same form again: same key, same email, same password. */
async function findRepeatedSubmission(data: RegisterJobseekerInput): Promise<JobseekerRegistrationResult | null> {
  const request = await prisma.helpRequest.findUnique({
    where: { submissionKey: data.submissionKey },
    select: { ...confirmationSelect, candidate: { select: { user: { select: { email: true, passwordHash: true } } } } },
  });
  if (!request) return null;
  const user = request.candidate.user;
  if (!user || user.email !== data.email || !(await verifyPassword(user.passwordHash, data.password))) {
    throw new AppError("CONFLICT", { userMessage: STALE_FORM_MESSAGE });
  }
  return { outcome: "created", ...toConfirmation(request) };
}
