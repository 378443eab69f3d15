import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, PageHeader, StatusBadge } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findMyEvents } from "@/lib/events/find-my-events";
import { EVENT_AUDIENCE_LABELS, EVENT_KIND_LABELS } from "@/lib/events/schemas";
import { formatSlot } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";
import { CreateEventForm } from "./_components/create-event-form";

export const metadata: Metadata = { title: "Evenementen" };

const crumbs = [{ label: "Werklijst", href: "/professional" }, { label: "Evenementen" }];

export default async function ProfessionalEventsPage() {
  const actor = await requirePortalActor("/professional");
  if (!can(actor, "event.manage")) {
    return (
      <>
        <PageHeader title="Evenementen" breadcrumbs={crumbs} />
        <p>
          Evenementen worden georganiseerd door accountmanagers. Bekijk de <Link href="/evenementen">openbare lijst met evenementen</Link>.
        </p>
      </>
    );
  }
  const [events, now] = await Promise.all([findMyEvents(actor), currentTime()]);

  return (
    <>
      <PageHeader
        title="Evenementen"
        breadcrumbs={crumbs}
        lead="Organiseer banenmarkten, speeddates, meet & greets en themasessies. Werkgevers en inwoners melden zich aan via de openbare pagina Evenementen."
      />
      <section aria-labelledby="mijn-evenementen" className="mb-10">
        <h2 id="mijn-evenementen" className="mb-4 text-2xl">
          Mijn evenementen ({events.length})
        </h2>
        {events.length === 0 ? (
          <p>U organiseert nog geen evenementen. Maak hieronder een evenement aan.</p>
        ) : (
          <DataTable
            caption="Evenementen die ik organiseer, de laatste bovenaan"
            rows={events}
            rowKey={(event) => event.id}
            columns={[
              { header: "Evenement", rowHeader: true, cell: (event) => <Link href={`/professional/evenementen/${event.id}`}>{event.title}</Link> },
              { header: "Soort", cell: (event) => EVENT_KIND_LABELS[event.kind] },
              { header: "Wanneer", cell: (event) => formatSlot(event.startsAt, event.endsAt) },
              { header: "Voor wie", cell: (event) => EVENT_AUDIENCE_LABELS[event.audience] },
              { header: "Aanmeldingen", cell: (event) => `${event.registered} van ${event.capacity}` },
              {
                header: "Status",
                cell: (event) =>
                  event.cancelledAt ? (
                    <StatusBadge tone="neutral">Geannuleerd</StatusBadge>
                  ) : event.startsAt <= now ? (
                    <StatusBadge tone="info">Geweest</StatusBadge>
                  ) : (
                    <StatusBadge tone="success">Gepland</StatusBadge>
                  ),
              },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="evenement-maken">
        <h2 id="evenement-maken" className="mb-4 text-2xl">
          Evenement aanmaken
        </h2>
        <CreateEventForm />
      </section>
    </>
  );
}
