import { describe, expect, it } from "vitest";
import { createProposalSchema, declineProposalSchema, interviewOutcomeSchema, proposalListFilterSchema, withdrawProposalSchema } from "./schemas";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  // The first message per field, as the form shows it.
  Object.fromEntries((result.error?.issues ?? []).reverse().map((issue) => [issue.path.join("."), issue.message]));

describe("proposal schemas", () => {
  it("needs a motivation of 20 to 2000 characters, in Dutch", () => {
    const base = { candidateId: "c1", vacancyId: "v1" };
    expect(errorsOf(createProposalSchema.safeParse({ ...base, motivation: "" }))).toEqual({ motivation: "Schrijf waarom deze kandidaat bij de vacature past." });
    expect(errorsOf(createProposalSchema.safeParse({ ...base, motivation: "te kort" })).motivation).toContain("minstens 20 tekens");
    expect(errorsOf(createProposalSchema.safeParse({ ...base, motivation: "x".repeat(2001) })).motivation).toContain("maximaal 2000");
    expect(createProposalSchema.safeParse({ ...base, motivation: "  Een motivatie die lang genoeg is.  " }).success).toBe(true);
  });

  it("needs text for 'anders' when declining, and a known reason", () => {
    expect(errorsOf(declineProposalSchema.safeParse({ proposalId: "p", reason: "OTHER", text: " " }))).toEqual({ text: "Schrijf de reden op als u 'Anders' kiest." });
    expect(errorsOf(declineProposalSchema.safeParse({ proposalId: "p", reason: "" })).reason).toBe("Kies een reden.");
    expect(declineProposalSchema.safeParse({ proposalId: "p", reason: "HOURS" }).success).toBe(true);
  });

  it("withdraw needs a reason; the outcome is positive or negative; an unknown status filter is ignored", () => {
    expect(errorsOf(withdrawProposalSchema.safeParse({ proposalId: "p", reason: "" })).reason).toBe("Schrijf waarom u de voordracht intrekt.");
    expect(errorsOf(interviewOutcomeSchema.safeParse({ proposalId: "p", outcome: "X" })).outcome).toBe("Kies hoe het gesprek ging.");
    expect(proposalListFilterSchema.parse({ status: "NONSENSE" })).toEqual({ status: undefined });
    expect(proposalListFilterSchema.parse({ status: "INVITED" })).toEqual({ status: "INVITED" });
  });
});
