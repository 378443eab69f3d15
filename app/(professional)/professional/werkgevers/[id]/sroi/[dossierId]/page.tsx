import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert, LinkButton, PageHeader } from "@/components/ui";
import { DeliveriesTable } from "@/components/sroi/deliveries-table";
import { DossierFacts } from "@/components/sroi/dossier-facts";
import { SroiProgress } from "@/components/sroi/sroi-progress";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { getSroiDossier } from "@/lib/sroi/get-sroi-dossier";
import { DELIVERY_TYPE_LABELS } from "@/lib/sroi/labels";
import { orNotFound } from "@/app/_lib/or-not-found";
import { ReviewButtons } from "../_components/review-buttons";

export const metadata: Metadata = { title: "SROI-dossier" };

type Props = { params: Promise<{ id: string; dossierId: string }>; searchParams: Promise<{ opgeslagen?: string }> };

/** A7: one dossier; the owner accountmanager approves or rejects reported deliveries. */
export default async function SroiDossierPage({ params, searchParams }: Props) {
  const actor = await requirePortalActor("/professional");
  const { id, dossierId } = await params;
  const dossier = await orNotFound(() => getSroiDossier({ actor, dossierId }));
  if (dossier.organisationId !== id) notFound();
  const saved = (await searchParams).opgeslagen === "1";
  const base = `/professional/werkgevers/${id}/sroi`;

  return (
    <>
      <PageHeader
        title={dossier.contractName}
        breadcrumbs={[
          { label: "Werklijst", href: "/professional" },
          { label: dossier.employer, href: `/professional/werkgevers/${id}` },
          { label: "SROI", href: base },
          { label: dossier.contractName },
        ]}
        lead={`SROI-dossier van ${dossier.employer}`}
        action={dossier.canManage ? <LinkButton href={`${base}/${dossier.id}/bewerken`} variant="secondary">Dossier wijzigen</LinkButton> : undefined}
      />
      {saved ? <Alert tone="success" role="status" title="Het dossier is opgeslagen." /> : null}
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
      <section aria-labelledby="leveringen">
        <h2 id="leveringen" className="mb-3 text-2xl">
          Leveringen
        </h2>
        <DeliveriesTable
          deliveries={dossier.deliveries}
          action={
            dossier.canReview
              ? (row) =>
                  row.status === "REPORTED" ? (
                    <ReviewButtons deliveryId={row.id} label={`${DELIVERY_TYPE_LABELS[row.type]} van ${formatDutchDate(row.deliveredOn)}`} />
                  ) : (
                    "Beoordeeld"
                  )
              : undefined
          }
        />
      </section>
    </>
  );
}
