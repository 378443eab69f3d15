import { z } from "zod";
import type { HelpQuestion } from "@/generated/prisma/enums";
import { freeText, optionalTextOrNull } from "@/lib/forms/free-text";
import { submissionKeySchema } from "@/lib/forms/submission-key";
import { passwordSchema } from "@/lib/auth/password-policy";
import { emailSchema, OUTSIDE_REGION } from "@/lib/organisations/schemas";
import { MAX_AGE, MIN_AGE, parseBirthDate } from "./birth-date";

/**
 * J1 aanmelding and the routing rules (data, edited by ADMIN). One schema for the form and the
 * server action; no server imports. Free text is trimmed, capped and refuses HTML characters.
 */

export { OUTSIDE_REGION, PASSWORD_MIN_LENGTH } from "@/lib/organisations/schemas";

/** In the order the resident reads them on the form. */
export const HELP_QUESTIONS = [
  "FIND_WORK",
  "OTHER_WORK",
  "LEARNING_CAREER",
  "UNDER_27",
  "BENEFIT_WW",
  "BENEFIT_WIA",
  "BENEFIT_WAJONG",
  "BENEFIT_PARTICIPATION",
  "NO_BENEFIT",
] as const satisfies readonly HelpQuestion[];

export const HELP_TEXT_MAX_LENGTH = 1000;
export const ALREADY_ACCEPTED_MESSAGE = "Deze aanmelding is al opgepakt door een collega. Vernieuw de pagina voor de actuele lijst.";

/** "14-05-1990", "14/5/1990" or "1990-05-14" → "1990-05-14"; the age must be between 15 and 100 today. */
export const birthDateSchema = z
  .string({ error: "Vul uw geboortedatum in." })
  .trim()
  .min(1, "Vul uw geboortedatum in.")
  .transform((value, context) => {
    const parsed = parseBirthDate(value, new Date());
    if (parsed.ok) return parsed.date;
    context.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  });

export const municipalityCodeSchema = z
  .string({ error: "Kies uw gemeente." })
  .trim()
  .refine((value) => value === OUTSIDE_REGION || /^GM\d{4}$/.test(value), { error: "Kies uw gemeente." });

export const helpQuestionSchema = z.enum(HELP_QUESTIONS, { error: "Kies wat het beste bij uw vraag past." });

// Optional; null after parsing when empty, and null is accepted again (the action parses, then the domain function).
const helpTextSchema = optionalTextOrNull({ max: HELP_TEXT_MAX_LENGTH, notText: "Gebruik gewone tekst." });


/** The help-question part: also all a logged-in resident fills in for a new request. */
export const helpRequestFieldsSchema = z.object({
  question: helpQuestionSchema,
  text: helpTextSchema,
  shareWithPartners: z.boolean().optional().default(false),
  submissionKey: submissionKeySchema,
});

/** A visitor: account, the facts routing needs (age, municipality) and the help question. */
export const registerJobseekerSchema = z.object({
  firstName: freeText({ required: "Vul uw voornaam in.", max: 80 }),
  lastName: freeText({ required: "Vul uw achternaam in.", max: 80 }),
  email: emailSchema,
  password: passwordSchema,
  birthDate: birthDateSchema,
  municipalityCode: municipalityCodeSchema,
  ...helpRequestFieldsSchema.shape,
});

export type HelpRequestFieldsInput = z.output<typeof helpRequestFieldsSchema>;
export type HelpRequestFieldsFormValues = z.input<typeof helpRequestFieldsSchema>;
export type RegisterJobseekerInput = z.output<typeof registerJobseekerSchema>;
export type RegisterJobseekerFormValues = z.input<typeof registerJobseekerSchema>;

export const acceptHelpRequestSchema = z.object({
  helpRequestId: z.string({ error: "Deze aanmelding is niet gevonden." }).trim().min(1, "Deze aanmelding is niet gevonden.").max(40),
});
export type AcceptHelpRequestInput = z.output<typeof acceptHelpRequestSchema>;

// ───────────── Routing rules (ADMIN) ─────────────

export const ROUTING_LIMITS = {
  priority: { min: 1, max: 9999 },
  maxAge: { min: MIN_AGE, max: MAX_AGE },
  normWorkingDays: { min: 1, max: 30 },
  team: { min: 2, max: 120 },
} as const;

type NumberOptions = { empty: string; min: number; max: number; range: string };

/** A whole number typed in a text field ("12"); an empty field is `null` when `optional`, else an error. */
function typedWholeNumber(options: NumberOptions & { optional: boolean }) {
  return z
    .union([z.string(), z.number(), z.null()], { error: options.empty })
    .transform((value, context) => {
      const text = value === null ? "" : String(value).trim();
      if (text === "") {
        if (options.optional) return null;
        context.addIssue({ code: "custom", message: options.empty });
        return z.NEVER;
      }
      if (!/^-?\d+$/.test(text)) {
        context.addIssue({ code: "custom", message: "Vul een heel getal in, zonder punt of komma." });
        return z.NEVER;
      }
      const number = Number(text);
      if (number < options.min || number > options.max) {
        context.addIssue({ code: "custom", message: options.range });
        return z.NEVER;
      }
      return number;
    });
}

const wholeNumber = (options: NumberOptions) => typedWholeNumber({ ...options, optional: false }).pipe(z.number());
const optionalWholeNumber = (options: Omit<NumberOptions, "empty">) =>
  typedWholeNumber({ ...options, empty: "", optional: true }).pipe(z.number().nullable());

export const routingRuleFieldsSchema = z.object({
  question: helpQuestionSchema,
  partnerOrganisationId: z
    .string({ error: "Kies een partnerorganisatie." })
    .trim()
    .min(1, "Kies een partnerorganisatie.")
    .max(40, "Kies een partnerorganisatie uit de lijst."),
  team: freeText({ required: "Vul de naam van het team in.", ...ROUTING_LIMITS.team }),
  priority: wholeNumber({
    empty: "Vul de prioriteit in.",
    ...ROUTING_LIMITS.priority,
    range: `De prioriteit is een getal van ${ROUTING_LIMITS.priority.min} tot en met ${ROUTING_LIMITS.priority.max}.`,
  }),
  maxAge: optionalWholeNumber({
    ...ROUTING_LIMITS.maxAge,
    range: `De maximale leeftijd is leeg of een getal van ${ROUTING_LIMITS.maxAge.min} tot en met ${ROUTING_LIMITS.maxAge.max}.`,
  }),
  normWorkingDays: wholeNumber({
    empty: "Vul de norm in werkdagen in.",
    ...ROUTING_LIMITS.normWorkingDays,
    range: `De norm is ${ROUTING_LIMITS.normWorkingDays.min} tot en met ${ROUTING_LIMITS.normWorkingDays.max} werkdagen.`,
  }),
  active: z.boolean().optional().default(false),
});

export const createRoutingRuleSchema = routingRuleFieldsSchema;
export const updateRoutingRuleSchema = routingRuleFieldsSchema.extend({
  id: z.string({ error: "Deze regel is niet gevonden." }).trim().min(1, "Deze regel is niet gevonden.").max(40),
});

export type RoutingRuleFieldsInput = z.output<typeof routingRuleFieldsSchema>;
export type RoutingRuleFormValues = z.input<typeof routingRuleFieldsSchema>;
export type UpdateRoutingRuleInput = z.output<typeof updateRoutingRuleSchema>;
