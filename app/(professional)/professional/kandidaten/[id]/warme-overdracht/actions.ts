"use server";

import { revalidatePath } from "next/cache";
import { createHandover } from "@/lib/handovers/create-handover";
import { createHandoverSchema } from "@/lib/handovers/schemas";
import { actionClientFor } from "@/lib/safe-action";
import { withFieldErrors } from "@/lib/forms/with-field-errors";

export const createHandoverAction = actionClientFor("handover.create")
  .inputSchema(createHandoverSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withFieldErrors(createHandoverSchema, () => createHandover({ actor: ctx.actor, input: parsedInput }));
    revalidatePath("/professional/overdrachten");
    return { id: result.id, status: result.status };
  });
