import { z } from "zod";
import { CONTRACT_TYPE_OPTIONS } from "./labels";
import { futureDate } from "@/lib/forms/date-rules";
import { freeText, optionalText } from "@/lib/forms/free-text";
import { submissionKeySchema } from "@/lib/forms/submission-key";
import { recordIdSchema } from "@/lib/forms/record-id";

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 2000;
export const LOCATION_MAX = 120;
export const SKILLS_MAX = 10;
export const HOURS_MESSAGE = "Vul een aantal uren tussen 1 en 40 in.";
const LEVEL_MESSAGE = "Kies een niveau van 1 tot en met 4.";
const SKILL_MESSAGE = "Kies een vaardigheid uit de lijst.";

const skillRequirementSchema = z.object({
  skillCode: z.string({ error: SKILL_MESSAGE }).trim().min(1, SKILL_MESSAGE).max(80, SKILL_MESSAGE).regex(/^[a-z0-9-]+$/, SKILL_MESSAGE),
  level: z.number({ error: LEVEL_MESSAGE }).int(LEVEL_MESSAGE).min(1, LEVEL_MESSAGE).max(4, LEVEL_MESSAGE),
});

/** The fields of a vacancy (E2); the same schema feeds the form and the server. */
export const vacancyFieldsSchema = z.object({
  title: freeText({ required: "Vul de functietitel in.", min: 3, max: TITLE_MAX }),
  occupationClassCode: z
    .string({ error: "Kies een beroepsklasse." })
    .trim()
    .min(1, "Kies een beroepsklasse.")
    .max(10, "Kies een beroepsklasse uit de lijst."),
  description: freeText({ required: "Beschrijf het werk.", min: 20, max: DESCRIPTION_MAX, tooShort: "Beschrijf het werk in minimaal 20 tekens." }),
  skills: z
    .array(skillRequirementSchema, { error: "Kies minimaal één gevraagde vaardigheid." })
    .min(1, "Kies minimaal één gevraagde vaardigheid.")
    .max(SKILLS_MAX, `Kies maximaal ${SKILLS_MAX} vaardigheden.`)
    .refine((skills) => new Set(skills.map((skill) => skill.skillCode)).size === skills.length, {
      error: "Elke vaardigheid mag maar één keer voorkomen.",
    }),
  hoursPerWeek: z.number({ error: HOURS_MESSAGE }).int(HOURS_MESSAGE).min(1, HOURS_MESSAGE).max(40, HOURS_MESSAGE),
  location: freeText({ required: "Vul de werkplek in, bijvoorbeeld de plaats.", min: 2, max: LOCATION_MAX }),
  workAreaId: z.string({ error: "Kies een werkgebied." }).trim().min(1, "Kies een werkgebied.").max(40, "Kies een werkgebied uit de lijst."),
  contractType: z.enum(CONTRACT_TYPE_OPTIONS, { error: "Kies een soort contract." }),
  trialPlacementWelcome: z.boolean().default(false),
  startDate: futureDate({ empty: "Vul een startdatum in.", past: "De startdatum mag niet in het verleden liggen.", optional: true })
    .optional()
    .default(""),
  openToDistance: z.boolean().default(false),
  wantsJobCarvingAdvice: z.boolean().default(false),
  isPublic: z.boolean().default(false),
});

export type VacancyFields = z.output<typeof vacancyFieldsSchema>;
export type VacancyFieldsInput = z.input<typeof vacancyFieldsSchema>;

export const createVacancySchema = vacancyFieldsSchema.extend({
  submissionKey: submissionKeySchema,
});

export const updateVacancySchema = vacancyFieldsSchema.extend({ vacancyId: recordIdSchema });

export const withdrawVacancySchema = z.object({ vacancyId: recordIdSchema });

export const SETTABLE_STATUSES = ["IN_PROGRESS", "CANDIDATES_PROPOSED", "FILLED"] as const;

export const setVacancyStatusSchema = z.object({
  vacancyId: recordIdSchema,
  status: z.enum(SETTABLE_STATUSES, { error: "Kies een nieuwe status." }),
  note: optionalText(500),
});

export const handOverVacancySchema = z.object({
  vacancyId: recordIdSchema,
  mediatorIds: z
    .array(z.string().trim().min(1).max(40), { error: "Kies minimaal één bemiddelaar." })
    .min(1, "Kies minimaal één bemiddelaar.")
    .max(10, "Kies maximaal 10 bemiddelaars.")
    .refine((ids) => new Set(ids).size === ids.length, { error: "Elke bemiddelaar mag maar één keer voorkomen." }),
  dueDate: futureDate({ empty: "Vul een uiterste datum in.", past: "De uiterste datum mag niet in het verleden liggen.", maxDaysAhead: 365 }),
  note: optionalText(500),
});

export const closeVacancySchema = z.object({
  vacancyId: recordIdSchema,
  reason: freeText({ required: "Vul een reden in.", min: 3, max: 500 }),
});
