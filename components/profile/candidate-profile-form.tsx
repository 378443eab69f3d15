"use client";

import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { SkillsPicker, type SkillOption } from "@/components/skills/skills-picker";
import { Alert, Button, Checkbox, ErrorSummary, Field, FieldError, Select, TextInput, cx } from "@/components/ui";
import { COMMON_LANGUAGES, EDUCATION_LEVELS, EDUCATION_LEVEL_LABELS } from "@/lib/candidate-profile/labels";
import { SKILLS_MAX, TRAVEL_MINUTES_MAX, languagesFromText, type CandidateProfileInput } from "@/lib/candidate-profile/schemas";

type Result = { data?: { candidateId: string }; serverError?: string; validationErrors?: { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> } };
export type SaveProfileAction = (input: CandidateProfileInput) => Promise<Result | undefined>;
export type ProfileFormOptions = { occupationClasses: { code: string; name: string }[]; skills: SkillOption[]; workAreas: { id: string; name: string }[] };
/** "resident" speaks to the resident about "my" profile (B1); "professional" about the candidate. */
export type ProfileAudience = "resident" | "professional";

const FIELD_IDS = {
  candidateId: "formulier",
  occupationClassCodes: "beroep-0",
  hoursPerWeekMin: "uren-min",
  hoursPerWeekMax: "uren-max",
  workAreaIds: "werkgebied-0",
  maxTravelMinutes: "reistijd",
  availableFrom: "beschikbaar",
  skills: "skill-0",
  educationLevel: "opleiding",
  languages: "andere-talen",
  drivingLicence: "rijbewijs-ja",
};

const TEXT: Record<ProfileAudience, Record<string, string>> = {
  resident: {
    occupations: "In welk soort werk zoekt u een baan?",
    occupationsHint: "Kies een of meer beroepsgroepen.",
    hours: "Hoeveel uur per week wilt u werken?",
    areas: "In welke werkgebieden wilt u werken?",
    travel: "Hoe lang wilt u maximaal reizen naar uw werk?",
    available: "Vanaf wanneer kunt u beginnen?",
    skills: "Mijn vaardigheden",
    skillsHint: `Kies wat u kunt en hoe goed: 1 beginner, 2 gevorderd, 3 ervaren, 4 expert. U ziet de vaardigheden bij de beroepsgroepen die u hierboven koos, en algemene vaardigheden. Maximaal ${SKILLS_MAX}.`,
    education: "Wat is uw hoogste opleiding?",
    languages: "Welke talen spreekt u?",
    licence: "Heeft u een rijbewijs B (auto)?",
  },
  professional: {
    occupations: "Gewenste beroepsklassen",
    occupationsHint: "Een of meer beroepsklassen.",
    hours: "Uren per week",
    areas: "Gewenste werkgebieden",
    travel: "Maximale reistijd",
    available: "Beschikbaar vanaf",
    skills: "Vaardigheden",
    skillsHint: `Per vaardigheid het niveau: 1 beginner, 2 gevorderd, 3 ervaren, 4 expert. De lijst toont de vakvaardigheden van de gekozen beroepsklassen en de algemene vaardigheden. Maximaal ${SKILLS_MAX}.`,
    education: "Hoogste opleidingsniveau",
    languages: "Talen",
    licence: "Rijbewijs B",
  },
};

const text = (data: FormData, name: string) => String(data.get(name) ?? "");
const numberOrNull = (value: string) => (value.trim() === "" ? null : Number(value.trim().replace(",", ".")));
const EDUCATION_OPTIONS = EDUCATION_LEVELS.map((level) => ({ value: level, label: EDUCATION_LEVEL_LABELS[level] }));

