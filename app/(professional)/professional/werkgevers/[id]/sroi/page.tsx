import type { Metadata } from "next";
import { LinkButton, PageHeader } from "@/components/ui";
import { DossiersTable } from "@/components/sroi/dossiers-table";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findSroiDossiers } from "@/lib/sroi/find-sroi-dossiers";
import { getSroiEmployer } from "@/lib/sroi/get-sroi-employer";
import { orNotFound } from "@/app/_lib/or-not-found";

export const metadata: Metadata = { title: "SROI-dossiers" };

/** A7: the SROI dossiers of one employer, for its owner accountmanager. */
export default async function EmployerSroiPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/professional");
  const { id } = await params;
  const employer = await orNotFound(() => getSroiEmployer(actor, id));
  const dossiers = await findSroiDossiers(actor, { organisationId: employer.id });

  return (
    <>
      <PageHeader
        title={`SROI-dossiers van ${employer.name}`}
        breadcrumbs={[
          { label: "Werklijst", href: "/professional" },
          { label: "Werkgeversregister", href: "/professional/werkgevers" },
          { label: employer.name, href: `/professional/werkgevers/${employer.id}` },
          { label: "SROI" },
        ]}
        lead="Contracten met een social-returnverplichting. Alleen goedgekeurde leveringen tellen mee voor de verplichting."
        action={employer.canManage ? <LinkButton href={`/professional/werkgevers/${employer.id}/sroi/nieuw`}>Nieuw SROI-dossier</LinkButton> : undefined}
      />
      {dossiers.length === 0 ? (
        <p>Deze werkgever heeft nog geen SROI-dossier.</p>
      ) : (
        <DossiersTable
          dossiers={dossiers}
          caption={`SROI-dossiers (${dossiers.length})`}
          href={(d) => `/professional/werkgevers/${employer.id}/sroi/${d.id}`}
        />
      )}
    </>
  );
}
