"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, Checkbox, ErrorSummary, Field, FieldError, Select, Textarea, TextInput } from "@/components/ui";
import { END_REASON_LABELS, END_REASONS, TRIAL_OUTCOME_LABELS, TRIAL_OUTCOMES } from "@/lib/placements/labels";
import { TEXT_MAX } from "@/lib/placements/schemas";
import { ScoreRadios, scoreFrom } from "@/components/placements/score-radios";
import { assessTrialAction, endPlacementAction, followUpAction, handleSignalAction, raiseSignalAction, recordEmployeeAftercareAction } from "../actions";

const text = (data: FormData, name: string) => String(data.get(name) ?? "");

/** B6: the employee check-in ("hoe gaat het?") with an optional knelpunt. */
export function EmployeeCheckForm({ checkId, months }: { checkId: string; months: number }) {
  const router = useRouter();
  const [signal, setSignal] = useState(false);
  const form = useFormAction(
    recordEmployeeAftercareAction,
    (data) => ({ checkId, score: scoreFrom(data), comment: text(data, "comment"), raiseSignal: data.get("raiseSignal") === "on", signalText: text(data, "signalText") }),
    { onSuccess: () => router.refresh() },
  );
  const ids = { score: `score-${checkId}`, comment: `opmerking-${checkId}`, signalText: `knelpunt-tekst-${checkId}` };
  return (
    <form noValidate onSubmit={form.onSubmit} aria-label={`Nazorggesprek na ${months} maanden`} className="mb-6 border-l-4 border-line pl-4">
      <ErrorSummary errors={form.summary(ids)} title="Het nazorggesprek is nog niet vastgelegd" />
      <ScoreRadios id={ids.score} legend="Hoe gaat het met de werknemer?" error={form.fieldError("score")} />
      <Field id={ids.comment} label="Opmerking" optional error={form.fieldError("comment")}>
        {(control) => <Textarea {...control} name="comment" rows={3} maxLength={TEXT_MAX} />}
      </Field>
      <Checkbox id={`knelpunt-${checkId}`} name="raiseSignal" label="Knelpunt signaleren aan de accountmanager" checked={signal} onChange={(e) => setSignal(e.target.checked)} />
      {signal ? (
        <Field id={ids.signalText} label="Beschrijf het knelpunt" error={form.fieldError("signalText")}>
          {(control) => <Textarea {...control} name="signalText" rows={3} maxLength={TEXT_MAX} />}
        </Field>
      ) : null}
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Nazorggesprek vastleggen
      </Button>
    </form>
  );
}

/** B6: a knelpunt at any time. */
export function SignalForm({ placementId }: { placementId: string }) {
  const router = useRouter();
  const form = useFormAction(raiseSignalAction, (data) => ({ placementId, text: text(data, "text") }), { onSuccess: () => router.refresh() });
  return (
    <form noValidate onSubmit={form.onSubmit} aria-label="Knelpunt melden" className="mb-6">
      <ErrorSummary errors={form.summary({ text: "knelpunt" })} title="Het knelpunt is nog niet gemeld" />
      {form.hasSucceeded ? <p role="status" className="mb-4 font-semibold">Het knelpunt is gemeld aan de accountmanager.</p> : null}
      <Field id="knelpunt" label="Knelpunt" hint="De accountmanager van de werkgever krijgt een melding, zonder de naam van de kandidaat." error={form.fieldError("text")}>
        {(control) => <Textarea {...control} name="text" rows={3} maxLength={TEXT_MAX} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.isPending}>
        Knelpunt melden
      </Button>
    </form>
  );
}

/** A5: the accountmanager handles a knelpunt. */
export function HandleSignalForm({ signalId }: { signalId: string }) {
  const router = useRouter();
  const form = useFormAction(handleSignalAction, (data) => ({ signalId, note: text(data, "note") }), { onSuccess: () => router.refresh() });
  const id = `afhandeling-${signalId}`;
  return (
    <form noValidate onSubmit={form.onSubmit} aria-label="Knelpunt afhandelen" className="mt-2">
      <ErrorSummary errors={form.summary({ note: id })} title="Het knelpunt is nog niet afgehandeld" />
      <Field id={id} label="Wat heeft u gedaan?" error={form.fieldError("note")}>
        {(control) => <Textarea {...control} name="note" rows={2} maxLength={TEXT_MAX} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.isPending}>
        Afgehandeld
      </Button>
    </form>
  );
}

