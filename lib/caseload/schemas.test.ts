import { describe, expect, it } from "vitest";
import { caseloadSearchHref, hasCaseloadFilters, parseCaseloadSearch, transferCandidateSchema } from "./schemas";

describe("caseload search params", () => {
  it("drops unknown or invalid values instead of failing", () => {
    expect(parseCaseloadSearch({ workReady: "misschien", availableBefore: "2026-02-31", occupationClass: "ZOR;drop", sort: "x", page: "-3" })).toEqual({
      q: undefined,
      workReady: undefined,
      availableBefore: undefined,
      occupationClass: undefined,
      workArea: undefined,
      sort: "name",
      page: 1,
    });
    expect(hasCaseloadFilters(parseCaseloadSearch({}))).toBe(false);
  });

  it("keeps valid filters, the first of repeated values and caps the search text", () => {
    const search = parseCaseloadSearch({ q: ["  nadia  ", "x"], workReady: "ja", availableBefore: "2026-06-01", occupationClass: "ZOR", sort: "available", page: "2" });
    expect(search).toMatchObject({ q: "nadia", workReady: "ja", availableBefore: "2026-06-01", occupationClass: "ZOR", sort: "available", page: 2 });
    expect(hasCaseloadFilters(search)).toBe(true);
    expect(parseCaseloadSearch({ q: "a".repeat(300) }).q).toHaveLength(100);
  });

  it("builds links for another page without defaults", () => {
    const search = parseCaseloadSearch({ q: "bou", workReady: "nee" });
    expect(caseloadSearchHref(search, { page: 2 })).toBe("/professional/kandidaten?q=bou&workReady=nee&page=2");
    expect(caseloadSearchHref(parseCaseloadSearch({}))).toBe("/professional/kandidaten");
  });
});

describe("transferCandidateSchema", () => {
  const valid = { candidateId: "c1", toUserId: "u2", reason: "Verhuisd naar Huizen, collega in dat werkgebied." };

  it("accepts a bemiddelaar and a written reason", () => {
    expect(transferCandidateSchema.parse(valid)).toEqual(valid);
  });

  it("asks for a bemiddelaar and a reason of at least 10 characters, in Dutch", () => {
    const result = transferCandidateSchema.safeParse({ candidateId: "c1", toUserId: "", reason: "kort" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    expect(messages).toEqual(["toUserId: Kies een bemiddelaar.", "reason: Schrijf op waarom u de kandidaat overdraagt (minimaal 10 tekens)."]);
    expect(transferCandidateSchema.safeParse({ ...valid, reason: "<script>alert(1)</script>" }).success).toBe(false);
  });
});
