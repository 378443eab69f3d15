import { z } from "zod";
import { loginSchema } from "@/lib/auth/login-schema";
import { passwordSchema } from "@/lib/auth/password-policy";

const currentPassword = z
  .string({ error: "Vul uw huidige wachtwoord in." })
  .min(1, "Vul uw huidige wachtwoord in.")
  .max(1000, "Dit wachtwoord is te lang.");

/** The new password follows the one policy, with the same messages as the reset page. */
export const changePasswordSchema = z.object({ currentPassword, newPassword: passwordSchema });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const changeEmailSchema = z.object({ newEmail: loginSchema.shape.email, currentPassword });
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;
