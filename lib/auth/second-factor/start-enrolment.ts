import "server-only";
import QRCode from "qrcode";
import type { Actor } from "@/lib/auth/actor";
import { isSecondFactorExempt } from "@/lib/auth/demo-accounts";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ALREADY_ON_MESSAGE, DEMO_EXEMPT_MESSAGE } from "./messages";
import { openTotpSecret, sealTotpSecret } from "./secret-box";
import { groupSecret, newTotpSecret, totpUri } from "./totp";

export type Enrolment = { groupedSecret: string; qrSvg: string };

/**
 * The secret to scan while the second factor is not on yet: the pending one (so a reload shows the same QR
 * code as the phone already has), or a new one, stored encrypted. Refused when it is already on.
 */
export async function startSecondFactorEnrolment({ actor }: { actor: Actor }): Promise<Enrolment> {
  assertCan(actor, "secondFactor.manage", { userId: actor.userId });
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { email: true, totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new AppError("CONFLICT", { userMessage: ALREADY_ON_MESSAGE });
  if (isSecondFactorExempt(user.email)) throw new AppError("FORBIDDEN", { userMessage: DEMO_EXEMPT_MESSAGE });

  let secret = user.totpSecret ? openTotpSecret(user.totpSecret, actor.userId) : null;
  if (!secret) {
    secret = newTotpSecret();
    // Only when still empty: two tabs opening the page at once end up with one secret.
    const { count } = await prisma.user.updateMany({
      where: { id: actor.userId, totpSecret: null, totpEnabledAt: null },
      data: { totpSecret: sealTotpSecret(secret, actor.userId), totpLastTimeStep: null },
    });
    if (count === 0) return startSecondFactorEnrolment({ actor });
  }
  const qrSvg = await QRCode.toString(totpUri(secret, user.email), { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { groupedSecret: groupSecret(secret), qrSvg };
}
