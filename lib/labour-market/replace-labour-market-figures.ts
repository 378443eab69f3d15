import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAdminChange } from "@/lib/audit/record-admin-change";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordIdSchema } from "@/lib/forms/record-id";
import { compareFigures, figuresHash } from "./compare-figures";
import { occupationClasses } from "./labour-market-data";
import { pendingUploadRows } from "./pending-upload-rows";
import { readFigures } from "./read-figures";
import { PENDING_UPLOAD_HOURS } from "./upload-labour-market-csv";
import { validateFigureRows } from "./validate-figure-rows";

export const replaceLabourMarketFiguresSchema = z.object({ uploadId: recordIdSchema });

const STALE = "De cijfers zijn gewijzigd nadat u dit bestand uploadde, of het voorbeeld is ouder dan een dag. Upload het bestand opnieuw en bekijk het nieuwe voorbeeld.";

/**
 * Step 3, "Vervangen": the figures become exactly the pending upload's rows, in one transaction with its audit entry.
 * Idempotent: a second click on the same upload changes nothing and answers the same. Refused when the figures
 * changed after the preview was made (the preview would have shown the wrong changes).
 */
export async function replaceLabourMarketFigures({ actor, input }: { actor: Actor; input: unknown }): Promise<{ replaced: number; alreadyDone: boolean }> {
  assertCan(actor, "referenceData.manage");
  const parsed = replaceLabourMarketFiguresSchema.safeParse(input);
  if (!parsed.success) throw new AppError("NOT_FOUND");
  const { uploadId } = parsed.data;

  return prisma.$transaction(async (tx) => {
    // Locks the upload row, so a double click waits here and then sees appliedAt.
    const claimed = await tx.labourMarketUpload.updateMany({ where: { id: uploadId, appliedAt: null }, data: { appliedAt: new Date() } });
    const upload = await tx.labourMarketUpload.findUnique({ where: { id: uploadId } });
    if (!upload) throw new AppError("NOT_FOUND");
    const rows = pendingUploadRows(upload.rows);
    if (claimed.count === 0) return { replaced: rows.length, alreadyDone: true };

    if (upload.createdAt.getTime() < Date.now() - PENDING_UPLOAD_HOURS * 3_600_000) throw new AppError("CONFLICT", { userMessage: STALE });
    // Take the table lock first: two uploads replacing at the same moment run one after the other.
    await tx.$executeRaw`LOCK TABLE "LabourMarketFigure" IN SHARE ROW EXCLUSIVE MODE`;
    const current = await readFigures(tx);
    if (figuresHash(current) !== upload.baseHash) throw new AppError("CONFLICT", { userMessage: STALE });
    // Checked again: the rows were valid when uploaded, and must still be (the stored JSON is input too).
    const revalidated = validateFigureRows(
      rows.map((row, index) => ({ line: index + 2, section: row.section, category: row.category, measure: row.measure, value: String(row.value) })),
      new Set(occupationClasses.map((item) => item.code)),
    );
    if ("errors" in revalidated) throw new AppError("INVALID_INPUT", { userMessage: "Dit bestand is niet meer geldig. Upload het opnieuw." });

    const { counts } = compareFigures(current, revalidated.rows);
    await tx.labourMarketFigure.deleteMany({});
    await tx.labourMarketFigure.createMany({ data: revalidated.rows.map((row, position) => ({ ...row, position })) });
    await recordAdminChange(tx, actor, {
      action: "labourMarket.replace",
      purpose: `Arbeidsmarktcijfers vervangen (${counts.changed} gewijzigd, ${counts.new} nieuw, ${counts.removed} vervallen)`,
      entity: "LabourMarketUpload",
      entityId: uploadId,
    });
    return { replaced: revalidated.rows.length, alreadyDone: false };
  });
}