function toInput(candidateId: string, data: FormData): CandidateProfileInput {
  const levels = data.getAll("skillLevel").map(String);
  const languages = new Map<string, string>();
  for (const language of [...data.getAll("languages").map(String), ...languagesFromText(text(data, "otherLanguages"))]) {
    const key = language.toLocaleLowerCase("nl-NL");
    if (!languages.has(key)) languages.set(key, language);
  }
  return {
    candidateId,
    skills: data
      .getAll("skillCode")
      .map((code, index) => ({ skillCode: String(code), level: Number(levels[index] ?? 0) }))
      .filter((skill) => skill.skillCode !== ""),
    occupationClassCodes: data.getAll("occupationClassCodes").map(String),
    hoursPerWeekMin: numberOrNull(text(data, "hoursPerWeekMin")),
    hoursPerWeekMax: numberOrNull(text(data, "hoursPerWeekMax")),
    workAreaIds: data.getAll("workAreaIds").map(String),
    maxTravelMinutes: numberOrNull(text(data, "maxTravelMinutes")),
    availableFrom: text(data, "availableFrom"),
    educationLevel: (text(data, "educationLevel") || null) as CandidateProfileInput["educationLevel"],
    languages: [...languages.values()],
    drivingLicence: data.get("drivingLicence") === "ja",
  };
}

