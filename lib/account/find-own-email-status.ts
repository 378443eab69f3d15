import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";

export type OwnEmailStatus = { email: string; verified: boolean; pendingEmail: string | null };

/** The own login address, whether it is confirmed, and a new address that waits for its link (if any). */
export async function findOwnEmailStatus({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<OwnEmailStatus> {
  assertCan(actor, "account.changeEmail", { userId: actor.userId });
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: {
      email: true,
      emailVerifiedAt: true,
      emailTokens: {
        where: { purpose: "CHANGE", usedAt: null, expiresAt: { gt: now } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { email: true },
      },
    },
  });
  return { email: user.email, verified: user.emailVerifiedAt !== null, pendingEmail: user.emailTokens[0]?.email ?? null };
}
