import { z } from "zod";
import { loginSchema } from "@/lib/auth/login-schema";
import { passwordSchema } from "@/lib/auth/password-policy";
import { RESET_LINK_INVALID_MESSAGE } from "./messages";

/** A reset token: 32 random bytes in base64url, always 43 characters of A–Z, a–z, 0–9, "-" and "_". */
export const RESET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const requestPasswordResetSchema = z.object({ email: loginSchema.shape.email });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetSchema>;

export const resetPasswordSchema = z.object({
  token: z.string({ error: RESET_LINK_INVALID_MESSAGE }).regex(RESET_TOKEN_PATTERN, RESET_LINK_INVALID_MESSAGE),
  password: passwordSchema,
});
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
