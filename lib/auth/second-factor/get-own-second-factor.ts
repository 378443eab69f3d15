import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { isSecondFactorExempt } from "@/lib/auth/demo-accounts";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { isSecondFactorRequired, mayTurnOffSecondFactor } from "./policy";

export type OwnSecondFactor = {
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  /** Professionals must have it. */
  required: boolean;
  mayTurnOff: boolean;
  /** A demo account in demo mode: signs in with the password alone. */
  demoExempt: boolean;
};

/** The own second factor's state for the account page. */
export async function getOwnSecondFactor({ actor }: { actor: Actor }): Promise<OwnSecondFactor> {
  assertCan(actor, "secondFactor.manage", { userId: actor.userId });
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { email: true, totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  return {
    enabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user.totpEnabledAt ? user._count.recoveryCodes : 0,
    required: isSecondFactorRequired(actor.role),
    mayTurnOff: mayTurnOffSecondFactor(actor.role),
    demoExempt: isSecondFactorExempt(user.email),
  };
}
