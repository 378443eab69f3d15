import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { todayDbDate } from "@/lib/time/calendar-dates";

type Tx = Prisma.TransactionClient;

/**
 * Completes a check-in only when it is due (dueDate ≤ today), not answered yet and its placement
 * still runs — one guarded update, so two answers at the same time store one.
 */
export async function claimDueCheck(
  tx: Tx,
  checkId: string,
  now: Date,
  answer: { completedById: string; score: number; comment: string | null; raisesSignal?: boolean },
): Promise<void> {
  const { count } = await tx.aftercareCheck.updateMany({
    where: { id: checkId, completedAt: null, dueDate: { lte: todayDbDate(now) }, placement: { endedOn: null } },
    data: { ...answer, completedAt: now },
  });
  if (count === 1) return;
  const check = await tx.aftercareCheck.findUniqueOrThrow({ where: { id: checkId }, select: { completedAt: true, placement: { select: { endedOn: true } } } });
  if (check.completedAt) throw new AppError("CONFLICT", { userMessage: "Deze nazorgvraag is al beantwoord." });
  if (check.placement.endedOn) throw new AppError("CONFLICT", { userMessage: "Deze plaatsing is beëindigd; de nazorgvraag vervalt." });
  throw new AppError("CONFLICT", { userMessage: "Deze nazorgvraag kan nog niet worden beantwoord: de datum is nog niet bereikt." });
}
