"use server";

import { returnValidationErrors } from "next-safe-action";
import { getActor } from "@/lib/auth/session";
import { registerOrganisation } from "@/lib/organisations/register-organisation";
import { EMAIL_TAKEN_MESSAGE, registerOrganisationSchema } from "@/lib/organisations/schemas";
import { actionClient } from "@/lib/safe-action";

/**
 * Public: a visitor registers their organisation (E1). No login, so the public client; the domain
 * function refuses logged-in users and validates again.
 */
export const registerOrganisationAction = actionClient
  .inputSchema(registerOrganisationSchema)
  .action(async ({ parsedInput }) => {
    const result = await registerOrganisation({ actor: await getActor(), input: parsedInput });
    if (result.outcome === "emailTaken") {
      returnValidationErrors(registerOrganisationSchema, { email: { _errors: [EMAIL_TAKEN_MESSAGE] } });
    }
    return result;
  });
