"use server";

import { revalidatePath } from "next/cache";
import { followUpLowScore } from "@/lib/aftercare/follow-up-low-score";
import { recordEmployeeAftercare } from "@/lib/aftercare/record-employee-aftercare";
import { assessTrial } from "@/lib/placements/assess-trial";
import { endPlacement } from "@/lib/placements/end-placement";
import { DOTTED_FIELD_ERRORS } from "@/lib/placements/field-errors";
import { handlePlacementSignal } from "@/lib/placements/handle-signal";
import { raisePlacementSignal } from "@/lib/placements/raise-signal";
import { assessTrialSchema, employeeAftercareSchema, endPlacementSchema, followUpSchema, handleSignalSchema, raiseSignalSchema } from "@/lib/placements/schemas";
import { actionClientFor } from "@/lib/safe-action";
import { withFieldErrors } from "@/lib/forms/with-field-errors";


function refresh(placementId: string) {
  revalidatePath("/professional/plaatsingen");
  revalidatePath(`/professional/plaatsingen/${placementId}`);
  revalidatePath("/professional");
}

export const endPlacementAction = actionClientFor("placement.end")
  .inputSchema(endPlacementSchema, DOTTED_FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withFieldErrors(endPlacementSchema, () => endPlacement({ actor: ctx.actor, input: parsedInput }));
    refresh(result.id);
    return result;
  });

export const assessTrialAction = actionClientFor("placement.end")
  .inputSchema(assessTrialSchema, DOTTED_FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const result = await assessTrial({ actor: ctx.actor, input: parsedInput });
    refresh(result.id);
    return result;
  });

export const recordEmployeeAftercareAction = actionClientFor("employeeAftercare.record")
  .inputSchema(employeeAftercareSchema, DOTTED_FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const result = await recordEmployeeAftercare({ actor: ctx.actor, input: parsedInput });
    refresh(result.placementId);
    return result;
  });

export const raiseSignalAction = actionClientFor("placement.signal")
  .inputSchema(raiseSignalSchema, DOTTED_FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const result = await raisePlacementSignal({ actor: ctx.actor, input: parsedInput });
    refresh(parsedInput.placementId);
    return result;
  });

export const handleSignalAction = actionClientFor("placementSignal.handle")
  .inputSchema(handleSignalSchema, DOTTED_FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const result = await handlePlacementSignal({ actor: ctx.actor, input: parsedInput });
    refresh(result.id);
    return result;
  });

export const followUpAction = actionClientFor("employerAftercare.manage")
  .inputSchema(followUpSchema, DOTTED_FIELD_ERRORS)
  .action(async ({ parsedInput, ctx }) => {
    const result = await followUpLowScore({ actor: ctx.actor, input: parsedInput });
    refresh(result.placementId);
    return result;
  });
