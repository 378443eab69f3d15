import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { prisma } from "@/lib/db";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { throttleKey } from "@/lib/security/throttle/throttle-key";
import { admitRequest } from "@/lib/security/throttle/throttle-store";
import { findUsableInvitation, usableInvitationWhere } from "./find-usable-invitation";
import { hashInvitationToken } from "./invitation-token";
import { acceptInvitationSchema, type AcceptInvitationInput } from "./schemas";

export type AcceptInvitationResult = { outcome: "accepted" } | { outcome: "invalidToken" } | { outcome: "throttled" };

/**
 * The invited professional chooses a first password with the link (O1). Cheap checks first (the rate
 * limit per client IP, then the token), the password hash only for a usable link. In one transaction the
 * invitation is claimed (a concurrent use of the same link finds it used), every other open invitation of
 * the user is revoked and the password is set. Unknown, malformed, expired, used or revoked: one answer.
 */
export async function acceptInvitation(
  { input, clientAddress }: { input: AcceptInvitationInput; clientAddress: string },
  options: { now?: Date } = {},
): Promise<AcceptInvitationResult> {
  const { token, password } = await acceptInvitationSchema.parseAsync(input);
  const now = options.now ?? new Date();
  const admission = await admitRequest([[THROTTLE.invitationClient, throttleKey(THROTTLE.invitationClient, clientAddress)]], { now });
  if (!admission.admitted) return { outcome: "throttled" };
  if (!(await findUsableInvitation(token, { now }))) return { outcome: "invalidToken" };

  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.userInvitation.updateManyAndReturn({
      where: usableInvitationWhere(hashInvitationToken(token), now),
      data: { usedAt: now },
      select: { userId: true },
    });
    const userId = claimed[0]?.userId;
    if (!userId) return { outcome: "invalidToken" } as const;
    await tx.userInvitation.updateMany({ where: { userId, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
    // Following the link proves the address too (decision 019).
    await tx.user.update({ where: { id: userId }, data: { passwordHash, emailVerifiedAt: now } });
    return { outcome: "accepted" } as const;
  });
}
