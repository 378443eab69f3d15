import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { EmailTokenPurpose } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { hashEmailToken, isWellFormedEmailToken } from "./email-token";

/** A link that can still be used: unused, not expired, of an active account. */
export function usableEmailTokenWhere(tokenHash: string, now: Date): Prisma.EmailVerificationTokenWhereInput {
  return { tokenHash, usedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } };
}

/** What the link behind a page is for, when it can still be used; null for anything else (one answer for all). */
export async function findUsableEmailToken(token: unknown, options: { now?: Date } = {}): Promise<{ purpose: EmailTokenPurpose } | null> {
  if (!isWellFormedEmailToken(token)) return null;
  return prisma.emailVerificationToken.findFirst({
    where: usableEmailTokenWhere(hashEmailToken(token), options.now ?? new Date()),
    select: { purpose: true },
  });
}
