import Link from "next/link";
import { DataTable, StatusBadge } from "@/components/ui";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { findProfessionalProposals } from "@/lib/proposals/find-professional-proposals";
import { PROPOSAL_STATUS_LABELS, PROPOSAL_STATUS_TONES } from "@/lib/proposals/labels";
import { formatShortDate } from "@/lib/time/amsterdam-time";

/**
 * "Voordrachten" on the vacancy page: a bemiddelaar sees their own candidates' proposals here, the
 * owner accountmanager all of them anonymised. Nothing for anyone else.
 */
export async function VacancyProposals({ actor, vacancyId }: { actor: Actor; vacancyId: string }) {
  if (!can(actor, "proposal.read") || (actor.role !== "JOB_MEDIATOR" && actor.role !== "ACCOUNT_MANAGER")) return null;
  const rows = await findProfessionalProposals(actor, { vacancyId });
  return (
    <section aria-labelledby="vacature-voordrachten" className="mb-8">
      <h2 id="vacature-voordrachten" className="mb-3 text-2xl">Voordrachten</h2>
      {rows.length === 0 ? (
        <p>{actor.role === "JOB_MEDIATOR" ? "U heeft voor deze vacature nog niemand voorgedragen." : "Er is voor deze vacature nog niemand voorgedragen."}</p>
      ) : (
        <DataTable
          caption="Voordrachten bij deze vacature"
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            { header: "Kandidaat", rowHeader: true, cell: (row) => <Link href={`/professional/voordrachten/${row.id}`}>{row.candidateLabel}</Link> },
            { header: "Status", cell: (row) => <StatusBadge tone={PROPOSAL_STATUS_TONES[row.status]}>{PROPOSAL_STATUS_LABELS[row.status]}</StatusBadge> },
            { header: "Gewijzigd", cell: (row) => formatShortDate(row.updatedAt) },
          ]}
        />
      )}
    </section>
  );
}
