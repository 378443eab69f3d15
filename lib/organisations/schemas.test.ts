import { describe, expect, it } from "vitest";
import { NO_HTML_MESSAGE } from "@/lib/forms/free-text";
import { normalisePostcode } from "./postcode";
import { decideJoinRequestSchema, KVK_MESSAGE, registerOnBehalfSchema, registerOrganisationSchema } from "./schemas";

const valid = {
  kvkNumber: "12345678",
  legalName: "Bakkerij De Gooise Korrel B.V.",
  street: "Havenstraat",
  houseNumber: "12a",
  postcode: "1211ab",
  city: "Hilversum",
  municipalityCode: "GM0402",
  contactName: "Fatima el Amrani",
  email: "  Fatima@Bakkerij.NL ",
  phone: "035 123 45 67",
  password: "een-lang-wachtwoord",
};

async function errorsFor(input: Record<string, unknown>) {
  const result = await registerOrganisationSchema.safeParseAsync(input);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

describe("registerOrganisationSchema", () => {
  it("accepts a complete registration and normalises postcode, email and KvK", async () => {
    const parsed = await registerOrganisationSchema.parseAsync({ ...valid, kvkNumber: "1234 5678" });
    expect(parsed.postcode).toBe("1211 AB");
    expect(parsed.email).toBe("fatima@bakkerij.nl");
    expect(parsed.kvkNumber).toBe("12345678");
  });

  it.each(["1234567", "123456789", "1234567a", "abcdefgh", "12-345678"])("refuses KvK number %s", async (kvkNumber) => {
    expect((await errorsFor({ ...valid, kvkNumber })).kvkNumber).toBe(KVK_MESSAGE);
  });

  it("asks for a missing KvK number", async () => {
    expect((await errorsFor({ ...valid, kvkNumber: "" })).kvkNumber).toBe("Vul het KvK-nummer in.");
  });

  it.each(["0123 AB", "1234", "1234 A", "12345 AB", "1234 SA", "1234 SS", "AB 1234"])("refuses postcode %s", async (postcode) => {
    expect((await errorsFor({ ...valid, postcode })).postcode).toBe("Vul een Nederlandse postcode in, bijvoorbeeld 1211 AB.");
  });

  it.each(["geen-mail", "naam@", "@bedrijf.nl", "naam bedrijf@x.nl"])("refuses email %s", async (email) => {
    expect((await errorsFor({ ...valid, email })).email).toBe("Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.");
  });

  it("refuses a short password and one with too few different characters", async () => {
    expect((await errorsFor({ ...valid, password: "kort-1234" })).password).toBe("Kies een wachtwoord van minimaal 12 tekens.");
    expect((await errorsFor({ ...valid, password: "aaaaaaaaaaaaaaa" })).password).toBe("Gebruik meer verschillende tekens in uw wachtwoord.");
    expect((await errorsFor({ ...valid, password: "x".repeat(129) })).password).toBe("Een wachtwoord heeft maximaal 128 tekens.");
  });

  it("refuses a common password, in any letter case", async () => {
    expect((await errorsFor({ ...valid, password: "qwerty123456" })).password).toBe("Dit wachtwoord is te bekend; kies een ander.");
    expect((await errorsFor({ ...valid, password: "Password1234" })).password).toBe("Dit wachtwoord is te bekend; kies een ander.");
    expect((await errorsFor(valid)).password).toBeUndefined();
  });

  it("refuses HTML or script in free text", async () => {
    expect((await errorsFor({ ...valid, legalName: "<script>alert(1)</script>" })).legalName).toBe(NO_HTML_MESSAGE);
    expect((await errorsFor({ ...valid, contactName: "Jan <b>" })).contactName).toBe(NO_HTML_MESSAGE);
    expect((await errorsFor({ ...valid, city: "Hilversum>" })).city).toBe(NO_HTML_MESSAGE);
  });

  it("refuses too long text", async () => {
    expect((await errorsFor({ ...valid, legalName: "a".repeat(201) })).legalName).toBe("Gebruik maximaal 200 tekens.");
    expect((await errorsFor({ ...valid, street: "s".repeat(101) })).street).toBe("Gebruik maximaal 100 tekens.");
  });

  it("refuses an unknown municipality value and a bad phone or house number", async () => {
    expect((await errorsFor({ ...valid, municipalityCode: "" })).municipalityCode).toBe("Kies de gemeente.");
    expect((await errorsFor({ ...valid, municipalityCode: "Hilversum" })).municipalityCode).toBe("Kies de gemeente.");
    expect((await errorsFor({ ...valid, phone: "bel me" })).phone).toMatch(/^Vul een telefoonnummer in/);
    expect((await errorsFor({ ...valid, houseNumber: "twaalf" })).houseNumber).toBe("Vul een huisnummer in, bijvoorbeeld 12 of 12a.");
  });

  it("accepts buiten de regio", async () => {
    expect((await registerOrganisationSchema.safeParseAsync({ ...valid, municipalityCode: "OUTSIDE" })).success).toBe(true);
  });
});

describe("registerOnBehalfSchema", () => {
  it("needs no contact person", () => {
    const { kvkNumber, legalName, street, houseNumber, postcode, city, municipalityCode } = valid;
    expect(registerOnBehalfSchema.safeParse({ kvkNumber, legalName, street, houseNumber, postcode, city, municipalityCode }).success).toBe(true);
  });
});

describe("decideJoinRequestSchema", () => {
  it("knows only accept and refuse", () => {
    expect(decideJoinRequestSchema.safeParse({ joinRequestId: "abc", decision: "ACCEPT" }).success).toBe(true);
    expect(decideJoinRequestSchema.safeParse({ joinRequestId: "abc", decision: "MAYBE" }).success).toBe(false);
  });
});

describe("normalisePostcode", () => {
  it.each([
    ["1211ab", "1211 AB"],
    [" 1211 Ab ", "1211 AB"],
    ["3755 XY", "3755 XY"],
  ])("%s → %s", (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });
  it("gives null for non-Dutch postcodes", () => {
    expect(normalisePostcode("B-1000")).toBeNull();
  });
});
