import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { addWorkingDays } from "@/lib/time/working-days";
import { FALLBACK_ROUTE } from "./fallback-route";

/**
 * When a resident confirms their e-mail address, their routed requests join the team queue (decision
 * 019): the team's term starts now, not at the registration the team could not see.
 */
export async function restartWaitingHelpRequests(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<void> {
  const waiting = await tx.helpRequest.findMany({
    where: { status: "ROUTED", candidate: { userId } },
    select: { id: true, routingRule: { select: { normWorkingDays: true } } },
  });
  for (const request of waiting) {
    const days = request.routingRule?.normWorkingDays ?? FALLBACK_ROUTE.normWorkingDays;
    await tx.helpRequest.update({ where: { id: request.id }, data: { dueBy: addWorkingDays(now, days) } });
  }
}
