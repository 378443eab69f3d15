import "server-only";
import { FieldInputError } from "@/lib/forms/field-input-error";
import { checkSecondFactorCode } from "./check-second-factor-code";
import { TOO_MANY_CODES_MESSAGE, WRONG_CURRENT_CODE_MESSAGE } from "./messages";

/**
 * For changes to the second factor itself: the owner proves it with a current code (app or recovery code),
 * under the same growing delay as at sign-in. A wrong code is a Dutch error at the code field. Runs outside
 * the change's transaction on purpose: a refused code must still count for the delay.
 */
export async function verifyCurrentCode(user: { id: string; totpSecret: string }, code: string, now: Date): Promise<void> {
  const check = await checkSecondFactorCode(user, code, { now });
  if (check === "throttled") throw new FieldInputError("code", TOO_MANY_CODES_MESSAGE);
  if (check === "invalid") throw new FieldInputError("code", WRONG_CURRENT_CODE_MESSAGE);
}
