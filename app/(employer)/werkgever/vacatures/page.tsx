import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, LinkButton, PageHeader, StatusBadge } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { findOrganisationVacancies } from "@/lib/vacancies/find-organisation-vacancies";
import { VACANCY_STATUS_LABELS, VACANCY_STATUS_TONES } from "@/lib/vacancies/labels";

export const metadata: Metadata = { title: "Vacatures" };

export default async function EmployerVacanciesPage() {
  const actor = await requirePortalActor("/werkgever");
  const vacancies = await findOrganisationVacancies({ actor });

  return (
    <>
      <PageHeader
        title="Vacatures"
        breadcrumbs={[{ label: "Werkgeversportaal", href: "/werkgever" }, { label: "Vacatures" }]}
        lead="Geef een vacature door. Uw vaste contactpersoon neemt haar in behandeling en zoekt samen met bemiddelaars passende kandidaten."
        action={actor.organisationId ? <LinkButton href="/werkgever/vacatures/nieuw">Vacature doorgeven</LinkButton> : undefined}
      />
      {vacancies.length === 0 ? (
        <p>U heeft nog geen vacatures doorgegeven.</p>
      ) : (
        <DataTable
          caption={`Uw vacatures (${vacancies.length}), de nieuwste eerst`}
          rows={vacancies}
          rowKey={(vacancy) => vacancy.id}
          columns={[
            { header: "Vacature", rowHeader: true, cell: (vacancy) => <Link href={`/werkgever/vacatures/${vacancy.id}`}>{vacancy.title}</Link> },
            { header: "Status", cell: (vacancy) => <StatusBadge tone={VACANCY_STATUS_TONES[vacancy.status]}>{VACANCY_STATUS_LABELS[vacancy.status]}</StatusBadge> },
            { header: "Beroepsklasse", cell: (vacancy) => vacancy.occupationClass },
            { header: "Uren", numeric: true, cell: (vacancy) => vacancy.hoursPerWeek },
            { header: "Doorgegeven", cell: (vacancy) => formatShortDate(vacancy.createdAt) },
            { header: "Laatste wijziging", cell: (vacancy) => formatShortDate(vacancy.lastChangeAt) },
          ]}
        />
      )}
    </>
  );
}
