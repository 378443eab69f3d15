import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { orNotFound } from "@/app/_lib/or-not-found";
import { todayIso } from "@/lib/time/calendar-dates";
import { getWorkReadinessPage } from "@/lib/work-readiness/get-work-readiness-page";
import { AssessmentHistory } from "../../_components/assessment-history";
import { WorkReadinessForm } from "../../_components/work-readiness-form";
import { WorkReadyBadge } from "../../_components/work-ready-badge";

export const metadata: Metadata = { title: "Werkfit beoordelen" };

export default async function WorkReadinessPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/professional");
  const { id } = await params;
  // Only the owner records; everyone else sees "not found", the same as a missing candidate.
  const page = await orNotFound(() => getWorkReadinessPage({ actor, candidateId: id }));
  const { candidate, rule, history } = page;
  const back = `/professional/kandidaten/${candidate.id}`;

  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Werkfit beoordelen"
        breadcrumbs={[
          { label: "Werklijst", href: "/professional" },
          { label: "Kandidaten", href: "/professional/kandidaten" },
          { label: candidate.name, href: back },
          { label: "Werkfit" },
        ]}
        lead={<>Beoordeling van {candidate.name} op de werknemersvaardigheden en leefgebieden van de werkfit-regel (versie {rule.version}).</>}
      />
      <p className="mb-2">
        <span className="font-semibold">Nu: </span>
        <WorkReadyBadge isWorkReady={candidate.isWorkReady} since={candidate.workReadySince} />
      </p>
      <details className="mb-8">
        <summary className="cursor-pointer font-semibold text-brand">Hoe de regel werkfit bepaalt</summary>
        <p className="mt-2">
          Werkfit: de kandidaat wil én kan werken. Dat is zo als elke werknemersvaardigheid minimaal {rule.minEmployeeSkillScore} scoort, met hoogstens{" "}
          {rule.maxEmployeeSkillsBelow} vaardigheden op {rule.lowestAllowedBelowScore}, en geen leefgebied op {rule.blockingLifeDomainScore} of lager. U mag
          afwijken van de uitkomst, maar alleen met een geschreven reden.
        </p>
      </details>
      <WorkReadinessForm candidateId={candidate.id} rule={rule} today={todayIso()} />

      <section aria-labelledby="geschiedenis" className="mt-12">
        <h2 id="geschiedenis" className="mb-3 text-2xl">Eerdere beoordelingen</h2>
        <AssessmentHistory entries={history} />
      </section>
      <p className="mt-6"><Link href={back}>Terug naar de kandidaat</Link></p>
    </div>
  );
}
