import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { normaliseEmail } from "@/lib/auth/login-throttle";
import { NO_PASSWORD_HASH } from "@/lib/auth/password";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { deliverMailSoon } from "@/lib/mail/deliver-mail-soon";
import { checkAccountReferences } from "./check-account-references";
import { issueInvitation } from "./issue-invitation";
import { EMAIL_TAKEN_MESSAGE } from "./messages";
import { createProfessionalAccountSchema } from "./schemas";

export type CreatedAccount = { userId: string; created: boolean };

/**
 * ADMIN creates an account for a professional (O1). The account has no password (it cannot sign in);
 * the person gets an invitation mail with a single-use link to choose one. Account, work areas,
 * invitation, mail and audit entry are one transaction; the same submissionKey twice gives the one account.
 */
export async function createProfessionalAccount({ actor, input }: { actor: Actor; input: unknown }, options: { now?: Date } = {}): Promise<CreatedAccount> {
  assertCan(actor, "users.manage");
  const parsed = createProfessionalAccountSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { submissionKey, workAreaIds, ...fields } = parsed.data;
  const email = normaliseEmail(fields.email);
  const now = options.now ?? new Date();

  const repeated = await findBySubmissionKey(actor, submissionKey);
  if (repeated) return repeated;
  await checkAccountReferences(prisma, { partnerOrganisationId: fields.partnerOrganisationId, workAreaIds });
  if (await isEmailTaken(email)) throw new FieldInputError("email", EMAIL_TAKEN_MESSAGE);

  try {
    const userId = await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email,
          name: fields.name,
          role: fields.role,
          passwordHash: NO_PASSWORD_HASH,
          phone: fields.phone || null,
          focusAreas: fields.focusAreas,
          partnerOrganisationId: fields.partnerOrganisationId,
          workAreas: { create: workAreaIds.map((workAreaId) => ({ workAreaId })) },
        },
        select: { id: true, email: true },
      });
      await issueInvitation(tx, { actor, user, submissionKey, now });
      await recordAdminChange(tx, actor, { action: "user.create", purpose: "Account aangemaakt en uitnodiging verstuurd", entity: "User", entityId: user.id });
      return user.id;
    });
    deliverMailSoon();
    return { userId, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A parallel submit of the same form won; or someone else took the address in the meantime.
    const winner = await findBySubmissionKey(actor, submissionKey);
    if (winner) return winner;
    if (await isEmailTaken(email)) throw new FieldInputError("email", EMAIL_TAKEN_MESSAGE);
    throw new AppError("CONFLICT");
  }
}

async function isEmailTaken(email: string): Promise<boolean> {
  return (await prisma.user.findUnique({ where: { email }, select: { id: true } })) !== null;
}

async function findBySubmissionKey(actor: Actor, submissionKey: string): Promise<CreatedAccount | null> {
  const found = await prisma.userInvitation.findUnique({ where: { submissionKey }, select: { userId: true, createdById: true } });
  if (!found) return null;
  if (found.createdById !== actor.userId) throw new AppError("CONFLICT");
  return { userId: found.userId, created: false };
}
