"use server";

import { revalidatePath } from "next/cache";
import { withFieldErrors } from "@/lib/forms/with-field-errors";
import { actionClientFor } from "@/lib/safe-action";
import { createProfessionalAccount } from "@/lib/users/create-professional-account";
import { resendInvitation } from "@/lib/users/resend-invitation";
import { revokeInvitation } from "@/lib/users/revoke-invitation";
import {
  createProfessionalAccountSchema,
  resendInvitationSchema,
  revokeInvitationSchema,
  setUserDisabledSchema,
  updateProfessionalAccountSchema,
} from "@/lib/users/schemas";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { updateProfessionalAccount } from "@/lib/users/update-professional-account";

// Create and update hand the raw input to the domain function, which parses it itself (the schema's
// transforms, such as "" → null for "no partner", cannot be parsed twice).

function revalidateUser(userId: string) {
  revalidatePath("/beheer/gebruikers");
  revalidatePath(`/beheer/gebruikers/${userId}`);
  revalidatePath("/beheer/gebruikers/zonder-eigenaar");
}

export const createProfessionalAccountAction = actionClientFor("users.manage")
  .inputSchema(createProfessionalAccountSchema)
  .action(async ({ clientInput, ctx }) => {
    const result = await withFieldErrors(createProfessionalAccountSchema, () => createProfessionalAccount({ actor: ctx.actor, input: clientInput }));
    revalidateUser(result.userId);
    return result;
  });

export const updateProfessionalAccountAction = actionClientFor("users.manage")
  .inputSchema(updateProfessionalAccountSchema)
  .action(async ({ clientInput, ctx }) => {
    const result = await withFieldErrors(updateProfessionalAccountSchema, () => updateProfessionalAccount({ actor: ctx.actor, input: clientInput }));
    revalidateUser(result.userId);
    return result;
  });

export const setUserDisabledAction = actionClientFor("users.manage")
  .inputSchema(setUserDisabledSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await setUserDisabled({ actor: ctx.actor, input: parsedInput });
    revalidateUser(result.userId);
    return result;
  });

export const resendInvitationAction = actionClientFor("users.manage")
  .inputSchema(resendInvitationSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await resendInvitation({ actor: ctx.actor, input: parsedInput });
    revalidateUser(parsedInput.userId);
    return result;
  });

export const revokeInvitationAction = actionClientFor("users.manage")
  .inputSchema(revokeInvitationSchema)
  .action(async ({ parsedInput, ctx }) => {
    const result = await revokeInvitation({ actor: ctx.actor, input: parsedInput });
    revalidateUser(parsedInput.userId);
    return result;
  });
