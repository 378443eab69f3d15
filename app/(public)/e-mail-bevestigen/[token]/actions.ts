"use server";

import { confirmEmail } from "@/lib/email-verification/confirm-email";
import { confirmEmailSchema } from "@/lib/email-verification/schemas";
import { actionClient } from "@/lib/safe-action";
import { admitClient } from "@/lib/security/throttle/admit-client";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { requestClientAddress } from "@/lib/security/throttle/request-client-address";

/** Public: the link in the mail is the permission; the domain function claims it inside its transaction. Limited per client (finding 15.3). */
export const confirmEmailAction = actionClient.inputSchema(confirmEmailSchema).action(async ({ parsedInput }) => {
  const admission = await admitClient(THROTTLE.emailConfirmationClient, await requestClientAddress());
  if (!admission.admitted) return { outcome: "throttled", message: admission.message } as const;
  return confirmEmail(parsedInput);
});
