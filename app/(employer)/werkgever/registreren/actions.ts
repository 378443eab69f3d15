"use server";

import { CHECK_EMAIL_ANSWER, type RegistrationAnswer } from "@/lib/auth/registration-answer";
import { getActor } from "@/lib/auth/session";
import { registerOrganisation } from "@/lib/organisations/register-organisation";
import { registerOrganisationSchema } from "@/lib/organisations/schemas";
import { actionClient } from "@/lib/safe-action";
import { requestClientAddress } from "@/lib/security/throttle/request-client-address";

/**
 * Public: a visitor registers their organisation (E1). No login, so the public client; the domain
 * function refuses logged-in users and validates again. A new organisation, a known KvK number and an
 * address that already has an account all get the same answer, "check your e-mail" (finding 15.3).
 */
export const registerOrganisationAction = actionClient
  .inputSchema(registerOrganisationSchema)
  .action(async ({ parsedInput }): Promise<RegistrationAnswer> => {
    const result = await registerOrganisation({ actor: await getActor(), input: parsedInput, clientAddress: await requestClientAddress() });
    return result.outcome === "throttled" ? result : CHECK_EMAIL_ANSWER;
  });
