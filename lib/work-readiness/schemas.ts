import { z } from "zod";
import { submissionKeySchema } from "@/lib/forms/submission-key";
import { recentDate } from "@/lib/forms/date-rules";
import { optionalText } from "@/lib/forms/free-text";
import { recordIdSchema } from "@/lib/forms/record-id";

/** Shared by the werkfit form and the server (B2); no server imports. */

/** The 1–4 scale of `work-readiness.json` (a unit test keeps them equal). */
export const SCORE_SCALE = [
  { value: 1, label: "Belemmert werk" },
  { value: 2, label: "Vraagt ontwikkeling" },
  { value: 3, label: "Voldoende" },
  { value: 4, label: "Sterk" },
] as const;

export const OVERRIDE_REASON_MIN = 10;
export const OVERRIDE_REASON_MAX = 1000;
export const NOTES_MAX = 2000;
const SCORE_MESSAGE = "Kies een score van 1 tot en met 4.";
const UNKNOWN_MESSAGE = "Dit onderdeel hoort niet bij de werkfit-regel. Vernieuw de pagina en probeer het opnieuw.";

/** The names the active rule scores: werknemersvaardigheden and leefgebieden. */
export type AssessmentScales = { employeeSkills: readonly string[]; lifeDomains: readonly string[] };
export type ScoreGroup = "employeeSkillScores" | "lifeDomainScores";

/** The form field of one score, e.g. "employeeSkillScores.Werkmotivatie" (errors are keyed by it). */
export function scoreFieldName(group: ScoreGroup, name: string): string {
  return `${group}.${name}`;
}

const score = (name?: string) =>
  z
    .number({ error: name ? `Kies een score voor ${name}.` : SCORE_MESSAGE })
    .int(SCORE_MESSAGE)
    .min(1, SCORE_MESSAGE)
    .max(4, SCORE_MESSAGE);

/** Exactly the names of the rule, each scored 1–4; without names any name (the action's first check). */
function scoresFor(names: readonly string[] | undefined, missing: string) {
  if (!names) return z.record(z.string().trim().min(1).max(100), score(), { error: missing });
  const shape = Object.fromEntries(names.map((name) => [name, score(name)]));
  return z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? UNKNOWN_MESSAGE : missing),
  });
}

const OVERRIDES = { "": null, ja: true, nee: false } as const;

/**
 * One werkfit assessment. With `scales` (the active rule) every employee skill and life domain must
 * have a score and no other name is accepted; the server always parses with the rule's scales.
 */
export function assessmentSchema(scales?: AssessmentScales) {
  return z
    .object({
      candidateId: recordIdSchema,
      submissionKey: submissionKeySchema,
      assessedOn: recentDate({ empty: "Vul de datum van de beoordeling in.", future: "De datum van de beoordeling mag niet in de toekomst liggen." }),
      employeeSkillScores: scoresFor(scales?.employeeSkills, "Geef elke werknemersvaardigheid een score."),
      lifeDomainScores: scoresFor(scales?.lifeDomains, "Geef elk leefgebied een score."),
      notes: optionalText(NOTES_MAX).transform((text) => text || null),
      override: z.enum(["", "ja", "nee"], { error: "Kies of u afwijkt van de uitkomst van de regel." }).default(""),
      overrideReason: optionalText(OVERRIDE_REASON_MAX),
    })
    .superRefine((value, context) => {
      if (value.override !== "" && value.overrideReason.length < OVERRIDE_REASON_MIN) {
        context.addIssue({
          code: "custom",
          path: ["overrideReason"],
          message: `Schrijf op waarom u afwijkt van de regel (minimaal ${OVERRIDE_REASON_MIN} tekens).`,
        });
      }
    })
    .transform(({ override, overrideReason, ...rest }) => ({
      ...rest,
      overrideWorkReady: OVERRIDES[override],
      // A reason without an override means nothing; it is not stored.
      overrideReason: override === "" ? null : overrideReason,
    }));
}

export type AssessmentInput = z.input<ReturnType<typeof assessmentSchema>>;
export type Assessment = z.output<ReturnType<typeof assessmentSchema>>;
