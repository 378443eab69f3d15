"use server";

import { revalidatePath } from "next/cache";
import { transferCandidateSchema } from "@/lib/caseload/schemas";
import { transferCandidateOwnership } from "@/lib/caseload/transfer-candidate-ownership";
import { withFieldErrors } from "@/lib/forms/with-field-errors";
import { transferOwnershipSchema } from "@/lib/organisations/master-data-schemas";
import { transferOrganisationOwnership } from "@/lib/organisations/transfer-organisation-ownership";
import { actionClientFor } from "@/lib/safe-action";

// The admin's work list: only users.manage may post here; the existing transfers check their own permission
// (organisation.transferOwnership, candidate.transferOwnership) and the new owner's role again.

function revalidate() {
  revalidatePath("/beheer/gebruikers/zonder-eigenaar");
  revalidatePath("/beheer/gebruikers", "layout");
}

export const reassignEmployerAction = actionClientFor("users.manage")
  .inputSchema(transferOwnershipSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withFieldErrors(transferOwnershipSchema, () => transferOrganisationOwnership({ actor: ctx.actor, input: parsedInput }));
    revalidate();
    return { id: result.id };
  });

export const reassignCandidateAction = actionClientFor("users.manage")
  .inputSchema(transferCandidateSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withFieldErrors(transferCandidateSchema, () => transferCandidateOwnership({ actor: ctx.actor, input: parsedInput }));
    revalidate();
    return { id: result.id };
  });
