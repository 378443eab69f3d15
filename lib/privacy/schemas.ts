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

export const REFUSAL_REASON_MAX = 1000;

const requestId = z
  .string({ error: "Dit verzoek bestaat niet (meer)." })
  .min(1, "Dit verzoek bestaat niet (meer).")
  .max(64, "Dit verzoek bestaat niet (meer).");

/** ADMIN carries out a deletion request (J6): only after the explicit yes of the confirmation step. */
export const completeDeletionSchema = z.object({
  requestId,
  confirmed: z.literal(true, { error: "Bevestig dat u de gegevens van deze inwoner wilt verwijderen." }),
});

/** ADMIN refuses a deletion request (J6): the reason is required, the resident reads it. */
export const refuseDeletionSchema = z.object({
  requestId,
  reason: z
    .string({ error: "Vul in waarom u het verzoek weigert." })
    .trim()
    .min(1, "Vul in waarom u het verzoek weigert.")
    .max(REFUSAL_REASON_MAX, `De reden is te lang. Gebruik maximaal ${REFUSAL_REASON_MAX} tekens.`),
});

export type CompleteDeletionInput = z.input<typeof completeDeletionSchema>;
export type RefuseDeletionInput = z.input<typeof refuseDeletionSchema>;
