import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password-policy";
import { freeText } from "@/lib/forms/free-text";
import { normalisePostcode, POSTCODE_PATTERN } from "./postcode";

/**
 * Registration of an employer organisation (E1). One schema for the form and the server action;
 * no server imports. Free text is trimmed, capped and refuses HTML characters.
 */

export const OUTSIDE_REGION = "OUTSIDE";
export const KVK_MESSAGE = "Een KvK-nummer heeft precies 8 cijfers.";
export { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

const PHONE_PATTERN = /^\+?\(?[0-9][0-9 ()-]*[0-9]$/;
const HOUSE_NUMBER_PATTERN = /^[1-9][0-9]{0,4}(?:[ -]?[a-zA-Z0-9]{1,6})?$/;

/** "1234 5678" and "12.34.56.78" are accepted as typed; what is stored is the 8 digits. */
export const kvkNumberSchema = z
  .string({ error: "Vul het KvK-nummer in." })
  .trim()
  .min(1, "Vul het KvK-nummer in.")
  .transform((value) => value.replace(/[\s.]/g, ""))
  .refine((value) => /^\d{8}$/.test(value), { error: KVK_MESSAGE });

export const postcodeSchema = z
  .string({ error: "Vul de postcode in." })
  .trim()
  .min(1, "Vul de postcode in.")
  .refine((value) => POSTCODE_PATTERN.test(value), { error: "Vul een Nederlandse postcode in, bijvoorbeeld 1211 AB." })
  .transform((value) => normalisePostcode(value) ?? value);

export const emailSchema = z
  .string({ error: "Vul uw e-mailadres in." })
  .trim()
  .min(1, "Vul uw e-mailadres in.")
  .max(254, "Een e-mailadres heeft maximaal 254 tekens.")
  .pipe(z.email({ error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl." }))
  .transform((value) => value.toLowerCase());

export const phoneSchema = z
  .string({ error: "Vul uw telefoonnummer in." })
  .trim()
  .min(1, "Vul uw telefoonnummer in.")
  .max(20, "Een telefoonnummer heeft maximaal 20 tekens.")
  .refine((value) => PHONE_PATTERN.test(value) && value.replace(/\D/g, "").length >= 10, {
    error: "Vul een telefoonnummer in met cijfers, bijvoorbeeld 035 123 45 67.",
  });

/** The organisation part: also what an accountmanager fills in when registering on behalf. */
export const organisationFieldsSchema = z.object({
  kvkNumber: kvkNumberSchema,
  legalName: freeText({ required: "Vul de naam van de organisatie in.", min: 2, max: 200 }),
  street: freeText({ required: "Vul de straat in.", min: 2, max: 100 }),
  houseNumber: z
    .string({ error: "Vul het huisnummer in." })
    .trim()
    .min(1, "Vul het huisnummer in.")
    .max(12, "Een huisnummer heeft maximaal 12 tekens.")
    .refine((value) => HOUSE_NUMBER_PATTERN.test(value), { error: "Vul een huisnummer in, bijvoorbeeld 12 of 12a." }),
  postcode: postcodeSchema,
  city: freeText({ required: "Vul de plaats in.", min: 2, max: 80 }),
  municipalityCode: z
    .string({ error: "Kies de gemeente." })
    .trim()
    .refine((value) => value === OUTSIDE_REGION || /^GM\d{4}$/.test(value), { error: "Kies de gemeente." }),
});

/** The contact person who gets an employer account. */
export const contactFieldsSchema = z.object({
  contactName: freeText({ required: "Vul uw naam in.", min: 2, max: 100 }),
  email: emailSchema,
  phone: phoneSchema,
  password: passwordSchema,
});

export const registerOrganisationSchema = organisationFieldsSchema.extend(contactFieldsSchema.shape);
export type RegisterOrganisationInput = z.output<typeof registerOrganisationSchema>;
export type RegisterOrganisationFormValues = z.input<typeof registerOrganisationSchema>;

export const registerOnBehalfSchema = organisationFieldsSchema;
export type RegisterOnBehalfInput = z.output<typeof registerOnBehalfSchema>;

const idSchema = z.string({ error: "Deze aanvraag is niet gevonden." }).trim().min(1).max(40, "Deze aanvraag is niet gevonden.");

export const decideJoinRequestSchema = z.object({
  joinRequestId: idSchema,
  decision: z.enum(["ACCEPT", "REFUSE"], { error: "Kies accepteren of afwijzen." }),
});
export type DecideJoinRequestInput = z.output<typeof decideJoinRequestSchema>;
