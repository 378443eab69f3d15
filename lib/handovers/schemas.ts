import { z } from "zod";
import { isIsoDate } from "@/lib/time/calendar-dates";
import { freeText, optionalText } from "@/lib/forms/free-text";
import { recordIdSchema } from "@/lib/forms/record-id";

/** Warm handover to a partner (B7): shared by the forms and the server; no server imports. */

/** The partners a candidate can be handed to (product.md B7). MBO College and the social partners are not among them. */
export const HANDOVER_PARTNER_CODES = ["UWV", "GEMEENTE", "DOORSTROOMPUNT", "LEERWERKLOKET", "RMT", "SBB", "TOMIN"] as const;
export type HandoverPartnerCode = (typeof HANDOVER_PARTNER_CODES)[number];

export const HANDOVER_REASON_MIN = 10;
export const HANDOVER_REASON_MAX = 1000;
export const HANDOVER_TEAM_MAX = 120;
export const DEADLINE_MIN_DAYS = 1;
export const DEADLINE_MAX_DAYS = 30;
export const DEFAULT_DEADLINE_WORKING_DAYS = 5;

export const ALREADY_OPEN_MESSAGE = "Er loopt al een overdracht voor deze kandidaat.";
export const NO_RESIDENT_ACCOUNT_MESSAGE =
  "Deze kandidaat heeft geen account in het portaal, dus u kunt hier geen toestemming vragen. Vraag de toestemming eerst op een andere manier en laat de kandidaat een account aanmaken.";
export const OWN_PARTNER_MESSAGE = "Kies een andere partner dan uw eigen organisatie.";
export const CHOOSE_PARTNER_MESSAGE = "Kies de partner die de kandidaat overneemt.";

const isoDate = (empty: string) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .refine(isIsoDate, { error: "Vul een geldige datum in, bijvoorbeeld 2027-03-01." });

export const createHandoverSchema = z.object({
  candidateId: recordIdSchema,
  partnerCode: z.enum(HANDOVER_PARTNER_CODES, { error: CHOOSE_PARTNER_MESSAGE }),
  toTeam: optionalText(HANDOVER_TEAM_MAX),
  reason: freeText({
    required: "Schrijf op waarom u de kandidaat overdraagt.",
    min: HANDOVER_REASON_MIN,
    max: HANDOVER_REASON_MAX,
    tooShort: `Schrijf op waarom u de kandidaat overdraagt (minimaal ${HANDOVER_REASON_MIN} tekens).`,
  }),
  // The range (1–30 days ahead) depends on "now" (the demo clock), so the domain function checks it.
  deadline: isoDate("Vul de uiterste datum in waarop de partner moet reageren."),
});
export type CreateHandoverInput = z.input<typeof createHandoverSchema>;

export const handoverIdSchema = z.object({ handoverId: recordIdSchema });
export type HandoverIdInput = z.input<typeof handoverIdSchema>;

export const refuseHandoverSchema = z.object({
  handoverId: recordIdSchema,
  reason: freeText({
    required: "Schrijf op waarom uw team de overdracht afwijst.",
    min: HANDOVER_REASON_MIN,
    max: HANDOVER_REASON_MAX,
    tooShort: `Schrijf op waarom uw team de overdracht afwijst (minimaal ${HANDOVER_REASON_MIN} tekens).`,
  }),
});
export type RefuseHandoverInput = z.input<typeof refuseHandoverSchema>;

export const firstContactSchema = z.object({
  handoverId: recordIdSchema,
  firstContactOn: isoDate("Vul de datum van het eerste contact in."),
});
export type FirstContactInput = z.input<typeof firstContactSchema>;
