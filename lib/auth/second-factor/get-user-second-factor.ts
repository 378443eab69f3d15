import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordIdSchema } from "@/lib/forms/record-id";
import { isSecondFactorRequired } from "./policy";

export type UserSecondFactor = { id: string; name: string; role: Role; enabledAt: Date | null; recoveryCodesLeft: number; required: boolean };

/** For the ADMIN's reset page: whether this user has a second factor. NOT_FOUND for an unknown id. */
export async function getUserSecondFactor({ actor, userId }: { actor: Actor; userId: string }): Promise<UserSecondFactor> {
  assertCan(actor, "secondFactor.reset");
  if (!recordIdSchema.safeParse(userId).success) throw new AppError("NOT_FOUND");
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, role: true, totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  if (!user) throw new AppError("NOT_FOUND");
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    enabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user.totpEnabledAt ? user._count.recoveryCodes : 0,
    required: isSecondFactorRequired(user.role),
  };
}
