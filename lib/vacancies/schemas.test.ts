import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { recordAdviceSchema } from "@/lib/advice/schemas";
import { addDaysIso, todayIso } from "@/lib/time/calendar-dates";
import { closeVacancySchema, createVacancySchema, handOverVacancySchema, setVacancyStatusSchema } from "./schemas";

const valid = {
  submissionKey: randomUUID(),
  title: "Verzorgende IG",
  occupationClassCode: "ZOR",
  description: "U verzorgt cliënten in een kleinschalige woonvorm en werkt samen met een vast team.",
  skills: [{ skillCode: "persoonlijke-verzorging", level: 3 }],
  hoursPerWeek: 24,
  location: "Hilversum",
  workAreaId: "wa1",
  contractType: "PERMANENT",
  trialPlacementWelcome: true,
  startDate: addDaysIso(todayIso(), 10),
  openToDistance: true,
  wantsJobCarvingAdvice: false,
  isPublic: false,
};

function fieldError(input: unknown, field: string): string | undefined {
  const result = createVacancySchema.safeParse(input);
  if (result.success) return undefined;
  return result.error.issues.find((issue) => issue.path[0] === field)?.message;
}

describe("createVacancySchema", () => {
  it("accepts a complete vacancy and trims text", () => {
    const result = createVacancySchema.parse({ ...valid, title: "  Verzorgende IG  " });
    expect(result.title).toBe("Verzorgende IG");
  });

  it("accepts no start date and today", () => {
    expect(createVacancySchema.safeParse({ ...valid, startDate: "" }).success).toBe(true);
    expect(createVacancySchema.safeParse({ ...valid, startDate: todayIso() }).success).toBe(true);
  });

  it.each([0, 41, 2.5, Number.NaN, -1])("refuses %s hours with the Dutch message", (hours) => {
    expect(fieldError({ ...valid, hoursPerWeek: hours }, "hoursPerWeek")).toBe("Vul een aantal uren tussen 1 en 40 in.");
  });

  it("refuses a start date in the past or an impossible date", () => {
    expect(fieldError({ ...valid, startDate: addDaysIso(todayIso(), -1) }, "startDate")).toBe("De startdatum mag niet in het verleden liggen.");
    expect(fieldError({ ...valid, startDate: "2027-02-30" }, "startDate")).toMatch(/geldige datum/);
  });

  it("refuses HTML and script in free text", () => {
    expect(fieldError({ ...valid, title: "<script>alert(1)</script>" }, "title")).toBe("Gebruik geen HTML-tekens zoals < en >.");
    expect(fieldError({ ...valid, description: "Goed werk <b>vet</b> en meer tekst hier" }, "description")).toMatch(/HTML/);
  });

  it("refuses oversized and empty text", () => {
    expect(fieldError({ ...valid, description: "x".repeat(2001) }, "description")).toMatch(/maximaal 2000/);
    expect(fieldError({ ...valid, title: "   " }, "title")).toBe("Vul de functietitel in.");
  });

  it("refuses skill levels outside 1–4, duplicate skills, no skills and too many", () => {
    expect(createVacancySchema.safeParse({ ...valid, skills: [{ skillCode: "lassen", level: 5 }] }).error?.issues[0]?.message).toBe(
      "Kies een niveau van 1 tot en met 4.",
    );
    expect(createVacancySchema.safeParse({ ...valid, skills: [{ skillCode: "lassen", level: 0 }] }).success).toBe(false);
    expect(fieldError({ ...valid, skills: [{ skillCode: "lassen", level: 1 }, { skillCode: "lassen", level: 2 }] }, "skills")).toMatch(/één keer/);
    expect(fieldError({ ...valid, skills: [] }, "skills")).toMatch(/minimaal één/);
    const many = Array.from({ length: 11 }, (_, i) => ({ skillCode: `skill-${i}`, level: 1 }));
    expect(fieldError({ ...valid, skills: many }, "skills")).toMatch(/maximaal 10/);
  });

  it("refuses an unknown contract type and a missing submission key", () => {
    expect(fieldError({ ...valid, contractType: "FREELANCE" }, "contractType")).toBe("Kies een soort contract.");
    expect(fieldError({ ...valid, contractType: "TRIAL_PLACEMENT" }, "contractType")).toBe("Kies een soort contract.");
    expect(fieldError({ ...valid, submissionKey: "abc" }, "submissionKey")).toMatch(/verlopen/);
  });
});

describe("intake schemas", () => {
  it("hand-over needs a bemiddelaar and a due date that is not in the past", () => {
    const base = { vacancyId: "v1", mediatorIds: ["m1"], dueDate: addDaysIso(todayIso(), 7) };
    expect(handOverVacancySchema.safeParse(base).success).toBe(true);
    expect(handOverVacancySchema.safeParse({ ...base, mediatorIds: [] }).error?.issues[0]?.message).toBe("Kies minimaal één bemiddelaar.");
    expect(handOverVacancySchema.safeParse({ ...base, dueDate: addDaysIso(todayIso(), -1) }).error?.issues[0]?.message).toMatch(/verleden/);
  });

  it("closing needs a reason without HTML; a status change can not close", () => {
    expect(closeVacancySchema.safeParse({ vacancyId: "v1", reason: "" }).error?.issues[0]?.message).toBe("Vul een reden in.");
    expect(closeVacancySchema.safeParse({ vacancyId: "v1", reason: "<i>weg</i>" }).error?.issues[0]?.message).toMatch(/HTML/);
    expect(setVacancyStatusSchema.safeParse({ vacancyId: "v1", status: "CLOSED" }).success).toBe(false);
  });

  it("advice needs a kind, a note and a date that is not in the future", () => {
    const base = { vacancyId: "v1", kind: "JOB_CARVING", note: "BIA besproken", givenOn: todayIso() };
    expect(recordAdviceSchema.safeParse(base).success).toBe(true);
    expect(recordAdviceSchema.safeParse({ ...base, kind: "OTHER" }).error?.issues[0]?.message).toBe("Kies het soort advies.");
    expect(recordAdviceSchema.safeParse({ ...base, givenOn: addDaysIso(todayIso(), 1) }).error?.issues[0]?.message).toMatch(/toekomst/);
  });
});
