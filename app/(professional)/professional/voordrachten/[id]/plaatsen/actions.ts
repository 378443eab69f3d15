"use server";

import { revalidatePath } from "next/cache";
import { DOTTED_FIELD_ERRORS } from "@/lib/placements/field-errors";
import { recordPlacement } from "@/lib/placements/record-placement";
import { recordPlacementSchema } from "@/lib/placements/schemas";
import { actionClientFor } from "@/lib/safe-action";
import { withFieldErrors } from "@/lib/forms/with-field-errors";

export const recordPlacementAction = actionClientFor("placement.record")
  .inputSchema(recordPlacementSchema, DOTTED_FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withFieldErrors(recordPlacementSchema, () => recordPlacement({ actor: ctx.actor, input: parsedInput }));
    revalidatePath("/professional/plaatsingen");
    revalidatePath(`/professional/voordrachten/${parsedInput.proposalId}`);
    return result;
  });
