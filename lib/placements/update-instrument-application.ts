import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { placementWhereFor } from "@/lib/auth/ownership-where";
import { assertCan } from "@/lib/auth/permissions";
import { recordCandidateAccess } from "@/lib/audit/record-candidate-access";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { notifyInstrumentChange, PLACEMENT_ENDED_MESSAGE } from "./instrument-notices";
import { INSTRUMENT_STATUS_LABELS } from "./labels";
import { findPlacementInScopeOrThrow } from "./placement-in-scope";
import { eurosToCents, updateInstrumentApplicationSchema } from "./schemas";

export type UpdateInstrumentApplicationResult = { id: string; placementId: string; statusChanged: boolean };

/**
 * B5/E7: the owner bemiddelaar keeps an instrument application up to date after the placement was
 * recorded (aangevraagd → toegekend, afgewezen or beëindigd; amount, period, loonwaarde). Audited as
 * a change of the placement; employer and accountmanager are told only when the status changed.
 * The update is guarded on the status that was read, so of two concurrent changes one wins and the
 * other gets a Dutch CONFLICT instead of a second notification.
 */
export async function updateInstrumentApplication({ actor, input }: { actor: Actor; input: unknown }): Promise<UpdateInstrumentApplicationResult> {
  assertCan(actor, "instrument.record");
  const parsed = updateInstrumentApplicationSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const data = parsed.data;

  const { result, after } = await prisma.$transaction(async (tx) => {
    const application = await tx.instrumentApplication.findFirst({
      where: { id: data.applicationId, placement: placementWhereFor(actor, "instrument.record") },
      select: { id: true, placementId: true, status: true, instrument: { select: { name: true, needs: true } } },
    });
    if (!application) throw new AppError("NOT_FOUND");
    const placement = await findPlacementInScopeOrThrow(tx, actor, "instrument.record", application.placementId);
    if (placement.endedOn) throw new AppError("CONFLICT", { userMessage: PLACEMENT_ENDED_MESSAGE });
    const needsWageValue = application.instrument.needs.includes("LOONWAARDEMETING");
    if (needsWageValue && data.wageValuePct === null) {
      throw new FieldInputError("wageValuePct", "Vul de loonwaarde in procenten in: dit instrument vraagt een loonwaardemeting.");
    }

    const { count } = await tx.instrumentApplication.updateMany({
      where: { id: application.id, status: application.status },
      data: {
        status: data.status,
        amountCents: eurosToCents(data.amount),
        startDate: data.startDate ? isoToDbDate(data.startDate) : null,
        endDate: data.endDate ? isoToDbDate(data.endDate) : null,
        wageValuePct: needsWageValue ? data.wageValuePct : null,
      },
    });
    if (count !== 1) throw new AppError("CONFLICT", { userMessage: "Dit instrument is intussen gewijzigd. Vernieuw de pagina en probeer het opnieuw." });
    await recordCandidateAccess(tx, actor, [
      { candidateId: placement.candidateId, action: "placement.update", purpose: "Instrument bij de plaatsing bijwerken", entity: "InstrumentApplication", entityId: application.id },
    ]);

    const statusChanged = application.status !== data.status;
    const after = statusChanged
      ? await notifyInstrumentChange(tx, placement, {
          title: `Instrument ${INSTRUMENT_STATUS_LABELS[data.status].toLowerCase()}`,
          body: (employer) =>
            `${application.instrument.name} bij de plaatsing van een kandidaat bij ${employer} is nu ${INSTRUMENT_STATUS_LABELS[data.status].toLowerCase()} (was ${INSTRUMENT_STATUS_LABELS[application.status].toLowerCase()}).`,
        })
      : async () => {};
    return { result: { id: application.id, placementId: application.placementId, statusChanged }, after };
  });
  await after();
  logger.info({ instrumentApplicationId: result.id, statusChanged: result.statusChanged }, "instrument application updated");
  return result;
}
