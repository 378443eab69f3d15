import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { NOT_ON_MESSAGE } from "./messages";

/** The user's active second factor (id and sealed secret), or a Dutch refusal when it is not on. */
export async function loadActiveSecondFactor(userId: string): Promise<{ id: string; totpSecret: string; totpEnabledAt: Date }> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, totpSecret: true, totpEnabledAt: true } });
  if (!user.totpSecret || !user.totpEnabledAt) throw new AppError("CONFLICT", { userMessage: NOT_ON_MESSAGE });
  return { id: user.id, totpSecret: user.totpSecret, totpEnabledAt: user.totpEnabledAt };
}
