import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "@/tests/e2e/support/demo-users";
import { TEST_PASSWORD } from "@/tests/factories/users";
import { isCommonPassword, passwordPolicyProblem, passwordSchema, PASSWORD_TOO_COMMON_MESSAGE, PASSWORD_TOO_SHORT_MESSAGE } from "./password-policy";

describe("password policy", () => {
  it("refuses fewer than 12 characters", async () => {
    expect(await passwordPolicyProblem("Kort-wacht1")).toBe("TOO_SHORT");
    expect(await passwordPolicyProblem("")).toBe("TOO_SHORT");
    expect(await passwordPolicyProblem("Twaalf tkns!")).toBeNull();
  });

  it("refuses passwords on the shipped common-passwords list, whatever the letter case", async () => {
    for (const common of ["qwerty123456", "QWERTY123456", "1qaz2wsx3edc", "Password1234", "123456789012"]) {
      expect(await passwordPolicyProblem(common), common).toBe("TOO_COMMON");
    }
    expect(await isCommonPassword("password")).toBe(true);
    expect(await isCommonPassword("PassWord")).toBe(true);
  });

  it("accepts the passwords the demo, the tests and the e2e helpers use", async () => {
    for (const password of [DEMO_PASSWORD, TEST_PASSWORD, "Een lange eigen wachtzin 2026", "Een lange zin als wachtwoord", "een-lang-wachtwoord", "Mijn eigen lange wachtzin", "Een lange zin als wachtwoord 2026", "Een heel ander wachtwoord"]) {
      expect(await passwordPolicyProblem(password), password).toBeNull();
    }
  });

  it("gives the Dutch message next to the field", async () => {
    const messageFor = async (password: string) => (await passwordSchema.safeParseAsync(password)).error?.issues[0]?.message;
    expect(await messageFor("kort")).toBe(PASSWORD_TOO_SHORT_MESSAGE);
    expect(PASSWORD_TOO_SHORT_MESSAGE).toBe("Kies een wachtwoord van minimaal 12 tekens.");
    expect(await messageFor("qwertyuiop123")).toBe(PASSWORD_TOO_COMMON_MESSAGE);
    expect(PASSWORD_TOO_COMMON_MESSAGE).toBe("Dit wachtwoord is te bekend; kies een ander.");
    expect(await messageFor("Een lange eigen wachtzin 2026")).toBeUndefined();
  });
});
