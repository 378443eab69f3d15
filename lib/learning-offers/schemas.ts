import { z } from "zod";
import type { LearningOfferKind } from "@/generated/prisma/enums";
import { freeText } from "@/lib/forms/free-text";
import { isHttpsUrl } from "@/lib/forms/https-url";
import { isIsoDate } from "@/lib/time/calendar-dates";
import { recordIdSchema } from "@/lib/forms/record-id";
import { firstValue, searchText } from "@/lib/forms/search-params";

/** Shared by the learning-offer pages and the server (J5); no server imports. */

export const LEARNING_OFFER_KIND_LABELS: Record<LearningOfferKind, string> = {
  DEVELOPMENT_PATH: "Ontwikkelpad",
  LEARN_WORK_TRAJECTORY: "Leerwerktraject",
  BBL_PLACE: "BBL-plaats",
};
export const LEARNING_OFFER_KINDS = Object.keys(LEARNING_OFFER_KIND_LABELS) as [LearningOfferKind, ...LearningOfferKind[]];

export const OFFER_LIMITS = { title: 150, provider: 150, description: 2000, url: 500, startDates: 20 } as const;

const DUTCH_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

/** "1-9-2026", "01-09-2026" or "2026-09-01" → "2026-09-01"; null when it is no existing date. */
export function parseStartDate(value: string): string | null {
  const text = value.trim();
  const dutch = DUTCH_DATE.exec(text);
  const iso = dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, "0")}-${dutch[1]!.padStart(2, "0")}` : text;
  return isIsoDate(iso) ? iso : null;
}

/** One date per line (or separated by commas) → sorted, unique ISO dates. Empty: start in overleg. */
const startDatesField = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const parts = (value ?? "").split(/[\n,;]+/).map((part) => part.trim()).filter(Boolean);
    const dates: string[] = [];
    for (const part of parts) {
      const date = parseStartDate(part);
      if (!date) {
        ctx.addIssue({ code: "custom", message: `"${part.slice(0, 20)}" is geen bestaande datum. Schrijf elke datum als 1-9-2026, één per regel.` });
        return z.NEVER;
      }
      dates.push(date);
    }
    const unique = [...new Set(dates)].sort();
    if (unique.length > OFFER_LIMITS.startDates) {
      ctx.addIssue({ code: "custom", message: `Vul maximaal ${OFFER_LIMITS.startDates} startdata in.` });
      return z.NEVER;
    }
    return unique;
  });

const urlField = z
  .string()
  .trim()
  .max(OFFER_LIMITS.url, `Het webadres mag maximaal ${OFFER_LIMITS.url} tekens hebben.`)
  .optional()
  .refine((value) => !value || isHttpsUrl(value), { error: "Vul een volledig webadres in dat begint met https://, of laat het veld leeg." })
  .transform((value) => (value ? value : null));

const offerFields = {
  title: freeText({ required: "Vul een titel in.", max: OFFER_LIMITS.title, tooLong: `De titel mag maximaal ${OFFER_LIMITS.title} tekens hebben.` }),
  kind: z.enum(LEARNING_OFFER_KINDS, { error: "Kies een soort leeraanbod uit de lijst." }),
  provider: freeText({ required: "Vul de aanbieder in.", max: OFFER_LIMITS.provider, tooLong: `De aanbieder mag maximaal ${OFFER_LIMITS.provider} tekens hebben.` }),
  description: freeText({
    required: "Beschrijf het leeraanbod.",
    max: OFFER_LIMITS.description,
    tooLong: `De beschrijving mag maximaal ${OFFER_LIMITS.description} tekens hebben.`,
  }),
  startDates: startDatesField,
  url: urlField,
  active: z.boolean({ error: "Kies of het aanbod actief is." }),
};

export const createLearningOfferSchema = z.object(offerFields);
export const updateLearningOfferSchema = z.object({ offerId: recordIdSchema, ...offerFields });
export type LearningOfferFormInput = z.input<typeof createLearningOfferSchema>;

export const setLearningOfferActiveSchema = z.object({ offerId: recordIdSchema, active: z.boolean() });

/** The public list's GET form; invalid values are dropped (a hand-edited URL shows everything). */
export const learningOfferSearchSchema = z.object({
  q: searchText(),
  soort: z.preprocess(firstValue, z.enum(LEARNING_OFFER_KINDS).optional().catch(undefined)),
});
export type LearningOfferSearch = z.output<typeof learningOfferSearchSchema>;

export function parseLearningOfferSearch(params: Record<string, string | string[] | undefined>): LearningOfferSearch {
  return learningOfferSearchSchema.parse(params);
}
