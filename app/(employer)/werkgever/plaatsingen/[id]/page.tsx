import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { isAnswerable } from "@/lib/aftercare/check-state";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";
import { ChecksTable, InstrumentsTable, PhaseBadge, PlacementFacts } from "@/components/placements/placement-parts";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getPlacement } from "@/lib/placements/get-placement";
import { EmployerCheckForm } from "../_components/employer-check-form";

export const metadata: Metadata = { title: "Plaatsing" };

export default async function EmployerPlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/werkgever");
  const { id } = await params;
  const now = await currentTime();
  const placement = await orNotFound(() => getPlacement({ actor, placementId: id, now }));
  const employerChecks = placement.checks.filter((c) => c.side === "EMPLOYER");
  const due = employerChecks.filter((c) => isAnswerable(c, placement.endedOn, now));

  return (
    <>
      <PageHeader
        title={`Plaatsing: ${placement.candidateLabel}`}
        breadcrumbs={[{ label: "Werkgeversportaal", href: "/werkgever" }, { label: "Plaatsingen", href: "/werkgever/plaatsingen" }, { label: placement.candidateLabel }]}
        lead={
          <>
            <PhaseBadge placement={placement} /> <span className="ml-2">Uw vaste contactpersoon: {placement.accountManagerName}.</span>
          </>
        }
      />
      <PlacementFacts placement={placement} />
      <section aria-labelledby="instrumenten" className="mt-10">
        <h2 id="instrumenten" className="mb-3 text-2xl">Instrumenten</h2>
        <InstrumentsTable placement={placement} />
      </section>
      <section aria-labelledby="nazorg" className="mt-10">
        <h2 id="nazorg" className="mb-3 text-2xl">Nazorg</h2>
        {due.map((check) => (
          <div key={check.id}>
            <h3 className="mb-2 text-xl">Nazorgvraag na {check.monthsAfterStart} {check.monthsAfterStart === 1 ? "maand" : "maanden"} (sinds {formatShortDate(check.dueDate)})</h3>
            <EmployerCheckForm checkId={check.id} months={check.monthsAfterStart} />
          </div>
        ))}
        <ChecksTable checks={employerChecks} caption="Uw nazorgvragen" />
      </section>
    </>
  );
}
