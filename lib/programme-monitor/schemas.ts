import { z } from "zod";
import type { TrafficLight } from "@/generated/prisma/enums";
import { optionalTextOrNull } from "@/lib/forms/free-text";
import { STALE_FORM_MESSAGE } from "@/lib/forms/submission-key";

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

const actualValue = z
  .number({ error: "Vul bij de resultaten hele getallen in van 0 of meer, of laat het veld leeg." })
  .int("Vul bij de resultaten hele getallen in van 0 of meer, of laat het veld leeg.")
  .min(0, "Vul bij de resultaten hele getallen in van 0 of meer, of laat het veld leeg.")
  .max(ACTUAL_MAX, `Een resultaat mag niet groter zijn dan ${ACTUAL_MAX.toLocaleString("nl-NL")}.`)
  .nullable();

export const updateProgrammeProjectSchema = z.object({
  projectId: z.string({ error: "Dit project bestaat niet (meer)." }).min(1, "Dit project bestaat niet (meer).").max(64),
  // The project's updatedAt when the form was opened: the version that guards against lost updates.
  version: z.iso.datetime({ error: STALE_FORM_MESSAGE }),
  status: z.enum(TRAFFIC_LIGHTS, { error: "Kies een status uit de lijst." }),
  ownerName: optionalTextOrNull({ max: OWNER_NAME_MAX, tooLong: `De naam van de eigenaar mag maximaal ${OWNER_NAME_MAX} tekens hebben.`, notText: "Vul tekst in." }),
  actuals: z.record(z.string().regex(/^[A-Za-z]{1,40}$/, "Onbekend resultaat."), actualValue, { error: "Vul geldige resultaten in." }).default({}),
  note: optionalTextOrNull({ max: NOTE_MAX, tooLong: `De toelichting mag maximaal ${NOTE_MAX} tekens hebben.`, notText: "Vul tekst in." }),
});

export type UpdateProgrammeProjectInput = z.input<typeof updateProgrammeProjectSchema>;
