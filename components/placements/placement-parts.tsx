import { DataTable, StatusBadge } from "@/components/ui";
import { CHECK_STATE_LABELS, CHECK_STATE_TONES } from "@/lib/aftercare/check-state";
import { END_REASON_LABELS, formatEuros, INSTRUMENT_STATUS_LABELS, PLACEMENT_CONTRACT_LABELS, PLACEMENT_PHASE_LABELS, PLACEMENT_PHASE_TONES, TRIAL_OUTCOME_LABELS } from "@/lib/placements/labels";
import type { PlacementCheckView, PlacementView } from "@/lib/placements/placement-view";
import { formatShortDate } from "@/lib/time/amsterdam-time";

export function PhaseBadge({ placement }: { placement: Pick<PlacementView, "phase"> }) {
  return <StatusBadge tone={PLACEMENT_PHASE_TONES[placement.phase]}>{PLACEMENT_PHASE_LABELS[placement.phase]}</StatusBadge>;
}

export function CheckBadge({ check }: { check: Pick<PlacementCheckView, "state"> }) {
  return <StatusBadge tone={CHECK_STATE_TONES[check.state]}>{CHECK_STATE_LABELS[check.state]}</StatusBadge>;
}

/** Start, contract, hours, proefplaatsing and end as a description list. */
export function PlacementFacts({ placement }: { placement: PlacementView }) {
  const rows: [string, string][] = [
    ["Werkgever", placement.employerName],
    ["Vacature", placement.vacancy?.title ?? "–"],
    ["Startdatum", formatShortDate(placement.startDate)],
    ["Soort contract", PLACEMENT_CONTRACT_LABELS[placement.contractType]],
    ["Uren per week", String(placement.hoursPerWeek)],
  ];
  if (placement.trialEndDate) rows.push(["Einde proefplaatsing", formatShortDate(placement.trialEndDate)]);
  if (placement.trialOutcome) rows.push(["Uitkomst proefplaatsing", `${TRIAL_OUTCOME_LABELS[placement.trialOutcome]}; verder met contract: ${placement.trialContinued ? "ja" : "nee"}`]);
  if (placement.endedOn) rows.push(["Beëindigd op", formatShortDate(placement.endedOn)]);
  if (placement.endReasonCode) rows.push(["Reden einde", `${END_REASON_LABELS[placement.endReasonCode]}${placement.endReason ? ` – ${placement.endReason}` : ""}`]);
  return (
    <dl className="mb-6 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd className="mb-2 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function InstrumentsTable({ placement }: { placement: PlacementView }) {
  if (placement.instruments.length === 0) return <p className="mb-6">Er zijn geen instrumenten ingezet.</p>;
  return (
    <DataTable
      caption="Ingezette instrumenten"
      rows={placement.instruments}
      rowKey={(row) => row.id}
      columns={[
        { header: "Instrument", rowHeader: true, cell: (row) => row.instrument.name },
        { header: "Status", cell: (row) => INSTRUMENT_STATUS_LABELS[row.status] },
        { header: "Bedrag", numeric: true, cell: (row) => (row.amountCents === null ? "–" : formatEuros(row.amountCents)) },
        { header: "Periode", cell: (row) => (row.startDate || row.endDate ? `${row.startDate ? formatShortDate(row.startDate) : "?"} – ${row.endDate ? formatShortDate(row.endDate) : "?"}` : "–") },
        { header: "Loonwaarde", numeric: true, cell: (row) => (row.wageValuePct === null ? "–" : `${row.wageValuePct}%`) },
      ]}
    />
  );
}

export const SIDE_LABELS = { EMPLOYEE: "Werknemer (bemiddelaar)", EMPLOYER: "Werkgever" } as const;

export function ChecksTable({ checks, caption }: { checks: PlacementCheckView[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      rows={checks}
      rowKey={(row) => row.id}
      columns={[
        { header: "Nazorg", rowHeader: true, cell: (row) => `${SIDE_LABELS[row.side]}, na ${row.monthsAfterStart} ${row.monthsAfterStart === 1 ? "maand" : "maanden"}` },
        { header: "Datum", cell: (row) => formatShortDate(row.dueDate) },
        { header: "Status", cell: (row) => <CheckBadge check={row} /> },
        { header: "Score", numeric: true, cell: (row) => (row.score === null ? "–" : `${row.score} van 5`) },
        { header: "Opmerking", cell: (row) => row.comment ?? (row.raisesSignal ? "Knelpunt gesignaleerd" : "–") },
      ]}
    />
  );
}
