import { describe, expect, it } from "vitest";
import { linksToLines, parseLinkLines, updateInstrumentSchema } from "./admin-schemas";

const valid = {
  code: "LKS",
  summary: "Subsidie aan de werkgever.",
  forWhom: "Inwoners onder de Participatiewet",
  conditions: "",
  amounts: "Maximaal 70% van het minimumloon",
  typicalDuration: "",
  links: "Regeling | https://www.rijksoverheid.nl/lks\nhttps://www.uwv.nl/werkgevers",
  checkedOn: "2026-11-24",
};

describe("updateInstrumentSchema", () => {
  it("turns empty optional texts into null and parses the links", () => {
    const parsed = updateInstrumentSchema.parse(valid);
    expect(parsed).toMatchObject({ conditions: null, typicalDuration: null, amounts: "Maximaal 70% van het minimumloon" });
    expect(parsed.links).toEqual([
      { label: "Regeling", url: "https://www.rijksoverheid.nl/lks" },
      { label: "www.uwv.nl", url: "https://www.uwv.nl/werkgevers" },
    ]);
  });

  it("refuses http, javascript: and half addresses with a Dutch message naming the link", () => {
    for (const bad of ["Info | http://www.uwv.nl", "javascript:alert(1)", "Info | https://localhost", "Info | www.uwv.nl"]) {
      const result = updateInstrumentSchema.safeParse({ ...valid, links: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/^Link 1: .*https:\/\//);
    }
  });

  it("refuses more than ten links, HTML in a description, a missing summary and an impossible date", () => {
    const many = Array.from({ length: 11 }, (_, i) => `L${i} | https://www.uwv.nl/${i}`).join("\n");
    expect(updateInstrumentSchema.safeParse({ ...valid, links: many }).error?.issues[0]?.message).toMatch(/maximaal 10 links/);
    expect(parseLinkLines("<b>x</b> | https://www.uwv.nl")).toEqual({ error: expect.stringMatching(/HTML/) });
    const errors = updateInstrumentSchema.safeParse({ ...valid, summary: " ", checkedOn: "2026-02-30" }).error?.flatten().fieldErrors;
    expect(errors?.summary?.[0]).toBe("Vul een korte omschrijving in.");
    expect(errors?.checkedOn?.[0]).toMatch(/geldige datum/);
  });

  it("writes links back in the form the textarea reads", () => {
    const links = [{ label: "Regeling", url: "https://www.rijksoverheid.nl/lks" }];
    expect(parseLinkLines(linksToLines(links))).toEqual({ links });
  });
});