/** A5: the accountmanager records the follow-up of a low employer score. */
export function FollowUpForm({ checkId }: { checkId: string }) {
  const router = useRouter();
  const form = useFormAction(followUpAction, (data) => ({ checkId, note: text(data, "note") }), { onSuccess: () => router.refresh() });
  const id = `opvolging-${checkId}`;
  return (
    <form noValidate onSubmit={form.onSubmit} aria-label="Lage score opvolgen" className="mt-2">
      <ErrorSummary errors={form.summary({ note: id })} title="De opvolging is nog niet vastgelegd" />
      <Field id={id} label="Hoe heeft u het opgevolgd?" error={form.fieldError("note")}>
        {(control) => <Textarea {...control} name="note" rows={2} maxLength={TEXT_MAX} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.isPending}>
        Opvolging vastleggen
      </Button>
    </form>
  );
}

/** B6: end a placement early with a reason. */
export function EndPlacementForm({ placementId }: { placementId: string }) {
  const router = useRouter();
  const form = useFormAction(
    endPlacementAction,
    (data) => ({ placementId, endedOn: text(data, "endedOn"), reasonCode: text(data, "reasonCode") as (typeof END_REASONS)[number], reason: text(data, "reason") }),
    { onSuccess: () => router.refresh() },
  );
  return (
    <form noValidate onSubmit={form.onSubmit} aria-label="Plaatsing beëindigen" className="mb-6">
      <ErrorSummary errors={form.summary({ endedOn: "einddatum", reasonCode: "reden", reason: "toelichting-einde" })} title="De plaatsing is nog niet beëindigd" />
      <Field id="einddatum" label="Laatste werkdag" error={form.fieldError("endedOn")}>
        {(control) => <TextInput {...control} name="endedOn" type="date" width="medium" />}
      </Field>
      <Field id="reden" label="Reden" error={form.fieldError("reasonCode")}>
        {(control) => <Select {...control} name="reasonCode" placeholder="Maak een keuze" options={END_REASONS.map((value) => ({ value, label: END_REASON_LABELS[value] }))} />}
      </Field>
      <Field id="toelichting-einde" label="Toelichting" optional hint="Verplicht bij de reden Anders." error={form.fieldError("reason")}>
        {(control) => <Textarea {...control} name="reason" rows={3} maxLength={TEXT_MAX} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.isPending}>
        Plaatsing beëindigen
      </Button>
    </form>
  );
}

/** B5: the end assessment of a proefplaatsing. */
export function TrialAssessmentForm({ placementId }: { placementId: string }) {
  const router = useRouter();
  const form = useFormAction(
    assessTrialAction,
    (data) => ({ placementId, outcome: text(data, "outcome") as (typeof TRIAL_OUTCOMES)[number], continued: text(data, "continued") as "yes" | "no" }),
    { onSuccess: () => router.refresh() },
  );
  const continuedError = form.fieldError("continued");
  return (
    <form noValidate onSubmit={form.onSubmit} aria-label="Proefplaatsing beoordelen" className="mb-6">
      <ErrorSummary errors={form.summary({ outcome: "uitkomst", continued: "verder" })} title="De beoordeling is nog niet vastgelegd" />
      <Field id="uitkomst" label="Hoe is de proefplaatsing verlopen?" error={form.fieldError("outcome")}>
        {(control) => <Select {...control} name="outcome" placeholder="Maak een keuze" options={TRIAL_OUTCOMES.map((value) => ({ value, label: TRIAL_OUTCOME_LABELS[value] }))} />}
      </Field>
      <fieldset id="verder" className={`mb-6 ${continuedError ? "border-l-4 border-danger pl-4" : ""}`}>
        <legend className="font-semibold">Gaat de kandidaat verder met een contract?</legend>
        <FieldError id="verder" error={continuedError} />
        <div className="mt-2 flex gap-6">
          {[["yes", "Ja"], ["no", "Nee"]].map(([value, label]) => (
            <div key={value} className="flex items-center gap-2">
              <input type="radio" id={`verder-${value}`} name="continued" value={value} className="size-6 accent-brand" />
              <label htmlFor={`verder-${value}`}>{label}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <Button type="submit" disabled={form.isPending}>
        Beoordeling vastleggen
      </Button>
    </form>
  );
}
