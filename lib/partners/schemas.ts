import { z } from "zod";
import { freeText, optionalTextOrNull } from "@/lib/forms/free-text";
import { recordIdSchema } from "@/lib/forms/record-id";
import { PARTNER_KINDS } from "./labels";

/** Partner organisations and their teams (issue 14 O4, ADMIN). Shared by the forms and the server; no server imports. */

export const PARTNER_LIMITS = { code: { min: 2, max: 30 }, name: { max: 120 }, note: { max: 500 }, team: { min: 2, max: 120 } } as const;

const CODE_MESSAGE = `De code bestaat uit ${PARTNER_LIMITS.code.min} tot ${PARTNER_LIMITS.code.max} hoofdletters, cijfers, - of _, bijvoorbeeld UWV of LEERWERKLOKET.`;

export const partnerCodeSchema = z
  .string({ error: "Vul een code in." })
  .trim()
  .min(1, "Vul een code in.")
  .transform((code) => code.toUpperCase())
  .pipe(z.string().regex(new RegExp(`^[A-Z0-9_-]{${PARTNER_LIMITS.code.min},${PARTNER_LIMITS.code.max}}$`), CODE_MESSAGE));

export const partnerFieldsSchema = z.object({
  name: freeText({ required: "Vul de naam van de organisatie in.", max: PARTNER_LIMITS.name.max, min: 2 }),
  kind: z.enum(PARTNER_KINDS, { error: "Kies de soort organisatie." }),
  note: optionalTextOrNull({ max: PARTNER_LIMITS.note.max }),
});

/** The code is given once: handover consents and the fallback route refer to a partner by its code. */
export const createPartnerSchema = partnerFieldsSchema.extend({ code: partnerCodeSchema });
export const updatePartnerSchema = partnerFieldsSchema.extend({ id: recordIdSchema });
export const setPartnerActiveSchema = z.object({ id: recordIdSchema, active: z.boolean() });

export const teamNameSchema = freeText({ required: "Vul de naam van het team in.", ...PARTNER_LIMITS.team });
export const createPartnerTeamSchema = z.object({ partnerOrganisationId: recordIdSchema, name: teamNameSchema });
export const renamePartnerTeamSchema = z.object({ teamId: recordIdSchema, name: teamNameSchema });

export type PartnerFormValues = z.input<typeof createPartnerSchema>;
export type CreatePartnerInput = z.output<typeof createPartnerSchema>;
export type UpdatePartnerInput = z.output<typeof updatePartnerSchema>;
