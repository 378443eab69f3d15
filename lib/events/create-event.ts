import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { amsterdamDateTime } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";
import { createEventSchemaAt } from "./schemas";

/** An accountmanager creates an event (A6) and becomes its organiser. The start must lie after `now` (the portal's time). */
export async function createEvent({ actor, input }: { actor: Actor; input: unknown }, options: { now?: Date } = {}): Promise<{ id: string }> {
  assertCan(actor, "event.manage");
  const parsed = createEventSchemaAt(options.now ?? (await currentTime())).safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { date, startTime, endTime, theme, ...rest } = parsed.data;
  const startsAt = amsterdamDateTime(date, startTime);
  const endsAt = amsterdamDateTime(date, endTime);
  if (!startsAt || !endsAt) throw new AppError("INVALID_INPUT");
  return prisma.event.create({
    data: { ...rest, theme: theme ?? null, startsAt, endsAt, organiserId: actor.userId },
    select: { id: true },
  });
}
