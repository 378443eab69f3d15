import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isUsablePasswordHash } from "@/lib/auth/password";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { deliverMailSoon } from "@/lib/mail/deliver-mail-soon";
import { issueInvitation } from "./issue-invitation";
import { ALREADY_ACTIVATED_MESSAGE, DISABLED_USER_INVITATION_MESSAGE } from "./messages";
import { PROFESSIONAL_ACCOUNT_WHERE } from "./professional-account-where";
import { resendInvitationSchema } from "./schemas";

export type ResentInvitation = { invitationId: string; created: boolean };

/**
 * ADMIN sends a new invitation to a professional who has no password yet: the earlier link stops working
 * (revoked) and a new one, valid 72 hours, is mailed. The same submissionKey twice sends one mail.
 */
export async function resendInvitation({ actor, input }: { actor: Actor; input: unknown }, options: { now?: Date } = {}): Promise<ResentInvitation> {
  assertCan(actor, "users.manage");
  const parsed = resendInvitationSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { userId, submissionKey } = parsed.data;
  const now = options.now ?? new Date();

  const repeated = await findBySubmissionKey(actor, userId, submissionKey);
  if (repeated) return repeated;
  try {
    const invitationId = await prisma.$transaction(async (tx) => {
      const user = await tx.user.findFirst({
        where: { id: userId, ...PROFESSIONAL_ACCOUNT_WHERE },
        select: { id: true, email: true, disabledAt: true, passwordHash: true },
      });
      if (!user) throw new AppError("NOT_FOUND");
      if (user.disabledAt) throw new AppError("CONFLICT", { userMessage: DISABLED_USER_INVITATION_MESSAGE });
      if (isUsablePasswordHash(user.passwordHash)) throw new AppError("CONFLICT", { userMessage: ALREADY_ACTIVATED_MESSAGE });
      const id = await issueInvitation(tx, { actor, user, submissionKey, now });
      await recordAdminChange(tx, actor, {
        action: "user.invitation.resend",
        purpose: "Nieuwe uitnodiging verstuurd; de vorige link werkt niet meer",
        entity: "User",
        entityId: user.id,
      });
      return id;
    });
    deliverMailSoon();
    return { invitationId, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findBySubmissionKey(actor, userId, submissionKey);
    if (winner) return winner;
    throw new AppError("CONFLICT");
  }
}

async function findBySubmissionKey(actor: Actor, userId: string, submissionKey: string): Promise<ResentInvitation | null> {
  const found = await prisma.userInvitation.findUnique({ where: { submissionKey }, select: { id: true, userId: true, createdById: true } });
  if (!found) return null;
  if (found.createdById !== actor.userId || found.userId !== userId) throw new AppError("CONFLICT");
  return { invitationId: found.id, created: false };
}
