import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/assert-role";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { closeVacancySchema } from "./schemas";
import { isOpenStatus } from "./status-transitions";
import { changeVacancyStatus, findVacancyInScopeOrThrow } from "./vacancy-in-scope";

/** The owner accountmanager closes an open vacancy with a reason (A3). */
export async function closeVacancy({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "vacancy.close");
  assertRole(actor, ["ACCOUNT_MANAGER"]); // the employer withdraws instead (withdraw-vacancy.ts)
  const parsed = closeVacancySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { vacancyId, reason } = parsed.data;

  await prisma.$transaction(async (tx) => {
    const vacancy = await findVacancyInScopeOrThrow(tx, actor, "vacancy.close", vacancyId);
    if (!isOpenStatus(vacancy.status)) throw new AppError("CONFLICT", { userMessage: "Deze vacature is al vervuld of gesloten." });
    await changeVacancyStatus(tx, { vacancyId, from: vacancy.status, to: "CLOSED", byUserId: actor.userId, note: reason, closedReason: reason });
  });
  return { id: vacancyId };
}
