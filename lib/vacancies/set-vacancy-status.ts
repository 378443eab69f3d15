import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { VACANCY_STATUS_LABELS } from "./labels";
import { setVacancyStatusSchema } from "./schemas";
import { canTransition } from "./status-transitions";
import { changeVacancyStatus, findVacancyInScopeOrThrow } from "./vacancy-in-scope";

/** The owner accountmanager moves the vacancy along the status flow; only valid steps (A3). */
export async function setVacancyStatus({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "vacancy.intake");
  const parsed = setVacancyStatusSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { vacancyId, status, note } = parsed.data;

  await prisma.$transaction(async (tx) => {
    const vacancy = await findVacancyInScopeOrThrow(tx, actor, "vacancy.intake", vacancyId);
    if (!canTransition(vacancy.status, status)) {
      throw new AppError("CONFLICT", {
        userMessage: `Een vacature met status "${VACANCY_STATUS_LABELS[vacancy.status]}" kan niet naar "${VACANCY_STATUS_LABELS[status]}".`,
      });
    }
    await changeVacancyStatus(tx, { vacancyId, from: vacancy.status, to: status, byUserId: actor.userId, note });
  });
  return { id: vacancyId };
}
