"use server";

import { confirmEmail } from "@/lib/email-verification/confirm-email";
import { confirmEmailSchema } from "@/lib/email-verification/schemas";
import { actionClient } from "@/lib/safe-action";

/** Public: the link in the mail is the permission; the domain function claims it inside its transaction. */
export const confirmEmailAction = actionClient.inputSchema(confirmEmailSchema).action(async ({ parsedInput }) => confirmEmail(parsedInput));
