import { describe, expect, it } from "vitest";
import type { HelpQuestion } from "@/generated/prisma/enums";
import { ROUTING_RULES } from "@/prisma/seed/reference-data";
import { HELP_QUESTIONS } from "./schemas";
import { findRoutingGaps, selectRoutingRule, type RoutableRule } from "./select-routing-rule";

type SeededRule = RoutableRule & { partner: string; team: string };

// The 12 seeded rules, as the database holds them after `db:seed`.
const SEEDED: SeededRule[] = ROUTING_RULES.map((rule, index) => ({
  id: `rule-${String(index).padStart(2, "0")}`,
  question: rule.question,
  priority: rule.priority,
  maxAge: rule.maxAge ?? null,
  active: true,
  partner: rule.partner,
  team: rule.team,
}));

const route = (question: HelpQuestion, age: number | null, rules: SeededRule[] = SEEDED) => {
  const rule = selectRoutingRule(rules, { question, age });
  return rule && `${rule.partner} / ${rule.team}`;
};

describe("selectRoutingRule with the seeded rules", () => {
  // Every help question, for a young resident (20), the age edges (26, 27), an adult (45) and an unknown age.
  const expected: Record<HelpQuestion, Record<"20" | "26" | "27" | "45" | "unknown", string>> = {
    FIND_WORK: {
      "20": "DOORSTROOMPUNT / Doorstroompunt Jongeren – werk",
      "26": "DOORSTROOMPUNT / Doorstroompunt Jongeren – werk",
      "27": "GEMEENTE / Werkcentrum – team Werkzoekenden",
      "45": "GEMEENTE / Werkcentrum – team Werkzoekenden",
      unknown: "GEMEENTE / Werkcentrum – team Werkzoekenden",
    },
    OTHER_WORK: Object.fromEntries(["20", "26", "27", "45", "unknown"].map((k) => [k, "LEERWERKLOKET / Leerwerkloket – loopbaanadvies"])) as never,
    LEARNING_CAREER: Object.fromEntries(["20", "26", "27", "45", "unknown"].map((k) => [k, "LEERWERKLOKET / Leerwerkloket – leren en ontwikkelen"])) as never,
    UNDER_27: {
      "20": "DOORSTROOMPUNT / Doorstroompunt Jongeren",
      "26": "DOORSTROOMPUNT / Doorstroompunt Jongeren",
      "27": "GEMEENTE / Werkcentrum – team Werkzoekenden",
      "45": "GEMEENTE / Werkcentrum – team Werkzoekenden",
      unknown: "GEMEENTE / Werkcentrum – team Werkzoekenden",
    },
    BENEFIT_WW: Object.fromEntries(["20", "26", "27", "45", "unknown"].map((k) => [k, "UWV / UWV WERKbedrijf – team WW"])) as never,
    BENEFIT_WIA: Object.fromEntries(["20", "26", "27", "45", "unknown"].map((k) => [k, "UWV / UWV – team Arbeidsbeperkten (WIA)"])) as never,
    BENEFIT_WAJONG: Object.fromEntries(["20", "26", "27", "45", "unknown"].map((k) => [k, "UWV / UWV – team Wajong"])) as never,
    BENEFIT_PARTICIPATION: Object.fromEntries(["20", "26", "27", "45", "unknown"].map((k) => [k, "GEMEENTE / Gemeente – team Participatie"])) as never,
    NO_BENEFIT: Object.fromEntries(["20", "26", "27", "45", "unknown"].map((k) => [k, "GEMEENTE / Gemeente – team NUG (zonder uitkering)"])) as never,
  };

  for (const question of HELP_QUESTIONS) {
    it(`routes ${question} for every age`, () => {
      const ages = { "20": 20, "26": 26, "27": 27, "45": 45, unknown: null } as const;
      for (const [key, age] of Object.entries(ages)) {
        expect({ age: key, to: route(question, age) }).toEqual({ age: key, to: expected[question][key as keyof typeof ages] });
      }
    });
  }

  it("leaves no question without a rule that fits every age", () => {
    expect(findRoutingGaps(SEEDED, HELP_QUESTIONS)).toEqual([]);
  });
});

describe("selectRoutingRule as a rule over data", () => {
  const rule = (overrides: Partial<SeededRule>): SeededRule => ({
    id: "r",
    question: "FIND_WORK",
    priority: 100,
    maxAge: null,
    active: true,
    partner: "P",
    team: "T",
    ...overrides,
  });

  it("skips inactive rules and rules for other questions", () => {
    const rules = [
      rule({ id: "a", priority: 1, active: false, partner: "INACTIVE" }),
      rule({ id: "b", priority: 2, question: "NO_BENEFIT", partner: "OTHER" }),
      rule({ id: "c", priority: 3, partner: "WINNER" }),
    ];
    expect(route("FIND_WORK", 40, rules)).toBe("WINNER / T");
  });

  it("takes the lowest priority number, and the lowest id on a tie, whatever the row order", () => {
    const rules = [rule({ id: "z", priority: 10, partner: "Z" }), rule({ id: "b", priority: 10, partner: "B" }), rule({ id: "a", priority: 11, partner: "A" })];
    expect(route("FIND_WORK", 40, rules)).toBe("B / T");
    expect(route("FIND_WORK", 40, [...rules].reverse())).toBe("B / T");
  });

  it("applies maxAge inclusively and never to an unknown age", () => {
    const rules = [rule({ id: "young", priority: 1, maxAge: 26, partner: "YOUNG" }), rule({ id: "all", priority: 2, partner: "ALL" })];
    expect(route("FIND_WORK", 26, rules)).toBe("YOUNG / T");
    expect(route("FIND_WORK", 27, rules)).toBe("ALL / T");
    expect(route("FIND_WORK", null, rules)).toBe("ALL / T");
    expect(route("FIND_WORK", 0, [rule({ maxAge: 0, partner: "ZERO" })])).toBe("ZERO / T");
  });

  it("returns null when nothing fits, and reports that as a gap", () => {
    const rules = [rule({ maxAge: 26 }), rule({ question: "NO_BENEFIT", active: false })];
    expect(route("FIND_WORK", 30, rules)).toBeNull();
    expect(route("NO_BENEFIT", 30, rules)).toBeNull();
    expect(findRoutingGaps(rules, ["FIND_WORK", "NO_BENEFIT"])).toEqual(["FIND_WORK", "NO_BENEFIT"]);
  });

  it("follows a rule an admin adds, without any code change", () => {
    const rules = [...SEEDED, rule({ id: "new", question: "BENEFIT_WW", priority: 10, partner: "RMT", team: "RMT – WW" })];
    expect(route("BENEFIT_WW", 45, rules)).toBe("RMT / RMT – WW");
  });
});
