import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { hashRecoveryCode, normaliseRecoveryCode } from "./recovery-codes";
import { openTotpSecret } from "./secret-box";
import { recordSecondFactorAttempt, secondFactorWaitLeft } from "./throttle";
import { matchTotpCode } from "./totp";

type Db = Pick<PrismaClient, "user" | "recoveryCode" | "throttleEvent">;

export type SecondFactorCheck = "accepted" | "invalid" | "throttled";

/** A code as typed: spaces and hyphens do not matter ("123 456", "abcde-fghjk"). */
function compact(code: string): string {
  return code.replace(/[\s-]/g, "");
}

/** Accepts a TOTP code of an unused time step; the conditional write makes two requests with one code accept it once. */
async function acceptTotpCode(db: Db, userId: string, sealedSecret: string, code: string, now: Date): Promise<boolean> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpLastTimeStep: true } });
  const step = await matchTotpCode(openTotpSecret(sealedSecret, userId), code, { now, afterTimeStep: user.totpLastTimeStep });
  if (step === null) return false;
  const { count } = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastTimeStep: null }, { totpLastTimeStep: { lt: step } }] },
    data: { totpLastTimeStep: step },
  });
  return count === 1;
}

/** Spends an unused recovery code of this user; the conditional write makes it single use under concurrency too. */
async function spendRecoveryCode(db: Db, userId: string, typed: string, now: Date): Promise<boolean> {
  const canonical = normaliseRecoveryCode(typed);
  if (!canonical) return false;
  const { count } = await db.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(canonical), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1;
}

/**
 * Checks a second-factor code of a user whose second factor is on: a 6-digit TOTP code (±1 step, each step
 * once) or an unused recovery code. Wrong codes make the next attempt wait longer (`THROTTLE.secondFactorAccount`, decision 022); while
 * waiting, even a right code is refused without being looked at.
 */
export async function checkSecondFactorCode(
  user: { id: string; totpSecret: string },
  code: string,
  options: { db?: Db; now?: Date } = {},
): Promise<SecondFactorCheck> {
  const db = options.db ?? prisma;
  const now = options.now ?? new Date();
  if ((await secondFactorWaitLeft(user.id, { db, now })) > 0) return "throttled";
  const typed = compact(code);
  const accepted = /^\d{6}$/.test(typed)
    ? await acceptTotpCode(db, user.id, user.totpSecret, typed, now)
    : await spendRecoveryCode(db, user.id, typed, now);
  await recordSecondFactorAttempt(user.id, accepted, { db, now });
  return accepted ? "accepted" : "invalid";
}
