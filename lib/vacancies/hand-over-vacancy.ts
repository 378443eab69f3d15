import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { handOverVacancySchema } from "./schemas";
import { isOpenStatus, statusAfterHandover } from "./status-transitions";
import { changeVacancyStatus, findVacancyInScopeOrThrow } from "./vacancy-in-scope";

/**
 * The owner accountmanager hands an open vacancy to one or more bemiddelaars with a due date (A3).
 * One VacancyHandover per vacancy and bemiddelaar (handing over again updates the due date), a
 * notification to each newly added bemiddelaar, and the status becomes at least "in behandeling".
 */
export async function handOverVacancy({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string; added: number }> {
  assertCan(actor, "vacancy.handover");
  const parsed = handOverVacancySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { vacancyId, mediatorIds, dueDate, note } = parsed.data;
  const due = isoToDbDate(dueDate);

  const { added, after } = await prisma.$transaction(async (tx) => {
    const vacancy = await findVacancyInScopeOrThrow(tx, actor, "vacancy.handover", vacancyId);
    if (!isOpenStatus(vacancy.status)) throw new AppError("CONFLICT", { userMessage: "Deze vacature is vervuld of gesloten en kan niet meer worden overgedragen." });

    const mediators = await tx.user.findMany({
      where: { id: { in: mediatorIds }, role: "JOB_MEDIATOR", disabledAt: null },
      select: { id: true, name: true },
    });
    if (mediators.length !== mediatorIds.length) throw new FieldInputError("mediatorIds", "Kies de bemiddelaars uit de lijst.");

    const existing = await tx.vacancyHandover.findMany({ where: { vacancyId, mediatorId: { in: mediatorIds } }, select: { mediatorId: true } });
    const already = new Set(existing.map((handover) => handover.mediatorId));
    const fresh = mediators.filter((mediator) => !already.has(mediator.id));

    await tx.vacancyHandover.createMany({
      data: fresh.map((mediator) => ({ vacancyId, mediatorId: mediator.id, givenById: actor.userId, dueDate: due, note: note || null })),
      skipDuplicates: true,
    });
    if (already.size > 0) {
      await tx.vacancyHandover.updateMany({ where: { vacancyId, mediatorId: { in: [...already] } }, data: { dueDate: due, note: note || null } });
    }

    const next = statusAfterHandover(vacancy.status);
    if (next !== vacancy.status) {
      const names = mediators.map((mediator) => mediator.name).join(", ");
      await changeVacancyStatus(tx, { vacancyId, from: vacancy.status, to: next, byUserId: actor.userId, note: `Overgedragen aan ${names}` });
    }

    const after = await notify(
      tx,
      fresh.map((mediator) => ({
        userId: mediator.id,
        kind: "vacancy.handedOver" as const,
        title: "Vacature aan u overgedragen",
        body: `${vacancy.organisation.legalName}: ${vacancy.title}. Uiterlijk ${formatShortDate(due)}.`,
        link: `/professional/vacatures/${vacancyId}`,
      })),
    );
    return { added: fresh.length, after };
  });
  await after();
  return { id: vacancyId, added };
}
