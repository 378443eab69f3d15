import { formatNumber } from "@/lib/format";
import type { FigureRow } from "@/lib/programme-monitor/figures";

const value = (n: number | null) => (n === null ? "nog niet bekend" : formatNumber(n));

/** Targets against actuals in words: "Deelnemers: 41 van 60". */
export function FigureList({ figures }: { figures: FigureRow[] }) {
  if (figures.length === 0) return <span className="text-muted">Geen doelen vastgelegd</span>;
  return (
    <ul>
      {figures.map((figure) => (
        <li key={figure.key}>
          {figure.label}: {value(figure.actual)}
          {figure.target !== null ? ` van ${formatNumber(figure.target)}` : " (geen doel)"}
        </li>
      ))}
    </ul>
  );
}
