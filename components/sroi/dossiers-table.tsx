import Link from "next/link";
import { DataTable } from "@/components/ui";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import type { SroiDossierSummary } from "@/lib/sroi/find-sroi-dossiers";
import { formatEuros } from "@/lib/sroi/money";

/** Dossiers with obligation, delivered (approved) and open amounts; `href` links each contract. */
export function DossiersTable({
  dossiers,
  href,
  caption,
  showEmployer = false,
}: {
  dossiers: SroiDossierSummary[];
  href: (dossier: SroiDossierSummary) => string;
  caption: string;
  showEmployer?: boolean;
}) {
  return (
    <DataTable<SroiDossierSummary>
      caption={caption}
      rows={dossiers}
      rowKey={(d) => d.id}
      columns={[
        { header: "Contract", rowHeader: true, cell: (d) => <Link href={href(d)}>{d.contractName}</Link> },
        ...(showEmployer ? [{ header: "Werkgever", cell: (d: SroiDossierSummary) => d.employer }] : []),
        { header: "Gemeente", cell: (d) => d.municipality },
        { header: "Looptijd", cell: (d) => `${formatDutchDate(d.periodStart)} t/m ${formatDutchDate(d.periodEnd)}` },
        { header: "Verplichting", numeric: true, cell: (d) => formatEuros(d.totals.obligationCents) },
        { header: "Geleverd (goedgekeurd)", numeric: true, cell: (d) => `${formatEuros(d.totals.deliveredCents)} (${d.totals.percent}%)` },
        { header: "Nog open", numeric: true, cell: (d) => formatEuros(d.totals.openCents) },
        { header: "Te beoordelen", numeric: true, cell: (d) => d.reportedCount },
      ]}
    />
  );
}
