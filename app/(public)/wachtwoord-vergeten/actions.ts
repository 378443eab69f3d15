"use server";

import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import { requestPasswordResetSchema } from "@/lib/password-reset/schemas";
import { actionClient } from "@/lib/safe-action";

/** Public: anyone may ask for a reset link; the answer never says whether the address has an account. */
export const requestPasswordResetAction = actionClient.inputSchema(requestPasswordResetSchema).action(async ({ parsedInput }) => {
  const ip = clientIpFrom(Object.fromEntries(await headers()));
  return requestPasswordReset({ input: parsedInput, ip });
});
