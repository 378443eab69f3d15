import { z } from "zod";
import { freeText } from "@/lib/forms/free-text";
import { recordIdSchema } from "@/lib/forms/record-id";

/** Matchtafel notes on a vacancy (B8); shared by the form and the server, no server imports. */

export const CASE_NOTE_MAX = 2000;

export const addCaseNoteSchema = z.object({
  vacancyId: recordIdSchema,
  text: freeText({ required: "Schrijf een aantekening.", max: CASE_NOTE_MAX, tooLong: `Gebruik maximaal ${CASE_NOTE_MAX} tekens.` }),
  candidateId: z.string().trim().max(40, "Kies een kandidaat uit de lijst.").optional().default(""),
});

export type AddCaseNoteInput = z.input<typeof addCaseNoteSchema>;

export const CHOOSE_OWN_CANDIDATE_MESSAGE = "Kies een kandidaat van wie u de vaste bemiddelaar bent.";
