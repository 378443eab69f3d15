"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { newSubmissionKey } from "@/components/portal/submission-key";
import { Button, Checkbox, ErrorSummary, Field, Select, Textarea, TextInput } from "@/components/ui";
import { CONTRACT_TYPE_LABELS, CONTRACT_TYPE_OPTIONS, type SelectableContractType } from "@/lib/vacancies/labels";
import { SkillsPicker, type SkillOption } from "@/components/skills/skills-picker";
import { DESCRIPTION_MAX, LOCATION_MAX, SKILLS_MAX, TITLE_MAX, type VacancyFieldsInput } from "@/lib/vacancies/schemas";

export type VacancyFormValues = Omit<VacancyFieldsInput, "contractType"> & { contractType: string };
type Payload = VacancyFieldsInput & { submissionKey?: string; vacancyId?: string };
type Result = { data?: { id: string }; serverError?: string; validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> } };
// Method syntax: the create, edit and enrich actions each take the fields plus their own key.
type VacancyAction = { run(input: Payload): Promise<Result | undefined> }["run"];

const FIELD_IDS = {
  title: "titel",
  occupationClassCode: "beroepsklasse",
  description: "omschrijving",
  skills: "skill-0",
  hoursPerWeek: "uren",
  location: "werkplek",
  workAreaId: "werkgebied",
  contractType: "contract",
  startDate: "startdatum",
  submissionKey: "formulier",
  vacancyId: "formulier",
};

const CONTRACT_OPTIONS = CONTRACT_TYPE_OPTIONS.map((value) => ({ value, label: CONTRACT_TYPE_LABELS[value] }));
const text = (data: FormData, name: string) => String(data.get(name) ?? "");

/**
 * The vacancy form (E2): submit (with a submissionKey made once per form), edit while "ontvangen",
 * or enrich by the accountmanager. After saving it goes to `${detailBase}/${id}`.
 */
