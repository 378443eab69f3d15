import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { getCandidateForTransfer } from "@/lib/caseload/get-candidate-for-transfer";
import { orNotFound } from "@/app/_lib/or-not-found";
import { findTeamDirectory } from "@/lib/team/find-team-directory";
import { TransferCandidateForm } from "../../_components/transfer-candidate-form";

export const metadata: Metadata = { title: "Kandidaat overdragen" };

export default async function TransferCandidatePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/professional");
  const { id } = await params;
  // Only the owner (or ADMIN) transfers; everyone else sees "not found", the same as a missing candidate.
  const candidate = await orNotFound(() => getCandidateForTransfer({ actor, candidateId: id }));
  // Only colleagues of the same partner organisation: another partner needs the resident's consent (warm handover).
  const team = await findTeamDirectory({ actor, filter: { role: "JOB_MEDIATOR", partner: candidate.partnerOrganisation?.id } });
  const mediators = team
    .filter((member) => member.id !== candidate.ownerId)
    .map((member) => ({
      id: member.id,
      label: [member.name, member.partnerOrganisation, member.workAreas.join(", ") || null].filter(Boolean).join(" – "),
    }));
  const back = `/professional/kandidaten/${candidate.id}`;

  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Kandidaat overdragen"
        breadcrumbs={[
          { label: "Werklijst", href: "/professional" },
          { label: "Kandidaten", href: "/professional/kandidaten" },
          { label: candidate.name, href: back },
          { label: "Overdragen" },
        ]}
        lead={<>U draagt {candidate.name} over aan een andere bemiddelaar. Die wordt de vaste bemiddelaar en krijgt een melding. De overdracht en de reden worden vastgelegd.</>}
      />
      <p className="mb-6 max-w-2xl">
        U kunt kiezen uit bemiddelaars van {candidate.partnerOrganisation?.name ?? "dezelfde organisatie"}. Moet de kandidaat naar een andere
        partnerorganisatie? Dan is toestemming van de kandidaat nodig: gebruik de{" "}
        <Link href={`/professional/kandidaten/${candidate.id}/warme-overdracht`}>warme overdracht naar een partner</Link>.
      </p>
      <TransferCandidateForm candidateId={candidate.id} mediators={mediators} />
      <p className="mt-6"><Link href={back}>Annuleren en terug naar de kandidaat</Link></p>
    </div>
  );
}
