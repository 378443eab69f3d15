import { formatEuros } from "@/lib/sroi/money";
import type { SroiTotals } from "@/lib/sroi/totals";

/** Obligation vs delivered: the figure in words, the bar only supports it. */
export function SroiProgress({ totals }: { totals: SroiTotals }) {
  return (
    <div>
      <p>
        <strong>{formatEuros(totals.deliveredCents)}</strong> van {formatEuros(totals.obligationCents)} geleverd ({totals.percent}%). Nog open:{" "}
        <strong>{formatEuros(totals.openCents)}</strong>.
      </p>
      <div aria-hidden="true" className="mt-2 h-4 w-full max-w-md overflow-hidden rounded-sm border border-ink bg-white">
        <div className="h-full bg-brand" style={{ width: `${totals.percent}%` }} />
      </div>
      {totals.pendingCents > 0n ? <p className="mt-2 text-muted">Gemeld en nog niet beoordeeld: {formatEuros(totals.pendingCents)}.</p> : null}
    </div>
  );
}
