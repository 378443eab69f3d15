import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { figuresHash } from "./compare-figures";
import { occupationClasses } from "./labour-market-data";
import { CSV_LIMITS, formatFigureRowError, parseLabourMarketCsv } from "./parse-labour-market-csv";
import { readFigures } from "./read-figures";

export const PENDING_UPLOAD_HOURS = 24;

export type UploadOutcome = { ok: true; uploadId: string } | { ok: false; errors: string[]; moreErrors: number };

/**
 * Step 1 of replacing the labour-market figures (issue 14 O4): the file is validated row by row; a bad file is
 * answered with its errors and stores nothing. A good one is kept as a pending upload (its rows, the file's hash and
 * the hash of the figures it is compared with) for the preview; nothing public changes until "Vervangen".
 */
export async function uploadLabourMarketCsv({ actor, file }: { actor: Actor; file: Uint8Array }): Promise<UploadOutcome> {
  assertCan(actor, "referenceData.manage");
  const parsed = parseLabourMarketCsv(file, new Set(occupationClasses.map((item) => item.code)));
  if ("errors" in parsed) {
    const shown = parsed.errors.slice(0, CSV_LIMITS.maxErrorsShown);
    return { ok: false, errors: shown.map(formatFigureRowError), moreErrors: parsed.errors.length - shown.length };
  }
  const baseHash = figuresHash(await readFigures());
  const upload = await prisma.$transaction(async (tx) => {
    // Previews nobody confirmed are of no use after a day.
    await tx.labourMarketUpload.deleteMany({ where: { appliedAt: null, createdAt: { lt: new Date(Date.now() - PENDING_UPLOAD_HOURS * 3_600_000) } } });
    return tx.labourMarketUpload.create({
      data: { contentHash: createHash("sha256").update(file).digest("hex"), baseHash, rows: parsed.rows, uploadedById: actor.userId },
      select: { id: true },
    });
  });
  return { ok: true, uploadId: upload.id };
}
