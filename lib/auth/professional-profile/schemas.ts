import { z } from "zod";

export const PHONE_MAX_LENGTH = 20;
export const FOCUS_AREA_MAX_LENGTH = 60;
export const FOCUS_AREAS_MAX_COUNT = 10;

const PHONE_PATTERN = /^\+?\(?[0-9][0-9 ()-]*[0-9]$/;

/** A professional's own directory details (A8). Shared by the form and the server action. */
export const professionalProfileSchema = z.object({
  phone: z
    .string()
    .trim()
    .max(PHONE_MAX_LENGTH, `Een telefoonnummer heeft maximaal ${PHONE_MAX_LENGTH} tekens.`)
    .refine((value) => value === "" || (PHONE_PATTERN.test(value) && value.replace(/\D/g, "").length >= 6), {
      error: "Vul een telefoonnummer in met cijfers, bijvoorbeeld 035 123 45 67 of +31 35 123 45 67.",
    }),
  focusAreas: z
    .array(
      z
        .string()
        .trim()
        .min(2, "Een aandachtsgebied heeft minimaal 2 tekens.")
        .max(FOCUS_AREA_MAX_LENGTH, `Een aandachtsgebied heeft maximaal ${FOCUS_AREA_MAX_LENGTH} tekens.`),
    )
    .max(FOCUS_AREAS_MAX_COUNT, `U kunt maximaal ${FOCUS_AREAS_MAX_COUNT} aandachtsgebieden opgeven.`)
    .refine((areas) => new Set(areas.map((area) => area.toLowerCase())).size === areas.length, {
      error: "Elk aandachtsgebied mag maar één keer voorkomen.",
    }),
});

export type ProfessionalProfileInput = z.input<typeof professionalProfileSchema>;

/** The form keeps focus areas in a textarea, one per line; empty lines are not areas. */
export function focusAreasFromText(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== "");
}
