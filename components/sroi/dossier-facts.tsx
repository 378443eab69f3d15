import { formatDutchDate } from "@/lib/time/format-dutch-date";
import type { SroiDossierDetail } from "@/lib/sroi/get-sroi-dossier";
import { formatEuros } from "@/lib/sroi/money";

/** The contract data of one SROI dossier as a definition list. */
export function DossierFacts({ dossier }: { dossier: SroiDossierDetail }) {
  const rows: [string, string][] = [
    ["Werkgever", dossier.employer],
    ["Contract", dossier.contractName],
    ["Gemeente", dossier.municipality],
    ["Contractwaarde", formatEuros(dossier.contractValueCents)],
    ["SROI-verplichting", formatEuros(dossier.totals.obligationCents)],
    ["Looptijd", `${formatDutchDate(dossier.periodStart)} tot en met ${formatDutchDate(dossier.periodEnd)}`],
    ["Accountmanager", dossier.managedBy],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="[overflow-wrap:anywhere]">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
