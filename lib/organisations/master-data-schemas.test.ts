import { describe, expect, it } from "vitest";
import { employerRegisterSearchSchema, organisationMasterDataSchema, registerSearchHref, transferOwnershipSchema } from "./master-data-schemas";

const valid = {
  organisationId: "org1",
  legalName: "Bakkerij De Korenaar B.V.",
  tradeName: "",
  street: "Kerkstraat",
  houseNumber: "12a",
  postcode: "1211ab",
  city: "Hilversum",
  municipalityCode: "GM0402",
  segment: "MKB",
  sector: "Voeding",
  size: 14,
  inclusiveEmployer: true,
  preferredSupplier: false,
  sbbRecognised: true,
  phone: "035 123 45 67",
  email: "info@korenaar.nl",
  website: "https://www.korenaar.nl",
};

function errorsOf(input: unknown) {
  const result = organisationMasterDataSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}

describe("organisationMasterDataSchema", () => {
  it("accepts valid master data and normalises postcode and empty text", () => {
    const parsed = organisationMasterDataSchema.parse(valid);
    expect(parsed.postcode).toBe("1211 AB");
    expect(parsed.tradeName).toBeNull();
    expect(organisationMasterDataSchema.parse(parsed)).toEqual(parsed); // parsing twice (action, then domain) is stable
  });

  it("gives a Dutch message for a wrong postcode", () => {
    for (const postcode of ["0123 AB", "1234", "1234 SA", "ABCD 12"]) expect(errorsOf({ ...valid, postcode }).postcode).toMatch(/Nederlandse postcode/);
  });

  it("refuses HTML and script in free text", () => {
    expect(errorsOf({ ...valid, legalName: "<script>alert(1)</script>" }).legalName).toBe("Gebruik geen HTML-tekens zoals < en >.");
    expect(errorsOf({ ...valid, sector: "Zorg <b>" }).sector).toMatch(/HTML/);
  });

  it("caps lengths and requires a name", () => {
    expect(errorsOf({ ...valid, legalName: "x".repeat(161) }).legalName).toMatch(/maximaal 160 tekens/);
    expect(errorsOf({ ...valid, legalName: "   " }).legalName).toMatch(/Vul de statutaire naam in/);
  });

  it("accepts only the four segments and a size of 0 or more", () => {
    expect(errorsOf({ ...valid, segment: "STARTUP" }).segment).toBe("Kies een segment.");
    expect(errorsOf({ ...valid, size: -1 }).size).toMatch(/niet negatief/);
    expect(errorsOf({ ...valid, size: Number.NaN }).size).toMatch(/getal/);
    expect(errorsOf({ ...valid, size: 0 })).toEqual({});
    expect(errorsOf({ ...valid, size: null })).toEqual({});
  });

  it("checks email, phone and website", () => {
    expect(errorsOf({ ...valid, email: "geen-mail" }).email).toMatch(/e-mailadres/);
    expect(errorsOf({ ...valid, phone: "bel me" }).phone).toMatch(/telefoonnummer/);
    expect(errorsOf({ ...valid, website: "javascript:alert(1)" }).website).toMatch(/https:\/\//);
  });
});

describe("transferOwnershipSchema", () => {
  it("requires a new accountmanager and caps the reason", () => {
    const result = transferOwnershipSchema.safeParse({ organisationId: "o", toUserId: "", reason: "x".repeat(501) });
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((issue) => issue.message);
    expect(messages).toContain("Kies een accountmanager.");
    expect(messages.some((m) => /maximaal 500/.test(m))).toBe(true);
  });
});

describe("employerRegisterSearchSchema", () => {
  it("drops unknown values instead of failing", () => {
    const search = employerRegisterSearchSchema.parse({ q: ["  bakker  ", "x"], segment: "NOPE", owner: "'; drop", inclusive: "1", sbb: "yes", page: "-3", sort: "evil" });
    expect(search).toMatchObject({ q: "bakker", segment: undefined, owner: undefined, inclusive: true, sbb: false, page: 1, sort: "name" });
  });

  it("builds links for other pages that keep the filters", () => {
    const search = employerRegisterSearchSchema.parse({ q: "bakker", segment: "MKB", inclusive: "1" });
    expect(registerSearchHref(search, { page: 2 })).toBe("/professional/werkgevers?q=bakker&segment=MKB&inclusive=1&page=2");
    expect(registerSearchHref(employerRegisterSearchSchema.parse({}))).toBe("/professional/werkgevers");
  });
});
