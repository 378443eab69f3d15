"use server";

import { resetPassword } from "@/lib/password-reset/reset-password";
import { resetPasswordSchema } from "@/lib/password-reset/schemas";
import { actionClient } from "@/lib/safe-action";
import { admitClient } from "@/lib/security/throttle/admit-client";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { requestClientAddress } from "@/lib/security/throttle/request-client-address";

/**
 * Public: the link in the mail is the permission; the domain function checks it again inside its transaction.
 * A limit per client comes first: each try would hash a password (finding 15.3).
 */
export const resetPasswordAction = actionClient.inputSchema(resetPasswordSchema).action(async ({ parsedInput }) => {
  const admission = await admitClient(THROTTLE.passwordResetLinkClient, await requestClientAddress());
  if (!admission.admitted) return { outcome: "throttled", message: admission.message } as const;
  return resetPassword(parsedInput);
});
