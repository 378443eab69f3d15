import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateVacancySchema } from "./schemas";
import { findVacancyInScopeOrThrow } from "./vacancy-in-scope";
import { assertVacancyReferences, replaceVacancySkills, vacancyColumns } from "./vacancy-fields";

export const EDIT_LOCKED_MESSAGE =
  "Deze vacature is al in behandeling genomen en kan niet meer worden gewijzigd. Neem contact op met uw vaste contactpersoon.";

/** The employer changes their own vacancy, only while it is still "ontvangen" (E2). */
export async function updateVacancy({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "vacancy.edit");
  const parsed = updateVacancySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { vacancyId, ...fields } = parsed.data;

  await prisma.$transaction(async (tx) => {
    const vacancy = await findVacancyInScopeOrThrow(tx, actor, "vacancy.edit", vacancyId);
    if (vacancy.status !== "RECEIVED") throw new AppError("CONFLICT", { userMessage: EDIT_LOCKED_MESSAGE });
    await assertVacancyReferences(tx, fields, vacancyId);
    // Conditional on the status, so an accountmanager taking it into handling at the same moment wins.
    const { count } = await tx.vacancy.updateMany({ where: { id: vacancyId, status: "RECEIVED" }, data: vacancyColumns(fields) });
    if (count !== 1) throw new AppError("CONFLICT", { userMessage: EDIT_LOCKED_MESSAGE });
    await replaceVacancySkills(tx, vacancyId, fields);
  });
  return { id: vacancyId };
}
