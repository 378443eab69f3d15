import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui";
import { findPublicEvents } from "@/lib/events/find-public-events";
import { EVENT_AUDIENCE_LABELS, EVENT_KIND_LABELS } from "@/lib/events/schemas";
import { formatSlot } from "@/lib/time/amsterdam-time";

export const metadata: Metadata = {
  title: "Evenementen",
  description: "Banenmarkten, speeddates, meet & greets en themasessies van het Werkcentrum Gooi en Vechtstreek.",
};

export default async function PublicEventsPage() {
  await connection();
  const events = await findPublicEvents();
  return (
    <>
      <PageHeader
        title="Evenementen"
        breadcrumbs={[{ label: "Home", href: "/" }, { label: "Evenementen" }]}
        lead="Banenmarkten, speeddates, meet & greets en themasessies in de regio. Meld u aan als werkgever of als inwoner."
      />
      {events.length === 0 ? (
        <p>Er zijn op dit moment geen evenementen met vrije plaatsen.</p>
      ) : (
        <ul className="grid max-w-3xl gap-4" aria-label="Komende evenementen">
          {events.map((event) => (
            <li key={event.id} className="border border-line-light p-4">
              <h2 className="mb-2 text-xl">
                <Link href={`/evenementen/${event.id}`}>{event.title}</Link>
              </h2>
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
          ))}
        </ul>
      )}
    </>
  );
}
