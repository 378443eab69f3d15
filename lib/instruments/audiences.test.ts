import { describe, expect, it } from "vitest";
import data from "@/prisma/seed-data/instruments.json";
import { AUDIENCES, deriveAudiences, type AudienceKey } from "./audiences";

const byCode = new Map(data.instruments.map((instrument) => [instrument.code, deriveAudiences(instrument.forWhom)]));

function codesFor(key: AudienceKey): string[] {
  return data.instruments.filter((instrument) => deriveAudiences(instrument.forWhom).includes(key)).map((i) => i.code);
}

describe("audience filters", () => {
  it("put every instrument in the guide in at least one audience", () => {
    for (const [code, audiences] of byCode) expect(audiences.length, code).toBeGreaterThan(0);
  });

  it("leave no audience empty", () => {
    for (const audience of AUDIENCES) expect(codesFor(audience.key).length, audience.key).toBeGreaterThan(0);
  });

  it("group the instruments as a visitor would expect", () => {
    expect(codesFor("werkgevers")).toEqual(expect.arrayContaining(["BIA", "LKV", "LIV", "SLIM", "SROI", "BBL"]));
    expect(codesFor("arbeidsbeperking")).toEqual(expect.arrayContaining(["NO_RISK", "JOBCOACH", "WERKPLEKAANPASSING", "LOONDISPENSATIE", "LKS"]));
    expect(codesFor("uitkering")).toEqual(expect.arrayContaining(["PROEFPLAATSING", "SCHOLING_WW", "LOONDISPENSATIE", "LKS"]));
    expect(codesFor("jongeren")).toEqual(["BBL"]);
    expect(codesFor("werkzoekenden")).toEqual(expect.arrayContaining(["RTF", "PROEFPLAATSING", "LLL_KREDIET"]));
    expect(codesFor("werkgevers")).not.toContain("JOBCOACH");
  });

  it("match case-insensitively", () => {
    expect(deriveAudiences("WW-GERECHTIGDEN")).toContain("uitkering");
    expect(deriveAudiences("iets heel anders")).toEqual([]);
  });
});
