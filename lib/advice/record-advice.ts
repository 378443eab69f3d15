import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { findVacancyInScopeOrThrow } from "@/lib/vacancies/vacancy-in-scope";
import { recordAdviceSchema } from "./schemas";

/**
 * The owner accountmanager records advice given on a vacancy: job carving / BIA, instrument advice
 * or information, labour-market information. Ownership of the employer is in the query.
 */
export async function recordAdvice({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "advice.record");
  const parsed = recordAdviceSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { vacancyId, kind, instrumentCode, note, givenOn } = parsed.data;

  return prisma.$transaction(async (tx) => {
    const vacancy = await findVacancyInScopeOrThrow(tx, actor, "advice.record", vacancyId);
    if (instrumentCode !== "") {
      const instrument = await tx.instrument.findUnique({ where: { code: instrumentCode }, select: { code: true } });
      if (!instrument) throw new FieldInputError("instrumentCode", "Kies een instrument uit de lijst.");
    }
    return tx.adviceRecord.create({
      data: {
        organisationId: vacancy.organisationId,
        vacancyId,
        kind,
        instrumentCode: instrumentCode === "" ? null : instrumentCode,
        note,
        byUserId: actor.userId,
        givenOn: isoToDbDate(givenOn),
      },
      select: { id: true },
    });
  });
}
