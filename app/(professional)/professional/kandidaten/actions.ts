"use server";

import { returnValidationErrors } from "next-safe-action";
import { revalidatePath } from "next/cache";
import { transferCandidateSchema } from "@/lib/caseload/schemas";
import { transferCandidateOwnership } from "@/lib/caseload/transfer-candidate-ownership";
import { actionClientFor } from "@/lib/safe-action";
import { withFieldErrors } from "@/lib/forms/with-field-errors";
import { DOTTED_FIELD_ERRORS, isAssessmentInputError, issuesToTree } from "@/lib/work-readiness/field-errors";
import { recordWorkReadinessAssessment } from "@/lib/work-readiness/record-work-readiness-assessment";
import { assessmentSchema } from "@/lib/work-readiness/schemas";

export const transferCandidateAction = actionClientFor("candidate.transferOwnership")
  .inputSchema(transferCandidateSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withFieldErrors(transferCandidateSchema, () => transferCandidateOwnership({ actor: ctx.actor, input: parsedInput }));
    revalidatePath("/professional/kandidaten");
    revalidatePath(`/professional/kandidaten/${result.id}`);
    return { id: result.id };
  });

// The shape is checked here; the domain function checks every score against the active rule.
const assessmentShape = assessmentSchema();

export const recordWorkReadinessAction = actionClientFor("assessment.record")
  .inputSchema(assessmentShape, DOTTED_FIELD_ERRORS)
  .action(async ({ clientInput, ctx }) => {
    try {
      const result = await recordWorkReadinessAssessment({ actor: ctx.actor, input: clientInput });
      revalidatePath("/professional/kandidaten");
      revalidatePath(`/professional/kandidaten/${result.candidateId}`);
      return { id: result.id, candidateId: result.candidateId };
    } catch (error) {
      if (isAssessmentInputError(error)) returnValidationErrors(assessmentShape, issuesToTree(error.issues) as never);
      throw error;
    }
  });
