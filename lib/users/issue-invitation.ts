import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { invitationMail } from "./invitation-mail";
import { hashInvitationToken, INVITATION_LIFETIME_MS, newInvitationToken } from "./invitation-token";

/** Invitations that can still be accepted, for one user or (with a hash) one link. */
export function openInvitationWhere(now: Date): Prisma.UserInvitationWhereInput {
  return { usedAt: null, revokedAt: null, expiresAt: { gt: now } };
}

/**
 * Inside the caller's transaction: revokes the user's earlier invitations that are still unused, stores a
 * new one (its token's hash only, valid 72 hours) and enqueues the mail with the link. The caller calls
 * deliverMailSoon() after the commit. Returns the invitation's id.
 */
export async function issueInvitation(
  tx: Prisma.TransactionClient,
  { actor, user, submissionKey, now }: { actor: Actor; user: { id: string; email: string }; submissionKey: string; now: Date },
): Promise<string> {
  await tx.userInvitation.updateMany({ where: { userId: user.id, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const token = newInvitationToken();
  const invitation = await tx.userInvitation.create({
    data: {
      userId: user.id,
      tokenHash: hashInvitationToken(token),
      expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      createdById: actor.userId,
      submissionKey,
      createdAt: now,
    },
    select: { id: true },
  });
  await enqueueMail(tx, { dedupeKey: `invitation:${invitation.id}`, kind: "invitation", to: user.email, mail: invitationMail(token) });
  return invitation.id;
}
