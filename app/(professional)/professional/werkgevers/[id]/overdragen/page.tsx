import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getEmployerPage } from "@/lib/organisations/get-employer-page";
import { findTeamDirectory } from "@/lib/team/find-team-directory";
import { TransferForm } from "../../_components/transfer-form";

export const metadata: Metadata = { title: "Werkgever overdragen" };

export default async function TransferEmployerPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/professional");
  const { id } = await params;
  const employer = await orNotFound(() => getEmployerPage({ actor, organisationId: id }));
  // Only the owner (or ADMIN) transfers; everyone else sees "not found", the same as a missing employer.
  if (!employer.canTransferOwnership) notFound();
  const team = await findTeamDirectory({ actor, filter: { role: "ACCOUNT_MANAGER" } });
  const accountManagers = team
    .filter((member) => member.id !== employer.owner.id)
    .map((member) => ({
      id: member.id,
      label: [member.name, member.workAreas.join(", ") || null, member.partnerOrganisation].filter(Boolean).join(" – "),
    }));

  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Werkgever overdragen"
        breadcrumbs={[
          { label: "Werklijst", href: "/professional" },
          { label: "Werkgeversregister", href: "/professional/werkgevers" },
          { label: employer.legalName, href: `/professional/werkgevers/${employer.id}` },
          { label: "Overdragen" },
        ]}
        lead={<>U draagt {employer.legalName} over aan een andere accountmanager. Die wordt de vaste contactpersoon en krijgt een melding. De overdracht wordt vastgelegd.</>}
      />
      <TransferForm organisationId={employer.id} accountManagers={accountManagers} />
      <p className="mt-6"><Link href={`/professional/werkgevers/${employer.id}`}>Annuleren en terug naar de werkgever</Link></p>
    </div>
  );
}
