"use server";

import { revalidatePath } from "next/cache";
import { updateProgrammeProjectSchema } from "@/lib/programme-monitor/schemas";
import { updateProgrammeProject } from "@/lib/programme-monitor/update-programme-project";
import { actionClientFor } from "@/lib/safe-action";

export const updateProgrammeProjectAction = actionClientFor("programmeMonitor.edit")
  .inputSchema(updateProgrammeProjectSchema)
  .action(async ({ parsedInput, ctx }) => {
    const updated = await updateProgrammeProject({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/dashboard/programma");
    revalidatePath(`/dashboard/programma/${updated.id}`);
    return { id: updated.id, statusChanged: updated.statusChanged };
  });
