import { describe, expect, it } from "vitest";
import { accessActionLabel, GENERIC_ACCESS_LABEL } from "./action-labels";

describe("accessActionLabel", () => {
  it("says in Dutch what happened", () => {
    expect(accessActionLabel("candidate.read")).toBe("bekeek uw gegevens");
    expect(accessActionLabel("candidate.list")).toBe("zag u in een lijst");
    expect(accessActionLabel("candidate.update")).toBe("wijzigde uw profiel");
    expect(accessActionLabel("cv.download")).toBe("downloadde uw cv");
    expect(accessActionLabel("match.read")).toMatch(/passende vacatures/);
    // Names the demo seed uses.
    expect(accessActionLabel("assessment.create")).toBe("legde een werkfit-beoordeling vast");
    expect(accessActionLabel("proposal.read")).toBe("bekeek een voordracht van u");
  });

  it("has a generic label for an unknown action, also for names of Object.prototype", () => {
    expect(accessActionLabel("something.new")).toBe(GENERIC_ACCESS_LABEL);
    expect(accessActionLabel("toString")).toBe(GENERIC_ACCESS_LABEL);
    expect(accessActionLabel("__proto__")).toBe(GENERIC_ACCESS_LABEL);
  });
});