function Fieldset({ legend, hint, hintId, error, errorId, children }: { legend: string; hint?: string; hintId?: string; error?: string; errorId: string; children: React.ReactNode }) {
  return (
    <fieldset className={cx("mb-6", error && "border-l-4 border-danger pl-4")} aria-describedby={hint ? hintId : undefined}>
      <legend className="mb-2 font-semibold">{legend}</legend>
      {hint ? (
        <p id={hintId} className="-mt-1 mb-2 text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
      {children}
    </fieldset>
  );
}

/**
 * The skills profile (J2), for the resident's own profile and for the owner bemiddelaar. Posts to a
 * server action that validates with the same schema and saves everything in one transaction.
 */
export function CandidateProfileForm({
  action,
  candidateId,
  initial,
  options,
  audience,
}: {
  action: SaveProfileAction;
  candidateId: string;
  initial: CandidateProfileInput;
  options: ProfileFormOptions;
  audience: ProfileAudience;
}) {
  const t = TEXT[audience];
  const [occupationClassCodes, setOccupationClassCodes] = useState<string[]>(initial.occupationClassCodes);
  const form = useFormAction(action, (data) => toInput(candidateId, data));
  const otherLanguages = initial.languages.filter((language) => !(COMMON_LANGUAGES as readonly string[]).includes(language));
  const toggleOccupation = (code: string, checked: boolean) =>
    setOccupationClassCodes((current) => (checked ? [...current, code] : current.filter((other) => other !== code)));
  // Without a chosen occupation class the picker offers the trade skills of every class.
  const pickerClasses = occupationClassCodes.length > 0 ? occupationClassCodes : options.occupationClasses.map((item) => item.code);

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label="Profiel">
      <ErrorSummary errors={form.summary(FIELD_IDS)} title="Het profiel is nog niet opgeslagen" />
      <div role="status">
        {form.hasSucceeded && !form.isPending ? <Alert tone="success" title="Het profiel is opgeslagen." /> : null}
      </div>

      <h2 className="mb-4 text-2xl">Werkwensen</h2>
      <Fieldset legend={t.occupations!} hint={t.occupationsHint} hintId="beroepen-hint" error={form.fieldError("occupationClassCodes")} errorId="beroepen">
        <div className="grid gap-x-6 sm:grid-cols-2">
          {options.occupationClasses.map((item, index) => (
            <Checkbox
              key={item.code}
              id={`beroep-${index}`}
              name="occupationClassCodes"
              value={item.code}
              label={item.name}
              checked={occupationClassCodes.includes(item.code)}
              onChange={(event) => toggleOccupation(item.code, event.target.checked)}
            />
          ))}
        </div>
      </Fieldset>

      <Fieldset legend={t.hours!} hint="Tussen 1 en 40 uur. Vul bij allebei hetzelfde in als u een vast aantal uren wilt." hintId="uren-hint" errorId="uren">
        <div className="flex flex-wrap gap-x-6">
          <Field id="uren-min" label="Minimaal aantal uren" error={form.fieldError("hoursPerWeekMin")} optional>
            {(control) => (
              <TextInput {...control} name="hoursPerWeekMin" inputMode="numeric" width="short" defaultValue={initial.hoursPerWeekMin?.toString() ?? ""} />
            )}
          </Field>
          <Field id="uren-max" label="Maximaal aantal uren" error={form.fieldError("hoursPerWeekMax")} optional>
            {(control) => (
              <TextInput {...control} name="hoursPerWeekMax" inputMode="numeric" width="short" defaultValue={initial.hoursPerWeekMax?.toString() ?? ""} />
            )}
          </Field>
        </div>
      </Fieldset>

      <Fieldset legend={t.areas!} error={form.fieldError("workAreaIds")} errorId="werkgebieden">
        <div className="grid gap-x-6 sm:grid-cols-2">
          {options.workAreas.map((area, index) => (
            <Checkbox
              key={area.id}
              id={`werkgebied-${index}`}
              name="workAreaIds"
              value={area.id}
              label={area.name}
              defaultChecked={initial.workAreaIds.includes(area.id)}
            />
          ))}
        </div>
      </Fieldset>

      <Field id="reistijd" label={t.travel!} hint={`In minuten, enkele reis. Van 0 tot en met ${TRAVEL_MINUTES_MAX}.`} optional error={form.fieldError("maxTravelMinutes")}>
        {(control) => (
          <TextInput {...control} name="maxTravelMinutes" inputMode="numeric" width="short" defaultValue={initial.maxTravelMinutes?.toString() ?? ""} />
        )}
      </Field>

      <Field id="beschikbaar" label={t.available!} hint="Kunt u meteen beginnen? Vul dan de datum van vandaag in. Weet u het nog niet? Laat het leeg." optional error={form.fieldError("availableFrom")}>
        {(control) => <TextInput {...control} name="availableFrom" type="date" width="medium" defaultValue={initial.availableFrom ?? ""} />}
      </Field>

      <h2 className="mb-4 text-2xl">Vaardigheden</h2>
      <SkillsPicker
        skills={options.skills}
        occupationClassCodes={pickerClasses}
        initial={initial.skills}
        error={form.fieldError("skills")}
        legend={t.skills!}
        hint={t.skillsHint!}
        max={SKILLS_MAX}
      />

      <h2 className="mb-4 text-2xl">Opleiding, talen en rijbewijs</h2>
      <Field id="opleiding" label={t.education!} optional error={form.fieldError("educationLevel")}>
        {(control) => <Select {...control} name="educationLevel" placeholder="Maak een keuze" options={EDUCATION_OPTIONS} defaultValue={initial.educationLevel ?? ""} />}
      </Field>

      <Fieldset legend={t.languages!} error={undefined} errorId="talen">
        <div className="grid gap-x-6 sm:grid-cols-2">
          {COMMON_LANGUAGES.map((language, index) => (
            <Checkbox key={language} id={`taal-${index}`} name="languages" value={language} label={language} defaultChecked={initial.languages.includes(language)} />
          ))}
        </div>
        <Field id="andere-talen" label="Andere talen" hint="Typ de naam van de taal. Meer talen? Zet een komma ertussen." optional error={form.fieldError("languages")}>
          {(control) => <TextInput {...control} name="otherLanguages" width="medium" defaultValue={otherLanguages.join(", ")} />}
        </Field>
      </Fieldset>

      <Fieldset legend={t.licence!} error={form.fieldError("drivingLicence")} errorId="rijbewijs">
        {[
          { id: "rijbewijs-ja", value: "ja", label: "Ja", checked: initial.drivingLicence },
          { id: "rijbewijs-nee", value: "nee", label: "Nee", checked: !initial.drivingLicence },
        ].map((option) => (
          <div key={option.id} className="mb-3 flex items-center gap-3">
            <input type="radio" id={option.id} name="drivingLicence" value={option.value} defaultChecked={option.checked} className="size-7 shrink-0 accent-brand" />
            <label htmlFor={option.id} className="cursor-pointer">
              {option.label}
            </label>
          </div>
        ))}
      </Fieldset>

      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Profiel opslaan
      </Button>
    </form>
  );
}
