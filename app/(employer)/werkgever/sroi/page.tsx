import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui";
import { SroiProgress } from "@/components/sroi/sroi-progress";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { findSroiDossiers } from "@/lib/sroi/find-sroi-dossiers";
import { formatEuros } from "@/lib/sroi/money";

export const metadata: Metadata = { title: "Social return (SROI)" };

/** E8: the employer's SROI obligations and how far it is. */
export default async function EmployerSroiOverviewPage() {
  const actor = await requirePortalActor("/werkgever");
  const dossiers = actor.organisationId ? await findSroiDossiers(actor) : [];

  return (
    <>
      <PageHeader
        title="Social return (SROI)"
        breadcrumbs={[{ label: "Werkgeversportaal", href: "/werkgever" }, { label: "SROI" }]}
        lead="Heeft u een opdracht van een gemeente met een social-returnverplichting? Hier ziet u hoeveel u al heeft geleverd en meldt u nieuwe leveringen."
      />
      {dossiers.length === 0 ? (
        <p>Uw organisatie heeft geen contract met een SROI-verplichting. Vragen? Neem contact op met uw vaste accountmanager.</p>
      ) : (
        <ul className="grid gap-6" aria-label="Contracten met een SROI-verplichting">
          {dossiers.map((dossier) => (
            <li key={dossier.id} className="rounded-sm border-2 border-line-light p-5">
              <h2 className="mb-2 text-2xl">
                <Link href={`/werkgever/sroi/${dossier.id}`}>{dossier.contractName}</Link>
              </h2>
              <p className="mb-3 text-muted">
                {dossier.municipality} · {formatDutchDate(dossier.periodStart)} tot en met {formatDutchDate(dossier.periodEnd)} · contractwaarde{" "}
                {formatEuros(dossier.contractValueCents)}
              </p>
              <SroiProgress totals={dossier.totals} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
