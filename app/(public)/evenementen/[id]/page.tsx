import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Alert, LinkButton, PageHeader } from "@/components/ui";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { audienceFits } from "@/lib/events/audience";
import { getEvent } from "@/lib/events/get-event";
import { EVENT_AUDIENCE_LABELS, EVENT_KIND_LABELS } from "@/lib/events/schemas";
import { formatSlot } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";
import { recordIdSchema } from "@/lib/forms/record-id";
import { RegistrationButton } from "./registration-button";

type Props = { params: Promise<{ id: string }> };

const loadEvent = cache(async (id: string, actor: Actor | null) => {
  const parsed = recordIdSchema.safeParse(id);
  if (!parsed.success) notFound();
  const event = await getEvent(parsed.data, actor);
  if (!event) notFound();
  return event;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await loadEvent((await params).id, null);
  return { title: `${event.title} – Evenementen` };
}

type Event = Awaited<ReturnType<typeof loadEvent>>;

function RegistrationPart({ actor, event, open }: { actor: Actor | null; event: Event; open: boolean }) {
  if (!actor) {
    return (
      <>
        <p className="mb-3">Log in als werkgever of als inwoner om u aan te melden.</p>
        <LinkButton href={`/inloggen?terug=${encodeURIComponent(`/evenementen/${event.id}`)}`}>Inloggen om aan te melden</LinkButton>
      </>
    );
  }
  if (!audienceFits(event.audience, actor.role)) return <p>Dit evenement is bedoeld voor: {EVENT_AUDIENCE_LABELS[event.audience].toLowerCase()}.</p>;
  if (event.isRegistered) {
    return (
      <>
        <p className="mb-3 font-semibold">U bent aangemeld voor dit evenement.</p>
        {open ? <RegistrationButton key="registered" eventId={event.id} eventTitle={event.title} registered /> : null}
      </>
    );
  }
  if (!open) return <p>Aanmelden kan niet meer.</p>;
  if (event.placesLeft === 0) return <p>Vol: er zijn geen plaatsen meer vrij.</p>;
  return <RegistrationButton key="not-registered" eventId={event.id} eventTitle={event.title} registered={false} />;
}

export default async function PublicEventPage({ params }: Props) {
  const actor = await getActor();
  const [event, now] = await Promise.all([loadEvent((await params).id, actor), currentTime()]);
  const open = event.cancelledAt === null && event.startsAt > now;

  return (
    <>
      <PageHeader
        title={event.title}
        breadcrumbs={[{ label: "Home", href: "/" }, { label: "Evenementen", href: "/evenementen" }, { label: event.title }]}
        lead={`${EVENT_KIND_LABELS[event.kind]}${event.theme ? ` – ${event.theme}` : ""}`}
      />
      {event.cancelledAt ? <Alert tone="warning" title="Dit evenement gaat niet door." /> : null}
      <dl className="mb-6 grid max-w-3xl gap-x-6 gap-y-2 border-y border-line-light py-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Wanneer</dt>
        <dd>{formatSlot(event.startsAt, event.endsAt)}</dd>
        <dt className="font-semibold">Waar</dt>
        <dd>{event.location}</dd>
        <dt className="font-semibold">Voor wie</dt>
        <dd>{EVENT_AUDIENCE_LABELS[event.audience]}</dd>
        <dt className="font-semibold">Vrije plaatsen</dt>
        <dd>
          {event.placesLeft} van {event.capacity}
        </dd>
        <dt className="font-semibold">Organisator</dt>
        <dd>{event.organiser.name}</dd>
      </dl>
      <div className="mb-6 max-w-3xl whitespace-pre-line">{event.description}</div>
      {event.cancelledAt === null ? (
        <p className="mb-6">
          <a href={`/evenementen/${event.id}/agenda.ics`} download>
            Zet in uw agenda (.ics)
          </a>
        </p>
      ) : null}
      <section aria-labelledby="aanmelden" className="max-w-3xl">
        <h2 id="aanmelden" className="mb-3 text-2xl">
          Aanmelden
        </h2>
        <RegistrationPart actor={actor} event={event} open={open} />
      </section>
      <p className="mt-8">
        <Link href="/evenementen">Terug naar alle evenementen</Link>
      </p>
    </>
  );
}
