import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordIdSchema } from "@/lib/forms/record-id";
import { compareFigures, figuresHash, type FigureComparison } from "./compare-figures";
import { pendingUploadRows } from "./pending-upload-rows";
import { readFigures } from "./read-figures";
import { PENDING_UPLOAD_HOURS } from "./upload-labour-market-csv";

export type LabourMarketUploadPreview = {
  id: string;
  createdAt: Date;
  appliedAt: Date | null;
  /** Someone replaced the figures after this upload was compared, or the preview is older than a day. */
  stale: boolean;
  comparison: FigureComparison;
};

/** Step 2: the preview of a pending upload, compared with the figures of now. NOT_FOUND for an unknown or odd id. */
export async function getLabourMarketUpload({ actor, uploadId }: { actor: Actor; uploadId: string }): Promise<LabourMarketUploadPreview> {
  assertCan(actor, "referenceData.manage");
  const id = recordIdSchema.safeParse(uploadId);
  const upload = id.success ? await prisma.labourMarketUpload.findUnique({ where: { id: id.data } }) : null;
  if (!upload) throw new AppError("NOT_FOUND");
  const current = await readFigures();
  const expired = upload.createdAt.getTime() < Date.now() - PENDING_UPLOAD_HOURS * 3_600_000;
  return {
    id: upload.id,
    createdAt: upload.createdAt,
    appliedAt: upload.appliedAt,
    stale: !upload.appliedAt && (expired || figuresHash(current) !== upload.baseHash),
    comparison: compareFigures(current, pendingUploadRows(upload.rows)),
  };
}
