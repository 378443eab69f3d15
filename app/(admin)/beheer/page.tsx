import type { Metadata } from "next";
import Link from "next/link";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { ROLES } from "@/lib/auth/permissions";
import { getAdminOverview } from "@/lib/start-pages/get-admin-overview";
import { formatNumber } from "@/lib/format";
import { isClockControlEnabled } from "@/lib/time/current-time";
import { isMailCatcherEnabled } from "@/lib/mail/mail-config";

export const metadata: Metadata = { title: "Beheer" };

const cell = "border-b border-gray-300 px-2 py-2 text-left align-top";

export default async function AdminStartPage() {
  const actor = await requirePortalActor("/beheer");
  const overview = await getAdminOverview(actor);

  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PortalBreadcrumbs crumbs={[{ label: "Home", href: "/" }, { label: "Beheer" }]} />
      <h1 className="mb-6 text-3xl font-bold">Beheer</h1>

      <section aria-labelledby="accounts" className="mb-8">
        <h2 id="accounts" className="mb-2 text-2xl font-bold">Accounts</h2>
        <ul className="list-disc pl-6">
          <li>
            <Link href="/beheer/gebruikers" className="underline underline-offset-2">Gebruikers</Link>: accounts van accountmanagers, bemiddelaars,
            regionale staf en beheerders aanmaken, wijzigen en blokkeren.
          </li>
          <li>
            <Link href="/beheer/gebruikers/zonder-eigenaar" className="underline underline-offset-2">Zonder eigenaar</Link>: werkgevers en
            kandidaten van geblokkeerde medewerkers opnieuw toewijzen.
          </li>
        </ul>
      </section>

      <section aria-labelledby="referentiedata" className="mb-8">
        <h2 id="referentiedata" className="mb-2 text-2xl font-bold">Referentiedata</h2>
        <ul className="list-disc pl-6">
          <li>
            <Link href="/beheer/routering" className="underline underline-offset-2">Routering van aanmeldingen</Link>: naar welke partner en welk
            team een hulpvraag van een inwoner gaat.
          </li>
          <li>
            <Link href="/beheer/leeraanbod" className="underline underline-offset-2">Leeraanbod</Link>: ontwikkelpaden, leerwerktrajecten en
            BBL-plaatsen op de openbare pagina Leeraanbod.
          </li>
          <li>
            <Link href="/beheer/instrumenten" className="underline underline-offset-2">Instrumenten</Link>: voorwaarden, bedragen en links van de
            instrumentengids, en welke instrumenten gecontroleerd moeten worden.
          </li>
          <li>
            <Link href="/beheer/werkfit" className="underline underline-offset-2">Werkfit-regel</Link>: wanneer een kandidaat werkfit is, met
            alle eerdere versies.
          </li>
          <li>
            <Link href="/beheer/arbeidsmarkt" className="underline underline-offset-2">Arbeidsmarktcijfers</Link>: de cijfers op de openbare pagina
            Arbeidsmarkt, te vervangen met een CSV-bestand.
          </li>
          <li>
            <Link href="/beheer/partners" className="underline underline-offset-2">Partnerorganisaties en teams</Link>: toevoegen, wijzigen,
            deactiveren en de teams waar aanmeldingen naartoe gaan.
          </li>
          <li>
            <Link href="/beheer/vaardigheden" className="underline underline-offset-2">Vaardigheden</Link>: de lijst waaruit vacatures en profielen
            kiezen; toevoegen, hernoemen en laten vervallen.
          </li>
        </ul>
      </section>

      <section aria-labelledby="toezicht" className="mb-8">
        <h2 id="toezicht" className="mb-2 text-2xl font-bold">Toezicht</h2>
        <ul className="list-disc pl-6">
          <li>
            <Link href="/beheer/audit" className="underline underline-offset-2">Auditlog</Link>: wie persoonsgegevens van kandidaten bekeek of
            wijzigde, wanneer en waarom.
          </li>
          <li>
            <Link href="/beheer/privacy" className="underline underline-offset-2">Verwijderverzoeken</Link>: inwoners die vragen om hun gegevens te
            verwijderen.
          </li>
          {isMailCatcherEnabled() && (
            <li>
              <Link href="/beheer/e-mail" className="underline underline-offset-2">Demo-mailbox</Link>: de e-mail die het portaal in deze demo
              verstuurde (er is geen eigen mailserver ingesteld).
            </li>
          )}
          {isClockControlEnabled() && (
            <li>
              <Link href="/beheer/klok" className="underline underline-offset-2">Demoklok</Link>: de tijd van deze demo- of testomgeving vooruitzetten.
            </li>
          )}
        </ul>
      </section>

      <section aria-labelledby="gebruikers" className="mb-8">
        <h2 id="gebruikers" className="mb-2 text-2xl font-bold">Gebruikers per rol</h2>
        <table className="border-collapse">
          <caption className="sr-only">Aantal actieve gebruikers per rol</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>Rol</th>
              <th scope="col" className={cell}>Actieve gebruikers</th>
            </tr>
          </thead>
          <tbody>
            {ROLES.map((role) => (
              <tr key={role}>
                <th scope="row" className={`${cell} font-normal`}>{ROLE_LABELS[role]}</th>
                <td className={cell}>{formatNumber(overview.usersPerRole[role] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2">Geblokkeerde gebruikers: {formatNumber(overview.disabledUsers)}</p>
      </section>

      <section aria-labelledby="partners">
        <h2 id="partners" className="mb-2 text-2xl font-bold">Partnerorganisaties ({formatNumber(overview.partners.length)})</h2>
        {overview.partners.length === 0 ? (
          <p>Er zijn nog geen partnerorganisaties.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse">
              <caption className="sr-only">Partnerorganisaties met het aantal gebruikers</caption>
              <thead>
                <tr>
                  <th scope="col" className={cell}>Naam</th>
                  <th scope="col" className={cell}>Soort</th>
                  <th scope="col" className={cell}>Gebruikers</th>
                </tr>
              </thead>
              <tbody>
                {overview.partners.map((partner) => (
                  <tr key={partner.id}>
                    <td className={cell}>{partner.name}</td>
                    <td className={cell}>{partner.kind}</td>
                    <td className={cell}>{formatNumber(partner.users)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
