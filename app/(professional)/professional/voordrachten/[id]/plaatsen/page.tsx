import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert, PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getPlaceableProposal } from "@/lib/placements/get-placeable-proposal";
import { PLACEABLE_STATUSES } from "@/lib/placements/placeable-statuses";
import { PlacementForm } from "./placement-form";

export const metadata: Metadata = { title: "Plaatsing vastleggen" };

export default async function RecordPlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/professional");
  if (actor.role !== "JOB_MEDIATOR") notFound();
  const { id } = await params;
  const proposal = await orNotFound(() => getPlaceableProposal({ actor, proposalId: id }));
  const placeable = (PLACEABLE_STATUSES as readonly string[]).includes(proposal.status);

  return (
    <>
      <PageHeader
        title="Plaatsing vastleggen"
        breadcrumbs={[
          { label: "Werklijst", href: "/professional" },
          { label: "Voordrachten", href: "/professional/voordrachten" },
          { label: proposal.candidateName, href: `/professional/voordrachten/${proposal.id}` },
          { label: "Plaatsen" },
        ]}
        lead={`${proposal.candidateName} bij ${proposal.employerName}, vacature ${proposal.vacancyTitle}.`}
      />
      {proposal.placementId ? (
        <Alert tone="info" title="Deze voordracht is al geplaatst.">
          <Link href={`/professional/plaatsingen/${proposal.placementId}`}>Naar de plaatsing</Link>
        </Alert>
      ) : !placeable ? (
        <Alert tone="info" title="Deze voordracht kan nog geen plaatsing worden.">
          Dat kan pas als de werkgever de kandidaat heeft uitgenodigd.
        </Alert>
      ) : (
        <PlacementForm proposalId={proposal.id} instruments={proposal.instruments} defaults={{ contractType: proposal.contractType, hoursPerWeek: proposal.hoursPerWeek }} />
      )}
    </>
  );
}
