import { describe, expect, it } from "vitest";
import { PASSWORD_TOO_COMMON_MESSAGE, PASSWORD_TOO_SHORT_MESSAGE } from "@/lib/auth/password-policy";
import { RESET_LINK_INVALID_MESSAGE, RESET_REQUESTED_MESSAGE } from "./messages";
import { passwordResetMail } from "./request-password-reset";
import { hashResetToken, isWellFormedResetToken, newResetToken } from "./reset-token";
import { requestPasswordResetSchema, resetPasswordSchema } from "./schemas";

const fieldErrors = async (schema: typeof resetPasswordSchema | typeof requestPasswordResetSchema, input: unknown) => {
  const result = await schema.safeParseAsync(input);
  // The first message per field, as the form shows it.
  return result.success ? {} : Object.fromEntries(result.error.issues.reverse().map((issue) => [issue.path.join("."), issue.message]));
};

describe("reset tokens", () => {
  it("are 32 random bytes in base64url, different every time, and only their SHA-256 hash is stored", () => {
    const token = newResetToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(newResetToken()).not.toBe(token);
    expect(hashResetToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashResetToken(token)).toBe(hashResetToken(token));
    expect(hashResetToken(token)).not.toBe(hashResetToken(newResetToken()));
  });

  it("refuses anything that is not a well-formed token", () => {
    expect(isWellFormedResetToken(newResetToken())).toBe(true);
    for (const value of ["", "abc", "../../etc/passwd", `${newResetToken()}x`, "+".repeat(43), undefined, null, 42]) {
      expect(isWellFormedResetToken(value)).toBe(false);
    }
  });
});

describe("reset schemas", () => {
  it("asks for a valid e-mail address in Dutch and trims the spaces around it", async () => {
    expect(await fieldErrors(requestPasswordResetSchema, { email: "" })).toEqual({ email: "Vul uw e-mailadres in." });
    expect(await fieldErrors(requestPasswordResetSchema, { email: "geen-adres" })).toEqual({
      email: "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
    });
    expect(requestPasswordResetSchema.parse({ email: " naam@voorbeeld.nl " })).toEqual({ email: "naam@voorbeeld.nl" });
  });

  it("applies the password policy to the new password, with the Dutch messages", async () => {
    const token = newResetToken();
    expect(await fieldErrors(resetPasswordSchema, { token, password: "kort" })).toEqual({ password: PASSWORD_TOO_SHORT_MESSAGE });
    expect(await fieldErrors(resetPasswordSchema, { token, password: "password1234" })).toEqual({ password: PASSWORD_TOO_COMMON_MESSAGE });
    expect(await fieldErrors(resetPasswordSchema, { token, password: "Nieuw-wachtwoord-Gooi-2026" })).toEqual({});
  });

  it("refuses a malformed token with the one sentence for a link that does not work", async () => {
    expect(await fieldErrors(resetPasswordSchema, { token: "abc", password: "Nieuw-wachtwoord-Gooi-2026" })).toEqual({ token: RESET_LINK_INVALID_MESSAGE });
    expect(await fieldErrors(resetPasswordSchema, { password: "Nieuw-wachtwoord-Gooi-2026" })).toEqual({ token: RESET_LINK_INVALID_MESSAGE });
  });
});

describe("reset messages and mail", () => {
  it("answers every request with the same sentence", () => {
    expect(RESET_REQUESTED_MESSAGE).toBe("Als er een account bij dit e-mailadres hoort, ontvangt u binnen enkele minuten een e-mail met een link.");
  });

  it("mails only the link into the portal", () => {
    const token = newResetToken();
    const mail = passwordResetMail(token, "https://portaal.example.nl/");
    expect(mail.subject).toBe("Uw wachtwoord herstellen");
    expect(mail.text).toContain(`https://portaal.example.nl/wachtwoord-herstellen/${token}`);
    expect(mail.html).toContain(`href="https://portaal.example.nl/wachtwoord-herstellen/${token}"`);
    expect(mail.text).not.toContain("@");
  });
});
