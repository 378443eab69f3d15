import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findVacancyFormOptions } from "@/lib/vacancies/find-vacancy-form-options";
import { createVacancyAction } from "../actions";
import { VacancyForm } from "@/components/vacancies/vacancy-form";

export const metadata: Metadata = { title: "Vacature doorgeven" };

export default async function NewVacancyPage() {
  const actor = await requirePortalActor("/werkgever");
  const options = await findVacancyFormOptions();
  const crumbs = [{ label: "Werkgeversportaal", href: "/werkgever" }, { label: "Vacatures", href: "/werkgever/vacatures" }, { label: "Vacature doorgeven" }];

  return (
    <>
      <PageHeader title="Vacature doorgeven" breadcrumbs={crumbs} lead="Vul de vacature in. Zolang wij haar nog niet in behandeling hebben genomen, kunt u haar nog wijzigen." />
      {actor.organisationId ? (
        <VacancyForm action={createVacancyAction} mode="create" options={options} detailBase="/werkgever/vacatures" submitLabel="Vacature doorgeven" />
      ) : (
        <p>Uw aanmelding wacht op bevestiging. Daarna kunt u hier vacatures doorgeven.</p>
      )}
    </>
  );
}
