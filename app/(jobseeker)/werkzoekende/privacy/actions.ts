"use server";

import { revalidatePath } from "next/cache";
import { requestDeletion } from "@/lib/privacy/request-deletion";
import { requestDeletionSchema } from "@/lib/privacy/schemas";
import { actionClientFor } from "@/lib/safe-action";

export const requestDeletionAction = actionClientFor("privacy.requestDeletion")
  .inputSchema(requestDeletionSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await requestDeletion({ actor: ctx.actor, input: { ...parsedInput, confirmed: true } });
    revalidatePath("/werkzoekende/privacy");
    return { created: result.created, message: result.message };
  });
