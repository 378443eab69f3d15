import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findMunicipalityOptions } from "@/lib/sroi/find-municipality-options";
import { getSroiDossier } from "@/lib/sroi/get-sroi-dossier";
import { centsToEuroInput } from "@/lib/sroi/money";
import { orNotFound } from "@/app/_lib/or-not-found";
import { dbDateToIso } from "@/lib/time/calendar-dates";
import { DossierForm } from "../../_components/dossier-form";

export const metadata: Metadata = { title: "SROI-dossier wijzigen" };

export default async function EditSroiDossierPage({ params }: { params: Promise<{ id: string; dossierId: string }> }) {
  const actor = await requirePortalActor("/professional");
  const { id, dossierId } = await params;
  const dossier = await orNotFound(() => getSroiDossier({ actor, dossierId }));
  if (dossier.organisationId !== id || !dossier.canManage) notFound();
  const municipalities = await findMunicipalityOptions();

  return (
    <>
      <PageHeader
        title="SROI-dossier wijzigen"
        breadcrumbs={[
          { label: "Werklijst", href: "/professional" },
          { label: dossier.employer, href: `/professional/werkgevers/${id}` },
          { label: "SROI", href: `/professional/werkgevers/${id}/sroi` },
          { label: dossier.contractName, href: `/professional/werkgevers/${id}/sroi/${dossier.id}` },
          { label: "Wijzigen" },
        ]}
      />
      <div className="max-w-2xl">
        <DossierForm
          organisationId={id}
          dossierId={dossier.id}
          municipalities={municipalities}
          initial={{
            contractName: dossier.contractName,
            municipalityCode: dossier.municipalityCode,
            contractValue: centsToEuroInput(dossier.contractValueCents),
            obligation: centsToEuroInput(dossier.totals.obligationCents),
            periodStart: dbDateToIso(dossier.periodStart),
            periodEnd: dbDateToIso(dossier.periodEnd),
          }}
        />
      </div>
    </>
  );
}
