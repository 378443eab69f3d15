"use server";

import { revalidatePath } from "next/cache";
import { actionClientFor } from "@/lib/safe-action";
import { advanceClock, advanceClockSchema } from "@/lib/time/advance-clock";

export const advanceClockAction = actionClientFor("clock.control")
  .inputSchema(advanceClockSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { now, jobs } = await advanceClock({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/", "layout");
    return { now: now.toISOString(), ran: jobs.filter((job) => job.status === "ran").length };
  });
