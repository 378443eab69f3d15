import type { Metadata } from "next";
import { Alert, LinkButton, PageHeader } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { isOpenStatus } from "@/lib/vacancies/status-transitions";
import { VacancyDetails } from "@/components/vacancies/vacancy-details";
import { VacancyHistory } from "@/components/vacancies/vacancy-history";
import { WithdrawForm } from "../_components/withdraw-form";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getVacancyForActor } from "@/lib/vacancies/get-vacancy-for-actor";

export const metadata: Metadata = { title: "Vacature" };

export default async function EmployerVacancyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ opgeslagen?: string }> }) {
  const actor = await requirePortalActor("/werkgever");
  const [{ id }, { opgeslagen }] = await Promise.all([params, searchParams]);
  const vacancy = await orNotFound(() => getVacancyForActor({ actor, vacancyId: id }));
  const editable = vacancy.status === "RECEIVED";

  return (
    <>
      <PageHeader
        title={vacancy.title}
        breadcrumbs={[{ label: "Werkgeversportaal", href: "/werkgever" }, { label: "Vacatures", href: "/werkgever/vacatures" }, { label: vacancy.title }]}
        action={editable ? <LinkButton href={`/werkgever/vacatures/${vacancy.id}/wijzigen`}>Vacature wijzigen</LinkButton> : undefined}
      />
      {opgeslagen ? (
        <div role="status">
          <Alert tone="success" title="De vacature is opgeslagen">
            Uw vaste contactpersoon, {vacancy.organisation.ownerName}, heeft een melding gekregen.
          </Alert>
        </div>
      ) : null}
      {!editable && isOpenStatus(vacancy.status) ? (
        <p className="mb-6">Deze vacature is in behandeling en kan niet meer worden gewijzigd. Wilt u iets aanpassen? Neem contact op met {vacancy.organisation.ownerName}.</p>
      ) : null}
      <VacancyDetails vacancy={vacancy} />
      <VacancyHistory history={vacancy.history} showBy={false} />
      {isOpenStatus(vacancy.status) ? <WithdrawForm vacancyId={vacancy.id} /> : null}
    </>
  );
}
