"use server";

import { revalidatePath } from "next/cache";
import { addInstrumentApplication } from "@/lib/placements/add-instrument-application";
import { DOTTED_FIELD_ERRORS } from "@/lib/placements/field-errors";
import { addInstrumentApplicationSchema, updateInstrumentApplicationSchema } from "@/lib/placements/schemas";
import { updateInstrumentApplication } from "@/lib/placements/update-instrument-application";
import { actionClientFor } from "@/lib/safe-action";
import { withFieldErrors } from "@/lib/forms/with-field-errors";

function refresh(placementId: string) {
  revalidatePath(`/professional/plaatsingen/${placementId}`);
  revalidatePath(`/werkgever/plaatsingen/${placementId}`);
}

export const updateInstrumentApplicationAction = actionClientFor("instrument.record")
  .inputSchema(updateInstrumentApplicationSchema, DOTTED_FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withFieldErrors(updateInstrumentApplicationSchema, () => updateInstrumentApplication({ actor: ctx.actor, input: parsedInput }));
    refresh(result.placementId);
    return result;
  });

export const addInstrumentApplicationAction = actionClientFor("instrument.record")
  .inputSchema(addInstrumentApplicationSchema, DOTTED_FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withFieldErrors(addInstrumentApplicationSchema, () => addInstrumentApplication({ actor: ctx.actor, input: parsedInput }));
    refresh(result.placementId);
    return result;
  });
