import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkState } from "@/lib/aftercare/check-state";
import { scheduledChecks } from "@/lib/aftercare/schedule";
import { addMonthsIso } from "@/lib/time/calendar-dates";
import { isPastSustainableDate } from "./sustainable-date";
import { flattenToDottedFields } from "./field-errors";
import { placementPhase } from "./phase";
import { eurosToCents, recordPlacementSchema } from "./schemas";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("placement dates", () => {
  it("adds calendar months, clamping to the month's last day", () => {
    expect(addMonthsIso("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonthsIso("2026-08-31", 6)).toBe("2027-02-28");
    expect(addMonthsIso("2026-01-15", 6)).toBe("2026-07-15");
  });

  it("schedules employee check-ins at 1, 3, 6 and employer at 1, 6 months", () => {
    expect(scheduledChecks(d("2026-01-15")).map((c) => `${c.side}:${c.dueDate.toISOString().slice(0, 10)}`)).toEqual([
      "EMPLOYEE:2026-02-15", "EMPLOYEE:2026-04-15", "EMPLOYEE:2026-07-15", "EMPLOYER:2026-02-15", "EMPLOYER:2026-07-15",
    ]);
  });

  it("duurzaam only after start + 6 months on the Amsterdam calendar", () => {
    expect(isPastSustainableDate(d("2026-01-15"), new Date("2026-07-15T21:59:00Z"))).toBe(false); // 23:59 Amsterdam
    expect(isPastSustainableDate(d("2026-01-15"), new Date("2026-07-15T22:01:00Z"))).toBe(true); // 00:01 on the 16th
  });

  it("check states: gepland, te doen, te laat (after 14 days), gedaan, vervallen", () => {
    const check = { dueDate: d("2026-02-15"), completedAt: null };
    expect(checkState(check, null, new Date("2026-02-14T10:00Z"))).toBe("PLANNED");
    expect(checkState(check, null, new Date("2026-02-15T10:00Z"))).toBe("DUE");
    expect(checkState(check, null, new Date("2026-03-01T10:00Z"))).toBe("DUE");
    expect(checkState(check, null, new Date("2026-03-02T10:00Z"))).toBe("OVERDUE");
    expect(checkState(check, d("2026-02-20"), new Date("2026-03-02T10:00Z"))).toBe("LAPSED");
    expect(checkState({ ...check, completedAt: new Date() }, null, new Date("2026-03-02T10:00Z"))).toBe("DONE");
  });

  it("phase of a placement", () => {
    const base = { endedOn: null, sustainableAt: null, startDate: d("2026-01-15"), contractType: "TEMPORARY", trialAssessedAt: null };
    expect(placementPhase(base, new Date("2026-03-01T10:00Z"))).toBe("RUNNING");
    expect(placementPhase({ ...base, contractType: "TRIAL_PLACEMENT" }, new Date("2026-03-01T10:00Z"))).toBe("TRIAL");
    expect(placementPhase(base, new Date("2026-08-01T10:00Z"))).toBe("SUSTAINABLE");
    expect(placementPhase({ ...base, endedOn: d("2026-02-01") }, new Date("2026-08-01T10:00Z"))).toBe("ENDED");
  });
});

describe("placement form input", () => {
  it("reads euros in Dutch and plain notation", () => {
    expect(eurosToCents("1.250,50")).toBe(125050);
    expect(eurosToCents("1250.5")).toBe(125050);
    expect(eurosToCents("")).toBeNull();
  });

  it("puts Dutch messages at the field of the right instrument row", () => {
    const result = recordPlacementSchema.safeParse({
      proposalId: "p1",
      startDate: "2026-01-15",
      contractType: "TRIAL_PLACEMENT",
      hoursPerWeek: 41,
      trialEndDate: "",
      instruments: [{ instrumentCode: "JOBCOACH" }, { instrumentCode: "LKS", amount: "-5", wageValuePct: 0 }],
    });
    expect(result.success).toBe(false);
    const flat = flattenToDottedFields(z.formatError(result.error!));
    expect(flat.fieldErrors).toMatchObject({
      hoursPerWeek: ["Vul een aantal uren tussen 1 en 40 in."],
      trialEndDate: ["Vul de einddatum van de proefplaatsing in."],
      "instruments.1.amount": ["Vul een bedrag van 0 euro of meer in."],
      "instruments.1.wageValuePct": ["Vul een loonwaarde tussen 1 en 99 procent in."],
    });
  });
});
