import { z } from "zod";
import { isIsoDate, addMonthsIso } from "@/lib/time/calendar-dates";
import { freeText, optionalText } from "@/lib/forms/free-text";
import { recordIdSchema } from "@/lib/forms/record-id";
import { END_REASONS, INSTRUMENT_STATUSES, PLACEMENT_CONTRACT_TYPES, TRIAL_OUTCOMES } from "./labels";

/** Zod schemas of placements and aftercare, with Dutch messages; shared by the forms and the server. */

export const HOURS_MESSAGE = "Vul een aantal uren tussen 1 en 40 in.";
export const SCORE_MESSAGE = "Kies een score van 1 tot en met 5.";
export const MAX_INSTRUMENT_ROWS = 3;
export const TEXT_MAX = 1000;
const DATE_FORMAT = "Vul een geldige datum in, bijvoorbeeld 2027-03-01.";
const AMOUNT_MESSAGE = "Vul een bedrag in euro's in, bijvoorbeeld 1250,00.";
const NEGATIVE_AMOUNT = "Vul een bedrag van 0 euro of meer in.";
const WAGE_VALUE_MESSAGE = "Vul een loonwaarde tussen 1 en 99 procent in.";

const requiredDate = (empty: string) => z.string({ error: empty }).trim().min(1, empty).refine(isIsoDate, { error: DATE_FORMAT });
const optionalDate = z.string().trim().optional().default("").refine((value) => value === "" || isIsoDate(value), { error: DATE_FORMAT });

/** "1.250,50", "1250.5" or "" → cents (null when empty). */
export function eurosToCents(value: string): number | null {
  const text = value.trim().replace(/\s|€/g, "");
  if (text === "") return null;
  const normalised = text.includes(",") ? text.replace(/\./g, "").replace(",", ".") : text;
  return Math.round(Number(normalised) * 100);
}

const amountSchema = z
  .string()
  .trim()
  .optional()
  .default("")
  .refine((value) => !value.trim().startsWith("-"), { error: NEGATIVE_AMOUNT })
  .refine((value) => value === "" || value.startsWith("-") || /^€?\s?\d{1,3}(\.?\d{3})*(,\d{1,2})?$|^€?\s?\d+(\.\d{1,2})?$/.test(value), { error: AMOUNT_MESSAGE })
  .refine((value) => value === "" || value.startsWith("-") || (eurosToCents(value) ?? 0) <= 100_000_000, { error: "Vul een bedrag tot 1.000.000 euro in." });

const WAGE_VALUE_PCT = z.number({ error: WAGE_VALUE_MESSAGE }).int(WAGE_VALUE_MESSAGE).min(1, WAGE_VALUE_MESSAGE).max(99, WAGE_VALUE_MESSAGE).nullable().default(null);

/** The editable fields of an instrument application (also when it is changed later). */
const instrumentDetailFields = {
  status: z.enum(INSTRUMENT_STATUSES, { error: "Kies de status van het instrument." }).default("REQUESTED"),
  amount: amountSchema,
  startDate: optionalDate,
  endDate: optionalDate,
  wageValuePct: WAGE_VALUE_PCT,
};
const instrumentCodeField = z.string({ error: "Kies een instrument." }).trim().min(1, "Kies een instrument.").max(40, "Kies een instrument uit de lijst.");

function checkPeriod(row: { startDate: string; endDate: string }, ctx: z.RefinementCtx) {
  if (row.startDate && row.endDate && isIsoDate(row.startDate) && isIsoDate(row.endDate) && row.endDate < row.startDate) {
    ctx.addIssue({ code: "custom", path: ["endDate"], message: "De einddatum mag niet voor de begindatum liggen." });
  }
}

export const instrumentRowSchema = z.object({ instrumentCode: instrumentCodeField, ...instrumentDetailFields }).superRefine(checkPeriod);

/** Adds an instrument to a running placement (B5/E7). */
export const addInstrumentApplicationSchema = z.object({ placementId: recordIdSchema, instrumentCode: instrumentCodeField, ...instrumentDetailFields }).superRefine(checkPeriod);
export type AddInstrumentApplicationInput = z.input<typeof addInstrumentApplicationSchema>;

/** Changes status, amount, period or loonwaarde of one instrument application (e.g. aangevraagd → toegekend). */
export const updateInstrumentApplicationSchema = z.object({ applicationId: recordIdSchema, ...instrumentDetailFields }).superRefine(checkPeriod);
export type UpdateInstrumentApplicationInput = z.input<typeof updateInstrumentApplicationSchema>;

