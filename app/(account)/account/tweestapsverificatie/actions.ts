"use server";

import { revalidatePath } from "next/cache";
import { getCurrentSessionId } from "@/lib/auth/session";
import { confirmSecondFactorEnrolment } from "@/lib/auth/second-factor/confirm-enrolment";
import { SECOND_FACTOR_PAGE_PATH } from "@/lib/auth/second-factor/paths";
import { regenerateRecoveryCodes } from "@/lib/auth/second-factor/regenerate-recovery-codes";
import { currentCodeInputSchema, totpCodeInputSchema } from "@/lib/auth/second-factor/schemas";
import { turnOffSecondFactor } from "@/lib/auth/second-factor/turn-off-second-factor";
import { withFieldErrors } from "@/lib/forms/with-field-errors";
import { actionClientFor } from "@/lib/safe-action";

/** Turns the own second factor on with a code from the app; returns the recovery codes (shown once). */
export const confirmEnrolmentAction = actionClientFor("secondFactor.manage")
  .inputSchema(totpCodeInputSchema)
  .action(async ({ parsedInput, ctx }) => {
    const sessionId = await getCurrentSessionId();
    // No revalidatePath here: re-rendering the page would replace the recovery codes, shown once, by the status
    // before the person could save them. "Ik heb de codes bewaard" loads the page afresh.
    return withFieldErrors(totpCodeInputSchema, () => confirmSecondFactorEnrolment({ actor: ctx.actor, sessionId, input: parsedInput }));
  });

/** Ten new recovery codes after a current code; the old ones stop working. */
export const regenerateRecoveryCodesAction = actionClientFor("secondFactor.manage")
  .inputSchema(currentCodeInputSchema)
  .action(async ({ parsedInput, ctx }) => {
    const sessionId = await getCurrentSessionId();
    const result = await withFieldErrors(currentCodeInputSchema, () => regenerateRecoveryCodes({ actor: ctx.actor, sessionId, input: parsedInput }));
    revalidatePath(SECOND_FACTOR_PAGE_PATH);
    return result;
  });

/** Employers and residents turn their second factor off after a current code; every session ends. */
export const turnOffSecondFactorAction = actionClientFor("secondFactor.turnOff")
  .inputSchema(currentCodeInputSchema)
  .action(async ({ parsedInput, ctx }) => withFieldErrors(currentCodeInputSchema, () => turnOffSecondFactor({ actor: ctx.actor, input: parsedInput })));
