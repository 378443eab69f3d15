import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable, PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findDeletionRequests } from "@/lib/privacy/find-deletion-requests";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { DeletionStatusBadge } from "./_components/deletion-status";

export const metadata: Metadata = { title: "Verwijderverzoeken" };

type Row = Awaited<ReturnType<typeof findDeletionRequests>>["open"][number];

const link = (row: Row) => <Link href={`/beheer/privacy/${row.id}`}>{row.candidateId}</Link>;

export default async function DeletionRequestsPage() {
  const actor = await requirePortalActor("/beheer");
  if (!can(actor, "privacy.handleDeletion")) notFound();
  const { open, handled } = await findDeletionRequests(actor);

  return (
    <div>
      <PageHeader
        title="Verwijderverzoeken"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Verwijderverzoeken" }]}
        lead="Inwoners die vragen om hun gegevens te verwijderen (AVG artikel 17). Behandel een verzoek binnen een maand. De lijst toont alleen kandidaatnummers; open een verzoek om te zien wat er wordt verwijderd."
      />
      <section aria-labelledby="open-verzoeken" className="mb-10">
        <h2 id="open-verzoeken" className="mb-4 text-2xl">
          Open verzoeken ({open.length})
        </h2>
        {open.length === 0 ? (
          <p>Er zijn geen open verzoeken.</p>
        ) : (
          <DataTable
            caption="Open verzoeken, het oudste bovenaan"
            rows={open}
            rowKey={(row) => row.id}
            columns={[
              { header: "Kandidaatnummer", rowHeader: true, cell: link },
              { header: "Ontvangen op", cell: (row) => formatDateTime(row.requestedAt) },
              { header: "Status", cell: (row) => <DeletionStatusBadge status={row.status} /> },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="afgehandelde-verzoeken">
        <h2 id="afgehandelde-verzoeken" className="mb-4 text-2xl">
          Afgehandeld
        </h2>
        {handled.length === 0 ? (
          <p>Er zijn nog geen afgehandelde verzoeken.</p>
        ) : (
          <DataTable
            caption="Afgehandelde verzoeken, het laatst afgehandelde bovenaan (maximaal 100)"
            rows={handled}
            rowKey={(row) => row.id}
            columns={[
              { header: "Kandidaatnummer", rowHeader: true, cell: link },
              { header: "Ontvangen op", cell: (row) => formatDateTime(row.requestedAt) },
              { header: "Afgehandeld op", cell: (row) => (row.handledAt ? formatDateTime(row.handledAt) : "—") },
              { header: "Status", cell: (row) => <DeletionStatusBadge status={row.status} /> },
            ]}
          />
        )}
      </section>
    </div>
  );
}
