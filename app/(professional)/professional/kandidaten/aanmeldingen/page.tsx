import type { Metadata } from "next";
import { Alert, DataTable, PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { can } from "@/lib/auth/permissions";
import { AGE_GROUP_LABELS } from "@/lib/help-requests/age";
import { findTeamQueue, type TeamQueueItem } from "@/lib/help-requests/find-team-queue";
import { HELP_QUESTION_LABELS, QUEUE_STATUS_LABELS } from "@/lib/help-requests/labels";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { AcceptButton } from "./_components/accept-button";

export const metadata: Metadata = { title: "Nieuwe aanmeldingen" };

const breadcrumbs = [
  { label: "Werklijst", href: "/professional" },
  { label: "Kandidaten", href: "/professional/kandidaten" },
  { label: "Nieuwe aanmeldingen" },
];

function status(row: TeamQueueItem) {
  if (row.status === "ESCALATED") return <StatusBadge tone="danger">{QUEUE_STATUS_LABELS.ESCALATED}</StatusBadge>;
  if (row.overdue) return <StatusBadge tone="warning">Te laat</StatusBadge>;
  return <StatusBadge>{QUEUE_STATUS_LABELS.ROUTED}</StatusBadge>;
}

/** B1: requests routed to the bemiddelaar's organisation, to pick up. Every row shown is audited (X3). */
export default async function TeamQueuePage() {
  const actor = await requirePortalActor("/professional");
  const header = (
    <PageHeader
      title="Nieuwe aanmeldingen"
      breadcrumbs={breadcrumbs}
      lead="Inwoners die zich hebben aangemeld en naar een team van uw organisatie zijn gestuurd. Pak een aanmelding op: de inwoner komt dan in uw caseload en hoort dat u contact opneemt."
    />
  );
  if (!can(actor, "helpRequest.accept")) {
    return (
      <>
        {header}
        <Alert>Alleen bemiddelaars pakken nieuwe aanmeldingen op.</Alert>
      </>
    );
  }

  const queue = await findTeamQueue(actor);
  const escalated = queue.filter((row) => row.status === "ESCALATED").length;
  return (
    <>
      {header}
      {escalated > 0 ? (
        <Alert tone="warning" title={`${escalated} ${escalated === 1 ? "aanmelding is" : "aanmeldingen zijn"} geëscaleerd`}>
          Deze zijn niet binnen de norm opgepakt en staan bovenaan. Pak ze zo snel mogelijk op.
        </Alert>
      ) : null}
      {queue.length === 0 ? (
        <p>Er wachten geen nieuwe aanmeldingen op uw team.</p>
      ) : (
        <DataTable<TeamQueueItem>
          caption={`Aanmeldingen die wachten (${queue.length}); geëscaleerde en te late eerst`}
          rows={queue}
          rowKey={(row) => row.id}
          columns={[
            { header: "Inwoner", rowHeader: true, cell: (row) => <span className="font-semibold">{row.displayName}</span> },
            { header: "Hulpvraag", cell: (row) => HELP_QUESTION_LABELS[row.question] },
            { header: "Team", cell: (row) => row.team },
            { header: "Gemeente", cell: (row) => row.municipality ?? "Buiten de regio of onbekend" },
            { header: "Leeftijd", cell: (row) => AGE_GROUP_LABELS[row.ageGroup] },
            { header: "Aangemeld", cell: (row) => formatShortDate(row.createdAt) },
            {
              header: "Oppakken vóór",
              cell: (row) => (
                <>
                  <div>{formatShortDate(row.dueBy)}</div>
                  <div className="mt-1">{status(row)}</div>
                </>
              ),
            },
            { header: "Actie", cell: (row) => <AcceptButton helpRequestId={row.id} displayName={row.displayName} /> },
          ]}
        />
      )}
    </>
  );
}
