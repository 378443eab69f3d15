import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { currentTime } from "@/lib/time/current-time";
import { todayDbDate } from "@/lib/time/calendar-dates";
import { markInstrumentCheckedSchema } from "./admin-schemas";

/** "Vandaag gecontroleerd": the instrument's information was checked today (Amsterdam date), audited. */
export async function markInstrumentChecked({ actor, input }: { actor: Actor; input: unknown }): Promise<{ code: string; checkedOn: Date }> {
  assertCan(actor, "referenceData.manage");
  const parsed = markInstrumentCheckedSchema.safeParse(input);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  const { code } = parsed.data;
  const checkedOn = todayDbDate(await currentTime());
  await prisma.$transaction(async (tx) => {
    const updated = await tx.instrument.updateMany({ where: { code }, data: { checkedOn } });
    if (updated.count === 0) throw new AppError("NOT_FOUND");
    await recordAdminChange(tx, actor, { action: "instrument.check", purpose: "Instrument gecontroleerd", entity: "Instrument", entityId: code });
  });
  return { code, checkedOn };
}
