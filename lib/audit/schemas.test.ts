import { describe, expect, it } from "vitest";
import { auditSearchHref, parseAuditSearch } from "./schemas";

describe("parseAuditSearch", () => {
  it("accepts empty filters and trims values", () => {
    expect(parseAuditSearch({})).toMatchObject({ search: { kandidaat: undefined, email: undefined }, errors: {} });
    expect(parseAuditSearch({ email: "  femke@demo.nl ", kandidaat: "abc123", van: "2026-11-01", tot: "2026-11-30", pagina: "2" }).search).toEqual({
      email: "femke@demo.nl",
      kandidaat: "abc123",
      van: "2026-11-01",
      tot: "2026-11-30",
      pagina: 2,
    });
  });

  it("gives a Dutch message per bad field and searches nothing", () => {
    const parsed = parseAuditSearch({ email: "geen-adres", kandidaat: "<script>", van: "2026-02-30", tot: "gisteren" });
    expect(parsed.search).toBeNull();
    expect(parsed.errors).toEqual({
      email: "Vul een e-mailadres in, zoals naam@voorbeeld.nl.",
      kandidaat: "Een kandidaatnummer bestaat alleen uit letters en cijfers.",
      van: "Vul een datum in, zoals 2026-11-24.",
      tot: "Vul een datum in, zoals 2026-11-30.",
    });
    expect(parsed.values.kandidaat).toBe("<script>");
  });

  it("refuses an end date before the start date", () => {
    expect(parseAuditSearch({ van: "2026-11-10", tot: "2026-11-01" }).errors).toEqual({ tot: "De einddatum ligt voor de begindatum." });
  });

  it("falls back to page 1 for a bad page number", () => {
    expect(parseAuditSearch({ pagina: "abc" }).search?.pagina).toBe(1);
    expect(parseAuditSearch({ pagina: ["3", "4"] }).search?.pagina).toBe(3);
  });
});

describe("auditSearchHref", () => {
  it("keeps the filters and leaves out page 1", () => {
    expect(auditSearchHref({ email: "a@b.nl", kandidaat: undefined, van: undefined, tot: undefined }, 1)).toBe("/beheer/audit?email=a%40b.nl");
    expect(auditSearchHref({ email: undefined, kandidaat: "c1", van: "2026-11-01", tot: undefined }, 3)).toBe("/beheer/audit?kandidaat=c1&van=2026-11-01&pagina=3");
  });
});