export function VacancyForm({
  action,
  mode,
  vacancyId,
  initial,
  options,
  detailBase,
  submitLabel,
}: {
  action: VacancyAction;
  mode: "create" | "edit";
  vacancyId?: string;
  initial?: VacancyFormValues;
  options: { occupationClasses: { code: string; name: string }[]; skills: SkillOption[]; workAreas: { id: string; name: string }[] };
  detailBase: string;
  submitLabel: string;
}) {
  const router = useRouter();
  const keyRef = useRef<string | null>(null);
  const [occupationClassCode, setOccupationClassCode] = useState(initial?.occupationClassCode ?? "");
  const form = useFormAction(
    action,
    (data): Payload => {
      const levels = data.getAll("skillLevel").map(String);
      const fields: VacancyFieldsInput = {
        title: text(data, "title"),
        occupationClassCode: text(data, "occupationClassCode"),
        description: text(data, "description"),
        skills: data.getAll("skillCode").map((code, index) => ({ skillCode: String(code), level: Number(levels[index] ?? 0) })),
        hoursPerWeek: text(data, "hoursPerWeek").trim() === "" ? Number.NaN : Number(text(data, "hoursPerWeek")),
        location: text(data, "location"),
        workAreaId: text(data, "workAreaId"),
        contractType: text(data, "contractType") as SelectableContractType,
        trialPlacementWelcome: data.get("trialPlacementWelcome") === "on",
        startDate: text(data, "startDate"),
        openToDistance: data.get("openToDistance") === "on",
        wantsJobCarvingAdvice: data.get("wantsJobCarvingAdvice") === "on",
        isPublic: data.get("isPublic") === "on",
      };
      if (mode === "edit") return { ...fields, vacancyId };
      keyRef.current ??= newSubmissionKey();
      return { ...fields, submissionKey: keyRef.current };
    },
    { onSuccess: (data) => data && router.push(`${detailBase}/${data.id}?opgeslagen=1`) },
  );

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label={submitLabel}>
      <ErrorSummary errors={form.summary(FIELD_IDS)} title="De vacature is nog niet opgeslagen" />
      <Field id="titel" label="Functietitel" hint="Bijvoorbeeld: Medewerker magazijn" error={form.fieldError("title")}>
        {(control) => <TextInput {...control} name="title" maxLength={TITLE_MAX} defaultValue={initial?.title ?? ""} />}
      </Field>
      <Field id="beroepsklasse" label="Beroepsklasse" error={form.fieldError("occupationClassCode")}>
        {(control) => (
          <Select
            {...control}
            name="occupationClassCode"
            placeholder="Maak een keuze"
            options={options.occupationClasses.map((item) => ({ value: item.code, label: item.name }))}
            value={occupationClassCode}
            onChange={(event) => setOccupationClassCode(event.target.value)}
          />
        )}
      </Field>
      <Field id="omschrijving" label="Omschrijving van het werk" hint={`Wat gaat iemand doen, en wat biedt u? Maximaal ${DESCRIPTION_MAX} tekens.`} error={form.fieldError("description")}>
        {(control) => <Textarea {...control} name="description" rows={7} maxLength={DESCRIPTION_MAX} defaultValue={initial?.description ?? ""} />}
      </Field>
      <SkillsPicker
        skills={options.skills}
        occupationClassCodes={[occupationClassCode]}
        initial={initial?.skills ?? []}
        error={form.fieldError("skills")}
        legend="Gevraagde vaardigheden"
        hint={`Kies eerst de beroepsklasse. Kies daarna per vaardigheid het niveau: 1 beginner, 2 gevorderd, 3 ervaren, 4 expert. Maximaal ${SKILLS_MAX}.`}
        max={SKILLS_MAX}
      />
      <Field id="uren" label="Uren per week" hint="Tussen 1 en 40 uur." error={form.fieldError("hoursPerWeek")}>
        {(control) => <TextInput {...control} name="hoursPerWeek" inputMode="numeric" width="short" defaultValue={initial?.hoursPerWeek?.toString() ?? ""} />}
      </Field>
      <Field id="werkplek" label="Werkplek" hint="De plaats of het adres waar het werk is." error={form.fieldError("location")}>
        {(control) => <TextInput {...control} name="location" maxLength={LOCATION_MAX} width="medium" defaultValue={initial?.location ?? ""} />}
      </Field>
      <Field id="werkgebied" label="Werkgebied" error={form.fieldError("workAreaId")}>
        {(control) => (
          <Select {...control} name="workAreaId" placeholder="Maak een keuze" options={options.workAreas.map((area) => ({ value: area.id, label: area.name }))} defaultValue={initial?.workAreaId ?? ""} />
        )}
      </Field>
      <Field id="contract" label="Soort contract" error={form.fieldError("contractType")}>
        {(control) => <Select {...control} name="contractType" placeholder="Maak een keuze" options={CONTRACT_OPTIONS} defaultValue={initial?.contractType ?? ""} />}
      </Field>
      <Checkbox id="proefplaatsing" name="trialPlacementWelcome" label="Een proefplaatsing is welkom" defaultChecked={initial?.trialPlacementWelcome ?? false} />
      <Field id="startdatum" label="Startdatum" optional hint="Leeg laten betekent: zo snel mogelijk." error={form.fieldError("startDate")}>
        {(control) => <TextInput {...control} name="startDate" type="date" width="medium" defaultValue={initial?.startDate ?? ""} />}
      </Field>
      <fieldset className="mb-6">
        <legend className="mb-2 font-semibold">Wensen en openheid</legend>
        <Checkbox
          id="afstand"
          name="openToDistance"
          label="Ik sta open voor kandidaten met een afstand tot de arbeidsmarkt"
          hint="Bijvoorbeeld mensen uit de banenafspraak of met een uitkering."
          defaultChecked={initial?.openToDistance ?? false}
        />
        <Checkbox
          id="jobcarving"
          name="wantsJobCarvingAdvice"
          label="Ik wil advies over werk anders organiseren (jobcarving)"
          defaultChecked={initial?.wantsJobCarvingAdvice ?? false}
        />
        <Checkbox
          id="openbaar"
          name="isPublic"
          label="Toon deze vacature op de openbare vacaturelijst"
          hint="Zonder uw contactgegevens. De vacature komt op de lijst zodra uw contactpersoon bij het Werkcentrum haar in behandeling heeft genomen."
          defaultChecked={initial?.isPublic ?? false}
        />
      </fieldset>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        {submitLabel}
      </Button>
    </form>
  );
}
