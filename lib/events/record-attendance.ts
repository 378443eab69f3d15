import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { currentTime } from "@/lib/time/current-time";
import { recordAttendanceSchema } from "./schemas";

export const NOT_STARTED_MESSAGE = "U kunt de aanwezigheid pas vastleggen als het evenement is begonnen.";

/** The organiser records, per active registration, whether the person came (counts in D1). */
export async function recordAttendance(
  { actor, input }: { actor: Actor; input: unknown },
  options: { now?: Date } = {},
): Promise<{ updated: number }> {
  assertCan(actor, "event.recordAttendance");
  const parsed = recordAttendanceSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { eventId, attendance } = parsed.data;
  const now = options.now ?? (await currentTime());

  const event = await prisma.event.findFirst({ where: { id: eventId, organiserId: actor.userId }, select: { startsAt: true } });
  if (!event) throw new AppError("NOT_FOUND");
  if (event.startsAt.getTime() > now.getTime()) throw new AppError("CONFLICT", { userMessage: NOT_STARTED_MESSAGE });

  const results = await prisma.$transaction(
    attendance.map(({ registrationId, attended }) =>
      prisma.eventRegistration.updateMany({ where: { id: registrationId, eventId, cancelledAt: null }, data: { attended } }),
    ),
  );
  return { updated: results.reduce((sum, r) => sum + r.count, 0) };
}
