import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { UNKNOWN_PARTNER_MESSAGE, UNKNOWN_WORK_AREA_MESSAGE } from "./messages";

type Db = Pick<Prisma.TransactionClient, "partnerOrganisation" | "workArea">;

/** The chosen partner organisation and work areas exist; otherwise a Dutch message at that field. */
export async function checkAccountReferences(db: Db, refs: { partnerOrganisationId: string | null; workAreaIds: string[] }): Promise<void> {
  if (refs.partnerOrganisationId) {
    const partner = await db.partnerOrganisation.findUnique({ where: { id: refs.partnerOrganisationId }, select: { id: true } });
    if (!partner) throw new FieldInputError("partnerOrganisationId", UNKNOWN_PARTNER_MESSAGE);
  }
  if (refs.workAreaIds.length > 0) {
    const found = await db.workArea.count({ where: { id: { in: refs.workAreaIds } } });
    if (found !== refs.workAreaIds.length) throw new FieldInputError("workAreaIds", UNKNOWN_WORK_AREA_MESSAGE);
  }
}
