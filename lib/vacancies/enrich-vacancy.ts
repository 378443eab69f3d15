import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateVacancySchema } from "./schemas";
import { isOpenStatus } from "./status-transitions";
import { findVacancyInScopeOrThrow } from "./vacancy-in-scope";
import { assertVacancyReferences, replaceVacancySkills, vacancyColumns } from "./vacancy-fields";

/** The owner accountmanager completes or sharpens the vacancy during intake (A3), while it is open. */
export async function enrichVacancy({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "vacancy.intake");
  const parsed = updateVacancySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { vacancyId, ...fields } = parsed.data;

  await prisma.$transaction(async (tx) => {
    const vacancy = await findVacancyInScopeOrThrow(tx, actor, "vacancy.intake", vacancyId);
    if (!isOpenStatus(vacancy.status)) {
      throw new AppError("CONFLICT", { userMessage: "Deze vacature is vervuld of gesloten en kan niet meer worden gewijzigd." });
    }
    await assertVacancyReferences(tx, fields, vacancyId);
    await tx.vacancy.update({ where: { id: vacancyId }, data: vacancyColumns(fields) });
    await replaceVacancySkills(tx, vacancyId, fields);
  });
  return { id: vacancyId };
}
