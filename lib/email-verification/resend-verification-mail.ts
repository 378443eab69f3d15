import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { deliverMailSoon } from "@/lib/mail/deliver-mail-soon";
import { issueEmailToken, mayIssueEmailToken } from "./issue-email-token";
import { VERIFICATION_TOO_MANY_MESSAGE } from "./messages";

export type ResendVerificationResult = { outcome: "sent" } | { outcome: "alreadyVerified" };

/** "Stuur de e-mail opnieuw": a new link to the own, still unconfirmed address; at most 3 per hour. */
export async function resendVerificationMail({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<ResendVerificationResult> {
  assertCan(actor, "account.resendVerification", { userId: actor.userId });
  const result = await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { email: true, emailVerifiedAt: true } });
    if (user.emailVerifiedAt) return { outcome: "alreadyVerified" } as const;
    if (!(await mayIssueEmailToken(tx, { userId: actor.userId, purpose: "REGISTRATION", now }))) {
      throw new AppError("RATE_LIMITED", { userMessage: VERIFICATION_TOO_MANY_MESSAGE });
    }
    await issueEmailToken(tx, { userId: actor.userId, email: user.email, purpose: "REGISTRATION", now });
    return { outcome: "sent" } as const;
  });
  if (result.outcome === "sent") deliverMailSoon();
  return result;
}
