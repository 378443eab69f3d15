"use server";

import { revalidatePath } from "next/cache";
import { resetSecondFactor } from "@/lib/auth/second-factor/reset-second-factor";
import { resetSecondFactorSchema } from "@/lib/auth/second-factor/schemas";
import { actionClientFor } from "@/lib/safe-action";

/** ADMIN: "Tweede factor resetten" — removes the user's secret and recovery codes and ends their sessions (audited). */
export const resetSecondFactorAction = actionClientFor("secondFactor.reset")
  .inputSchema(resetSecondFactorSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await resetSecondFactor({ actor: ctx.actor, input: parsedInput });
    revalidatePath(`/beheer/gebruikers/${parsedInput.userId}/tweestapsverificatie`);
    return result;
  });
