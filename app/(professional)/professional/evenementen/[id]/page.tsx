import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert, DataTable, LinkButton, PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { getOrganisedEvent } from "@/lib/events/get-organised-event";
import { EVENT_AUDIENCE_LABELS, EVENT_KIND_LABELS } from "@/lib/events/schemas";
import { orNotFound } from "@/app/_lib/or-not-found";
import { formatDateTime, formatSlot } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";
import { recordIdSchema } from "@/lib/forms/record-id";
import { AttendanceForm } from "./attendance-form";
import { CancelEventButton } from "./cancel-event-button";

export const metadata: Metadata = { title: "Evenement" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ gewijzigd?: string }> };

async function load(actorPromise: ReturnType<typeof requirePortalActor>, id: string) {
  const actor = await actorPromise;
  const parsed = recordIdSchema.safeParse(id);
  if (!parsed.success || !can(actor, "event.manage")) notFound();
  return orNotFound(() => getOrganisedEvent(actor, parsed.data), ["NOT_FOUND"]);
}

export default async function OrganisedEventPage({ params, searchParams }: Props) {
  const event = await load(requirePortalActor("/professional"), (await params).id);
  const [now, { gewijzigd }] = await Promise.all([currentTime(), searchParams]);
  const started = event.startsAt <= now;
  const active = event.registrations.filter((r) => r.cancelledAt === null);
  const nameOf = (r: (typeof event.registrations)[number]) => r.user.name;
  const orgOf = (r: (typeof event.registrations)[number]) => (r.organisation ? (r.organisation.tradeName ?? r.organisation.legalName) : null);

  return (
    <>
      <PageHeader
        title={event.title}
        breadcrumbs={[{ label: "Werklijst", href: "/professional" }, { label: "Evenementen", href: "/professional/evenementen" }, { label: event.title }]}
        lead={`${EVENT_KIND_LABELS[event.kind]} · ${formatSlot(event.startsAt, event.endsAt)} · ${event.location} · ${EVENT_AUDIENCE_LABELS[event.audience]}`}
      />
      {event.cancelledAt ? <Alert tone="warning" title={`Geannuleerd op ${formatDateTime(event.cancelledAt)}`} /> : null}
      {gewijzigd === "1" && !event.cancelledAt ? (
        <div role="status" className="mb-6">
          <Alert tone="success" title="De wijzigingen zijn opgeslagen" />
        </div>
      ) : null}
      <p className="mb-6">
        {active.length} van {event.capacity} plaatsen bezet.
      </p>
      {!event.cancelledAt && !started ? (
        <div className="mb-8 flex flex-wrap items-start gap-3">
          <LinkButton href={`/professional/evenementen/${event.id}/bewerken`} variant="secondary">
            Evenement wijzigen
          </LinkButton>
          <CancelEventButton eventId={event.id} title={event.title} />
        </div>
      ) : null}

      <section aria-labelledby="aanmeldingen" className="mb-10">
        <h2 id="aanmeldingen" className="mb-4 text-2xl">
          Aanmeldingen ({event.registrations.length})
        </h2>
        {event.registrations.length === 0 ? (
          <p>Er zijn nog geen aanmeldingen.</p>
        ) : (
          <DataTable
            caption="Alle aanmeldingen, ook afgemelde"
            rows={event.registrations}
            rowKey={(r) => r.id}
            columns={[
              { header: "Naam", rowHeader: true, cell: nameOf },
              { header: "Organisatie", cell: (r) => orgOf(r) ?? "Inwoner" },
              { header: "Aangemeld op", cell: (r) => formatDateTime(r.createdAt) },
              { header: "Status", cell: (r) => (r.cancelledAt ? "Afgemeld" : "Aangemeld") },
              { header: "Aanwezig", cell: (r) => (r.attended === null ? "—" : r.attended ? "Ja" : "Nee") },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="aanwezigheid">
        <h2 id="aanwezigheid" className="mb-4 text-2xl">
          Aanwezigheid vastleggen
        </h2>
        {!started ? (
          <p>U kunt de aanwezigheid vastleggen zodra het evenement is begonnen.</p>
        ) : active.length === 0 ? (
          <p>Er zijn geen actieve aanmeldingen.</p>
        ) : (
          <AttendanceForm
            eventId={event.id}
            rows={active.map((r) => ({ id: r.id, name: nameOf(r), organisation: orgOf(r), attended: r.attended }))}
          />
        )}
      </section>
    </>
  );
}
