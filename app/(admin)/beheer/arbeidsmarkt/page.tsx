import type { Metadata } from "next";
import Link from "next/link";
import { Alert, DataTable, PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import type { FigureRow } from "@/lib/labour-market/figure-spec";
import { findLabourMarketFigures } from "@/lib/labour-market/find-labour-market-figures";
import { CSV_LIMITS } from "@/lib/labour-market/parse-labour-market-csv";
import { figureLabel, figureValue, sectionLabel } from "./_components/figure-labels";
import { LabourMarketUploadForm } from "./_components/upload-form";

export const metadata: Metadata = { title: "Arbeidsmarktcijfers beheren" };

/** Issue 14 O4: ADMIN replaces the figures of /arbeidsmarkt with a CSV: download, edit, upload, preview, replace. */
export default async function ManageLabourMarketPage({ searchParams }: { searchParams: Promise<{ vervangen?: string }> }) {
  const actor = await requirePortalActor("/beheer");
  const replaced = (await searchParams).vervangen === "1";
  const figures = await findLabourMarketFigures(actor);

  return (
    <>
      <PageHeader
        title="Arbeidsmarktcijfers beheren"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Arbeidsmarktcijfers" }]}
        lead={
          <>
            De cijfers op de openbare pagina <Link href="/arbeidsmarkt">Arbeidsmarkt in cijfers</Link>. U vervangt ze in één keer met
            een CSV-bestand.
          </>
        }
      />
      {replaced ? <Alert tone="success" role="status" title="De cijfers zijn vervangen. De openbare pagina toont de nieuwe cijfers." /> : null}

      <section aria-labelledby="zo-werkt-het" className="mb-10 max-w-3xl">
        <h2 id="zo-werkt-het" className="mb-2 text-2xl">
          Zo werkt het
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          <li>
            <a href="/beheer/arbeidsmarkt/sjabloon" download>
              Download de huidige cijfers als CSV
            </a>{" "}
            ({figures.length} rijen). Dat is het sjabloon.
          </li>
          <li>
            Pas de kolom waarde aan in Excel. Een decimaal schrijft u met een komma (40,5); duizendtallen zonder punt (248000).
            Voeg rijen toe voor een nieuwe groep of een nieuw jaar. De kolom toelichting mag u laten staan.
          </li>
          <li>Sla het bestand op als CSV (UTF-8) en upload het hieronder. U ziet eerst wat er verandert.</li>
          <li>Pas na Vervangen staan de nieuwe cijfers op de openbare pagina. Een bestand met fouten verandert niets.</li>
        </ol>
        <p className="mt-2 text-muted">
          Maximaal {CSV_LIMITS.maxBytesLabel} en {CSV_LIMITS.maxRows} rijen. Het bestand vervangt alle cijfers: een rij die u weglaat, vervalt.
        </p>
      </section>

      <section aria-labelledby="uploaden" className="mb-10 max-w-3xl">
        <h2 id="uploaden" className="mb-2 text-2xl">
          Nieuwe cijfers uploaden
        </h2>
        <LabourMarketUploadForm />
      </section>

      <section aria-labelledby="huidige-cijfers">
        <h2 id="huidige-cijfers" className="mb-2 text-2xl">
          Huidige cijfers
        </h2>
        {figures.length === 0 ? (
          <p>Er zijn nog geen cijfers. Upload een bestand of vul de referentiedata aan met de seed.</p>
        ) : (
          <DataTable<FigureRow & { index: number }>
            caption={`Huidige arbeidsmarktcijfers (${figures.length})`}
            rows={figures.map((row, index) => ({ ...row, index }))}
            rowKey={(row) => String(row.index)}
            columns={[
              { header: "Onderwerp", cell: sectionLabel },
              { header: "Cijfer", rowHeader: true, cell: figureLabel },
              { header: "Waarde", numeric: true, cell: (row) => figureValue(row.value) },
            ]}
          />
        )}
      </section>
    </>
  );
}
