import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { DeliveriesTable } from "@/components/sroi/deliveries-table";
import { DossierFacts } from "@/components/sroi/dossier-facts";
import { SroiProgress } from "@/components/sroi/sroi-progress";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { findSroiPlacementOptions } from "@/lib/sroi/find-sroi-placement-options";
import { getSroiDossier } from "@/lib/sroi/get-sroi-dossier";
import { orNotFound } from "@/app/_lib/or-not-found";
import { ReportDeliveryForm } from "../_components/report-delivery-form";

export const metadata: Metadata = { title: "SROI-contract" };

/** E8: one contract with its deliveries; the employer reports a new one. */
export default async function EmployerSroiDossierPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/werkgever");
  const { id } = await params;
  const dossier = await orNotFound(() => getSroiDossier({ actor, dossierId: id }));
  const placements = dossier.canReport ? await findSroiPlacementOptions(actor) : [];

  return (
    <>
      <PageHeader
        title={dossier.contractName}
        breadcrumbs={[{ label: "Werkgeversportaal", href: "/werkgever" }, { label: "SROI", href: "/werkgever/sroi" }, { label: dossier.contractName }]}
        lead={`Social return voor ${dossier.municipality}`}
      />
      <section aria-labelledby="voortgang" className="mb-8">
        <h2 id="voortgang" className="mb-3 text-2xl">
          Voortgang
        </h2>
        <SroiProgress totals={dossier.totals} />
      </section>
      <section aria-labelledby="contract" className="mb-8">
        <h2 id="contract" className="mb-3 text-2xl">
          Contract
        </h2>
        <DossierFacts dossier={dossier} />
      </section>
      <section aria-labelledby="leveringen" className="mb-8">
        <h2 id="leveringen" className="mb-3 text-2xl">
          Leveringen
        </h2>
        <DeliveriesTable deliveries={dossier.deliveries} />
      </section>
      {dossier.canReport ? (
        <section aria-labelledby="levering-melden" className="max-w-2xl">
          <h2 id="levering-melden" className="mb-3 text-2xl">
            Levering melden
          </h2>
          <ReportDeliveryForm
            dossierId={dossier.id}
            placements={placements}
            period={`${formatDutchDate(dossier.periodStart)} tot en met ${formatDutchDate(dossier.periodEnd)}`}
          />
        </section>
      ) : null}
    </>
  );
}
