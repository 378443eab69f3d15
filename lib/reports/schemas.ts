import { z } from "zod";
import { parseReportPeriod } from "./report-period";

/** The chapters of the monthly/quarterly report that carry a short commentary. */
export const REPORT_SECTIONS = ["kpi", "suwi", "programma"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const REPORT_SECTION_LABELS: Record<ReportSection, string> = {
  kpi: "Kerncijfers",
  suwi: "SUWI-basispakket werkgeversdienstverlening",
  programma: "Programmamonitor",
};

/** The label of each chapter's commentary field. */
export const COMMENTARY_FIELD_LABELS: Record<ReportSection, string> = {
  kpi: "Toelichting bij de kerncijfers",
  suwi: "Toelichting bij het SUWI-basispakket",
  programma: "Toelichting bij de programmamonitor",
};

export const COMMENTARY_MAX_LENGTH = 2000;

export const saveReportCommentarySchema = z.object({
  period: z
    .string({ error: "De periode van de rapportage ontbreekt." })
    .refine((value) => parseReportPeriod(value) !== undefined, { error: "De periode van de rapportage ontbreekt." }),
  section: z.enum(REPORT_SECTIONS, { error: "Het onderdeel van de rapportage ontbreekt." }),
  text: z
    .string({ error: "Vul een toelichting in, of maak het veld leeg." })
    .trim()
    .max(COMMENTARY_MAX_LENGTH, `De toelichting is te lang. Gebruik maximaal ${COMMENTARY_MAX_LENGTH} tekens.`),
});

export type SaveReportCommentaryInput = z.input<typeof saveReportCommentarySchema>;
