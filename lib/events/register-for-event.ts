import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertAccountAdmitted } from "@/lib/security/throttle/admit-client";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { currentTime } from "@/lib/time/current-time";
import { audienceFits } from "./audience";
import { activeRegistrationWhere, upcomingEventWhere } from "./public-event-where";
import { AUDIENCE_MESSAGE, eventIdSchema, FULL_MESSAGE } from "./schemas";

/**
 * An employer contact or a resident registers for an upcoming event (P4). The event row is locked
 * with SELECT … FOR UPDATE before the active registrations are counted, so concurrent sign-ups queue
 * up on the lock and never overbook. One row per (event, user): registering again (a double click,
 * or after cancelling) reuses that row.
 */
export async function registerForEvent(
  { actor, input }: { actor: Actor; input: unknown },
  options: { now?: Date } = {},
): Promise<{ id: string }> {
  assertCan(actor, "event.register");
  const parsed = eventIdSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { eventId } = parsed.data;
  const now = options.now ?? (await currentTime());
  await assertAccountAdmitted(THROTTLE.eventSignUpAccount, actor.userId, { now });

  let organisationId: string | null = null;
  let candidateId: string | null = null;
  if (actor.role === "EMPLOYER") {
    if (!actor.organisationId) throw new AppError("FORBIDDEN");
    assertCan(actor, "event.register", { organisationId: actor.organisationId });
    organisationId = actor.organisationId;
  } else {
    const candidate = await prisma.candidate.findFirst({ where: { userId: actor.userId }, select: { id: true } });
    candidateId = candidate?.id ?? null;
  }

  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Event" WHERE "id" = ${eventId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND");
    const event = await tx.event.findFirst({ where: { id: eventId, ...upcomingEventWhere(now) }, select: { capacity: true, audience: true } });
    if (!event) throw new AppError("NOT_FOUND", { userMessage: "U kunt zich voor dit evenement niet (meer) aanmelden." });
    if (!audienceFits(event.audience, actor.role)) throw new AppError("FORBIDDEN", { userMessage: AUDIENCE_MESSAGE });

    const existing = await tx.eventRegistration.findUnique({
      where: { eventId_userId: { eventId, userId: actor.userId } },
      select: { id: true, cancelledAt: true },
    });
    if (existing && existing.cancelledAt === null) return { id: existing.id };

    const taken = await tx.eventRegistration.count({ where: { eventId, ...activeRegistrationWhere } });
    if (taken >= event.capacity) throw new AppError("CONFLICT", { userMessage: FULL_MESSAGE });

    if (existing) {
      return tx.eventRegistration.update({
        where: { id: existing.id },
        data: { cancelledAt: null, attended: null, organisationId, candidateId },
        select: { id: true },
      });
    }
    return tx.eventRegistration.create({ data: { eventId, userId: actor.userId, organisationId, candidateId }, select: { id: true } });
  });
}
