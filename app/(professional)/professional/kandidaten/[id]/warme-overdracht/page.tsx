import type { Metadata } from "next";
import Link from "next/link";
import { Alert, PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getHandoverForm } from "@/lib/handovers/get-handover-form";
import { NO_RESIDENT_ACCOUNT_MESSAGE } from "@/lib/handovers/schemas";
import { currentTime } from "@/lib/time/current-time";
import { HandoverForm } from "./_components/handover-form";

export const metadata: Metadata = { title: "Warme overdracht naar een partner" };

export default async function WarmHandoverPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/professional");
  const { id } = await params;
  const now = await currentTime();
  // Only the owner bemiddelaar hands over; everyone else sees "not found", the same as a missing candidate.
  const form = await orNotFound(() => getHandoverForm({ actor, candidateId: id, now }));
  const back = `/professional/kandidaten/${form.candidate.id}`;

  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Warme overdracht naar een partner"
        breadcrumbs={[
          { label: "Werklijst", href: "/professional" },
          { label: "Kandidaten", href: "/professional/kandidaten" },
          { label: form.candidate.name, href: back },
          { label: "Warme overdracht" },
        ]}
        lead={
          <>
            U vraagt een partner om {form.candidate.name} verder te helpen. Eerst geeft de kandidaat in het portaal toestemming. Daarna beslist het team
            van de partner. U blijft de vaste bemiddelaar tot de partner de overdracht aanneemt.
          </>
        }
      />
      {form.openHandover ? (
        <Alert tone="info" title="Er loopt al een overdracht voor deze kandidaat">
          De overdracht aan {form.openHandover.partner} is nog niet afgerond. U kunt haar volgen of intrekken bij{" "}
          <Link href="/professional/overdrachten">Overdrachten</Link>.
        </Alert>
      ) : !form.candidate.hasAccount ? (
        <Alert tone="warning" title="Geen toestemming te vragen in het portaal">
          {NO_RESIDENT_ACCOUNT_MESSAGE}
        </Alert>
      ) : (
        <HandoverForm
          candidateId={form.candidate.id}
          partners={form.partners}
          defaultDeadline={form.defaultDeadline}
          deadlineMin={form.deadlineMin}
          deadlineMax={form.deadlineMax}
        />
      )}
      <p className="mt-6">
        <Link href={back}>Terug naar de kandidaat</Link>
      </p>
    </div>
  );
}
