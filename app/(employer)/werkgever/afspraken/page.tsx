import type { Metadata } from "next";
import { DataTable, PageHeader } from "@/components/ui";
import { findBookableSlots } from "@/lib/appointments/find-bookable-slots";
import { findEmployerAppointments } from "@/lib/appointments/find-employer-appointments";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { getContactPerson } from "@/lib/questions/get-contact-person";
import { formatSlot } from "@/lib/time/amsterdam-time";
import { BookAppointmentForm } from "./_components/book-appointment-form";
import { CancelAppointmentButton } from "./_components/cancel-appointment-button";

export const metadata: Metadata = { title: "Afspraken" };

export default async function EmployerAppointmentsPage() {
  const actor = await requirePortalActor("/werkgever");
  const [contact, slots, appointments] = await Promise.all([getContactPerson(actor), findBookableSlots(actor), findEmployerAppointments(actor)]);
  const name = contact?.contactPerson?.name ?? "uw vaste contactpersoon";

  return (
    <>
      <PageHeader
        title="Afspraken"
        breadcrumbs={[{ label: "Werkgeversportaal", href: "/werkgever" }, { label: "Afspraken" }]}
        lead={`Maak een afspraak met ${name}. U kiest uit de tijden die vrij zijn.`}
      />

      <section aria-labelledby="mijn-afspraken" className="mb-10">
        <h2 id="mijn-afspraken" className="mb-4 text-2xl">
          Uw afspraken ({appointments.length})
        </h2>
        {appointments.length === 0 ? (
          <p>U heeft geen afspraken gepland.</p>
        ) : (
          <DataTable
            caption="Uw komende afspraken, de eerstvolgende bovenaan"
            rows={appointments}
            rowKey={(row) => row.id}
            columns={[
              { header: "Wanneer", rowHeader: true, cell: (row) => formatSlot(row.startsAt, row.endsAt) },
              { header: "Met", cell: (row) => row.accountManager },
              { header: "Waar", cell: (row) => row.location },
              { header: "Onderwerp", cell: (row) => row.subject },
              { header: "Actie", cell: (row) => <CancelAppointmentButton appointmentId={row.id} label={formatSlot(row.startsAt, row.endsAt)} /> },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="afspraak-maken">
        <h2 id="afspraak-maken" className="mb-4 text-2xl">
          Een afspraak maken
        </h2>
        {!contact ? (
          <p>Uw aanmelding wacht op bevestiging. Daarna kunt u hier een afspraak maken.</p>
        ) : slots.length === 0 ? (
          <p>
            Er zijn op dit moment geen vrije tijden. Bel of mail {name}
            {contact.contactPerson?.email ? ` (${contact.contactPerson.email})` : ""}, of stel uw vraag via Vragen.
          </p>
        ) : (
          <BookAppointmentForm slots={slots.map((slot) => ({ value: slot.id, label: `${formatSlot(slot.startsAt, slot.endsAt)} — ${slot.location}` }))} />
        )}
      </section>
    </>
  );
}
