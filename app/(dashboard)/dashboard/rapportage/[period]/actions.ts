"use server";

import { revalidatePath } from "next/cache";
import { saveReportCommentary } from "@/lib/reports/save-report-commentary";
import { saveReportCommentarySchema } from "@/lib/reports/schemas";
import { actionClientFor } from "@/lib/safe-action";

export const saveReportCommentaryAction = actionClientFor("report.comment")
  .inputSchema(saveReportCommentarySchema)
  .action(async ({ parsedInput, ctx }) => {
    const saved = await saveReportCommentary({ actor: ctx.actor, input: parsedInput });
    revalidatePath(`/dashboard/rapportage/${parsedInput.period}`);
    return saved;
  });
