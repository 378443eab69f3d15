import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getVacancyForActor } from "@/lib/vacancies/get-vacancy-for-actor";
import { VacancyForm } from "@/components/vacancies/vacancy-form";
import { Alert, PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { findVacancyFormOptions } from "@/lib/vacancies/find-vacancy-form-options";
import { vacancyFormValues } from "@/lib/vacancies/form-values";
import { isOpenStatus } from "@/lib/vacancies/status-transitions";
import { enrichVacancyAction } from "../../actions";

export const metadata: Metadata = { title: "Vacature verrijken" };

export default async function EnrichVacancyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/professional");
  const { id } = await params;
  const vacancy = await orNotFound(() => getVacancyForActor({ actor, vacancyId: id }));
  // Only the owner accountmanager enriches; the action checks this again on the server.
  if (actor.role !== "ACCOUNT_MANAGER" || vacancy.organisation.ownerId !== actor.userId) notFound();
  const options = await findVacancyFormOptions(vacancy.skills.map((skill) => skill.skillCode));
  const crumbs = [
    { label: "Werklijst", href: "/professional" },
    { label: "Vacatures", href: "/professional/vacatures" },
    { label: vacancy.title, href: `/professional/vacatures/${vacancy.id}` },
    { label: "Verrijken" },
  ];

  return (
    <>
      <PageHeader title="Vacature verrijken" breadcrumbs={crumbs} lead={`Vul de vacature van ${vacancy.organisation.name} aan na het intakegesprek.`} />
      {isOpenStatus(vacancy.status) ? (
        <VacancyForm
          action={enrichVacancyAction}
          mode="edit"
          vacancyId={vacancy.id}
          initial={vacancyFormValues(vacancy)}
          options={options}
          detailBase="/professional/vacatures"
          submitLabel="Vacature opslaan"
        />
      ) : (
        <Alert tone="info" title="Deze vacature is vervuld of gesloten en kan niet meer worden gewijzigd." />
      )}
    </>
  );
}
