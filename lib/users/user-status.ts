import type { Prisma } from "@/generated/prisma/client";
import { isUsablePasswordHash, USABLE_PASSWORD_HASH_PREFIX } from "@/lib/auth/password";
import type { UserStatus } from "./schemas";

/** Blocked wins; otherwise an account without a password yet is "uitgenodigd" (it cannot sign in). */
export function userStatusOf(user: { disabledAt: Date | null; passwordHash: string }): UserStatus {
  if (user.disabledAt) return "geblokkeerd";
  return isUsablePasswordHash(user.passwordHash) ? "actief" : "uitgenodigd";
}

/** The same three states as a filter in the query. */
export function userStatusWhere(status: UserStatus): Prisma.UserWhereInput {
  const hasPassword = { passwordHash: { startsWith: USABLE_PASSWORD_HASH_PREFIX } };
  switch (status) {
    case "geblokkeerd":
      return { disabledAt: { not: null } };
    case "actief":
      return { disabledAt: null, ...hasPassword };
    case "uitgenodigd":
      return { disabledAt: null, NOT: hasPassword };
  }
}
