import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { currentTime } from "@/lib/time/current-time";
import { isoToDbDate, todayIso } from "@/lib/time/calendar-dates";
import { updateInstrumentSchema } from "./admin-schemas";

/** ADMIN changes an instrument's texts, amounts, links and "laatst gecontroleerd" date (issue 14 O4), audited. */
export async function updateInstrument({ actor, input }: { actor: Actor; input: unknown }): Promise<{ code: string }> {
  assertCan(actor, "referenceData.manage");
  const parsed = updateInstrumentSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { code, links, checkedOn, ...texts } = parsed.data;
  // "Today" follows the portal's clock (the demo clock in a demo), so it is checked here and not in the form schema.
  if (checkedOn > todayIso(await currentTime())) throw new FieldInputError("checkedOn", "De controledatum mag niet in de toekomst liggen.");

  await prisma.$transaction(async (tx) => {
    const updated = await tx.instrument.updateMany({ where: { code }, data: { ...texts, checkedOn: isoToDbDate(checkedOn) } });
    if (updated.count === 0) throw new AppError("NOT_FOUND");
    await tx.instrumentLink.deleteMany({ where: { instrumentCode: code } });
    await tx.instrumentLink.createMany({ data: links.map((link, position) => ({ instrumentCode: code, position, ...link })) });
    await recordAdminChange(tx, actor, { action: "instrument.update", purpose: "Instrument gewijzigd", entity: "Instrument", entityId: code });
  });
  return { code };
}
