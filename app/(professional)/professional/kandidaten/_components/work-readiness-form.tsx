"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { newSubmissionKey } from "@/components/portal/submission-key";
import { Button, ErrorSummary, Field, FieldError, Textarea, TextInput } from "@/components/ui";
import { errorId } from "@/components/ui/field-ids";
import { deriveWorkReady, type WorkReadinessThresholds } from "@/lib/work-readiness/derive-work-ready";
import { NOTES_MAX, OVERRIDE_REASON_MAX, OVERRIDE_REASON_MIN, scoreFieldName, type AssessmentInput } from "@/lib/work-readiness/schemas";
import { recordWorkReadinessAction } from "../actions";
import { firstRadioId, ScoreRadioGroup } from "./score-radio-group";

const IDS = { assessedOn: "beoordelingsdatum", notes: "notities", override: "afwijking-regel", overrideReason: "reden-afwijking", submissionKey: "formulier" };
const OVERRIDE_OPTIONS = [
  { value: "", label: "Nee, ik volg de uitkomst van de regel" },
  { value: "ja", label: "Ja: de kandidaat is wél werkfit" },
  { value: "nee", label: "Ja: de kandidaat is niet werkfit" },
] as const;

const skillGroupId = (index: number) => `werknemer-${index}`;
const domainGroupId = (index: number) => `leefgebied-${index}`;

type Props = { candidateId: string; rule: WorkReadinessThresholds; today: string };

function scoresFrom(data: FormData, names: readonly string[], groupId: (index: number) => string): Record<string, number> {
  const scores: Record<string, number> = {};
  names.forEach((name, index) => {
    const value = data.get(groupId(index));
    if (typeof value === "string" && value !== "") scores[name] = Number(value);
  });
  return scores;
}

/**
 * The werkfit assessment (B2): every employee skill and life domain of the active rule on the 1–4
 * scale, the date, notes and an optional override with a written reason. The outcome of the rule is
 * shown while scoring; the server derives it again with the same function.
 */
