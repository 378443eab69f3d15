"use server";

import { revalidatePath } from "next/cache";
import { logContactMoment } from "@/lib/contacts/log-contact-moment";
import { logContactMomentSchema } from "@/lib/contacts/schemas";
import { organisationMasterDataSchema, transferOwnershipSchema } from "@/lib/organisations/master-data-schemas";
import { transferOrganisationOwnership } from "@/lib/organisations/transfer-organisation-ownership";
import { updateOrganisationMasterData } from "@/lib/organisations/update-organisation-master-data";
import { actionClientFor } from "@/lib/safe-action";
import { withFieldErrors } from "@/lib/forms/with-field-errors";

export const logContactMomentAction = actionClientFor("contact.log")
  .inputSchema(logContactMomentSchema)
  .action(async ({ parsedInput, ctx }) => {
    const moment = await logContactMoment({ actor: ctx.actor, input: parsedInput });
    revalidatePath(`/professional/werkgevers/${parsedInput.organisationId}`);
    revalidatePath("/professional/opvolging");
    return moment;
  });

export const updateOrganisationMasterDataAction = actionClientFor("organisation.editMasterData")
  .inputSchema(organisationMasterDataSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withFieldErrors(organisationMasterDataSchema, () =>
      updateOrganisationMasterData({ actor: ctx.actor, input: parsedInput }),
    );
    revalidatePath("/professional/werkgevers");
    revalidatePath(`/professional/werkgevers/${result.id}`);
    return result;
  });

export const transferOwnershipAction = actionClientFor("organisation.transferOwnership")
  .inputSchema(transferOwnershipSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await withFieldErrors(transferOwnershipSchema, () =>
      transferOrganisationOwnership({ actor: ctx.actor, input: parsedInput }),
    );
    revalidatePath("/professional/werkgevers");
    revalidatePath(`/professional/werkgevers/${result.id}`);
    return result;
  });
