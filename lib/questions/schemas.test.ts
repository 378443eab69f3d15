import { describe, expect, it } from "vitest";
import { amsterdamDateTime } from "@/lib/time/amsterdam-time";
import { answerQuestionSchema, askQuestionSchema, QUESTION_TOPICS } from "./schemas";
import { serviceNorm, waitingText } from "./service-norm";

const key = "3f1c2b5e-8d9a-4c7b-9e6f-1a2b3c4d5e6f";
const valid = { topic: "FIND_STAFF", text: "Hoe vind ik een monteur voor 32 uur?", submissionKey: key };

function firstError(result: ReturnType<typeof askQuestionSchema.safeParse>, field: string) {
  return result.success ? undefined : result.error.issues.find((issue) => issue.path[0] === field)?.message;
}

describe("askQuestionSchema", () => {
  it("has the nine topics of E3 and accepts a plain question", () => {
    expect(QUESTION_TOPICS).toHaveLength(9);
    expect(askQuestionSchema.parse({ ...valid, text: "  " + valid.text + "  " }).text).toBe(valid.text);
  });

  it("refuses an unknown topic, empty, oversized or HTML text in Dutch", () => {
    expect(firstError(askQuestionSchema.safeParse({ ...valid, topic: "HACKING" }), "topic")).toBe("Kies een onderwerp uit de lijst.");
    expect(firstError(askQuestionSchema.safeParse({ ...valid, text: "   " }), "text")).toBe("Schrijf uw vraag op.");
    expect(firstError(askQuestionSchema.safeParse({ ...valid, text: "x".repeat(2001) }), "text")).toMatch(/maximaal 2000 tekens/);
    expect(firstError(askQuestionSchema.safeParse({ ...valid, text: "<script>alert(1)</script> hallo" }), "text")).toBe(
      "Gebruik geen HTML-tekens zoals < en >.",
    );
    expect(firstError(askQuestionSchema.safeParse({ ...valid, submissionKey: "abc" }), "submissionKey")).toMatch(/verlopen/);
  });
});

describe("answerQuestionSchema", () => {
  it("refuses an empty or HTML answer", () => {
    expect(answerQuestionSchema.safeParse({ questionId: "q1", answer: "" }).success).toBe(false);
    expect(answerQuestionSchema.safeParse({ questionId: "q1", answer: "<b>ja</b>" }).error?.issues[0]?.message).toMatch(/HTML/);
    expect(answerQuestionSchema.parse({ questionId: "q1", answer: " Ja, dat kan. " }).answer).toBe("Ja, dat kan.");
  });
});

describe("serviceNorm", () => {
  const at = (date: string, time = "10:00") => amsterdamDateTime(date, time)!;

  it("is within the norm up to 2 working days, over the weekend", () => {
    const asked = at("2026-11-20", "15:00"); // Friday
    expect(serviceNorm(asked, null, at("2026-11-24", "14:00"))).toMatchObject({ status: "WITHIN_NORM", workingDaysWaited: 2 });
    expect(serviceNorm(asked, null, at("2026-11-24", "16:00")).status).toBe("NORM_EXCEEDED");
    expect(serviceNorm(asked, at("2026-11-23"), at("2026-12-01")).status).toBe("WITHIN_NORM");
  });

  it("says how long a question waits", () => {
    expect(waitingText(0)).toBe("wacht sinds vandaag");
    expect(waitingText(1)).toBe("wacht sinds 1 werkdag");
    expect(waitingText(3)).toBe("wacht sinds 3 werkdagen");
  });
});

describe("initialsOf", () => {
  it("takes the first and last capitalised name part", async () => {
    const { initialsOf } = await import("./initials");
    expect(initialsOf("Jan de Vries")).toBe("JV");
    expect(initialsOf("Fatima El Amrani")).toBe("FA");
    expect(initialsOf("sanne")).toBe("S");
    expect(initialsOf("  ")).toBe("?");
  });
});
