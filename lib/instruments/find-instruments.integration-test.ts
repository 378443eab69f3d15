import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { findInstrumentFilterOptions } from "./find-instrument-filter-options";
import { findInstruments } from "./find-instruments";
import { getInstrument } from "./get-instrument";
import { parseInstrumentSearch } from "./schemas";

const checkedOn = new Date("2026-03-18");

const INSTRUMENTS = [
  {
    code: "LKS",
    name: "Loonkostensubsidie",
    kind: "werkgeversinstrument",
    providers: ["GEMEENTE"],
    executedBy: "bemiddelaar",
    summary: "Subsidie aan de werkgever voor een werknemer met verminderde loonwaarde.",
    forWhom: "Inwoners onder de Participatiewet met een vastgestelde loonwaarde onder het WML",
    needs: ["LOONWAARDEMETING"],
    checkedOn,
  },
  {
    code: "LOONWAARDEMETING",
    name: "Loonwaardemeting",
    kind: "expertise",
    providers: ["GEMEENTE", "UWV"],
    executedBy: "bemiddelaar",
    summary: "Experts stellen de loonwaarde vast.",
    forWhom: "Werkgevers en kandidaten bij inzet van LKS",
    needs: [],
    checkedOn,
  },
  {
    code: "NO_RISK",
    name: "No-riskpolis",
    kind: "werkgeversinstrument",
    providers: ["UWV"],
    executedBy: "bemiddelaar",
    summary: "Dekt de loonkosten bij ziekte.",
    forWhom: "Werknemers in het doelgroepregister of met een arbeidsbeperking",
    needs: [],
    checkedOn,
  },
  {
    code: "BBL",
    name: "BBL-leerwerkbaan",
    kind: "leerwerk",
    providers: ["SBB", "MBO_COLLEGE"],
    executedBy: "accountmanager",
    summary: "Werken bij een erkend leerbedrijf en één dag school.",
    forWhom: "Jongeren zonder startkwalificatie",
    needs: [],
    checkedOn,
  },
];

const search = (params: Record<string, string>) => findInstruments(parseInstrumentSearch(params));
const codes = async (params: Record<string, string>) => (await search(params)).map((instrument) => instrument.code);

beforeAll(async () => {
  await prisma.instrument.createMany({ data: INSTRUMENTS });
});

describe("findInstruments", () => {
  it("lists every instrument by name without criteria", async () => {
    expect(await codes({})).toEqual(["BBL", "LKS", "LOONWAARDEMETING", "NO_RISK"]);
  });

  it("searches name, summary and forWhom, ignoring case", async () => {
    expect(await codes({ q: "LOONKOSTENSUBSIDIE" })).toEqual(["LKS"]); // name
    expect(await codes({ q: "ziekte" })).toEqual(["NO_RISK"]); // summary
    expect(await codes({ q: "startkwalificatie" })).toEqual(["BBL"]); // forWhom
    expect(await codes({ q: "loonwaarde" })).toEqual(["LKS", "LOONWAARDEMETING"]);
  });

  it("filters on kind", async () => {
    expect(await codes({ kind: "werkgeversinstrument" })).toEqual(["LKS", "NO_RISK"]);
  });

  it("filters on provider, also when an instrument has several", async () => {
    expect(await codes({ provider: "UWV" })).toEqual(["LOONWAARDEMETING", "NO_RISK"]);
    expect(await codes({ provider: "SBB" })).toEqual(["BBL"]);
  });

  it("filters on audience (voor wie)", async () => {
    expect(await codes({ audience: "arbeidsbeperking" })).toEqual(["LKS", "NO_RISK"]);
    expect(await codes({ audience: "werkgevers" })).toEqual(["LOONWAARDEMETING"]);
    expect(await codes({ audience: "jongeren" })).toEqual(["BBL"]);
  });

  it("combines criteria: all must match", async () => {
    expect(await codes({ kind: "werkgeversinstrument", provider: "GEMEENTE" })).toEqual(["LKS"]);
    expect(await codes({ q: "loonwaarde", provider: "UWV" })).toEqual(["LOONWAARDEMETING"]);
  });

  it("returns nothing for a query that matches nothing", async () => {
    expect(await search({ q: "ruimtevaart" })).toEqual([]);
    expect(await search({ kind: "leerwerk", provider: "UWV" })).toEqual([]);
  });

  it("treats % and _ in the search text literally", async () => {
    expect(await search({ q: "%" })).toEqual([]);
    expect(await search({ q: "_" })).toEqual([]);
  });

  it("returns list items, not whole rows", async () => {
    const [first] = await search({ q: "BBL" });
    expect(Object.keys(first ?? {}).sort()).toEqual(["code", "forWhom", "kind", "name", "providers", "summary"]);
  });
});

describe("getInstrument", () => {
  it("returns all fields with the names of what is needed first", async () => {
    const instrument = await getInstrument({ code: "LKS" });
    expect(instrument).toMatchObject({ code: "LKS", name: "Loonkostensubsidie", executedBy: "bemiddelaar", conditions: null });
    expect(instrument?.needs).toEqual([{ code: "LOONWAARDEMETING", name: "Loonwaardemeting" }]);
    expect(instrument?.checkedOn.toISOString().slice(0, 10)).toBe("2026-03-18");
  });

  it("returns null for an unknown code", async () => {
    expect(await getInstrument({ code: "BESTAAT_NIET" })).toBeNull();
  });
});

describe("findInstrumentFilterOptions", () => {
  it("offers the kinds and providers that occur, sorted by Dutch label", async () => {
    const options = await findInstrumentFilterOptions();
    expect(options.kinds).toEqual(["expertise", "leerwerk", "werkgeversinstrument"]);
    expect(options.providers).toEqual(["GEMEENTE", "MBO_COLLEGE", "SBB", "UWV"]);
  });
});
