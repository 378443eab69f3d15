"use server";

import { revalidatePath } from "next/cache";
import { actionClientFor } from "@/lib/safe-action";
import { advanceClock, advanceClockSchema } from "@/lib/demo-clock/advance-clock";
import { JOBS } from "@/lib/scheduled-jobs";

export const advanceClockAction = actionClientFor("clock.control")
  .inputSchema(advanceClockSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { now, jobs } = await advanceClock({ actor: ctx.actor, input: parsedInput, jobs: JOBS });
    revalidatePath("/", "layout");
    return { now: now.toISOString(), ran: jobs.filter((job) => job.status === "ran").length };
  });
