import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findHandedOverVacancies } from "@/lib/vacancies/find-handed-over-vacancies";
import { findIntakeVacancies, parseIntakeFilter } from "@/lib/vacancies/find-intake-vacancies";
import { HandedOverTable } from "./_components/handed-over-table";
import { IntakeTable } from "./_components/intake-table";

export const metadata: Metadata = { title: "Vacatures" };

const CRUMBS = [{ label: "Werklijst", href: "/professional" }, { label: "Vacatures" }];

export default async function ProfessionalVacanciesPage({ searchParams }: { searchParams: Promise<{ status?: string | string[] }> }) {
  const actor = await requirePortalActor("/professional");

  if (actor.role === "ACCOUNT_MANAGER") {
    const filter = parseIntakeFilter((await searchParams).status);
    const vacancies = await findIntakeVacancies({ actor, filter });
    return (
      <>
        <PageHeader title="Vacatures van mijn werkgevers" breadcrumbs={CRUMBS} lead="Nieuwe vacatures staan bovenaan. Open een vacature om haar te verrijken, over te dragen of te sluiten." />
        <IntakeTable vacancies={vacancies} filter={filter} />
      </>
    );
  }

  const handed = await findHandedOverVacancies({ actor });
  return (
    <>
      <PageHeader title="Vacatures aan mij overgedragen" breadcrumbs={CRUMBS} lead="Open vacatures die een accountmanager aan u heeft overgedragen. Te late vacatures staan bovenaan." />
      <HandedOverTable vacancies={handed} />
    </>
  );
}
