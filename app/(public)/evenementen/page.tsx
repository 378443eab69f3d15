import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DataTable, PageHeader, StatusBadge } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { findMyRegistrations } from "@/lib/events/find-my-registrations";
import { findPublicEvents } from "@/lib/events/find-public-events";
import { EVENT_AUDIENCE_LABELS, EVENT_KIND_LABELS } from "@/lib/events/schemas";
import { formatSlot } from "@/lib/time/amsterdam-time";

export const metadata: Metadata = {
  title: "Evenementen",
  description: "Banenmarkten, speeddates, meet & greets en themasessies van het Werkcentrum Gooi en Vechtstreek.",
};

type MyEvent = Awaited<ReturnType<typeof findMyRegistrations>>[number];

/** For a logged-in resident or employer: the events they are registered for. */
function MyEvents({ events }: { events: MyEvent[] }) {
  return (
    <section aria-labelledby="mijn-evenementen" className="mb-10 max-w-3xl">
      <h2 id="mijn-evenementen" className="mb-3 text-2xl">
        Mijn evenementen
      </h2>
      {events.length === 0 ? (
        <p>U bent nog niet aangemeld voor een evenement. Kies hieronder een evenement en meld u aan.</p>
      ) : (
        <DataTable
          caption="Evenementen waarvoor ik ben aangemeld"
          rows={events}
          rowKey={(event) => event.id}
          columns={[
            { header: "Evenement", rowHeader: true, cell: (event) => <Link href={`/evenementen/${event.id}`}>{event.title}</Link> },
            { header: "Wanneer", cell: (event) => formatSlot(event.startsAt, event.endsAt) },
            { header: "Waar", cell: (event) => event.location },
            {
              header: "Status",
              cell: (event) => (event.cancelledAt ? <StatusBadge tone="warning">Gaat niet door</StatusBadge> : <StatusBadge tone="success">Aangemeld</StatusBadge>),
            },
          ]}
        />
      )}
    </section>
  );
}

export default async function PublicEventsPage() {
  await connection();
  const actor = await getActor();
  const showMine = actor !== null && can(actor, "event.register");
  const [events, mine] = await Promise.all([findPublicEvents(), showMine ? findMyRegistrations(actor) : Promise.resolve([])]);
  return (
    <>
      <PageHeader
        title="Evenementen"
        breadcrumbs={[{ label: "Home", href: "/" }, { label: "Evenementen" }]}
        lead="Banenmarkten, speeddates, meet & greets en themasessies in de regio. Meld u aan als werkgever of als inwoner."
      />
      {showMine ? <MyEvents events={mine} /> : null}
      {showMine ? (
        <h2 className="mb-4 text-2xl" id="komende-evenementen">
          Alle komende evenementen
        </h2>
      ) : null}
      {events.length === 0 ? (
        <p>Er zijn op dit moment geen evenementen met vrije plaatsen.</p>
      ) : (
        <ul className="grid max-w-3xl gap-4" aria-label="Komende evenementen">
          {events.map((event) => {
            const Heading = showMine ? "h3" : "h2";
            return (
              <li key={event.id} className="border border-line-light p-4">
                <Heading className="mb-2 text-xl">
                  <Link href={`/evenementen/${event.id}`}>{event.title}</Link>
                </Heading>
                <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">Soort</dt>
                  <dd>
                    {EVENT_KIND_LABELS[event.kind]}
                    {event.theme ? ` – ${event.theme}` : ""}
                  </dd>
                  <dt className="font-semibold">Wanneer</dt>
                  <dd>{formatSlot(event.startsAt, event.endsAt)}</dd>
                  <dt className="font-semibold">Waar</dt>
                  <dd>{event.location}</dd>
                  <dt className="font-semibold">Voor wie</dt>
                  <dd>{EVENT_AUDIENCE_LABELS[event.audience]}</dd>
                  <dt className="font-semibold">Vrije plaatsen</dt>
                  <dd>{event.placesLeft}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