/** Cents → "1250,00" as the amount field expects it. */
export function centsToEuroInput(cents: number | null): string {
  return cents === null ? "" : (cents / 100).toFixed(2).replace(".", ",");
}

export const recordPlacementSchema = z
  .object({
    proposalId: recordIdSchema,
    startDate: requiredDate("Vul de startdatum in."),
    contractType: z.enum(PLACEMENT_CONTRACT_TYPES, { error: "Kies een soort contract." }),
    hoursPerWeek: z.number({ error: HOURS_MESSAGE }).int(HOURS_MESSAGE).min(1, HOURS_MESSAGE).max(40, HOURS_MESSAGE),
    trialEndDate: optionalDate,
    instruments: z.array(instrumentRowSchema).max(MAX_INSTRUMENT_ROWS, `Kies maximaal ${MAX_INSTRUMENT_ROWS} instrumenten.`).default([]),
  })
  .superRefine((input, ctx) => {
    if (input.contractType === "TRIAL_PLACEMENT") {
      if (input.trialEndDate === "") {
        ctx.addIssue({ code: "custom", path: ["trialEndDate"], message: "Vul de einddatum van de proefplaatsing in." });
      } else if (isIsoDate(input.trialEndDate) && isIsoDate(input.startDate)) {
        if (input.trialEndDate <= input.startDate) {
          ctx.addIssue({ code: "custom", path: ["trialEndDate"], message: "De einddatum van de proefplaatsing moet na de startdatum liggen." });
        } else if (input.trialEndDate > addMonthsIso(input.startDate, 6)) {
          ctx.addIssue({ code: "custom", path: ["trialEndDate"], message: "Een proefplaatsing duurt maximaal 6 maanden." });
        }
      }
    }
    const seen = new Set<string>();
    input.instruments.forEach((row, index) => {
      if (seen.has(row.instrumentCode)) {
        ctx.addIssue({ code: "custom", path: ["instruments", index, "instrumentCode"], message: "Elk instrument mag maar één keer voorkomen." });
      }
      seen.add(row.instrumentCode);
    });
  });

export type RecordPlacementInput = z.input<typeof recordPlacementSchema>;
export type RecordPlacement = z.output<typeof recordPlacementSchema>;

export const endPlacementSchema = z
  .object({
    placementId: recordIdSchema,
    endedOn: requiredDate("Vul de datum in waarop de plaatsing is geëindigd."),
    reasonCode: z.enum(END_REASONS, { error: "Kies een reden." }),
    reason: optionalText(TEXT_MAX),
  })
  .superRefine((input, ctx) => {
    if (input.reasonCode === "OTHER" && input.reason === "") ctx.addIssue({ code: "custom", path: ["reason"], message: "Beschrijf de reden." });
  });

export const assessTrialSchema = z
  .object({
    placementId: recordIdSchema,
    outcome: z.enum(TRIAL_OUTCOMES, { error: "Kies hoe de proefplaatsing is verlopen." }),
    continued: z.enum(["yes", "no"], { error: "Kies of de kandidaat met een contract verder gaat." }),
  })
  .superRefine((input, ctx) => {
    if (input.outcome === "NO_SHOW" && input.continued === "yes") {
      ctx.addIssue({ code: "custom", path: ["continued"], message: "Wie niet is verschenen, kan niet met een contract verder gaan." });
    }
  });

const scoreSchema = z.number({ error: SCORE_MESSAGE }).int(SCORE_MESSAGE).min(1, SCORE_MESSAGE).max(5, SCORE_MESSAGE);

export const employeeAftercareSchema = z
  .object({
    checkId: recordIdSchema,
    score: scoreSchema,
    comment: optionalText(TEXT_MAX),
    raiseSignal: z.boolean().default(false),
    signalText: optionalText(TEXT_MAX),
  })
  .superRefine((input, ctx) => {
    if (input.raiseSignal && input.signalText === "") ctx.addIssue({ code: "custom", path: ["signalText"], message: "Beschrijf het knelpunt." });
  });

export const employerAftercareSchema = z.object({ checkId: recordIdSchema, score: scoreSchema, comment: optionalText(TEXT_MAX) });

export const followUpSchema = z.object({
  checkId: recordIdSchema,
  note: freeText({ required: "Beschrijf hoe u het heeft opgevolgd.", max: TEXT_MAX }),
});

export const raiseSignalSchema = z.object({
  placementId: recordIdSchema,
  text: freeText({ required: "Beschrijf het knelpunt.", max: TEXT_MAX }),
});

export const handleSignalSchema = z.object({
  signalId: recordIdSchema,
  note: freeText({ required: "Beschrijf wat u met het knelpunt heeft gedaan.", max: TEXT_MAX }),
});
