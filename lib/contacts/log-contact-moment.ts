import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { organisationWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { logContactMomentSchema } from "./schemas";

/** A resend of the same contact by the same author within this window is the same contact. */
const DUPLICATE_WINDOW_MS = 2 * 60 * 1000;

export type LoggedContactMoment = { id: string; isDoubleApproach: boolean };

/**
 * Any accountmanager or bemiddelaar logs a contact moment with an employer (A2). When the author is
 * not the employer's owner, the moment is a double approach and the owner is notified in the same
 * transaction. Identical resends (double click) within two minutes return the first moment.
 */
export async function logContactMoment({ actor, input }: { actor: Actor; input: unknown }): Promise<LoggedContactMoment> {
  assertCan(actor, "contact.log");
  const parsed = logContactMomentSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const data = parsed.data;

  let after = async () => {};
  const result = await prisma.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({
      where: { AND: [{ id: data.organisationId }, organisationWhereFor(actor, "contact.log")] },
      select: { id: true, legalName: true, ownerId: true },
    });
    if (!organisation) throw new AppError("NOT_FOUND");

    // Serialise logs by one author for one employer, so the duplicate check below is race-free.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`contact:${actor.userId}:${organisation.id}`}))`;
    const contactDate = isoToDbDate(data.contactDate);
    const duplicate = await tx.contactMoment.findFirst({
      where: {
        organisationId: organisation.id,
        authorId: actor.userId,
        contactDate,
        channel: data.channel,
        topic: data.topic,
        summary: data.summary,
        createdAt: { gte: new Date(Date.now() - DUPLICATE_WINDOW_MS) },
      },
      select: { id: true, isDoubleApproach: true },
    });
    if (duplicate) return duplicate;

    const isDoubleApproach = organisation.ownerId !== actor.userId;
    const moment = await tx.contactMoment.create({
      data: {
        organisationId: organisation.id,
        authorId: actor.userId,
        contactDate,
        channel: data.channel,
        topic: data.topic,
        summary: data.summary,
        followUpPromise: data.followUpPromise,
        followUpDueDate: data.followUpDueDate ? isoToDbDate(data.followUpDueDate) : null,
        isDoubleApproach,
      },
      select: { id: true, isDoubleApproach: true },
    });
    if (isDoubleApproach) {
      after = await notify(tx, [
        {
          userId: organisation.ownerId,
          kind: "contact.doubleApproach",
          title: `Dubbele benadering: ${actor.name} had contact met ${organisation.legalName}`,
          body: `Onderwerp: ${data.topic}`,
          link: `/professional/werkgevers/${organisation.id}#contacttijdlijn`,
        },
      ]);
    }
    return moment;
  });
  await after();
  return result;
}
