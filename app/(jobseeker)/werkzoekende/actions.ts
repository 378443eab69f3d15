"use server";

import { resendVerificationMail } from "@/lib/email-verification/resend-verification-mail";
import { actionClientFor } from "@/lib/safe-action";

/** "Stuur de e-mail opnieuw" in the banner of an account that has not confirmed its address (decision 019). */
export const resendVerificationMailAction = actionClientFor("account.resendVerification").action(async ({ ctx }) =>
  resendVerificationMail({ actor: ctx.actor }),
);
