import "server-only";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { endAllSessions } from "@/lib/auth/end-all-sessions";
import { prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { hashEmailToken } from "./email-token";
import { usableEmailTokenWhere } from "./find-usable-email-token";
import { releaseRegistration } from "./release-registration";
import { confirmEmailSchema } from "./schemas";

export type ConfirmEmailResult = { outcome: "verified" } | { outcome: "changed" } | { outcome: "invalidToken" };

const INVALID = { outcome: "invalidToken" } as const;

/**
 * Opens a confirmation link (decision 019). In one transaction the token is claimed (single use; a second
 * click finds it used) and:
 * - REGISTRATION: the account is verified; the first time, what the registration wrote is released.
 * - CHANGE: the pending address becomes the login address, every other link of the user is spent and all
 *   sessions end. An address that another account took meanwhile changes nothing (the one neutral answer).
 * An unknown, malformed, expired, used or superseded link gives that same answer.
 */
export async function confirmEmail(input: unknown, options: { now?: Date } = {}): Promise<ConfirmEmailResult> {
  const { token } = await confirmEmailSchema.parseAsync(input);
  const now = options.now ?? new Date();
  try {
    const { result, after } = await prisma.$transaction(async (tx) => {
      const [claimed] = await tx.emailVerificationToken.updateManyAndReturn({
        where: usableEmailTokenWhere(hashEmailToken(token), now),
        data: { usedAt: now },
        select: { userId: true, email: true, purpose: true, user: { select: { email: true, emailVerifiedAt: true, role: true } } },
      });
      if (!claimed) return { result: INVALID, after: null };
      const { userId, user } = claimed;
      const self = { userId, role: user.role };
      const firstConfirmation = user.emailVerifiedAt === null;

      if (claimed.purpose === "REGISTRATION") {
        // A link for an address the account no longer uses proves nothing about the current one.
        if (claimed.email !== user.email) return { result: INVALID, after: null };
        await tx.user.update({ where: { id: userId }, data: { emailVerifiedAt: user.emailVerifiedAt ?? now } });
        await tx.emailVerificationToken.updateMany({ where: { userId, purpose: "REGISTRATION", usedAt: null }, data: { usedAt: now } });
        if (firstConfirmation) await recordAdminChange(tx, self, { action: "account.verifyEmail", purpose: "E-mailadres bevestigd", entity: "User", entityId: userId });
        return { result: { outcome: "verified" } as const, after: firstConfirmation ? await releaseRegistration(tx, userId, now) : null };
      }

      await tx.user.update({ where: { id: userId }, data: { email: claimed.email, emailVerifiedAt: now } });
      await tx.emailVerificationToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
      await endAllSessions(userId, { db: tx });
      await recordAdminChange(tx, self, { action: "account.changeEmail", purpose: "E-mailadres gewijzigd", entity: "User", entityId: userId });
      return { result: { outcome: "changed" } as const, after: firstConfirmation ? await releaseRegistration(tx, userId, now) : null };
    });
    await after?.();
    return result;
  } catch (error) {
    // Another account took the address meanwhile: nothing changed, and the answer says nothing about it.
    if (isUniqueViolation(error)) return INVALID;
    throw error;
  }
}
