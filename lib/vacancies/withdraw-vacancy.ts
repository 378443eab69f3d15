import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertRole } from "@/lib/auth/assert-role";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { WITHDRAWN_BY_EMPLOYER_REASON } from "./labels";
import { withdrawVacancySchema } from "./schemas";
import { isOpenStatus } from "./status-transitions";
import { changeVacancyStatus, findVacancyInScopeOrThrow } from "./vacancy-in-scope";

/** The employer withdraws their own open vacancy: it becomes "gesloten" with a fixed reason (E2). */
export async function withdrawVacancy({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "vacancy.close");
  assertRole(actor, ["EMPLOYER"]); // the accountmanager closes with a reason instead (close-vacancy.ts)
  const parsed = withdrawVacancySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { vacancyId } = parsed.data;

  await prisma.$transaction(async (tx) => {
    const vacancy = await findVacancyInScopeOrThrow(tx, actor, "vacancy.close", vacancyId);
    if (!isOpenStatus(vacancy.status)) {
      throw new AppError("CONFLICT", { userMessage: "Deze vacature is al vervuld of gesloten." });
    }
    await changeVacancyStatus(tx, {
      vacancyId,
      from: vacancy.status,
      to: "CLOSED",
      byUserId: actor.userId,
      note: WITHDRAWN_BY_EMPLOYER_REASON,
      closedReason: WITHDRAWN_BY_EMPLOYER_REASON,
    });
  });
  return { id: vacancyId };
}
