import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { reviewCutoffIso } from "./review";

export type AdminInstrumentRow = { code: string; name: string; kind: string; checkedOn: Date; dueForReview: boolean };

/** Every instrument for ADMIN, with the "Te controleren" list: checked six months ago or longer, oldest first. */
export async function findInstrumentsForReview({ actor, now }: { actor: Actor; now: Date }): Promise<{ all: AdminInstrumentRow[]; dueForReview: AdminInstrumentRow[] }> {
  assertCan(actor, "referenceData.manage");
  const cutoff = isoToDbDate(reviewCutoffIso(now));
  const rows = await prisma.instrument.findMany({ select: { code: true, name: true, kind: true, checkedOn: true }, orderBy: { name: "asc" } });
  const all = rows.map((row) => ({ ...row, dueForReview: row.checkedOn.getTime() <= cutoff.getTime() }));
  const dueForReview = all.filter((row) => row.dueForReview).sort((a, b) => a.checkedOn.getTime() - b.checkedOn.getTime() || a.name.localeCompare(b.name, "nl"));
  return { all, dueForReview };
}
