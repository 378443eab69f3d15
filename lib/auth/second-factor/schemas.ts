import { z } from "zod";
import { recordIdSchema } from "@/lib/forms/record-id";

const CODE_REQUIRED = "Vul de code uit uw authenticator-app in.";

/** A code from the authenticator app, to confirm enrolment: six digits, spaces allowed. */
export const totpCodeInputSchema = z.object({
  code: z
    .string({ error: CODE_REQUIRED })
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().min(1, CODE_REQUIRED).regex(/^\d{6}$/, "De code bestaat uit 6 cijfers, bijvoorbeeld 123456.")),
});

/** A current code to prove it is really the owner (new recovery codes, turning off): the app's code or a recovery code. */
export const currentCodeInputSchema = z.object({
  code: z
    .string({ error: "Vul een code in." })
    .trim()
    .min(1, "Vul de code uit uw authenticator-app of een herstelcode in.")
    .max(40, "Deze code is te lang."),
});

/** The ADMIN's reset: the user's id and the explicit confirmation. */
export const resetSecondFactorSchema = z.object({
  userId: recordIdSchema,
  confirm: z.literal(true, { error: "Vink aan dat u de tweede factor van deze gebruiker wilt resetten." }),
});

export type TotpCodeInput = z.infer<typeof totpCodeInputSchema>;
export type CurrentCodeInput = z.infer<typeof currentCodeInputSchema>;
export type ResetSecondFactorInput = z.infer<typeof resetSecondFactorSchema>;
