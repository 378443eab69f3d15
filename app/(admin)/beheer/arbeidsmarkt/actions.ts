"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { CSV_LIMITS } from "@/lib/labour-market/parse-labour-market-csv";
import { replaceLabourMarketFigures, replaceLabourMarketFiguresSchema } from "@/lib/labour-market/replace-labour-market-figures";
import { uploadLabourMarketCsv, type UploadOutcome } from "@/lib/labour-market/upload-labour-market-csv";
import { actionClientFor } from "@/lib/safe-action";

const uploadSchema = z.object({ file: z.instanceof(File, { error: "Kies een CSV-bestand." }) });

/** Validates the file and keeps it as a pending upload; a bad file is answered with its errors and stores nothing. */
export const uploadLabourMarketCsvAction = actionClientFor("referenceData.manage")
  .inputSchema(uploadSchema)
  .action(async ({ parsedInput, ctx }): Promise<UploadOutcome> => {
    const { file } = parsedInput;
    // Checked before the file is read into memory.
    if (file.size > CSV_LIMITS.maxBytes) return { ok: false, errors: [`Het bestand is groter dan ${CSV_LIMITS.maxBytesLabel}. Upload alleen de cijfers, als CSV.`], moreErrors: 0 };
    return uploadLabourMarketCsv({ actor: ctx.actor, file: new Uint8Array(await file.arrayBuffer()) });
  });

export const replaceLabourMarketFiguresAction = actionClientFor("referenceData.manage")
  .inputSchema(replaceLabourMarketFiguresSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await replaceLabourMarketFigures({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/arbeidsmarkt");
    revalidatePath("/beheer/arbeidsmarkt");
    return result;
  });
