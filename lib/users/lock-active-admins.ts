import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { AppError } from "@/lib/errors";
import { LAST_ADMIN_MESSAGE } from "./messages";

/**
 * Locks the rows of every active ADMIN until the caller's transaction ends and returns their ids. Two
 * admins demoting or disabling each other at the same moment queue here; the second then sees the first's
 * change (PostgreSQL re-checks a locked row's condition), so the last active ADMIN can never be removed.
 */
export async function lockActiveAdmins(tx: Prisma.TransactionClient): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "disabledAt" IS NULL ORDER BY "id" FOR UPDATE`;
  return rows.map((row) => row.id);
}

/**
 * Refuses when taking `userId` out of the active ADMINs would leave none. Call it in the transaction of the
 * change, before writing it. `field` names the form field for the message (the role), or none (disable).
 */
export async function assertNotLastActiveAdmin(tx: Prisma.TransactionClient, userId: string, field?: string): Promise<void> {
  const admins = await lockActiveAdmins(tx);
  if (!admins.includes(userId) || admins.length > 1) return;
  if (field) throw new FieldInputError(field, LAST_ADMIN_MESSAGE);
  throw new AppError("CONFLICT", { userMessage: LAST_ADMIN_MESSAGE });
}
