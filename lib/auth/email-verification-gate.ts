import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PermissionAction } from "./permissions";

/** The one answer to an action of an account whose address is not confirmed yet (decision 019). */
export const EMAIL_NOT_VERIFIED_MESSAGE =
  "Bevestig eerst uw e-mailadres met de link in de e-mail die wij u stuurden. Geen e-mail ontvangen? Vraag op uw startpagina een nieuwe aan.";

/**
 * What an account may do before it confirmed its address: only things about the account itself, which
 * nobody else sees (decision 019). Every other action, also one added later, is refused until then.
 */
export const OPEN_BEFORE_EMAIL_VERIFICATION: ReadonlySet<PermissionAction> = new Set<PermissionAction>([
  "account.resendVerification",
  "account.changeEmail",
  "account.changePassword",
  "session.endAll",
  "notification.read",
  "notificationPreferences.edit",
  "secondFactor.manage",
  "secondFactor.turnOff",
  // Withdrawing a consent only narrows what others may see; it must stay as easy as giving it (AVG art. 7).
  "consent.manage",
]);

type Db = Pick<PrismaClient, "user">;

export async function isEmailVerified(userId: string, options: { db?: Db } = {}): Promise<boolean> {
  const user = await (options.db ?? prisma).user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  return user?.emailVerifiedAt != null;
}

/** Refuses, with the Dutch message, anything submitted by an account whose address is not confirmed. */
export async function assertEmailVerified(userId: string, options: { db?: Db } = {}): Promise<void> {
  if (!(await isEmailVerified(userId, options))) throw new AppError("FORBIDDEN", { userMessage: EMAIL_NOT_VERIFIED_MESSAGE });
}

/** The gate every action client applies after the role check (lib/safe-action.ts). */
export async function assertMayActBeforeVerification(userId: string, action: PermissionAction): Promise<void> {
  if (OPEN_BEFORE_EMAIL_VERIFICATION.has(action)) return;
  await assertEmailVerified(userId);
}
