import type { Metadata } from "next";
import { orNotFound } from "@/app/_lib/or-not-found";
import { Alert, PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatNumber } from "@/lib/format";
import { getPartner } from "@/lib/partners/get-partner";
import { ActionButton } from "../../_components/action-button";
import { setPartnerActiveAction } from "../actions";
import { PartnerForm } from "../_components/partner-form";
import { AddTeamForm, RenameTeamForm } from "../_components/team-forms";

export const metadata: Metadata = { title: "Partnerorganisatie" };

export default async function PartnerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ opgeslagen?: string | string[] }> }) {
  const actor = await requirePortalActor("/beheer");
  const { id } = await params;
  const partner = await orNotFound(() => getPartner({ actor, id }));
  const saved = (await searchParams).opgeslagen === "1";

  return (
    <>
      <PageHeader
        title={partner.name}
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Partnerorganisaties", href: "/beheer/partners" }, { label: partner.name }]}
      />
      {saved ? <Alert tone="success" role="status" title="De partnerorganisatie is opgeslagen." /> : null}

      <section aria-labelledby="gegevens" className="mb-10 max-w-2xl">
        <h2 id="gegevens" className="mb-4 text-2xl font-bold">Gegevens</h2>
        <PartnerForm initial={{ id: partner.id, code: partner.code, name: partner.name, kind: partner.kind, note: partner.note ?? "" }} />
      </section>

      <section aria-labelledby="teams" className="mb-10 max-w-2xl">
        <h2 id="teams" className="mb-2 text-2xl font-bold">Teams ({formatNumber(partner.teams.length)})</h2>
        <p className="mb-4">
          Een nieuwe naam geldt meteen voor de routeringsregels van het team en voor aanmeldingen die nog op het team wachten. Opgepakte
          aanmeldingen en overdrachten houden de naam die zij hadden.
        </p>
        {partner.teams.length === 0 ? <p>Deze organisatie heeft nog geen teams.</p> : null}
        <ul className="space-y-6">
          {partner.teams.map((team, index) => (
            <li key={team.id} className="border-b border-gray-300 pb-4">
              <h3 className="text-lg font-bold">{team.name}</h3>
              <p>
                Routeringsregels: {formatNumber(team.routingRules)} ({formatNumber(team.activeRoutingRules)} actief)
              </p>
              <RenameTeamForm teamId={team.id} name={team.name} index={index} />
            </li>
          ))}
        </ul>
        <AddTeamForm partnerOrganisationId={partner.id} />
      </section>

      <section aria-labelledby="status" className="mb-10 max-w-2xl">
        <h2 id="status" className="mb-2 text-2xl font-bold">Status</h2>
        <p className="mb-4">
          {partner.active ? <StatusBadge tone="success">Actief</StatusBadge> : <StatusBadge>Niet actief</StatusBadge>}{" "}
          {partner.active
            ? "Een gedeactiveerde organisatie wordt niet meer aangeboden voor nieuwe routeringsregels en overdrachten. Dat kan pas als er geen actieve routeringsregels, actieve gebruikers of geldige API-sleutels meer bij horen."
            : "Deze organisatie wordt niet aangeboden voor nieuwe routeringsregels en overdrachten. Bestaande aanmeldingen en overdrachten blijven zichtbaar."}
        </p>
        <ActionButton
          action={setPartnerActiveAction}
          input={{ id: partner.id, active: !partner.active }}
          label={partner.active ? "Deactiveren" : "Weer activeren"}
          context={partner.name}
        />
      </section>
    </>
  );
}
