"use server";

import { CHECK_EMAIL_ANSWER, type RegistrationAnswer } from "@/lib/auth/registration-answer";
import { getActor } from "@/lib/auth/session";
import { registerJobseeker } from "@/lib/help-requests/register-jobseeker";
import { helpRequestFieldsSchema, registerJobseekerSchema } from "@/lib/help-requests/schemas";
import { submitHelpRequest } from "@/lib/help-requests/submit-help-request";
import { actionClient, actionClientFor } from "@/lib/safe-action";
import { withFieldErrors } from "@/lib/forms/with-field-errors";
import { requestClientAddress } from "@/lib/security/throttle/request-client-address";

/**
 * Public: a visitor creates an account and states a help question (J1). No login, so the public
 * client; the domain function refuses logged-in users and validates again. A new address and one that
 * already has an account get the same answer, "check your e-mail" (finding 15.3).
 */
export const registerJobseekerAction = actionClient
  .inputSchema(registerJobseekerSchema)
  .action(async ({ parsedInput }): Promise<RegistrationAnswer> => {
    const actor = await getActor();
    const clientAddress = await requestClientAddress();
    const result = await withFieldErrors(registerJobseekerSchema, () => registerJobseeker({ actor, input: parsedInput, clientAddress }));
    return result.outcome === "throttled" ? result : CHECK_EMAIL_ANSWER;
  });

/** A logged-in resident asks a new help question for their own record. */
export const submitHelpRequestAction = actionClientFor("helpRequest.submit")
  .inputSchema(helpRequestFieldsSchema)
  .action(async ({ parsedInput, ctx }) => submitHelpRequest({ actor: ctx.actor, input: parsedInput }));
