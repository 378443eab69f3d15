import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findMunicipalityOptions } from "@/lib/sroi/find-municipality-options";
import { getSroiEmployer } from "@/lib/sroi/get-sroi-employer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { DossierForm } from "../_components/dossier-form";

export const metadata: Metadata = { title: "Nieuw SROI-dossier" };

export default async function NewSroiDossierPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/professional");
  const { id } = await params;
  const employer = await orNotFound(() => getSroiEmployer(actor, id));
  if (!employer.canManage) notFound();
  const municipalities = await findMunicipalityOptions();

  return (
    <>
      <PageHeader
        title="Nieuw SROI-dossier"
        breadcrumbs={[
          { label: "Werklijst", href: "/professional" },
          { label: employer.name, href: `/professional/werkgevers/${employer.id}` },
          { label: "SROI", href: `/professional/werkgevers/${employer.id}/sroi` },
          { label: "Nieuw dossier" },
        ]}
        lead={`Een contract van ${employer.name} met een social-returnverplichting.`}
      />
      <div className="max-w-2xl">
        <DossierForm
          organisationId={employer.id}
          municipalities={municipalities}
          initial={{ contractName: "", municipalityCode: "", contractValue: "", obligation: "", periodStart: "", periodEnd: "" }}
        />
      </div>
    </>
  );
}
