"use server";

import { resetPassword } from "@/lib/password-reset/reset-password";
import { resetPasswordSchema } from "@/lib/password-reset/schemas";
import { actionClient } from "@/lib/safe-action";

/** Public: the link in the mail is the permission; the domain function checks it again inside its transaction. */
export const resetPasswordAction = actionClient.inputSchema(resetPasswordSchema).action(async ({ parsedInput }) => resetPassword(parsedInput));
