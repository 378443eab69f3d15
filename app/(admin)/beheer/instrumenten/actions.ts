"use server";

import { revalidatePath } from "next/cache";
import { markInstrumentCheckedSchema, updateInstrumentSchema } from "@/lib/instruments/admin-schemas";
import { markInstrumentChecked } from "@/lib/instruments/mark-instrument-checked";
import { updateInstrument } from "@/lib/instruments/update-instrument";
import { withFieldErrors } from "@/lib/forms/with-field-errors";
import { actionClientFor } from "@/lib/safe-action";

// The domain functions parse the raw input themselves (the links arrive as one text).

function revalidate(code: string) {
  revalidatePath("/beheer/instrumenten");
  revalidatePath("/instrumenten");
  revalidatePath(`/instrumenten/${code}`);
}

export const updateInstrumentAction = actionClientFor("referenceData.manage")
  .inputSchema(updateInstrumentSchema)
  .action(async ({ clientInput, ctx }) => {
    const result = await withFieldErrors(updateInstrumentSchema, () => updateInstrument({ actor: ctx.actor, input: clientInput }));
    revalidate(result.code);
    return result;
  });

export const markInstrumentCheckedAction = actionClientFor("referenceData.manage")
  .inputSchema(markInstrumentCheckedSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await markInstrumentChecked({ actor: ctx.actor, input: parsedInput });
    revalidate(result.code);
    return { code: result.code };
  });
