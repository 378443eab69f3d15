import type { Metadata } from "next";
import Link from "next/link";
import { Alert, DataTable, PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { can } from "@/lib/auth/permissions";
import { findPendingJoinRequests, type PendingJoinRequest } from "@/lib/organisations/find-pending-join-requests";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { DecideButtons } from "./_components/decide-buttons";

export const metadata: Metadata = { title: "Aanvragen van werkgevers" };

const breadcrumbs = [{ label: "Werklijst", href: "/professional" }, { label: "Aanvragen van werkgevers" }];

export default async function JoinRequestsPage() {
  const actor = await requirePortalActor("/professional");
  const header = (
    <PageHeader
      title="Aanvragen van werkgevers"
      breadcrumbs={breadcrumbs}
      lead="Contactpersonen die namens een van uw werkgevers het portaal willen gebruiken. Controleer of de persoon bij de organisatie hoort, bijvoorbeeld door te bellen."
    />
  );
  if (!can(actor, "organisation.decideJoinRequest")) {
    return (
      <>
        {header}
        <Alert>Alleen de accountmanager die eigenaar is van een werkgever beslist over deze aanvragen.</Alert>
      </>
    );
  }

  const requests = await findPendingJoinRequests(actor);
  return (
    <>
      {header}
      {requests.length === 0 ? (
        <p>Er zijn geen aanvragen die op u wachten.</p>
      ) : (
        <DataTable<PendingJoinRequest>
          caption={`Aanvragen die op uw beslissing wachten (${requests.length})`}
          rows={requests}
          rowKey={(row) => row.id}
          columns={[
            { header: "Contactpersoon", rowHeader: true, cell: (row) => <span className="font-semibold">{row.requester.name}</span> },
            {
              header: "Gegevens",
              cell: (row) => (
                <>
                  <a href={`mailto:${row.requester.email}`}>{row.requester.email}</a>
                  {row.requester.phone ? <div>{row.requester.phone}</div> : null}
                </>
              ),
            },
            {
              header: "Organisatie",
              cell: (row) => (
                <>
                  <Link href={`/professional/werkgevers/${row.organisation.id}`}>{row.organisation.name}</Link>
                  <div className="text-muted">KvK {row.organisation.kvkNumber}</div>
                </>
              ),
            },
            { header: "Aangevraagd", cell: (row) => formatDateTime(row.requestedAt) },
            { header: "Beslissing", cell: (row) => <DecideButtons joinRequestId={row.id} requesterName={row.requester.name} /> },
          ]}
        />
      )}
    </>
  );
}
