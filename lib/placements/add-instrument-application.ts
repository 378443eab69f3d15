import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { isUniqueViolation } from "@/lib/db-errors";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { notifyInstrumentChange, PLACEMENT_ENDED_MESSAGE } from "./instrument-notices";
import { INSTRUMENT_STATUS_LABELS } from "./labels";
import { findPlacementInScopeOrThrow } from "./placement-in-scope";
import { addInstrumentApplicationSchema, eurosToCents } from "./schemas";

export const DUPLICATE_INSTRUMENT_MESSAGE = "Dit instrument staat al bij deze plaatsing.";

/**
 * B5/E7: the owner bemiddelaar adds an instrument to a running placement later on (e.g. a jobcoach
 * after a month). One application per instrument per placement: a second add — also a concurrent
 * double click, caught by the unique index — gets a Dutch message at the instrument field.
 */
export async function addInstrumentApplication({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string; placementId: string }> {
  assertCan(actor, "instrument.record");
  const parsed = addInstrumentApplicationSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const data = parsed.data;

  try {
    const { id, after } = await prisma.$transaction(async (tx) => {
      const placement = await findPlacementInScopeOrThrow(tx, actor, "instrument.record", data.placementId);
      if (placement.endedOn) throw new AppError("CONFLICT", { userMessage: PLACEMENT_ENDED_MESSAGE });
      const instrument = await tx.instrument.findUnique({ where: { code: data.instrumentCode }, select: { code: true, name: true, needs: true } });
      if (!instrument) throw new FieldInputError("instrumentCode", "Kies een instrument uit de lijst.");
      const needsWageValue = instrument.needs.includes("LOONWAARDEMETING");
      if (needsWageValue && data.wageValuePct === null) {
        throw new FieldInputError("wageValuePct", "Vul de loonwaarde in procenten in: dit instrument vraagt een loonwaardemeting.");
      }
      const existing = await tx.instrumentApplication.findUnique({ where: { placementId_instrumentCode: { placementId: placement.id, instrumentCode: instrument.code } }, select: { id: true } });
      if (existing) throw new FieldInputError("instrumentCode", DUPLICATE_INSTRUMENT_MESSAGE);

      const application = await tx.instrumentApplication.create({
        data: {
          placementId: placement.id,
          instrumentCode: instrument.code,
          status: data.status,
          amountCents: eurosToCents(data.amount),
          startDate: data.startDate ? isoToDbDate(data.startDate) : null,
          endDate: data.endDate ? isoToDbDate(data.endDate) : null,
          wageValuePct: needsWageValue ? data.wageValuePct : null,
          recordedById: actor.userId,
        },
        select: { id: true },
      });
      await recordCandidateAccess(tx, actor, [
        { candidateId: placement.candidateId, action: "placement.update", purpose: "Instrument aan de plaatsing toevoegen", entity: "InstrumentApplication", entityId: application.id },
      ]);
      const after = await notifyInstrumentChange(tx, placement, {
        title: "Instrument toegevoegd",
        body: (employer) => `${instrument.name} is toegevoegd aan de plaatsing van een kandidaat bij ${employer} (status: ${INSTRUMENT_STATUS_LABELS[data.status].toLowerCase()}).`,
      });
      return { id: application.id, after };
    });
    await after();
    logger.info({ instrumentApplicationId: id, placementId: data.placementId }, "instrument application added");
    return { id, placementId: data.placementId };
  } catch (error) {
    if (isUniqueViolation(error)) throw new FieldInputError("instrumentCode", DUPLICATE_INSTRUMENT_MESSAGE);
    throw error;
  }
}
