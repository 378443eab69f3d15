import { text, type DashboardTable } from "@/lib/dashboard/table";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import type { FigureRow } from "./figures";
import type { ProgrammeOverview, ProgrammeProjectRow } from "./find-programmes";
import { TRAFFIC_LIGHT_LABELS } from "./schemas";

const number = (n: number | null) => (n === null ? "nog niet bekend" : n.toLocaleString("nl-NL"));

/** Targets against actuals in words: "Deelnemers: 41 van 60; Trajecten: 9 (geen doel)". */
export function figuresInWords(figures: FigureRow[]): string {
  if (figures.length === 0) return "Geen doelen vastgelegd";
  return figures
    .map((figure) => `${figure.label}: ${number(figure.actual)}${figure.target === null ? " (geen doel)" : ` van ${figure.target.toLocaleString("nl-NL")}`}`)
    .join("; ");
}

const lastChange = (project: ProgrammeProjectRow) =>
  project.lastChange ? `${formatShortDate(project.lastChange.at)} door ${project.lastChange.byName}` : "Nog niet gewijzigd";

/** D3 as dashboard tables, one per programme, with the traffic light in words (for the printed report). */
export function programmeTables(programmes: ProgrammeOverview[]): DashboardTable[] {
  return programmes.map((programme) => ({
    id: `programma-${programme.code}`.toLowerCase().replace(/[^a-z0-9-]/g, "-"),
    title: `${programme.name} (${programme.period})`,
    description: programme.figures.length > 0 ? `Doelen van het programma: ${figuresInWords(programme.figures)}.` : undefined,
    columns: [{ label: "Project" }, { label: "Status" }, { label: "Eigenaar" }, { label: "Resultaat van doel" }, { label: "Laatste statuswijziging" }],
    rows: programme.projects.map((project) => [
      text(`${project.number}. ${project.name}`),
      text(TRAFFIC_LIGHT_LABELS[project.status]),
      text(project.ownerName ?? "Niet ingevuld"),
      text(figuresInWords(project.figures)),
      text(lastChange(project)),
    ]),
  }));
}

/** D3 as one table with a programme column (the CSV export of the programme monitor). */
export function programmeMonitorTable(programmes: ProgrammeOverview[]): DashboardTable {
  return {
    id: "programmamonitor",
    title: "Programmamonitor",
    columns: [
      { label: "Programma" },
      { label: "Periode" },
      { label: "Nr.", numeric: true },
      { label: "Project" },
      { label: "Status" },
      { label: "Eigenaar" },
      { label: "Resultaat van doel" },
      { label: "Laatste statuswijziging" },
    ],
    rows: programmes.flatMap((programme) =>
      programme.projects.map((project) => [
        text(programme.name),
        text(programme.period),
        { display: String(project.number), value: project.number },
        text(project.name),
        text(TRAFFIC_LIGHT_LABELS[project.status]),
        text(project.ownerName ?? "Niet ingevuld"),
        text(figuresInWords(project.figures)),
        text(lastChange(project)),
      ]),
    ),
  };
}
