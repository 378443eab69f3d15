"use server";

import { changePassword } from "@/lib/account/change-password";
import { changePasswordSchema } from "@/lib/account/schemas";
import { withFieldErrors } from "@/lib/forms/with-field-errors";
import { actionClientFor } from "@/lib/safe-action";

/** Own password: a wrong current password is answered at its field; success ends every session. */
export const changePasswordAction = actionClientFor("account.changePassword")
  .inputSchema(changePasswordSchema)
  .action(async ({ parsedInput, ctx }) => withFieldErrors(changePasswordSchema, () => changePassword({ actor: ctx.actor, input: parsedInput })));
