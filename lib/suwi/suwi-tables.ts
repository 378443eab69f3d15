import { count, people, text, type DashboardCell, type DashboardTable } from "@/lib/dashboard/table";
import type { EmployerServicesRow } from "./employer-services-sql";
import type { SuwiTotals } from "./get-suwi-totals";
import { SUWI_SERVICES } from "./services";

export const SUWI_TABLE_IDS = ["suwi-diensten", "suwi-bewijs", "suwi-werkgevers", "suwi-opvolging"] as const;
export type SuwiTableId = (typeof SUWI_TABLE_IDS)[number];

/** A share of employers (organisations, not people: never suppressed). */
function share(part: number, whole: number): DashboardCell {
  if (whole === 0) return { display: "–", value: null };
  const pct = Math.round((part / whole) * 100);
  return { display: `${pct}%`, value: pct };
}

const yesNo = (value: boolean): DashboardCell => text(value ? "Ja" : "Nee");

/** Per service: how many employers received it, and which share of all employers in scope. */
export function suwiServicesTable(totals: SuwiTotals, periodLabel: string): DashboardTable {
  return {
    id: "suwi-diensten",
    title: `Dienstverlening aan werkgevers, ${periodLabel}`,
    description: `Aantal werkgevers dat de dienst kreeg, van de ${totals.employers.toLocaleString("nl-NL")} werkgevers in de selectie.`,
    columns: [{ label: "Dienst" }, { label: "Werkgevers", numeric: true }, { label: "Aandeel van alle werkgevers", numeric: true }],
    rows: [
      ...SUWI_SERVICES.map((service) => [
        text(`${service.number}. ${service.label}`),
        count(totals.services[service.key]),
        share(totals.services[service.key], totals.employers),
      ]),
      [text("Geen van de vijf diensten"), count(totals.withoutService), share(totals.withoutService, totals.employers)],
    ],
    chart: { labelColumn: 0, valueColumn: 1 },
  };
}

/** The recorded evidence behind the totals. Proposals and check-ins are about people: 1–4 shows as "< 5". */
export function suwiEvidenceTable(totals: SuwiTotals, periodLabel: string): DashboardTable {
  const e = totals.evidence;
  return {
    id: "suwi-bewijs",
    title: `Vastgelegd bewijs, ${periodLabel}`,
    columns: [{ label: "Bewijs" }, { label: "Dienst" }, { label: "Aantal", numeric: true }],
    rows: [
      [text("Voordrachten gedeeld met de werkgever"), text("1"), people(e.proposals)],
      [text("Nazorggesprekken afgerond"), text("1"), people(e.aftercareChecks)],
      [text("Adviesregistraties informatie over instrumenten"), text("2"), count(e.adviceInstrumentInformation)],
      [text("Contactmomenten over instrumenten of subsidies"), text("2"), count(e.contactInstrumentInformation)],
      [text("Adviesregistraties advies over instrumenten"), text("3"), count(e.adviceInstrument)],
      [text("Adviesregistraties jobcarving"), text("4"), count(e.adviceJobCarving)],
      [text("Contactmomenten over jobcarving of werkorganisatie"), text("4"), count(e.contactJobCarving)],
      [text("Adviesregistraties arbeidsmarktinformatie"), text("5"), count(e.adviceLabourMarket)],
      [text("Contactmomenten over de arbeidsmarkt"), text("5"), count(e.contactLabourMarket)],
    ],
  };
}

/** Per employer: yes/no per service. No evidence counts here: a count per employer could single out a candidate. */
export function suwiEmployersTable(rows: EmployerServicesRow[], periodLabel: string): DashboardTable {
  return {
    id: "suwi-werkgevers",
    title: `Dienstverlening per werkgever, ${periodLabel}`,
    columns: [
      { label: "Werkgever" },
      { label: "Gemeente" },
      { label: "Accountmanager" },
      ...SUWI_SERVICES.map((service) => ({ label: `${service.number}. ${service.label}` })),
      { label: "Aantal diensten", numeric: true },
    ],
    rows: rows.map((row) => [
      text(row.name),
      text(row.municipality ?? "Onbekend"),
      text(row.ownerName),
      ...SUWI_SERVICES.map((service) => yesNo(row[service.key])),
      count(row.serviceCount),
    ]),
  };
}

/** Employers that received none of the five services: to follow up, with their owner accountmanager. */
export function suwiFollowUpTable(rows: EmployerServicesRow[], periodLabel: string): DashboardTable {
  return {
    id: "suwi-opvolging",
    title: `Werkgevers zonder dienstverlening, ${periodLabel}`,
    description: "Deze werkgevers kregen in de periode geen van de vijf diensten. Hun accountmanager neemt contact op.",
    columns: [{ label: "Accountmanager" }, { label: "Werkgever" }, { label: "Gemeente" }],
    rows: rows.map((row) => [text(row.ownerName), text(row.name), text(row.municipality ?? "Onbekend")]),
  };
}
