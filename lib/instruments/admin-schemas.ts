import { z } from "zod";
import { freeText, optionalTextOrNull } from "@/lib/forms/free-text";
import { isHttpsUrl } from "@/lib/forms/https-url";
import { isIsoDate } from "@/lib/time/calendar-dates";
import { instrumentCodeSchema } from "./schemas";

/** The ADMIN forms of the instrument guide (issue 14 O4); shared by form and server, no server imports. */

export const INSTRUMENT_LIMITS = { summary: 1000, forWhom: 500, conditions: 2000, amounts: 1000, typicalDuration: 200, links: 10, linkLabel: 120, url: 500 } as const;

export type InstrumentLinkInput = { label: string; url: string };

const LINK_FORMAT = "Schrijf elke link op een eigen regel als: Omschrijving | https://…";

/** "Omschrijving | https://…" per line; a line with only the address gets the host name as its description. */
export function parseLinkLines(value: string): { links: InstrumentLinkInput[] } | { error: string } {
  const lines = value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  if (lines.length > INSTRUMENT_LIMITS.links) return { error: `Geef maximaal ${INSTRUMENT_LIMITS.links} links.` };
  const links: InstrumentLinkInput[] = [];
  for (const [index, line] of lines.entries()) {
    const separator = line.lastIndexOf("|");
    const url = (separator === -1 ? line : line.slice(separator + 1)).trim();
    const label = separator === -1 ? "" : line.slice(0, separator).trim();
    const where = `Link ${index + 1}`;
    if (!isHttpsUrl(url)) return { error: `${where}: "${url.slice(0, 40)}" is geen volledig webadres dat begint met https://. ${LINK_FORMAT}` };
    if (url.length > INSTRUMENT_LIMITS.url) return { error: `${where}: het webadres mag maximaal ${INSTRUMENT_LIMITS.url} tekens hebben.` };
    if (label.length > INSTRUMENT_LIMITS.linkLabel) return { error: `${where}: de omschrijving mag maximaal ${INSTRUMENT_LIMITS.linkLabel} tekens hebben.` };
    if (/[<>]/.test(label)) return { error: `${where}: gebruik geen HTML-tekens zoals < en >.` };
    links.push({ label: label || new URL(url).hostname, url });
  }
  return { links };
}

/** The links back to the textarea's form. */
export function linksToLines(links: readonly InstrumentLinkInput[]): string {
  return links.map((link) => `${link.label} | ${link.url}`).join("\n");
}

const linksField = z
  .string({ error: LINK_FORMAT })
  .optional()
  .transform((value, ctx) => {
    const parsed = parseLinkLines(value ?? "");
    if ("error" in parsed) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed.links;
  });

const checkedOnField = z
  .string({ error: "Vul de datum in waarop de informatie is gecontroleerd." })
  .trim()
  .min(1, "Vul de datum in waarop de informatie is gecontroleerd.")
  .refine(isIsoDate, { error: "Vul een geldige datum in, bijvoorbeeld 2026-11-24." })
  .refine((value) => value >= "2000-01-01", { error: "Kies een datum na 1 januari 2000." });

export const updateInstrumentSchema = z.object({
  code: instrumentCodeSchema,
  summary: freeText({ required: "Vul een korte omschrijving in.", max: INSTRUMENT_LIMITS.summary }),
  forWhom: freeText({ required: "Vul in voor wie het instrument is.", max: INSTRUMENT_LIMITS.forWhom }),
  conditions: optionalTextOrNull({ max: INSTRUMENT_LIMITS.conditions }),
  amounts: optionalTextOrNull({ max: INSTRUMENT_LIMITS.amounts }),
  typicalDuration: optionalTextOrNull({ max: INSTRUMENT_LIMITS.typicalDuration }),
  links: linksField,
  checkedOn: checkedOnField,
});
export type UpdateInstrumentFormInput = z.input<typeof updateInstrumentSchema>;

export const markInstrumentCheckedSchema = z.object({ code: instrumentCodeSchema });
