import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert, LinkButton, PageHeader } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { orNotFound } from "@/app/_lib/or-not-found";
import { amsterdamDateAndTime } from "@/lib/events/form-values";
import { getEventForEdit } from "@/lib/events/get-event-for-edit";
import { MAX_CAPACITY } from "@/lib/events/schemas";
import { currentTime } from "@/lib/time/current-time";
import { recordIdSchema } from "@/lib/forms/record-id";
import { EventForm } from "../../_components/event-form";

export const metadata: Metadata = { title: "Evenement wijzigen" };

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requirePortalActor("/professional");
  const parsed = recordIdSchema.safeParse(id);
  if (!parsed.success || !can(actor, "event.manage")) notFound();
  return orNotFound(() => getEventForEdit(actor, parsed.data), ["NOT_FOUND"]);
}

export default async function EditEventPage({ params }: Props) {
  const [event, now] = await Promise.all([load((await params).id), currentTime()]);
  const href = `/professional/evenementen/${event.id}`;
  const crumbs = [
    { label: "Werklijst", href: "/professional" },
    { label: "Evenementen", href: "/professional/evenementen" },
    { label: event.title, href },
    { label: "Wijzigen" },
  ];
  const locked = event.cancelledAt ? "Dit evenement is geannuleerd. U kunt het niet meer wijzigen." : event.startsAt <= now ? "Dit evenement is al begonnen. U kunt het niet meer wijzigen." : null;
  if (locked) {
    return (
      <>
        <PageHeader title="Evenement wijzigen" breadcrumbs={crumbs} />
        <Alert tone="warning" title={locked} />
        <p className="mt-6">
          <LinkButton href={href} variant="secondary">
            Terug naar het evenement
          </LinkButton>
        </p>
      </>
    );
  }
  const start = amsterdamDateAndTime(event.startsAt);
  const end = amsterdamDateAndTime(event.endsAt);
  return (
    <>
      <PageHeader
        title="Evenement wijzigen"
        breadcrumbs={crumbs}
        lead="Verandert u de datum, de tijd of de locatie? Dan krijgt iedereen die is aangemeld daarvan een bericht."
      />
      <h2 id="evenement-wijzigen" className="sr-only">
        Gegevens van {event.title}
      </h2>
      <EventForm
        labelledBy="evenement-wijzigen"
        eventId={event.id}
        capacityHint={`Minimaal ${Math.max(1, event.registered)} (het aantal aanmeldingen), maximaal ${MAX_CAPACITY}`}
        values={{
          title: event.title,
          kind: event.kind,
          theme: event.theme ?? "",
          description: event.description,
          date: start.date,
          startTime: start.time,
          endTime: end.time,
          location: event.location,
          capacity: String(event.capacity),
          audience: event.audience,
        }}
      />
    </>
  );
}
