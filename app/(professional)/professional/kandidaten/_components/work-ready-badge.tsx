import { StatusBadge } from "@/components/ui";
import { formatDutchDate } from "@/lib/time/format-dutch-date";

/**
 * "Werkfit sinds 3 maart 2026" or "Nog niet werkfit", in words (colour only supports it).
 * `stacked` puts the date under the badge, for narrow table columns.
 */
export function WorkReadyBadge({ isWorkReady, since, stacked = false }: { isWorkReady: boolean; since: Date | null; stacked?: boolean }) {
  if (!isWorkReady) return <StatusBadge tone="neutral">Nog niet werkfit</StatusBadge>;
  if (!since) return <StatusBadge tone="success">Werkfit</StatusBadge>;
  if (stacked) {
    return (
      <>
        <StatusBadge tone="success">Werkfit</StatusBadge>
        <span className="block">sinds {formatDutchDate(since)}</span>
      </>
    );
  }
  return <StatusBadge tone="success">{`Werkfit sinds ${formatDutchDate(since)}`}</StatusBadge>;
}
