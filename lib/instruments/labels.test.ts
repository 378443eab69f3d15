import { describe, expect, it } from "vitest";
import { kindLabel, providerLabel, sortByLabel } from "./labels";

describe("labels", () => {
  it("gives Dutch labels for known codes and a readable fallback for new ones", () => {
    expect(providerLabel("GEMEENTE")).toBe("Gemeente");
    expect(providerLabel("MBO_COLLEGE")).toBe("MBO College Hilversum");
    expect(providerLabel("NIEUWE_PARTNER")).toBe("Nieuwe partner");
    expect(kindLabel("belastingvoordeel")).toBe("Belastingvoordeel");
    expect(kindLabel("nieuw")).toBe("Nieuw");
  });

  it("sorts codes by their label", () => {
    expect(sortByLabel(["UWV", "GEMEENTE", "DUO"], providerLabel)).toEqual(["DUO", "GEMEENTE", "UWV"]);
  });
});
