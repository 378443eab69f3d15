import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui";
import { isAnswerable } from "@/lib/aftercare/check-state";
import { LOW_SCORE } from "@/lib/aftercare/answer-employer-aftercare";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { listInstrumentOptions } from "@/lib/placements/instrument-options";
import { centsToEuroInput } from "@/lib/placements/schemas";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";
import { dbDateToIso } from "@/lib/time/calendar-dates";
import { ChecksTable, InstrumentsTable, PhaseBadge, PlacementFacts } from "@/components/placements/placement-parts";
import { orNotFound } from "@/app/_lib/or-not-found";
import { getPlacement } from "@/lib/placements/get-placement";
import { AddInstrumentForm, EditInstrumentForm } from "./instrument-forms";
import { EmployeeCheckForm, EndPlacementForm, FollowUpForm, HandleSignalForm, SignalForm, TrialAssessmentForm } from "./forms";

export const metadata: Metadata = { title: "Plaatsing" };

const section = "mt-10";

export default async function ProfessionalPlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePortalActor("/professional");
  if (actor.role !== "JOB_MEDIATOR" && actor.role !== "ACCOUNT_MANAGER") notFound();
  const { id } = await params;
  const now = await currentTime();
  const placement = await orNotFound(() => getPlacement({ actor, placementId: id, now }));
  const mediator = actor.role === "JOB_MEDIATOR";
  const running = !placement.endedOn;
  const dueEmployee = mediator ? placement.checks.filter((c) => c.side === "EMPLOYEE" && isAnswerable(c, placement.endedOn, now)) : [];
  const instrumentOptions = mediator && running ? await listInstrumentOptions() : [];
  const needsWageValue = (code: string) => instrumentOptions.find((i) => i.code === code)?.needsWageValue ?? false;
  const lowScores = !mediator ? placement.checks.filter((c) => c.side === "EMPLOYER" && c.score !== null && c.score <= LOW_SCORE) : [];

  return (
    <>
      <PageHeader
        title={`Plaatsing: ${placement.candidateLabel}`}
        breadcrumbs={[{ label: "Werklijst", href: "/professional" }, { label: "Plaatsingen", href: "/professional/plaatsingen" }, { label: placement.candidateLabel }]}
        lead={
          <>
            <PhaseBadge placement={placement} /> <span className="ml-2">Bemiddelaar: {placement.mediatorName ?? "–"}. Accountmanager: {placement.accountManagerName}.</span>
          </>
        }
      />
      <PlacementFacts placement={placement} />

      <section aria-labelledby="instrumenten" className={section}>
        <h2 id="instrumenten" className="mb-3 text-2xl">Instrumenten</h2>
        <InstrumentsTable placement={placement} />
        {mediator && running ? (
          <>
            {placement.instruments.map((row) => (
              <EditInstrumentForm
                key={row.id}
                instrument={{
                  id: row.id,
                  name: row.instrument.name,
                  needsWageValue: needsWageValue(row.instrumentCode),
                  status: row.status,
                  amount: centsToEuroInput(row.amountCents),
                  startDate: row.startDate ? dbDateToIso(row.startDate) : "",
                  endDate: row.endDate ? dbDateToIso(row.endDate) : "",
                  wageValuePct: row.wageValuePct,
                }}
              />
            ))}
            <h3 className="mt-6 mb-2 text-xl">Instrument toevoegen</h3>
            <AddInstrumentForm placementId={placement.id} options={instrumentOptions.filter((i) => !placement.instruments.some((row) => row.instrumentCode === i.code))} />
          </>
        ) : null}
      </section>

      <section aria-labelledby="nazorg" className={section}>
        <h2 id="nazorg" className="mb-3 text-2xl">Nazorg</h2>
        {placement.endedOn ? <p className="mb-4">De plaatsing is beëindigd. Open nazorgmomenten zijn vervallen en blijven hier als geschiedenis staan.</p> : null}
        <ChecksTable checks={placement.checks} caption="Nazorgmomenten van werknemer en werkgever" />
        {dueEmployee.map((check) => (
          <div key={check.id}>
            <h3 className="mb-2 text-xl">Nazorggesprek na {check.monthsAfterStart} {check.monthsAfterStart === 1 ? "maand" : "maanden"} (sinds {formatShortDate(check.dueDate)})</h3>
            <EmployeeCheckForm checkId={check.id} months={check.monthsAfterStart} />
          </div>
        ))}
        {lowScores.map((check) => (
          <div key={check.id} className="mb-6">
            <h3 className="mb-2 text-xl">Lage score van de werkgever na {check.monthsAfterStart} maanden: {check.score} van 5</h3>
            {check.comment ? <p className="mb-2">Toelichting: {check.comment}</p> : null}
            {check.followedUpAt ? <p>Opgevolgd op {formatShortDate(check.followedUpAt)}: {check.followUpNote}</p> : <FollowUpForm checkId={check.id} />}
          </div>
        ))}
      </section>

      <section aria-labelledby="knelpunten" className={section}>
        <h2 id="knelpunten" className="mb-3 text-2xl">Knelpunten</h2>
        {placement.signals.length === 0 ? <p className="mb-4">Er zijn geen knelpunten gemeld.</p> : null}
        <ul className="mb-6 space-y-4">
          {placement.signals.map((signal) => (
            <li key={signal.id} className="border-l-4 border-line pl-4">
              <p>
                <strong>{formatShortDate(signal.createdAt)}</strong>, gemeld door {signal.raisedBy}: {signal.text}
              </p>
              {signal.handledAt ? (
                <p>Afgehandeld op {formatShortDate(signal.handledAt)}: {signal.handledNote}</p>
              ) : actor.role === "ACCOUNT_MANAGER" ? (
                <HandleSignalForm signalId={signal.id} />
              ) : (
                <p>Nog niet afgehandeld door de accountmanager.</p>
              )}
            </li>
          ))}
        </ul>
        {mediator && running ? <SignalForm placementId={placement.id} /> : null}
      </section>

      {mediator && running ? (
        <section aria-labelledby="einde" className={section}>
          <h2 id="einde" className="mb-3 text-2xl">{placement.phase === "TRIAL" ? "Proefplaatsing beoordelen of beëindigen" : "Plaatsing beëindigen"}</h2>
          {placement.phase === "TRIAL" ? <TrialAssessmentForm placementId={placement.id} /> : null}
          <EndPlacementForm placementId={placement.id} />
        </section>
      ) : null}
    </>
  );
}
