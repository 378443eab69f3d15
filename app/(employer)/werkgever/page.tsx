import type { Metadata } from "next";
import Link from "next/link";
import { LinkButton, PageHeader } from "@/components/ui";
import { findEmployerAppointments } from "@/lib/appointments/find-employer-appointments";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { getEmployerStart } from "@/lib/start-pages/get-employer-start";
import { OPEN_VACANCY_STATUSES } from "@/lib/vacancies/status-transitions";
import { getMyJoinRequestStatus } from "@/lib/organisations/get-my-join-request-status";
import { getContactPerson } from "@/lib/questions/get-contact-person";
import { formatShortDate, formatSlot } from "@/lib/time/amsterdam-time";
import { ContactPersonCard } from "./_components/contact-person-card";
import { PlacementsSummary } from "./_components/placements-summary";
import { ProposalsSummary } from "./_components/proposals-summary";

export const metadata: Metadata = { title: "Werkgeversportaal" };

const section = "mb-8 rounded-sm border-2 border-line-light p-5";

export default async function EmployerStartPage() {
  const actor = await requirePortalActor("/werkgever");
  if (!actor.organisationId) return <NoOrganisation request={await getMyJoinRequestStatus(actor)} />;

  const [contact, start, appointments] = await Promise.all([getContactPerson(actor), getEmployerStart(actor), findEmployerAppointments(actor, { take: 3 })]);
  const openVacancies = OPEN_VACANCY_STATUSES.reduce((sum, status) => sum + (start.vacancyCounts[status] ?? 0), 0);

  return (
    <>
      <PageHeader title="Werkgeversportaal" breadcrumbs={[{ label: "Home", href: "/" }, { label: "Werkgeversportaal" }]} lead={contact?.organisationName} />

      <section aria-labelledby="contactpersoon" className={section}>
        <h2 id="contactpersoon" className="mb-4 text-2xl">
          Uw vaste contactpersoon
        </h2>
        {contact?.contactPerson ? (
          <ContactPersonCard person={contact.contactPerson} />
        ) : (
          <p>Uw vaste contactpersoon wordt op dit moment opnieuw toegewezen. Bel of mail het Werkcentrum als u nu hulp nodig heeft.</p>
        )}
      </section>

      <ProposalsSummary actor={actor} />
      <PlacementsSummary actor={actor} />

      <div className="grid gap-x-6 md:grid-cols-3">
        <section aria-labelledby="vacatures" className={section}>
          <h2 id="vacatures" className="mb-2 text-2xl">
            Vacatures
          </h2>
          <p>
            Open vacatures: <strong>{openVacancies}</strong>
          </p>
          <p className="mt-2">
            <Link href="/werkgever/vacatures">Naar uw vacatures</Link>
          </p>
        </section>
        <section aria-labelledby="vragen" className={section}>
          <h2 id="vragen" className="mb-2 text-2xl">
            Vragen
          </h2>
          <p>
            Vragen zonder antwoord: <strong>{start.openQuestions}</strong>
          </p>
          <p className="mt-2">
            <Link href="/werkgever/vragen">Naar uw vragen</Link>
          </p>
        </section>
        <section aria-labelledby="afspraken" className={section}>
          <h2 id="afspraken" className="mb-2 text-2xl">
            Afspraken
          </h2>
          {appointments.length === 0 ? (
            <p>U heeft geen afspraken gepland.</p>
          ) : (
            <ul className="space-y-1">
              {appointments.map((appointment) => (
                <li key={appointment.id}>{formatSlot(appointment.startsAt, appointment.endsAt)}</li>
              ))}
            </ul>
          )}
          <p className="mt-2">
            <Link href="/werkgever/afspraken">Naar uw afspraken</Link>
          </p>
        </section>
      </div>

      <p>
        <LinkButton href="/werkgever/vacatures/nieuw">Vacature doorgeven</LinkButton>
      </p>
    </>
  );
}

function NoOrganisation({ request }: { request: Awaited<ReturnType<typeof getMyJoinRequestStatus>> }) {
  return (
    <>
      <PageHeader title="Werkgeversportaal" breadcrumbs={[{ label: "Home", href: "/" }, { label: "Werkgeversportaal" }]} />
      {request?.status === "REFUSED" ? (
        <div className={section}>
          <h2 className="mb-2 text-2xl">Uw aanmelding is niet bevestigd</h2>
          <p>
            De accountmanager van de organisatie met KvK-nummer {request.kvkNumber} heeft uw aanmelding niet bevestigd. Neem contact op met het
            Werkcentrum als u denkt dat dit niet klopt.
          </p>
        </div>
      ) : request ? (
        <div className={section}>
          <h2 className="mb-2 text-2xl">Uw aanmelding wacht op bevestiging</h2>
          <p>
            U heeft zich op {formatShortDate(request.requestedAt)} aangemeld bij de organisatie met KvK-nummer {request.kvkNumber}. De
            accountmanager van deze organisatie bevestigt uw aanmelding. Daarna kunt u vacatures doorgeven, vragen stellen en afspraken maken.
          </p>
        </div>
      ) : (
        <div className={section}>
          <h2 className="mb-2 text-2xl">Uw aanmelding wacht op bevestiging</h2>
          <p>
            Uw account is nog niet gekoppeld aan een organisatie. Heeft u uw organisatie nog niet aangemeld?{" "}
            <Link href="/werkgever/registreren">Meld uw organisatie aan</Link>.
          </p>
        </div>
      )}
    </>
  );
}
