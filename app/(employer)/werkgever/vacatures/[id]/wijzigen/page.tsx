import type { Metadata } from "next";
import { Alert, PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findVacancyFormOptions } from "@/lib/vacancies/find-vacancy-form-options";
import { vacancyFormValues } from "@/lib/vacancies/form-values";
import { updateVacancyAction } from "../../actions";
import { VacancyForm } from "@/components/vacancies/vacancy-form";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getVacancyForActor } from "@/lib/vacancies/get-vacancy-for-actor";

export const metadata: Metadata = { title: "Vacature wijzigen" };

export default async function EditVacancyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/werkgever");
  const { id } = await params;
  const vacancy = await orNotFound(() => getVacancyForActor({ actor, vacancyId: id }));
  const options = await findVacancyFormOptions(vacancy.skills.map((skill) => skill.skillCode));
  const crumbs = [
    { label: "Werkgeversportaal", href: "/werkgever" },
    { label: "Vacatures", href: "/werkgever/vacatures" },
    { label: vacancy.title, href: `/werkgever/vacatures/${vacancy.id}` },
    { label: "Wijzigen" },
  ];

  return (
    <>
      <PageHeader title="Vacature wijzigen" breadcrumbs={crumbs} />
      {vacancy.status === "RECEIVED" ? (
        <VacancyForm
          action={updateVacancyAction}
          mode="edit"
          vacancyId={vacancy.id}
          initial={vacancyFormValues(vacancy)}
          options={options}
          detailBase="/werkgever/vacatures"
          submitLabel="Wijzigingen opslaan"
        />
      ) : (
        <Alert tone="info" title="Deze vacature kan niet meer worden gewijzigd">
          Zij is al in behandeling genomen. Neem contact op met uw vaste contactpersoon, {vacancy.organisation.ownerName}.
        </Alert>
      )}
    </>
  );
}
