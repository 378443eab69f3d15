"use server";

import { getCurrentSessionId } from "@/lib/auth/session";
import { confirmSecondFactorEnrolment } from "@/lib/auth/second-factor/confirm-enrolment";
import { totpCodeInputSchema } from "@/lib/auth/second-factor/schemas";
import { withFieldErrors } from "@/lib/forms/with-field-errors";
import { enrolmentActionClientFor } from "@/lib/safe-action";

/**
 * The forced enrolment of a professional (a session that must enrol, which every other action refuses):
 * turns the second factor on, makes this session a normal one and returns the recovery codes (shown once).
 */
export const confirmForcedEnrolmentAction = enrolmentActionClientFor("secondFactor.manage")
  .inputSchema(totpCodeInputSchema)
  .action(async ({ parsedInput, ctx }) => {
    const sessionId = await getCurrentSessionId();
    return withFieldErrors(totpCodeInputSchema, () => confirmSecondFactorEnrolment({ actor: ctx.actor, sessionId, input: parsedInput }));
  });
