import type { Metadata } from "next";
import { Alert, DataTable, LinkButton, PageHeader, StatusBadge } from "@/components/ui";
import { orNotFound } from "@/app/_lib/or-not-found";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import type { ComparedFigure, FigureChange } from "@/lib/labour-market/compare-figures";
import type { FigureRow } from "@/lib/labour-market/figure-spec";
import { getLabourMarketUpload } from "@/lib/labour-market/get-labour-market-upload";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { figureLabel, figureValue, sectionLabel } from "../../_components/figure-labels";
import { ReplaceButton } from "../../_components/replace-button";

export const metadata: Metadata = { title: "Voorbeeld nieuwe arbeidsmarktcijfers" };

const CHANGE_BADGES: Record<FigureChange, React.ReactNode> = {
  new: <StatusBadge tone="info">Nieuw</StatusBadge>,
  changed: <StatusBadge tone="warning">Gewijzigd</StatusBadge>,
  unchanged: <StatusBadge>Gelijk</StatusBadge>,
};

const figures = (count: number) => `${count} ${count === 1 ? "cijfer" : "cijfers"}`;

/** Step 2 of replacing the figures: what the uploaded file changes; only "Vervangen" changes the public page. */
export default async function LabourMarketUploadPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/beheer");
  const { id } = await params;
  const upload = await orNotFound(() => getLabourMarketUpload({ actor, uploadId: id }));
  const { counts, rows, removed } = upload.comparison;
  const changedFirst = [...rows].sort((a, b) => Number(a.change === "unchanged") - Number(b.change === "unchanged"));

  return (
    <>
      <PageHeader
        title="Voorbeeld nieuwe arbeidsmarktcijfers"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Arbeidsmarktcijfers", href: "/beheer/arbeidsmarkt" }, { label: "Voorbeeld" }]}
        lead={`Geüpload op ${formatDateTime(upload.createdAt)}. Het bestand is gecontroleerd en heeft geen fouten. De openbare pagina verandert pas als u op Vervangen klikt.`}
      />
      {upload.appliedAt ? (
        <Alert tone="success" title={`Deze cijfers zijn op ${formatDateTime(upload.appliedAt)} al doorgevoerd.`} />
      ) : upload.stale ? (
        <Alert tone="warning" title="Dit voorbeeld is verouderd.">
          De cijfers zijn gewijzigd nadat u dit bestand uploadde, of het voorbeeld is ouder dan een dag. Upload het bestand opnieuw.
        </Alert>
      ) : null}

      <section aria-labelledby="samenvatting" className="mb-8">
        <h2 id="samenvatting" className="mb-2 text-2xl">
          Wat verandert er
        </h2>
        <ul className="list-disc pl-6">
          <li>{rows.length} rijen in het bestand</li>
          <li>{figures(counts.changed)} gewijzigd</li>
          <li>{figures(counts.new)} nieuw</li>
          <li>{figures(counts.removed)} vervallen (niet in het bestand)</li>
          <li>{figures(counts.unchanged)} gelijk</li>
        </ul>
        {!upload.appliedAt && !upload.stale ? (
          <div className="mt-6 flex flex-wrap items-start gap-4">
            <ReplaceButton uploadId={upload.id} />
            <LinkButton href="/beheer/arbeidsmarkt" variant="secondary">
              Annuleren
            </LinkButton>
          </div>
        ) : (
          <p className="mt-4">
            <LinkButton href="/beheer/arbeidsmarkt" variant="secondary">
              Terug naar de arbeidsmarktcijfers
            </LinkButton>
          </p>
        )}
      </section>

      {removed.length > 0 ? (
        <DataTable<FigureRow>
          caption={`Cijfers die vervallen (${removed.length})`}
          rows={removed}
          rowKey={(row) => `${row.section}|${row.category}|${row.measure}`}
          columns={[
            { header: "Onderwerp", cell: sectionLabel },
            { header: "Cijfer", rowHeader: true, cell: figureLabel },
            { header: "Huidige waarde", numeric: true, cell: (row) => figureValue(row.value) },
          ]}
        />
      ) : null}

      <DataTable<ComparedFigure>
        caption={`De rijen van het bestand, wijzigingen eerst (${rows.length})`}
        rows={changedFirst}
        rowKey={(row) => `${row.section}|${row.category}|${row.measure}`}
        columns={[
          { header: "Onderwerp", cell: sectionLabel },
          { header: "Cijfer", rowHeader: true, cell: figureLabel },
          { header: "Nu", numeric: true, cell: (row) => (row.previous === null ? "–" : figureValue(row.previous)) },
          { header: "Nieuw", numeric: true, cell: (row) => figureValue(row.value) },
          { header: "Wijziging", cell: (row) => CHANGE_BADGES[row.change] },
        ]}
      />
    </>
  );
}
