import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatNumber } from "@/lib/format";
import { findOpenFollowUps } from "@/lib/contacts/find-open-follow-ups";
import { formatDutchDate, toIsoDate } from "@/lib/time/format-dutch-date";
import { CompleteFollowUpButton } from "./_components/complete-follow-up-button";

export const metadata: Metadata = { title: "Mijn afspraken om na te komen" };

export default async function FollowUpsPage() {
  const actor = await requirePortalActor("/professional");
  const followUps = await findOpenFollowUps({ actor });
  const overdue = followUps.filter((f) => f.overdue).length;

  return (
    <div>
      <PageHeader
        title="Mijn afspraken om na te komen"
        breadcrumbs={[{ label: "Werklijst", href: "/professional" }, { label: "Opvolging" }]}
        lead="Wat u bij een contactmoment aan een werkgever heeft toegezegd. Te late afspraken staan bovenaan."
      />
      <p role="status" className="mb-4 font-semibold">
        {formatNumber(followUps.length)} open {followUps.length === 1 ? "afspraak" : "afspraken"}
        {overdue > 0 ? `, waarvan ${formatNumber(overdue)} te laat` : ""}.
      </p>
      {followUps.length === 0 ? (
        <p>U heeft geen open afspraken. Legt u bij een contactmoment een afspraak vast, dan ziet u die hier.</p>
      ) : (
        <DataTable
          caption="Open afspraken, te late eerst en daarna op datum"
          rows={followUps}
          rowKey={(f) => f.id}
          columns={[
            {
              header: "Uiterlijk",
              rowHeader: true,
              cell: (f) => (
                <>
                  <time dateTime={toIsoDate(f.followUpDueDate)}>{formatDutchDate(f.followUpDueDate)}</time>
                  {f.overdue ? <span className="ml-2"><StatusBadge tone="danger">Te laat</StatusBadge></span> : null}
                </>
              ),
            },
            { header: "Afspraak", cell: (f) => f.followUpPromise },
            {
              header: "Werkgever",
              cell: (f) => (
                <>
                  <Link href={`/professional/werkgevers/${f.organisationId}`}>{f.organisationName}</Link>
                  <span className="block text-muted">{f.topic}, {formatDutchDate(f.contactDate)}</span>
                </>
              ),
            },
            { header: "Actie", cell: (f) => <CompleteFollowUpButton contactMomentId={f.id} label={`${f.followUpPromise} (${f.organisationName})`} /> },
          ]}
        />
      )}
    </div>
  );
}
