import type { Metadata } from "next";
import Link from "next/link";
import { Alert, DataTable, PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { can } from "@/lib/auth/permissions";
import { findIncomingHandovers } from "@/lib/handovers/find-incoming-handovers";
import { findSentHandovers, type SentHandover } from "@/lib/handovers/find-sent-handovers";
import { HANDOVER_STATUS_LABELS, HANDOVER_STATUS_TONES } from "@/lib/handovers/labels";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";
import { todayIso } from "@/lib/time/calendar-dates";
import { CancelHandoverButton } from "./_components/cancel-handover-button";
import { DecideHandover } from "./_components/decide-handover";
import { FirstContactForm } from "./_components/first-contact-form";

export const metadata: Metadata = { title: "Warme overdrachten" };

export default async function HandoversPage({ searchParams }: { searchParams: Promise<{ gestart?: string }> }) {
  const actor = await requirePortalActor("/professional");
  if (!can(actor, "handover.decide")) {
    return (
      <>
        <PageHeader title="Warme overdrachten" breadcrumbs={[{ label: "Werklijst", href: "/professional" }, { label: "Overdrachten" }]} />
        <p>Warme overdrachten zijn er alleen voor bemiddelaars.</p>
      </>
    );
  }
  const now = await currentTime();
  const [incoming, sent] = await Promise.all([findIncomingHandovers(actor, now), findSentHandovers(actor)]);
  const today = todayIso(now);
  const { gestart } = await searchParams;

  return (
    <>
      <PageHeader
        title="Warme overdrachten"
        breadcrumbs={[{ label: "Werklijst", href: "/professional" }, { label: "Overdrachten" }]}
        lead="Kandidaten die een andere partner aan uw organisatie wil overdragen, en de overdrachten die u zelf heeft gestart."
      />

      {gestart === "1" ? (
        <Alert tone="success" role="status" title="De overdracht is gestart">
          Zonder eerdere toestemming vraagt het portaal de kandidaat nu om toestemming. U ziet de status hieronder bij Mijn overdrachten.
        </Alert>
      ) : null}

      <section aria-labelledby="binnengekomen" className="mb-10">
        <h2 id="binnengekomen" className="mb-3 text-2xl">
          Binnengekomen overdrachten ({incoming.pending.length})
        </h2>
        {incoming.pending.length === 0 ? (
          <p>Er wachten nu geen overdrachten op uw team.</p>
        ) : (
          <DataTable
            caption="Overdrachten die op een besluit van uw team wachten, de vroegste uiterste datum eerst"
            rows={incoming.pending}
            rowKey={(row) => row.id}
            columns={[
              { header: "Kandidaat", rowHeader: true, cell: (row) => row.candidateShortName },
              { header: "Van", cell: (row) => `${row.from}${row.fromPartner ? ` (${row.fromPartner})` : ""}` },
              { header: "Reden", cell: (row) => <>{row.reason}{row.toTeam ? <><br /><span className="text-muted">Voor: {row.toTeam}</span></> : null}</> },
              {
                header: "Uiterlijk",
                cell: (row) => (
                  <>
                    {formatShortDate(row.deadline)}
                    {row.overdue ? <strong className="ml-2 text-danger">Te laat</strong> : null}
                  </>
                ),
              },
              { header: "Besluit", cell: (row) => <DecideHandover handoverId={row.id} label={`overdracht van ${row.candidateShortName}`} /> },
            ]}
          />
        )}
      </section>

      {incoming.acceptedByMe.length > 0 ? (
        <section aria-labelledby="aangenomen" className="mb-10">
          <h2 id="aangenomen" className="mb-3 text-2xl">
            Door mij aangenomen
          </h2>
          <DataTable
            caption="Kandidaten die u via een warme overdracht heeft aangenomen, met het eerste contact"
            rows={incoming.acceptedByMe}
            rowKey={(row) => row.id}
            columns={[
              { header: "Kandidaat", rowHeader: true, cell: (row) => <Link href={`/professional/kandidaten/${row.candidateId}`}>{row.candidateName}</Link> },
              { header: "Aangenomen op", cell: (row) => formatShortDate(row.acceptedAt) },
              {
                header: "Eerste contact",
                cell: (row) =>
                  row.firstContactAt ? (
                    formatShortDate(row.firstContactAt)
                  ) : (
                    <FirstContactForm handoverId={row.id} label={row.candidateName} min={todayIso(row.acceptedAt)} max={today} />
                  ),
              },
            ]}
          />
        </section>
      ) : null}

      <section aria-labelledby="mijn-overdrachten">
        <h2 id="mijn-overdrachten" className="mb-3 text-2xl">
          Mijn overdrachten ({sent.length})
        </h2>
        {sent.length === 0 ? (
          <p>U heeft nog geen kandidaat warm overgedragen. Dat doet u vanuit het dossier van de kandidaat.</p>
        ) : (
          <DataTable
            caption="Overdrachten die u heeft gestart, de nieuwste eerst"
            rows={sent}
            rowKey={(row) => row.id}
            columns={[
              {
                header: "Kandidaat",
                rowHeader: true,
                cell: (row) => (row.isMine ? <Link href={`/professional/kandidaten/${row.candidateId}`}>{row.candidateName}</Link> : row.candidateName),
              },
              { header: "Naar", cell: (row) => `${row.partner}${row.toTeam ? ` – ${row.toTeam}` : ""}` },
              { header: "Status", cell: (row) => <SentStatus row={row} /> },
              { header: "Uiterlijk", cell: (row) => formatShortDate(row.deadline) },
              {
                header: "Actie",
                cell: (row) =>
                  row.status === "AWAITING_CONSENT" || row.status === "PENDING" ? <CancelHandoverButton handoverId={row.id} label={`overdracht van ${row.candidateName}`} /> : null,
              },
            ]}
          />
        )}
      </section>
    </>
  );
}

function SentStatus({ row }: { row: SentHandover }) {
  return (
    <>
      <StatusBadge tone={HANDOVER_STATUS_TONES[row.status]}>{HANDOVER_STATUS_LABELS[row.status]}</StatusBadge>
      {row.status === "ACCEPTED" && row.acceptedBy ? (
        <p className="mt-1">
          Door {row.acceptedBy}
          {row.decidedAt ? ` op ${formatShortDate(row.decidedAt)}` : ""}.{row.firstContactAt ? ` Eerste contact: ${formatShortDate(row.firstContactAt)}.` : ""}
        </p>
      ) : null}
      {row.status === "REFUSED" && row.refusalReason ? <p className="mt-1">Reden: {row.refusalReason}</p> : null}
      {row.status === "BOUNCED" ? <p className="mt-1">U bent nog de vaste bemiddelaar. Kies een vervolgstap.</p> : null}
    </>
  );
}
