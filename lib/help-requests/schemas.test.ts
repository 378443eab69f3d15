import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { helpRequestFieldsSchema, registerJobseekerSchema, routingRuleFieldsSchema } from "./schemas";

const valid = {
  firstName: "Sanne",
  lastName: "de Vries",
  email: "Sanne@Example.nl",
  password: "Een lange zin als wachtwoord",
  birthDate: "14-05-1990",
  municipalityCode: "GM0402",
  question: "FIND_WORK",
  text: "  ",
  shareWithPartners: true,
  submissionKey: randomUUID(),
};

/** The first message per field, as the form shows it. */
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries([...(result.error?.issues ?? [])].reverse().map((issue) => [issue.path.join("."), issue.message]));

describe("aanmelding schemas", () => {
  it("normalises valid input, and parses its own output again (form → action → domain function)", async () => {
    const parsed = await registerJobseekerSchema.parseAsync(valid);
    expect(parsed).toMatchObject({ email: "sanne@example.nl", birthDate: "1990-05-14", text: null, shareWithPartners: true });
    expect(await registerJobseekerSchema.parseAsync(parsed)).toEqual(parsed);
    expect(helpRequestFieldsSchema.parse({ question: "NO_BENEFIT", submissionKey: valid.submissionKey })).toMatchObject({ text: null, shareWithPartners: false });
  });

  it("says in Dutch what is wrong, per field", async () => {
    const result = await registerJobseekerSchema.safeParseAsync({ ...valid, firstName: "", email: "x", password: "kort", birthDate: "99-99-1990", municipalityCode: "", question: "", text: "<b>", submissionKey: "" });
    expect(messages(result)).toEqual({
      firstName: "Vul uw voornaam in.",
      email: "Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.",
      password: "Kies een wachtwoord van minimaal 12 tekens.",
      birthDate: "Deze datum bestaat niet. Vul uw geboortedatum in, bijvoorbeeld 14-05-1990.",
      municipalityCode: "Kies uw gemeente.",
      question: "Kies wat het beste bij uw vraag past.",
      text: "Gebruik geen HTML-tekens zoals < en >.",
      submissionKey: "Het formulier is verlopen. Vernieuw de pagina en probeer het opnieuw.",
    });
  });

  it("refuses a common password next to the field", async () => {
    const result = await registerJobseekerSchema.safeParseAsync({ ...valid, password: "1qaz2wsx3edc" });
    expect(messages(result)).toEqual({ password: "Dit wachtwoord is te bekend; kies een ander." });
  });
});

describe("routing rule schema", () => {
  const rule = { question: "FIND_WORK", partnerOrganisationId: "p1", team: "Team", priority: "100", maxAge: "", normWorkingDays: "5", active: true };

  it("turns typed numbers into numbers and an empty maxAge into null", () => {
    expect(routingRuleFieldsSchema.parse(rule)).toMatchObject({ priority: 100, maxAge: null, normWorkingDays: 5, active: true });
    expect(routingRuleFieldsSchema.parse({ ...rule, maxAge: "26", active: undefined })).toMatchObject({ maxAge: 26, active: false });
    expect(routingRuleFieldsSchema.parse(routingRuleFieldsSchema.parse(rule))).toMatchObject({ priority: 100, maxAge: null });
  });

  it("refuses numbers outside the limits in Dutch", () => {
    expect(messages(routingRuleFieldsSchema.safeParse({ ...rule, priority: "abc", maxAge: "10", normWorkingDays: "" }))).toEqual({
      priority: "Vul een heel getal in, zonder punt of komma.",
      maxAge: "De maximale leeftijd is leeg of een getal van 15 tot en met 100.",
      normWorkingDays: "Vul de norm in werkdagen in.",
    });
  });
});
