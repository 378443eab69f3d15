import type { Metadata } from "next";
import Link from "next/link";
import { VacancyDetails } from "@/components/vacancies/vacancy-details";
import { VacancyHistory } from "@/components/vacancies/vacancy-history";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getVacancyForActor } from "@/lib/vacancies/get-vacancy-for-actor";
import { Alert, LinkButton, PageHeader } from "@/components/ui";
import { findInstrumentOptions } from "@/lib/advice/find-instrument-options";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { addDaysIso, todayIso } from "@/lib/time/calendar-dates";
import { findMediators } from "@/lib/vacancies/find-mediators";
import { VACANCY_STATUS_LABELS } from "@/lib/vacancies/labels";
import { isOpenStatus, nextSelectableStatuses } from "@/lib/vacancies/status-transitions";
import { AdviceForm } from "../_components/advice-form";
import { AdviceList } from "../_components/advice-list";
import { CloseForm } from "../_components/close-form";
import { HandoverForm } from "../_components/handover-form";
import { HandoversTable } from "../_components/handovers-table";
import { StatusForm } from "../_components/status-form";
import { CaseNotesSection } from "./_case-notes/case-notes-section";
import { VacancyProposals } from "./_proposals/vacancy-proposals";

export const metadata: Metadata = { title: "Vacature" };

export default async function ProfessionalVacancyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ opgeslagen?: string }> }) {
  const actor = await requirePortalActor("/professional");
  const [{ id }, { opgeslagen }] = await Promise.all([params, searchParams]);
  const vacancy = await orNotFound(() => getVacancyForActor({ actor, vacancyId: id }));
  // Convenience only: every action checks ownership again on the server.
  const isOwner = actor.role === "ACCOUNT_MANAGER" && vacancy.organisation.ownerId === actor.userId;
  const open = isOpenStatus(vacancy.status);
  const [mediators, instruments] = isOwner ? await Promise.all([findMediators(actor), findInstrumentOptions()]) : [[], []];
  const myHandover = vacancy.handovers.find((handover) => handover.mediatorId === actor.userId);

  return (
    <>
      <PageHeader
        title={vacancy.title}
        breadcrumbs={[{ label: "Werklijst", href: "/professional" }, { label: "Vacatures", href: "/professional/vacatures" }, { label: vacancy.title }]}
        lead={
          <>
            Werkgever: <Link href={`/professional/werkgevers/${vacancy.organisation.id}`}>{vacancy.organisation.name}</Link>. Vaste contactpersoon:{" "}
            {vacancy.organisation.ownerName}.
          </>
        }
        action={isOwner && open ? <LinkButton href={`/professional/vacatures/${vacancy.id}/verrijken`}>Vacature verrijken</LinkButton> : undefined}
      />
      {actor.role === "JOB_MEDIATOR" || isOwner ? (
        <p className="mb-6">
          <LinkButton variant="secondary" href={`/professional/vacatures/${vacancy.id}/matches`}>
            Kandidaten zoeken
          </LinkButton>
        </p>
      ) : null}
      {opgeslagen ? (
        <div role="status">
          <Alert tone="success" title="De vacature is opgeslagen" />
        </div>
      ) : null}
      {myHandover ? (
        <Alert tone="info" title="Deze vacature is aan u overgedragen">
          Door {myHandover.givenBy}. Draag uiterlijk op {formatShortDate(myHandover.dueDate)} kandidaten voor.
          {myHandover.note ? ` Toelichting: ${myHandover.note}` : ""}
        </Alert>
      ) : null}
      <VacancyDetails vacancy={vacancy} />
      <HandoversTable handovers={vacancy.handovers} />
      <AdviceList advice={vacancy.advice} />
      <VacancyHistory history={vacancy.history} showBy />
      <CaseNotesSection actor={actor} vacancyId={vacancy.id} />
      <VacancyProposals actor={actor} vacancyId={vacancy.id} />

      {isOwner && open ? (
        <section aria-labelledby="intake" className="mb-8 space-y-10 border-t-2 border-line-light pt-6">
          <h2 id="intake" className="text-2xl">
            Intake
          </h2>
          <HandoverForm vacancyId={vacancy.id} mediators={mediators} defaultDueDate={addDaysIso(todayIso(), 10)} />
          {nextSelectableStatuses(vacancy.status).length > 0 ? (
            <StatusForm vacancyId={vacancy.id} options={nextSelectableStatuses(vacancy.status).map((status) => ({ value: status, label: VACANCY_STATUS_LABELS[status] }))} />
          ) : null}
          <AdviceForm vacancyId={vacancy.id} instruments={instruments} today={todayIso()} />
          <CloseForm vacancyId={vacancy.id} />
        </section>
      ) : null}
    </>
  );
}
