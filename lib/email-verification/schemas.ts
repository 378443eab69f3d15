import { z } from "zod";
import { RESET_TOKEN_PATTERN } from "@/lib/password-reset/schemas";
import { EMAIL_LINK_INVALID_MESSAGE } from "./messages";

export const confirmEmailSchema = z.object({
  token: z.string({ error: EMAIL_LINK_INVALID_MESSAGE }).regex(RESET_TOKEN_PATTERN, EMAIL_LINK_INVALID_MESSAGE),
});
export type ConfirmEmailInput = z.infer<typeof confirmEmailSchema>;
