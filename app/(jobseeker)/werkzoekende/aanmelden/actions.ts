"use server";

import { returnValidationErrors } from "next-safe-action";
import { getActor } from "@/lib/auth/session";
import { registerJobseeker } from "@/lib/help-requests/register-jobseeker";
import { EMAIL_TAKEN_MESSAGE, helpRequestFieldsSchema, registerJobseekerSchema } from "@/lib/help-requests/schemas";
import { submitHelpRequest } from "@/lib/help-requests/submit-help-request";
import { actionClient, actionClientFor } from "@/lib/safe-action";
import { withFieldErrors } from "@/lib/forms/with-field-errors";

/**
 * Public: a visitor creates an account and states a help question (J1). No login, so the public
 * client; the domain function refuses logged-in users and validates again.
 */
export const registerJobseekerAction = actionClient.inputSchema(registerJobseekerSchema).action(async ({ parsedInput }) => {
  const actor = await getActor();
  const result = await withFieldErrors(registerJobseekerSchema, () => registerJobseeker({ actor, input: parsedInput }));
  if (result.outcome === "emailTaken") {
    returnValidationErrors(registerJobseekerSchema, { email: { _errors: [EMAIL_TAKEN_MESSAGE] } });
  }
  return result;
});

/** A logged-in resident asks a new help question for their own record. */
export const submitHelpRequestAction = actionClientFor("helpRequest.submit")
  .inputSchema(helpRequestFieldsSchema)
  .action(async ({ parsedInput, ctx }) => submitHelpRequest({ actor: ctx.actor, input: parsedInput }));
