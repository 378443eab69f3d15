import { z } from "zod";
import { freeText } from "@/lib/forms/free-text";
import { submissionKeySchema } from "@/lib/forms/submission-key";
import { isIsoDate } from "@/lib/time/calendar-dates";
import { recordIdSchema } from "@/lib/forms/record-id";
import { DELIVERY_TYPES } from "./labels";
import { parseEuros } from "./money";

/** Shared by the SROI forms and the server (A7/E8); no server imports. Amounts come in as typed ("12.500,50"). */

export const CONTRACT_NAME_MAX_LENGTH = 200;
export const DELIVERY_DESCRIPTION_MAX_LENGTH = 1000;

const AMOUNT_MESSAGES = {
  format: "Vul een bedrag in euro's in, bijvoorbeeld 12.500,50.",
  decimals: "Gebruik maximaal 2 cijfers achter de komma.",
  notPositive: "Het bedrag moet groter zijn dan 0 euro.",
  tooLarge: "Vul een bedrag tot 1 miljard euro in.",
} as const;

/** A euro amount > 0 with at most 2 decimals → BigInt cents. */
export function euroAmount(required: string) {
  return z
    .string({ error: required })
    .trim()
    .min(1, required)
    .transform((value, ctx) => {
      const parsed = parseEuros(value);
      if (parsed.ok) return parsed.cents;
      ctx.addIssue({ code: "custom", message: AMOUNT_MESSAGES[parsed.reason] });
      return z.NEVER;
    });
}

function isoDate(required: string) {
  return z
    .string({ error: required })
    .trim()
    .min(1, required)
    .refine((value) => isIsoDate(value), { error: "Deze datum bestaat niet. Vul een datum in, bijvoorbeeld 1-1-2026." });
}

const dossierFields = {
  contractName: freeText({
    required: "Vul de naam van het contract in.",
    max: CONTRACT_NAME_MAX_LENGTH,
    tooLong: `De naam van het contract mag maximaal ${CONTRACT_NAME_MAX_LENGTH} tekens hebben.`,
  }),
  municipalityCode: z.string({ error: "Kies een gemeente uit de lijst." }).regex(/^GM\d{4}$/, "Kies een gemeente uit de lijst."),
  contractValue: euroAmount("Vul de contractwaarde in."),
  obligation: euroAmount("Vul de SROI-verplichting in."),
  periodStart: isoDate("Vul de begindatum in."),
  periodEnd: isoDate("Vul de einddatum in."),
};

type DossierValues = { contractValue: bigint; obligation: bigint; periodStart: string; periodEnd: string };

function dossierRules(value: DossierValues, ctx: z.RefinementCtx) {
  if (typeof value.obligation === "bigint" && typeof value.contractValue === "bigint" && value.obligation > value.contractValue) {
    ctx.addIssue({ code: "custom", path: ["obligation"], message: "De verplichting mag niet hoger zijn dan de contractwaarde." });
  }
  if (isIsoDate(value.periodStart) && isIsoDate(value.periodEnd) && value.periodEnd <= value.periodStart) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "De einddatum moet na de begindatum liggen." });
  }
}

/** The owner accountmanager creates a dossier for one of their employers. */
export const createSroiDossierSchema = z.object({ organisationId: recordIdSchema, ...dossierFields }).superRefine(dossierRules);
export const updateSroiDossierSchema = z.object({ dossierId: recordIdSchema, ...dossierFields }).superRefine(dossierRules);
export type SroiDossierFormInput = z.input<typeof createSroiDossierSchema>;

/** The employer reports a delivery; the placement (own placements only) links a candidate without naming them. */
export const reportSroiDeliverySchema = z.object({
  dossierId: recordIdSchema,
  type: z.enum(DELIVERY_TYPES, { error: "Kies een soort levering uit de lijst." }),
  value: euroAmount("Vul de waarde van de levering in."),
  description: freeText({
    required: "Beschrijf wat u heeft geleverd.",
    max: DELIVERY_DESCRIPTION_MAX_LENGTH,
    tooLong: `De beschrijving mag maximaal ${DELIVERY_DESCRIPTION_MAX_LENGTH} tekens hebben.`,
  }),
  deliveredOn: isoDate("Vul de datum van de levering in."),
  placementId: z
    .string()
    .trim()
    .max(40, "Kies een plaatsing uit de lijst.")
    .optional()
    .transform((value) => (value ? value : undefined)),
  submissionKey: submissionKeySchema,
});
export type ReportSroiDeliveryInput = z.input<typeof reportSroiDeliverySchema>;

export const REVIEW_DECISIONS = ["APPROVED", "REJECTED"] as const;
export const reviewSroiDeliverySchema = z.object({
  deliveryId: recordIdSchema,
  decision: z.enum(REVIEW_DECISIONS, { error: "Kies goedkeuren of afkeuren." }),
});
