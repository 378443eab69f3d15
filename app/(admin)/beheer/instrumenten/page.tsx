import type { Metadata } from "next";
import Link from "next/link";
import { Alert, DataTable, PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findInstrumentsForReview, type AdminInstrumentRow } from "@/lib/instruments/find-instruments-for-review";
import { kindLabel } from "@/lib/instruments/labels";
import { INSTRUMENT_REVIEW_MONTHS } from "@/lib/instruments/review";
import { currentTime } from "@/lib/time/current-time";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { ActionButton } from "../_components/action-button";
import { markInstrumentCheckedAction } from "./actions";

export const metadata: Metadata = { title: "Instrumenten beheren" };

const nameCell = (row: AdminInstrumentRow) => <Link href={`/beheer/instrumenten/${row.code}`}>{row.name}</Link>;
const checkedCell = (row: AdminInstrumentRow) => formatDutchDate(row.checkedOn);

/** Issue 14 O4: ADMIN keeps the instrument guide current; instruments not checked for six months are listed first. */
export default async function ManageInstrumentsPage({ searchParams }: { searchParams: Promise<{ opgeslagen?: string }> }) {
  const saved = (await searchParams).opgeslagen === "1";
  const actor = await requirePortalActor("/beheer");
  const { all, dueForReview } = await findInstrumentsForReview({ actor, now: await currentTime() });

  return (
    <>
      <PageHeader
        title="Instrumenten beheren"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Instrumenten" }]}
        lead={
          <>
            Voorwaarden, bedragen en links van de <Link href="/instrumenten">instrumentengids</Link>. Een instrument dat{" "}
            {INSTRUMENT_REVIEW_MONTHS} maanden of langer niet is gecontroleerd, staat bij Te controleren en krijgt op de
            openbare pagina de melding dat de informatie mogelijk verouderd is.
          </>
        }
      />
      {saved ? <Alert tone="success" role="status" title="Het instrument is opgeslagen." /> : null}

      <section aria-labelledby="te-controleren" className="mb-10">
        <h2 id="te-controleren" className="mb-2 text-2xl">
          Te controleren ({dueForReview.length})
        </h2>
        {dueForReview.length === 0 ? (
          <p>Alle instrumenten zijn in de afgelopen {INSTRUMENT_REVIEW_MONTHS} maanden gecontroleerd.</p>
        ) : (
          <DataTable<AdminInstrumentRow>
            caption={`Instrumenten die ${INSTRUMENT_REVIEW_MONTHS} maanden of langer niet zijn gecontroleerd, oudste eerst`}
            rows={dueForReview}
            rowKey={(row) => row.code}
            columns={[
              { header: "Instrument", rowHeader: true, cell: nameCell },
              { header: "Laatst gecontroleerd", cell: checkedCell },
              { header: "Actie", cell: (row) => <ActionButton action={markInstrumentCheckedAction} input={{ code: row.code }} label="Vandaag gecontroleerd" context={row.name} /> },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="alle-instrumenten">
        <h2 id="alle-instrumenten" className="mb-2 text-2xl">
          Alle instrumenten
        </h2>
        <DataTable<AdminInstrumentRow>
          caption={`Alle instrumenten (${all.length})`}
          rows={all}
          rowKey={(row) => row.code}
          columns={[
            { header: "Instrument", rowHeader: true, cell: nameCell },
            { header: "Soort", cell: (row) => kindLabel(row.kind) },
            { header: "Laatst gecontroleerd", cell: checkedCell },
            { header: "Status", cell: (row) => (row.dueForReview ? <StatusBadge tone="warning">Te controleren</StatusBadge> : <StatusBadge tone="success">Actueel</StatusBadge>) },
          ]}
        />
      </section>
    </>
  );
}
