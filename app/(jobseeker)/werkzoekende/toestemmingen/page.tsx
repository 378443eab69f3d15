import type { Metadata } from "next";
import Link from "next/link";
import { Alert, PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findMyConsents } from "@/lib/consents/find-my-consents";
import { findPendingConsentRequests } from "@/lib/consents/find-pending-consent-requests";
import { ConsentRequestCard } from "./_components/consent-request-card";
import { ConsentControl } from "./_components/consent-control";
import { ConsentHistory, ConsentStatus } from "./_components/consent-status";
import { ConsentSubjectCard } from "./_components/consent-subject-card";

export const metadata: Metadata = { title: "Mijn toestemmingen" };

const BREADCRUMBS = [{ label: "Mijn traject", href: "/werkzoekende" }, { label: "Mijn toestemmingen" }];

export default async function MyConsentsPage({ searchParams }: { searchParams: Promise<{ antwoord?: string | string[] }> }) {
  const actor = await requirePortalActor("/werkzoekende");
  const { antwoord } = await searchParams;
  const [consents, requests] = await Promise.all([findMyConsents(actor), findPendingConsentRequests(actor)]);

  return (
    <div className="mx-auto max-w-3xl text-lg">
      <PageHeader
        title="Mijn toestemmingen"
        breadcrumbs={BREADCRUMBS}
        lead="U bepaalt zelf wie uw gegevens mag zien. Hier ziet u waarvoor u toestemming gaf. U kunt een toestemming altijd intrekken."
      />

      {!consents.registered ? (
        <Alert title="U bent nog niet aangemeld">
          <p>
            Als u zich aanmeldt bij het Werkcentrum, vragen wij uw toestemming om uw gegevens te delen.{" "}
            <Link href="/werkzoekende/aanmelden">Meld u aan</Link>.
          </p>
        </Alert>
      ) : (
        <>
          {antwoord === "ja" || antwoord === "nee" ? (
            <div role="status">
              <Alert tone="success" title={antwoord === "ja" ? "Dank u. U gaf toestemming." : "U gaf geen toestemming."}>
                {antwoord === "ja" ? "De werkgever of partner kan nu uw gegevens zien. Uw bemiddelaar hoort het." : "Wij delen niets. Uw bemiddelaar hoort het."}
              </Alert>
            </div>
          ) : null}
          {requests.length > 0 ? (
            <section aria-labelledby="verzoeken" className="mb-10">
              <h2 id="verzoeken" className="mb-3 text-2xl">Openstaande verzoeken</h2>
              <p className="mb-4">Uw bemiddelaar vraagt uw toestemming. Lees wat er gedeeld wordt en waarom. Daarna kiest u ja of nee.</p>
              <ul className="space-y-4">
                {requests.map((request) => (
                  <ConsentRequestCard key={request.consentId} request={request} />
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="partners" className="mb-10">
            <h2 id="partners" className="mb-3 text-2xl">Mijn profiel delen met de partners van het Werkcentrum</h2>
            <p className="mb-3">
              Het Werkcentrum werkt samen met partners, zoals UWV, de gemeenten en het Leerwerkloket. Geeft u toestemming? Dan zoeken
              bemiddelaars van deze partners met uw profiel naar passend werk voor u. Ze zien dan uw vaardigheden, uw wensen en wanneer u kunt
              beginnen.
            </p>
            <p className="mb-4">
              Trekt u uw toestemming in? Dan zoeken wij vanaf dat moment niet meer met uw profiel naar vacatures. Uw eigen bemiddelaar helpt u
              wel verder. U kunt later altijd opnieuw toestemming geven.
            </p>
            <div className="rounded-sm border-2 border-line-light p-4">
              <ConsentStatus state={consents.partners.state} />
              <ConsentHistory events={consents.partners.history} />
              <ConsentControl
                key={consents.partners.key}
                what="uw profiel met de partners"
                activeConsentId={consents.partners.activeConsentId}
                canGrant
                afterRevoke="Wij zoeken niet meer met uw profiel naar vacatures."
              />
            </div>
          </section>

          <section aria-labelledby="werkgevers" className="mb-10">
            <h2 id="werkgevers" className="mb-3 text-2xl">Mijn gegevens delen met een werkgever</h2>
            <p className="mb-3">
              Wil uw bemiddelaar u voorstellen aan een werkgever voor een vacature? Dan vragen wij eerst uw toestemming. Met uw toestemming ziet
              alleen die werkgever een deel van uw gegevens, zoals uw naam en uw vaardigheden. Andere werkgevers zien niets.
            </p>
            <p className="mb-4">
              Trekt u uw toestemming in? Dan kan die werkgever uw gegevens direct niet meer zien. Wilt u later toch weer delen? Vraag het aan uw
              bemiddelaar.
            </p>
            {consents.employers.length === 0 ? (
              <p>U heeft nog aan geen enkele werkgever toestemming gegeven.</p>
            ) : (
              <ul className="space-y-4">
                {consents.employers.map((subject) => (
                  <ConsentSubjectCard key={subject.key} subject={subject} kind="werkgever" />
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="overdracht" className="mb-10">
            <h2 id="overdracht" className="mb-3 text-2xl">Mijn gegevens delen bij overdracht aan een partner</h2>
            <p className="mb-3">
              Soms kan een andere partner u beter helpen, bijvoorbeeld het Leerwerkloket of UWV. Uw bemiddelaar draagt u dan over aan die partner.
              Met uw toestemming krijgt die partner uw gegevens. Dan hoeft u uw verhaal niet opnieuw te vertellen.
            </p>
            <p className="mb-4">Trekt u uw toestemming in? Dan delen wij vanaf dat moment geen gegevens meer met die partner.</p>
            {consents.handovers.length === 0 ? (
              <p>U bent nog niet overgedragen aan een andere partner.</p>
            ) : (
              <ul className="space-y-4">
                {consents.handovers.map((subject) => (
                  <ConsentSubjectCard key={subject.key} subject={subject} kind="partner" />
                ))}
              </ul>
            )}
          </section>
        </>
      )}

      <section aria-labelledby="inzage" className="mb-10">
        <h2 id="inzage" className="mb-3 text-2xl">Wie heeft mijn gegevens bekeken</h2>
        <p className="mb-3">
          Elke keer dat een medewerker van het Werkcentrum, een partner of een werkgever uw gegevens bekijkt of wijzigt, schrijven wij dat op. U
          ziet wie het was, wanneer en waarom.
        </p>
        <p>
          <Link href="/werkzoekende/toestemmingen/inzage" className="font-semibold">
            Bekijk wie uw gegevens heeft bekeken
          </Link>
        </p>
      </section>
    </div>
  );
}
