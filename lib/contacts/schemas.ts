import { z } from "zod";
import type { ContactChannel } from "@/generated/prisma/enums";
import { freeText, optionalTextOrNull } from "@/lib/forms/free-text";
import { isIsoDate, todayIso } from "@/lib/time/calendar-dates";

export const CONTACT_CHANNELS = ["PHONE", "EMAIL", "VISIT", "VIDEO", "EVENT", "OTHER"] as const satisfies readonly ContactChannel[];

export const CONTACT_CHANNEL_LABELS: Record<ContactChannel, string> = {
  PHONE: "Telefoon",
  EMAIL: "E-mail",
  VISIT: "Bezoek",
  VIDEO: "Videogesprek",
  EVENT: "Evenement",
  OTHER: "Anders",
};

export const CONTACT_TOPIC_MAX_LENGTH = 120;
export const CONTACT_SUMMARY_MAX_LENGTH = 2000;
export const FOLLOW_UP_MAX_LENGTH = 500;

const dateField = (requiredMessage: string) =>
  z
    .string({ error: requiredMessage })
    .trim()
    .min(1, requiredMessage)
    .refine((value) => value === "" || isIsoDate(value), { error: "Vul een bestaande datum in, bijvoorbeeld 2026-03-18." });

/**
 * A contact moment with an employer (A2). A follow-up promise and its due date go together; the
 * contact date is today or earlier (in Amsterdam), the due date not before the contact date.
 */
export const logContactMomentSchema = z
  .object({
    organisationId: z.string({ error: "Werkgever ontbreekt." }).min(1, "Werkgever ontbreekt.").max(40),
    contactDate: dateField("Vul de datum van het contact in."),
    channel: z.enum(CONTACT_CHANNELS, { error: "Kies hoe het contact was." }),
    topic: freeText({ required: "Vul het onderwerp in.", max: CONTACT_TOPIC_MAX_LENGTH, tooLong: `Het onderwerp heeft maximaal ${CONTACT_TOPIC_MAX_LENGTH} tekens.` }),
    summary: freeText({ required: "Vul een korte samenvatting in.", max: CONTACT_SUMMARY_MAX_LENGTH, tooLong: `Een korte samenvatting heeft maximaal ${CONTACT_SUMMARY_MAX_LENGTH} tekens.` }),
    followUpPromise: optionalTextOrNull({ max: FOLLOW_UP_MAX_LENGTH, tooLong: `De afspraak heeft maximaal ${FOLLOW_UP_MAX_LENGTH} tekens.` }),
    followUpDueDate: z
      .string()
      .trim()
      .nullish()
      .transform((value) => (value ? value : null))
      .refine((value) => value === null || isIsoDate(value), { error: "Vul een bestaande datum in, bijvoorbeeld 2026-03-18." }),
  })
  .superRefine((input, ctx) => {
    if (isIsoDate(input.contactDate) && input.contactDate > todayIso()) {
      ctx.addIssue({ code: "custom", path: ["contactDate"], message: "De datum van het contact kan niet in de toekomst liggen." });
    }
    if (input.followUpPromise && !input.followUpDueDate) {
      ctx.addIssue({ code: "custom", path: ["followUpDueDate"], message: "Vul in wanneer u de afspraak nakomt." });
    }
    if (!input.followUpPromise && input.followUpDueDate) {
      ctx.addIssue({ code: "custom", path: ["followUpPromise"], message: "Vul in wat u heeft afgesproken, of maak de datum leeg." });
    }
    if (input.followUpDueDate && isIsoDate(input.contactDate) && input.followUpDueDate < input.contactDate) {
      ctx.addIssue({ code: "custom", path: ["followUpDueDate"], message: "De datum van de afspraak ligt niet vóór de datum van het contact." });
    }
  });

export type LogContactMomentInput = z.input<typeof logContactMomentSchema>;

export const completeFollowUpSchema = z.object({
  contactMomentId: z.string({ error: "Afspraak ontbreekt." }).min(1, "Afspraak ontbreekt.").max(40),
});

export type CompleteFollowUpInput = z.input<typeof completeFollowUpSchema>;
