import { z } from "zod";
import type { TrafficLight } from "@/generated/prisma/enums";

/** The traffic light in words, as the region's monitor uses them; the colour only supports the text. */
export const TRAFFIC_LIGHT_LABELS: Record<TrafficLight, string> = {
  GREEN: "Groen: in uitvoering",
  ORANGE: "Oranje: opdracht verstrekt of start binnenkort",
  RED: "Rood: vertraging of on hold",
  DONE: "Afgerond",
};

export const TRAFFIC_LIGHTS = Object.keys(TRAFFIC_LIGHT_LABELS) as [TrafficLight, ...TrafficLight[]];

/** Readable names of the target keys in program-monitor.json; unknown keys are shown as they are. */
export const FIGURE_LABELS: Record<string, string> = {
  outflowToWork: "Uitstroom naar werk",
  trainingTrajectories: "Scholingstrajecten",
  participants: "Deelnemers",
  trained: "Geschoold",
  trajectories: "Trajecten",
};

export function figureLabel(key: string): string {
  return FIGURE_LABELS[key] ?? key;
}

export const OWNER_NAME_MAX = 100;
export const NOTE_MAX = 1000;
export const ACTUAL_MAX = 1_000_000;
export const CONFLICT_MESSAGE = "Iemand anders heeft dit project intussen gewijzigd. Vernieuw de pagina en probeer het opnieuw.";
export const NOTE_WITHOUT_STATUS_CHANGE_MESSAGE =
  "Een toelichting wordt alleen bewaard als u de status wijzigt. Wijzig de status of maak het veld Toelichting leeg.";
const NO_HTML = "Gebruik geen HTML-tekens zoals < en >.";

/** Optional free text: trimmed, empty becomes null, capped, without HTML characters. */
function optionalText(max: number, tooLong: string) {
  return z
    .string({ error: "Vul tekst in." })
    .trim()
    .max(max, tooLong)
    .refine((value) => !/[<>]/.test(value), { error: NO_HTML })
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null);
}

const actualValue = z
  .number({ error: "Vul bij de resultaten hele getallen in van 0 of meer, of laat het veld leeg." })
  .int("Vul bij de resultaten hele getallen in van 0 of meer, of laat het veld leeg.")
  .min(0, "Vul bij de resultaten hele getallen in van 0 of meer, of laat het veld leeg.")
  .max(ACTUAL_MAX, `Een resultaat mag niet groter zijn dan ${ACTUAL_MAX.toLocaleString("nl-NL")}.`)
  .nullable();

export const updateProgrammeProjectSchema = z.object({
  projectId: z.string({ error: "Dit project bestaat niet (meer)." }).min(1, "Dit project bestaat niet (meer).").max(64),
  // The project's updatedAt when the form was opened: the version that guards against lost updates.
  version: z.iso.datetime({ error: "Het formulier is verlopen. Vernieuw de pagina en probeer het opnieuw." }),
  status: z.enum(TRAFFIC_LIGHTS, { error: "Kies een status uit de lijst." }),
  ownerName: optionalText(OWNER_NAME_MAX, `De naam van de eigenaar mag maximaal ${OWNER_NAME_MAX} tekens hebben.`),
  actuals: z.record(z.string().regex(/^[A-Za-z]{1,40}$/, "Onbekend resultaat."), actualValue, { error: "Vul geldige resultaten in." }).default({}),
  note: optionalText(NOTE_MAX, `De toelichting mag maximaal ${NOTE_MAX} tekens hebben.`),
});

export type UpdateProgrammeProjectInput = z.input<typeof updateProgrammeProjectSchema>;
