"use server";

import { revalidatePath } from "next/cache";
import { answerEmployerAftercare } from "@/lib/aftercare/answer-employer-aftercare";
import { DOTTED_FIELD_ERRORS } from "@/lib/placements/field-errors";
import { employerAftercareSchema } from "@/lib/placements/schemas";
import { actionClientFor } from "@/lib/safe-action";

export const answerEmployerAftercareAction = actionClientFor("employerAftercare.answer")
  .inputSchema(employerAftercareSchema, DOTTED_FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const result = await answerEmployerAftercare({ actor: ctx.actor, input: parsedInput });
    revalidatePath("/werkgever/plaatsingen");
    revalidatePath(`/werkgever/plaatsingen/${result.placementId}`);
    revalidatePath("/werkgever");
    return result;
  });
