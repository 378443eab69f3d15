import { z } from "zod";
import { addDaysIso, isIsoDate, todayIso } from "@/lib/time/calendar-dates";
import { freeText } from "@/lib/forms/free-text";
import { recordIdSchema } from "@/lib/forms/record-id";
import { EDUCATION_LEVELS } from "./labels";

/** The skills profile (J2); the same schema feeds the form and the server. No server imports. */

export const SKILLS_MAX = 30;
export const LANGUAGES_MAX = 15;
export const LANGUAGE_MAX_LENGTH = 40;
export const TRAVEL_MINUTES_MAX = 240;

export const SKILL_MESSAGE = "Kies een vaardigheid uit de lijst.";
export const LEVEL_MESSAGE = "Kies een niveau van 1 tot en met 4.";
export const HOURS_MESSAGE = "Vul een aantal uren tussen 1 en 40 in.";
export const HOURS_ORDER_MESSAGE = "Het maximum aantal uren mag niet lager zijn dan het minimum.";
export const TRAVEL_MESSAGE = `Vul een reistijd in van 0 tot en met ${TRAVEL_MINUTES_MAX} minuten.`;
export const OCCUPATION_MESSAGE = "Kies een beroepsklasse uit de lijst.";
export const WORK_AREA_MESSAGE = "Kies een werkgebied uit de lijst.";
export const EDUCATION_MESSAGE = "Kies een opleidingsniveau uit de lijst.";
export const LANGUAGE_LETTERS_MESSAGE = "Gebruik voor een taal alleen letters, spaties, haakjes of een streepje.";

const code = (message: string) => z.string({ error: message }).trim().min(1, message).max(40, message);

const unique = <T>(items: T[], key: (item: T) => string = String) => new Set(items.map(key)).size === items.length;

const skillSchema = z.object({
  skillCode: z.string({ error: SKILL_MESSAGE }).trim().min(1, SKILL_MESSAGE).max(80, SKILL_MESSAGE).regex(/^[a-z0-9-]+$/, SKILL_MESSAGE),
  level: z.number({ error: LEVEL_MESSAGE }).int(LEVEL_MESSAGE).min(1, LEVEL_MESSAGE).max(4, LEVEL_MESSAGE),
});

const hours = z.number({ error: HOURS_MESSAGE }).int(HOURS_MESSAGE).min(1, HOURS_MESSAGE).max(40, HOURS_MESSAGE).nullable();

const language = freeText({ required: "Vul de naam van de taal in.", min: 2, max: LANGUAGE_MAX_LENGTH }).refine(
  (value) => /[<>]/.test(value) || /^[\p{L} ()'-]+$/u.test(value),
  { error: LANGUAGE_LETTERS_MESSAGE },
);

/** "" (no date) or a real date up to two years ahead; a date in the past means "available now". */
const availableFrom = z
  .string({ error: "Vul een geldige datum in, bijvoorbeeld 2027-03-01." })
  .trim()
  .refine((value) => value === "" || isIsoDate(value), { error: "Vul een geldige datum in, bijvoorbeeld 2027-03-01." })
  .refine((value) => value === "" || !isIsoDate(value) || value >= "2000-01-01", { error: "Vul een geldige datum in, bijvoorbeeld 2027-03-01." })
  .refine((value) => value === "" || !isIsoDate(value) || value <= addDaysIso(todayIso(), 730), { error: "Kies een datum binnen 2 jaar." });

export const candidateProfileSchema = z
  .object({
    candidateId: recordIdSchema,
    skills: z
      .array(skillSchema, { error: SKILL_MESSAGE })
      .max(SKILLS_MAX, `Kies maximaal ${SKILLS_MAX} vaardigheden.`)
      .refine((skills) => unique(skills, (skill) => skill.skillCode), { error: "Elke vaardigheid mag maar één keer voorkomen." }),
    occupationClassCodes: z
      .array(code(OCCUPATION_MESSAGE), { error: OCCUPATION_MESSAGE })
      .max(12, "Kies maximaal 12 beroepsklassen.")
      .refine((codes) => unique(codes), { error: "Elke beroepsklasse mag maar één keer voorkomen." }),
    hoursPerWeekMin: hours,
    hoursPerWeekMax: hours,
    workAreaIds: z
      .array(code(WORK_AREA_MESSAGE), { error: WORK_AREA_MESSAGE })
      .max(10, "Kies maximaal 10 werkgebieden.")
      .refine((ids) => unique(ids), { error: "Elk werkgebied mag maar één keer voorkomen." }),
    maxTravelMinutes: z.number({ error: TRAVEL_MESSAGE }).int(TRAVEL_MESSAGE).min(0, TRAVEL_MESSAGE).max(TRAVEL_MINUTES_MAX, TRAVEL_MESSAGE).nullable(),
    availableFrom,
    educationLevel: z.enum(EDUCATION_LEVELS, { error: EDUCATION_MESSAGE }).nullable(),
    languages: z
      .array(language, { error: "Kies of vul de talen in die u spreekt." })
      .max(LANGUAGES_MAX, `Vul maximaal ${LANGUAGES_MAX} talen in.`)
      .refine((languages) => unique(languages, (item) => item.toLocaleLowerCase("nl-NL")), { error: "Elke taal mag maar één keer voorkomen." }),
    drivingLicence: z.boolean({ error: "Kies of er een rijbewijs is." }),
  })
  .superRefine((profile, context) => {
    if (profile.hoursPerWeekMin != null && profile.hoursPerWeekMax != null && profile.hoursPerWeekMin > profile.hoursPerWeekMax) {
      context.addIssue({ code: "custom", path: ["hoursPerWeekMax"], message: HOURS_ORDER_MESSAGE });
    }
  });

export type CandidateProfileInput = z.input<typeof candidateProfileSchema>;
export type CandidateProfile = z.output<typeof candidateProfileSchema>;

export const candidateIdSchema = z.object({ candidateId: recordIdSchema });

/** Languages typed in the "other languages" box, one list: split on commas, semicolons or new lines. */
export function languagesFromText(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
