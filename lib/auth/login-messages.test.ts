import { describe, expect, it } from "vitest";
import { INVALID_CREDENTIALS_MESSAGE, TOO_MANY_ATTEMPTS_MESSAGE, loginErrorMessage } from "./login-messages";
import { loginSchema } from "./login-schema";

describe("login messages", () => {
  it("maps next-auth's codes to one Dutch sentence each", () => {
    expect(loginErrorMessage("CredentialsSignin")).toBe("De combinatie van e-mailadres en wachtwoord klopt niet.");
    expect(loginErrorMessage("TooManyAttempts")).toBe(TOO_MANY_ATTEMPTS_MESSAGE);
    expect(TOO_MANY_ATTEMPTS_MESSAGE).toMatch(/^Te veel mislukte pogingen\./);
    expect(loginErrorMessage("Something internal")).not.toMatch(/internal/);
    expect(loginErrorMessage(undefined)).not.toBe(INVALID_CREDENTIALS_MESSAGE);
  });

  it("has its own Dutch sentence for each refusal of the second step", () => {
    expect(loginErrorMessage("SecondFactorRequired")).toMatch(/authenticator-app/);
    expect(loginErrorMessage("SecondFactorInvalid")).toMatch(/^Deze code klopt niet/);
    expect(loginErrorMessage("SecondFactorThrottled")).toMatch(/^Te veel onjuiste codes/);
    expect(loginErrorMessage("toString")).toBe(loginErrorMessage("Something internal"));
  });

  it("validates the form in Dutch", () => {
    const issues = (input: unknown) => loginSchema.safeParse(input).error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`) ?? [];
    expect(issues({ email: "", password: "" })).toEqual(["email: Vul uw e-mailadres in.", "password: Vul uw wachtwoord in."]);
    expect(issues({ email: "geen-adres", password: "x" })).toEqual(["email: Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."]);
    expect(issues({ email: " a@b.nl ", password: "x" })).toEqual([]);
  });
});
