"use server";

import { requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import { requestPasswordResetSchema } from "@/lib/password-reset/schemas";
import { actionClient } from "@/lib/safe-action";
import { requestClientAddress } from "@/lib/security/throttle/request-client-address";

/** Public: anyone may ask for a reset link; the answer never says whether the address has an account. */
export const requestPasswordResetAction = actionClient.inputSchema(requestPasswordResetSchema).action(async ({ parsedInput }) => {
  return requestPasswordReset({ input: parsedInput, clientAddress: await requestClientAddress() });
});