export function WorkReadinessForm({ candidateId, rule, today }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const keyRef = useRef<string | null>(null);
  const [derived, setDerived] = useState<boolean | null>(null);

  const toInput = (data: FormData): AssessmentInput => {
    keyRef.current ??= newSubmissionKey();
    return {
      candidateId,
      submissionKey: keyRef.current,
      assessedOn: String(data.get("assessedOn") ?? ""),
      employeeSkillScores: scoresFrom(data, rule.employeeSkills, skillGroupId),
      lifeDomainScores: scoresFrom(data, rule.lifeDomains, domainGroupId),
      notes: String(data.get("notes") ?? ""),
      override: String(data.get("override") ?? "") as AssessmentInput["override"],
      overrideReason: String(data.get("overrideReason") ?? ""),
    };
  };
  const form = useFormAction(recordWorkReadinessAction, toInput, {
    onSuccess: () => router.push(`/professional/kandidaten/${candidateId}?beoordeeld=1#werkfit`),
  });

  function updateDerived() {
    if (!formRef.current) return;
    const data = new FormData(formRef.current);
    const skills = scoresFrom(data, rule.employeeSkills, skillGroupId);
    const domains = scoresFrom(data, rule.lifeDomains, domainGroupId);
    const complete = Object.keys(skills).length === rule.employeeSkills.length && Object.keys(domains).length === rule.lifeDomains.length;
    setDerived(complete ? deriveWorkReady(rule, skills, domains) : null);
  }

  const fieldIds: Record<string, string> = { ...IDS, employeeSkillScores: firstRadioId(skillGroupId(0)), lifeDomainScores: firstRadioId(domainGroupId(0)), override: `${IDS.override}-0` };
  rule.employeeSkills.forEach((name, index) => (fieldIds[scoreFieldName("employeeSkillScores", name)] = firstRadioId(skillGroupId(index))));
  rule.lifeDomains.forEach((name, index) => (fieldIds[scoreFieldName("lifeDomainScores", name)] = firstRadioId(domainGroupId(index))));
  const groupError = (group: "employeeSkillScores" | "lifeDomainScores") => form.fieldError(group);
  const overrideError = form.fieldError("override");

  return (
    <form ref={formRef} id="formulier" method="post" noValidate onSubmit={form.onSubmit} aria-label="Werkfit-beoordeling vastleggen">
      <ErrorSummary errors={form.summary(fieldIds)} />
      <Field id={IDS.assessedOn} label="Datum van de beoordeling" hint="Niet in de toekomst." error={form.fieldError("assessedOn")}>
        {(c) => <TextInput {...c} type="date" name="assessedOn" defaultValue={today} max={today} width="medium" />}
      </Field>

      <section aria-labelledby="werknemersvaardigheden" className="mt-8">
        <h2 id="werknemersvaardigheden" className="text-2xl">Werknemersvaardigheden</h2>
        <p className="mb-4 text-muted">Geef elke vaardigheid een score van 1 (belemmert werk) tot 4 (sterk).</p>
        <FieldError id="werknemersvaardigheden-groep" error={groupError("employeeSkillScores")} />
        {rule.employeeSkills.map((name, index) => (
          <ScoreRadioGroup key={name} groupId={skillGroupId(index)} name={skillGroupId(index)} legend={name}
            error={form.fieldError(scoreFieldName("employeeSkillScores", name))} onChange={updateDerived} />
        ))}
      </section>

      <section aria-labelledby="leefgebieden" className="mt-8">
        <h2 id="leefgebieden" className="text-2xl">Leefgebieden</h2>
        <p className="mb-4 text-muted">Geef elk leefgebied een score van 1 (belemmert werk) tot 4 (sterk).</p>
        <FieldError id="leefgebieden-groep" error={groupError("lifeDomainScores")} />
        {rule.lifeDomains.map((name, index) => (
          <ScoreRadioGroup key={name} groupId={domainGroupId(index)} name={domainGroupId(index)} legend={name}
            error={form.fieldError(scoreFieldName("lifeDomainScores", name))} onChange={updateDerived} />
        ))}
      </section>

      <section aria-labelledby="uitkomst" className="mt-8">
        <h2 id="uitkomst" className="text-2xl">Uitkomst</h2>
        <p role="status" aria-live="polite" className="my-4 border-l-8 border-brand bg-info-light p-4 font-semibold">
          {derived === null
            ? "Uitkomst volgens de regel: nog niet alle onderdelen hebben een score."
            : `Uitkomst volgens de regel: ${derived ? "werkfit" : "nog niet werkfit"}.`}
        </p>
        <fieldset className="mb-6">
          <legend className="font-semibold">Wijkt u af van de uitkomst van de regel?</legend>
          <FieldError id={IDS.override} error={overrideError} />
          <div className="mt-2 space-y-2">
            {OVERRIDE_OPTIONS.map((option, index) => (
              <div key={option.value} className="flex items-center gap-3">
                <input type="radio" id={`${IDS.override}-${index}`} name="override" value={option.value} defaultChecked={option.value === ""}
                  className="size-6 shrink-0 accent-brand" aria-describedby={overrideError ? errorId(IDS.override) : undefined} />
                <label htmlFor={`${IDS.override}-${index}`} className="cursor-pointer">{option.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <Field id={IDS.overrideReason} label="Reden van de afwijking" optional
          hint={`Verplicht als u afwijkt van de regel: minimaal ${OVERRIDE_REASON_MIN} tekens. Afwijkingen worden gerapporteerd.`}
          error={form.fieldError("overrideReason")}>
          {(c) => <Textarea {...c} name="overrideReason" rows={3} maxLength={OVERRIDE_REASON_MAX} />}
        </Field>
        <Field id={IDS.notes} label="Notities" optional hint={`Afspraken en aandachtspunten. Maximaal ${NOTES_MAX} tekens.`} error={form.fieldError("notes")}>
          {(c) => <Textarea {...c} name="notes" rows={5} maxLength={NOTES_MAX} />}
        </Field>
      </section>

      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>Beoordeling vastleggen</Button>
    </form>
  );
}
