"use server";

import { requestEmailChange } from "@/lib/account/request-email-change";
import { changeEmailSchema } from "@/lib/account/schemas";
import { withFieldErrors } from "@/lib/forms/with-field-errors";
import { actionClientFor } from "@/lib/safe-action";

/** Own e-mail address: mails a confirmation link to the new address; the same answer whether or not it is taken. */
export const changeEmailAction = actionClientFor("account.changeEmail")
  .inputSchema(changeEmailSchema)
  .action(async ({ parsedInput, ctx }) => withFieldErrors(changeEmailSchema, () => requestEmailChange({ actor: ctx.actor, input: parsedInput })));
