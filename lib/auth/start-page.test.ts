import { describe, expect, it } from "vitest";
import { landingPathFor, startPageFor } from "./start-page";

describe("startPageFor", () => {
  it("sends each role to its start page", () => {
    expect(startPageFor("EMPLOYER")).toBe("/werkgever");
    expect(startPageFor("JOBSEEKER")).toBe("/werkzoekende");
    expect(startPageFor("ACCOUNT_MANAGER")).toBe("/professional");
    expect(startPageFor("JOB_MEDIATOR")).toBe("/professional");
    expect(startPageFor("REGIONAL_STAFF")).toBe("/dashboard");
    expect(startPageFor("ADMIN")).toBe("/beheer");
  });
});

describe("landingPathFor", () => {
  it("uses a safe return path the role may open", () => {
    expect(landingPathFor("EMPLOYER", "/werkgever/vacatures?status=open")).toBe("/werkgever/vacatures?status=open");
    expect(landingPathFor("JOB_MEDIATOR", "/dashboard")).toBe("/dashboard");
    expect(landingPathFor("JOBSEEKER", "/vacatures")).toBe("/vacatures");
  });

  it("falls back to the start page for unsafe paths or another role's portal", () => {
    expect(landingPathFor("JOBSEEKER", "/professional/profiel")).toBe("/werkzoekende");
    expect(landingPathFor("EMPLOYER", "https://evil.example/werkgever")).toBe("/werkgever");
    expect(landingPathFor("ADMIN", undefined)).toBe("/beheer");
    expect(landingPathFor("EMPLOYER", "/werkgevers-info")).toBe("/werkgevers-info");
  });
});
