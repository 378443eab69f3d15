import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { DossiersTable } from "@/components/sroi/dossiers-table";
import { can } from "@/lib/auth/permissions";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findSroiDossiers } from "@/lib/sroi/find-sroi-dossiers";

export const metadata: Metadata = { title: "SROI" };

const crumbs = [{ label: "Werklijst", href: "/professional" }, { label: "SROI" }];

/** A7: all SROI dossiers of the accountmanager's own employers, with what still needs a review. */
export default async function ProfessionalSroiPage() {
  const actor = await requirePortalActor("/professional");
  if (!can(actor, "sroi.read")) {
    return (
      <>
        <PageHeader title="SROI" breadcrumbs={crumbs} />
        <p>SROI-dossiers worden bijgehouden door de vaste accountmanager van de werkgever.</p>
      </>
    );
  }
  const dossiers = await findSroiDossiers(actor);
  const toReview = dossiers.reduce((sum, d) => sum + d.reportedCount, 0);

  return (
    <>
      <PageHeader
        title="SROI"
        breadcrumbs={crumbs}
        lead="Social return bij uw werkgevers: de verplichting per contract, wat is geleverd en wat u nog moet beoordelen. Een nieuw dossier maakt u vanaf de pagina van de werkgever."
      />
      <p className="mb-4 font-semibold">{toReview === 1 ? "1 levering wacht op uw beoordeling." : `${toReview} leveringen wachten op uw beoordeling.`}</p>
      {dossiers.length === 0 ? (
        <p>Uw werkgevers hebben nog geen SROI-dossier.</p>
      ) : (
        <DossiersTable
          dossiers={dossiers}
          showEmployer
          caption={`SROI-dossiers van mijn werkgevers (${dossiers.length})`}
          href={(d) => `/professional/werkgevers/${d.organisationId}/sroi/${d.id}`}
        />
      )}
    </>
  );
}
