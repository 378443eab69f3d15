"use server";

import { revalidatePath } from "next/cache";
import { completeFollowUp } from "@/lib/contacts/complete-follow-up";
import { completeFollowUpSchema } from "@/lib/contacts/schemas";
import { actionClientFor } from "@/lib/safe-action";

export const completeFollowUpAction = actionClientFor("followUp.complete")
  .inputSchema(completeFollowUpSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await completeFollowUp({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/professional/opvolging");
    return result;
  });
