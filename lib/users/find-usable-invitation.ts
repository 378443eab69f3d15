import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { hashInvitationToken, isWellFormedInvitationToken } from "./invitation-token";
import { openInvitationWhere } from "./issue-invitation";

/** An invitation that can still be accepted: unused, not revoked, not expired, of an account that is not blocked. */
export function usableInvitationWhere(tokenHash: string, now: Date): Prisma.UserInvitationWhereInput {
  return { tokenHash, ...openInvitationWhere(now), user: { disabledAt: null } };
}

/**
 * The stored invitation behind a link when it can still be accepted; otherwise null, whichever check
 * failed. A malformed value never reaches the database.
 */
export async function findUsableInvitation(token: unknown, options: { now?: Date } = {}): Promise<{ id: string; userId: string } | null> {
  if (!isWellFormedInvitationToken(token)) return null;
  return prisma.userInvitation.findFirst({
    where: usableInvitationWhere(hashInvitationToken(token), options.now ?? new Date()),
    select: { id: true, userId: true },
  });
}
