import { z } from "zod";
import { recentDate } from "@/lib/forms/date-rules";
import { freeText, optionalText } from "@/lib/forms/free-text";
import { recordIdSchema } from "@/lib/forms/record-id";

export const ADVICE_KINDS = ["JOB_CARVING", "INSTRUMENT_ADVICE", "INSTRUMENT_INFORMATION", "LABOUR_MARKET_INFORMATION"] as const;

/** Advice the owner accountmanager gave an employer about a vacancy (A3; evidence for SUWI services 2–5). */
export const recordAdviceSchema = z.object({
  vacancyId: recordIdSchema,
  kind: z.enum(ADVICE_KINDS, { error: "Kies het soort advies." }),
  instrumentCode: optionalText(40),
  note: freeText({ required: "Beschrijf kort het advies.", min: 3, max: 2000 }),
  givenOn: recentDate({ empty: "Vul de datum van het advies in.", future: "De datum van het advies mag niet in de toekomst liggen." }),
});

export type RecordAdviceInput = z.input<typeof recordAdviceSchema>;
