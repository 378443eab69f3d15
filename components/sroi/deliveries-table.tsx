import type { ReactNode } from "react";
import { DataTable, StatusBadge } from "@/components/ui";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import type { SroiDeliveryRow } from "@/lib/sroi/get-sroi-dossier";
import { DELIVERY_TYPE_LABELS, REVIEW_STATUS_LABELS, REVIEW_STATUS_TONES } from "@/lib/sroi/labels";
import { formatEuros } from "@/lib/sroi/money";

/** The deliveries of one dossier; `action` adds a last column (the accountmanager's review buttons). */
export function DeliveriesTable({ deliveries, action }: { deliveries: SroiDeliveryRow[]; action?: (row: SroiDeliveryRow) => ReactNode }) {
  if (deliveries.length === 0) return <p>Er zijn nog geen leveringen gemeld.</p>;
  return (
    <DataTable<SroiDeliveryRow>
      caption={`Gemelde leveringen (${deliveries.length}), nieuwste eerst`}
      rows={deliveries}
      rowKey={(row) => row.id}
      columns={[
        { header: "Geleverd op", rowHeader: true, cell: (row) => formatDutchDate(row.deliveredOn) },
        { header: "Soort", cell: (row) => DELIVERY_TYPE_LABELS[row.type] },
        { header: "Waarde", numeric: true, cell: (row) => formatEuros(row.valueCents) },
        {
          header: "Omschrijving",
          cell: (row) => (
            <>
              <span className="[overflow-wrap:anywhere]">{row.description}</span>
              {row.candidate ? <span className="mt-1 block text-muted">{row.candidate}</span> : null}
            </>
          ),
        },
        { header: "Gemeld door", cell: (row) => row.reportedBy },
        {
          header: "Status",
          cell: (row) => (
            <>
              <StatusBadge tone={REVIEW_STATUS_TONES[row.status]}>{REVIEW_STATUS_LABELS[row.status]}</StatusBadge>
              {row.reviewedAt ? (
                <span className="mt-1 block text-muted">
                  {formatDutchDate(row.reviewedAt)}
                  {row.reviewedBy ? `, ${row.reviewedBy}` : ""}
                </span>
              ) : null}
            </>
          ),
        },
        ...(action ? [{ header: "Beoordelen", cell: action }] : []),
      ]}
    />
  );
}
