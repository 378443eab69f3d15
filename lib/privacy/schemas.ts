import { z } from "zod";

export const DELETION_REASON_MAX = 1000;

/** The resident's deletion request (J6): an optional reason, and the explicit yes of the confirmation step. */
export const requestDeletionSchema = z.object({
  reason: z
    .string()
    .trim()
    .max(DELETION_REASON_MAX, `Uw toelichting is te lang. Gebruik maximaal ${DELETION_REASON_MAX} tekens.`)
    .optional()
    .transform((value) => (value ? value : undefined)),
  confirmed: z.literal(true, { error: "Bevestig dat u wilt dat wij uw gegevens verwijderen." }),
});

export type RequestDeletionInput = z.input<typeof requestDeletionSchema>;
