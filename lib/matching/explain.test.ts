import { describe, expect, it } from "vitest";
import { explainScore, explainSkills, workReadyText } from "./explain";
import type { MatchLabels } from "./match-reference";
import { scoreMatch } from "./score-match";
import { testTravelTimes } from "./testing/random-profiles";
import { dayOfIso } from "./days";

const labels: MatchLabels = {
  skills: new Map([["verzorgen", "Persoonlijke verzorging"], ["nl", "Nederlandse taal spreken"]]),
  occupationClasses: new Map([["ZOR", "Zorg en welzijn"]]),
  workAreas: new Map([["area-h", "Hilversum"], ["area-g", "Gooise Meren"]]),
};
const today = dayOfIso("2026-11-30");

const score = scoreMatch(
  {
    id: "c",
    sharesWithPartners: true,
    skills: [{ skillCode: "verzorgen", level: 2 }],
    occupationClassCodes: ["ZOR"],
    workAreaIds: [],
    homeWorkAreaId: "area-g",
    hoursPerWeekMin: 24,
    hoursPerWeekMax: 32,
    maxTravelMinutes: 30,
    availableFromDay: dayOfIso("2027-01-10"),
    isWorkReady: true,
    workReadySinceDay: dayOfIso("2026-03-03"),
  },
  { id: "v", status: "IN_PROGRESS", occupationClassCode: "ZOR", hoursPerWeek: 36, workAreaId: "area-h", startDay: dayOfIso("2027-01-01"), skills: [{ skillCode: "verzorgen", level: 3 }, { skillCode: "nl", level: 2 }] },
  { today, travelTimes: testTravelTimes() },
);

describe("explanation in Dutch", () => {
  it("explains every part with points and maximum, adding up to the total", () => {
    const parts = explainScore(score, labels);
    expect(parts.map((part) => part.label)).toEqual(["Vaardigheden", "Beroepswens", "Uren per week", "Werkgebied en reistijd", "Beschikbaarheid", "Werkfit"]);
    expect(parts.reduce((sum, part) => sum + part.points, 0)).toBe(score.total);
    expect(parts.map((part) => part.text)).toEqual([
      "1 van 2 gevraagde vaardigheden aanwezig, 0 op het gevraagde niveau.",
      "Wil werken in Zorg en welzijn.",
      "Vacature 36 uur; wens 24–32 uur.",
      "Reistijd van Gooise Meren naar Hilversum ongeveer 20 minuten, binnen de maximale 30 minuten.",
      "Beschikbaar vanaf 10 januari 2027, na de start op 1 januari 2027.",
      "Ja, sinds 3 maart 2026",
    ]);
  });

  it("lists matched and missing skills with levels", () => {
    expect(explainSkills(score, labels)).toEqual({
      matched: [{ label: "Persoonlijke verzorging", candidateLevel: "2 (gevorderd)", requiredLevel: "3 (ervaren)", enough: false }],
      missing: [{ label: "Nederlandse taal spreken", candidateLevel: null, requiredLevel: "2 (gevorderd)", enough: false }],
    });
  });

  it("says werkfit only as yes/no and since", () => {
    expect(workReadyText(false, null)).toBe("Nee");
    expect(workReadyText(true, null)).toBe("Ja");
  });
});
