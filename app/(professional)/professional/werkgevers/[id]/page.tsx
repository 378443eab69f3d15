import type { Metadata } from "next";
import Link from "next/link";
import { Alert, DataTable, LinkButton, PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getEmployerPage, type EmployerPage } from "@/lib/organisations/get-employer-page";
import { SEGMENT_LABELS } from "@/lib/organisations/master-data-schemas";
import { QUESTION_TOPIC_LABELS } from "@/lib/questions/schemas";
import { formatSlot } from "@/lib/time/amsterdam-time";
import { todayIso } from "@/lib/time/calendar-dates";
import { VACANCY_STATUS_LABELS, VACANCY_STATUS_TONES } from "@/lib/vacancies/labels";
import { ContactMomentForm } from "../_components/contact-moment-form";
import { ContactTimeline } from "../_components/contact-timeline";
import { MasterDataList } from "../_components/master-data-list";

export const metadata: Metadata = { title: "Werkgever" };

async function load(actor: Awaited<ReturnType<typeof requirePortalActor>>, id: string): Promise<EmployerPage> {
  return orNotFound(() => getEmployerPage({ actor, organisationId: id }));
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EmployerDetailPage({ params, searchParams }: Props) {
  const actor = await requirePortalActor("/professional");
  const { id } = await params;
  const query = await searchParams;
  const employer = await load(actor, id);
  const section = "mt-10";

  return (
    <div>
      <PageHeader
        title={employer.legalName}
        breadcrumbs={[{ label: "Werklijst", href: "/professional" }, { label: "Werkgeversregister", href: "/professional/werkgevers" }, { label: employer.legalName }]}
        lead={<>KvK-nummer {employer.kvkNumber} · {SEGMENT_LABELS[employer.segment]} · Vaste accountmanager: {employer.isOwner ? "u" : employer.owner.name}</>}
        action={employer.canEditMasterData ? <LinkButton href={`/professional/werkgevers/${employer.id}/bewerken`}>Gegevens bewerken</LinkButton> : undefined}
      />
      {query.opgeslagen === "1" ? <Alert tone="success" role="status" title="De gegevens zijn opgeslagen." /> : null}
      {query.overgedragen === "1" ? (
        <Alert tone="success" role="status" title={`De werkgever is overgedragen aan ${employer.owner.name}.`} />
      ) : null}
      {employer.doubleApproachCount > 0 ? (
        <Alert tone="warning" title={`Dubbele benadering: ${employer.doubleApproachCount} keer`}>
          Andere professionals dan de vaste accountmanager hadden contact met deze werkgever. <a href="#contacttijdlijn">Bekijk de contacttijdlijn</a>.
        </Alert>
      ) : null}

      <section aria-labelledby="stamgegevens">
        <h2 id="stamgegevens" className="mb-3 text-2xl">Stamgegevens</h2>
        <MasterDataList employer={employer} />
        {employer.canTransferOwnership ? (
          <p className="mt-4"><Link href={`/professional/werkgevers/${employer.id}/overdragen`}>Werkgever overdragen aan een andere accountmanager</Link></p>
        ) : null}
        {employer.isOwner ? <p className="mt-4"><Link href={`/professional/werkgevers/${employer.id}/sroi`}>SROI-dossiers van deze werkgever</Link></p> : null}
      </section>

      <section aria-labelledby="contactpersonen" className={section}>
        <h2 id="contactpersonen" className="mb-3 text-2xl">Contactpersonen</h2>
        {employer.contacts.length === 0 ? <p>Deze werkgever heeft nog geen contactpersoon met een account.</p> : (
          <DataTable caption="Contactpersonen van de werkgever met een account in het portaal" rows={employer.contacts} rowKey={(c) => c.id}
            columns={[
              { header: "Naam", rowHeader: true, cell: (c) => c.name },
              { header: "E-mailadres", cell: (c) => <a href={`mailto:${c.email}`}>{c.email}</a> },
              { header: "Telefoon", cell: (c) => (c.phone ? <a href={`tel:${c.phone.replace(/[^+\d]/g, "")}`}>{c.phone}</a> : "Niet bekend") },
            ]} />
        )}
      </section>

      <section aria-labelledby="vacatures" className={section}>
        <h2 id="vacatures" className="mb-3 text-2xl">Vacatures ({employer.vacancies.length})</h2>
        {employer.vacancies.length === 0 ? <p>Deze werkgever heeft geen vacatures.</p> : (
          <DataTable caption="Vacatures van deze werkgever, nieuwste eerst" rows={employer.vacancies} rowKey={(v) => v.id}
            columns={[
              { header: "Vacature", rowHeader: true, cell: (v) => <Link href={`/professional/vacatures/${v.id}`}>{v.title}</Link> },
              { header: "Status", cell: (v) => <StatusBadge tone={VACANCY_STATUS_TONES[v.status]}>{VACANCY_STATUS_LABELS[v.status]}</StatusBadge> },
              { header: "Ontvangen", cell: (v) => formatDutchDate(v.createdAt) },
            ]} />
        )}
      </section>

      <section aria-labelledby="vragen" className={section}>
        <h2 id="vragen" className="mb-3 text-2xl">Vragen ({employer.questions.length})</h2>
        {employer.questions.length === 0 ? <p>Deze werkgever heeft nog geen vragen gesteld.</p> : (
          <DataTable caption="Vragen van deze werkgever, nieuwste eerst" rows={employer.questions} rowKey={(q) => q.id}
            columns={[
              { header: "Onderwerp", rowHeader: true, cell: (q) => QUESTION_TOPIC_LABELS[q.topic] },
              { header: "Gesteld op", cell: (q) => formatDutchDate(q.createdAt) },
              { header: "Beantwoord", cell: (q) => (q.answeredAt ? <StatusBadge tone="success">{`Ja, op ${formatDutchDate(q.answeredAt)}`}</StatusBadge> : <StatusBadge tone="warning">Nog niet</StatusBadge>) },
            ]} />
        )}
      </section>

      <section aria-labelledby="afspraken" className={section}>
        <h2 id="afspraken" className="mb-3 text-2xl">Komende afspraken</h2>
        {employer.appointments.length === 0 ? <p>Er zijn geen komende afspraken.</p> : (
          <DataTable caption="Komende afspraken met deze werkgever" rows={employer.appointments} rowKey={(a) => a.id}
            columns={[
              { header: "Wanneer", rowHeader: true, cell: (a) => formatSlot(a.startsAt, a.endsAt) },
              { header: "Onderwerp", cell: (a) => a.subject },
              { header: "Waar", cell: (a) => a.location },
              { header: "Met", cell: (a) => a.accountManager },
            ]} />
        )}
      </section>

      <section aria-labelledby="contacttijdlijn-kop" id="contacttijdlijn" className={section}>
        <h2 id="contacttijdlijn-kop" className="mb-3 text-2xl">Contacttijdlijn</h2>
        <ContactTimeline entries={employer.timeline} ownerId={employer.owner.id} />
        <h3 className="mt-8 mb-3 text-xl">Contactmoment vastleggen</h3>
        <ContactMomentForm organisationId={employer.id} isOwner={employer.isOwner} today={todayIso()} />
      </section>

      {employer.transfers.length > 0 ? (
        <section aria-labelledby="overdrachten" className={section}>
          <h2 id="overdrachten" className="mb-3 text-2xl">Overdrachten</h2>
          <DataTable caption="Eerdere overdrachten van deze werkgever" rows={employer.transfers} rowKey={(t) => t.id}
            columns={[
              { header: "Datum", rowHeader: true, cell: (t) => formatDutchDate(t.createdAt) },
              { header: "Van", cell: (t) => t.from },
              { header: "Naar", cell: (t) => t.to },
              { header: "Door", cell: (t) => t.by },
              { header: "Reden", cell: (t) => t.reason ?? "–" },
            ]} />
        </section>
      ) : null}
    </div>
  );
}
