import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, PageHeader, StatusBadge } from "@/components/ui";
import { findMySlots } from "@/lib/appointments/find-my-slots";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { can } from "@/lib/auth/permissions";
import { formatSlot } from "@/lib/time/amsterdam-time";
import { PublishSlotForm } from "./_components/publish-slot-form";
import { SlotActionButton } from "./_components/slot-action-button";

export const metadata: Metadata = { title: "Afspraken" };

const crumbs = [{ label: "Werklijst", href: "/professional" }, { label: "Afspraken" }];

export default async function ProfessionalAppointmentsPage() {
  const actor = await requirePortalActor("/professional");
  if (!can(actor, "slot.publish")) {
    return (
      <>
        <PageHeader title="Afspraken" breadcrumbs={crumbs} />
        <p>Tijdsloten voor afspraken met werkgevers worden gepubliceerd door accountmanagers.</p>
      </>
    );
  }
  const slots = await findMySlots(actor);
  const booked = slots.filter((slot) => slot.status === "BOOKED").length;

  return (
    <>
      <PageHeader
        title="Afspraken"
        breadcrumbs={crumbs}
        lead="Publiceer tijden waarop uw werkgevers een afspraak met u kunnen maken. Werkgevers zien alleen de vrije tijden van hun eigen accountmanager."
      />
      <section aria-labelledby="mijn-tijdsloten" className="mb-10">
        <h2 id="mijn-tijdsloten" className="mb-4 text-2xl">
          Mijn tijdsloten ({slots.length}, waarvan {booked} geboekt)
        </h2>
        {slots.length === 0 ? (
          <p>U heeft geen komende tijdsloten. Publiceer hieronder een tijdslot.</p>
        ) : (
          <DataTable
            caption="Mijn komende tijdsloten, de eerstvolgende bovenaan"
            rows={slots}
            rowKey={(slot) => slot.id}
            columns={[
              { header: "Wanneer", rowHeader: true, cell: (slot) => formatSlot(slot.startsAt, slot.endsAt) },
              { header: "Waar", cell: (slot) => slot.location },
              {
                header: "Status",
                cell: (slot) => (slot.status === "BOOKED" ? <StatusBadge tone="info">Geboekt</StatusBadge> : <StatusBadge tone="success">Vrij</StatusBadge>),
              },
              {
                header: "Werkgever",
                cell: (slot) =>
                  slot.appointment ? (
                    <>
                      <Link href={`/professional/werkgevers/${slot.appointment.organisationId}`}>{slot.appointment.organisationName}</Link>
                      <br />
                      <span className="text-muted">{slot.appointment.bookedBy}</span>
                    </>
                  ) : (
                    "—"
                  ),
              },
              { header: "Onderwerp", cell: (slot) => slot.appointment?.subject ?? "—" },
              {
                header: "Actie",
                cell: (slot) =>
                  slot.appointment ? (
                    <SlotActionButton kind="cancel" appointmentId={slot.appointment.id} label={formatSlot(slot.startsAt, slot.endsAt)} />
                  ) : slot.status === "FREE" ? (
                    <SlotActionButton kind="withdraw" slotId={slot.id} label={formatSlot(slot.startsAt, slot.endsAt)} />
                  ) : null,
              },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="tijdslot-publiceren">
        <h2 id="tijdslot-publiceren" className="mb-4 text-2xl">
          Tijdslot publiceren
        </h2>
        <PublishSlotForm />
      </section>
    </>
  );
}
