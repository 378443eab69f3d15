"use server";

import { revalidatePath } from "next/cache";
import { completeDeletion } from "@/lib/privacy/complete-deletion";
import { refuseDeletion } from "@/lib/privacy/refuse-deletion";
import { completeDeletionSchema, refuseDeletionSchema } from "@/lib/privacy/schemas";
import { actionClientFor } from "@/lib/safe-action";

export const completeDeletionAction = actionClientFor("privacy.handleDeletion")
  .inputSchema(completeDeletionSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await completeDeletion({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/beheer/privacy");
    revalidatePath(`/beheer/privacy/${result.requestId}`);
    return result;
  });

export const refuseDeletionAction = actionClientFor("privacy.handleDeletion")
  .inputSchema(refuseDeletionSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await refuseDeletion({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/beheer/privacy");
    revalidatePath(`/beheer/privacy/${result.requestId}`);
    return result;
  });
