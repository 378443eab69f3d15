import { z } from "zod";

/** One schema for the login form and the credentials check. */
export const loginSchema = z.object({
  email: z
    .string({ error: "Vul uw e-mailadres in." })
    .trim()
    .min(1, "Vul uw e-mailadres in.")
    .max(254, "Dit e-mailadres is te lang.")
    .pipe(z.email("Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.")),
  password: z
    .string({ error: "Vul uw wachtwoord in." })
    .min(1, "Vul uw wachtwoord in.")
    .max(1000, "Dit wachtwoord is te lang."),
});

export type LoginInput = z.infer<typeof loginSchema>;

/** The second step's code as typed: a 6-digit TOTP code or a recovery code; absent or empty = not given. */
export const secondFactorCodeSchema = z
  .string({ error: "Vul de code in." })
  .trim()
  .min(1, "Vul de code in.")
  .max(40, "Deze code is te lang.");
