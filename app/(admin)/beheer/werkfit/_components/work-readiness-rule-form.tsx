"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, FieldError, LinkButton, Select, Textarea } from "@/components/ui";
import { errorId } from "@/components/ui/field-ids";
import { SCORE_SCALE } from "@/lib/work-readiness/schemas";
import { KNOWN_EMPLOYEE_SKILLS, KNOWN_LIFE_DOMAINS, RULE_DESCRIPTION_LIMITS, type NewWorkReadinessRuleInput } from "@/lib/work-readiness/rule-schemas";
import { createWorkReadinessRuleVersionAction } from "../actions";

const ID = {
  description: "regel-beschrijving",
  employeeSkills: "regel-vaardigheden",
  minEmployeeSkillScore: "regel-minimum",
  maxEmployeeSkillsBelow: "regel-aantal-lager",
  lowestAllowedBelowScore: "regel-laagste",
  lifeDomains: "regel-leefgebieden",
  blockingLifeDomainScore: "regel-blokkerend",
  submissionKey: "formulier",
};

const scoreOptions = (from: number, to: number) =>
  SCORE_SCALE.filter((step) => step.value >= from && step.value <= to).map((step) => ({ value: String(step.value), label: `${step.value} – ${step.label}` }));
const countOptions = Array.from({ length: KNOWN_EMPLOYEE_SKILLS.length + 1 }, (_, count) => ({ value: String(count), label: String(count) }));

export type RuleFormInitial = Omit<NewWorkReadinessRuleInput, "submissionKey">;

/** A new version of the werkfit rule, filled in with the active one (issue 14 O4). */
export function WorkReadinessRuleForm({ initial }: { initial: RuleFormInitial }) {
  const router = useRouter();
  const [submissionKey] = useState(() => crypto.randomUUID());
  const form = useFormAction(
    createWorkReadinessRuleVersionAction,
    (data): NewWorkReadinessRuleInput => ({
      submissionKey,
      description: String(data.get("description") ?? ""),
      employeeSkills: data.getAll("employeeSkills").map(String),
      lifeDomains: data.getAll("lifeDomains").map(String),
      minEmployeeSkillScore: Number(data.get("minEmployeeSkillScore")),
      maxEmployeeSkillsBelow: Number(data.get("maxEmployeeSkillsBelow")),
      lowestAllowedBelowScore: Number(data.get("lowestAllowedBelowScore")),
      blockingLifeDomainScore: Number(data.get("blockingLifeDomainScore")),
    }),
    {
      onSuccess: () => {
        router.push("/beheer/werkfit?opgeslagen=1");
        router.refresh();
      },
    },
  );
  const error = (name: keyof typeof ID) => form.fieldError(name);

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label="Nieuwe versie van de werkfit-regel">
      <ErrorSummary errors={form.summary(ID)} title="De nieuwe versie is nog niet opgeslagen" />
      <Field
        id={ID.description}
        label="Beschrijving in gewone taal"
        hint="Bemiddelaars lezen deze tekst bij de werkfit-beoordeling. Leg uit wat werkfit betekent en wanneer u afwijkt."
        error={error("description")}
      >
        {(control) => <Textarea {...control} name="description" rows={5} defaultValue={initial.description} maxLength={RULE_DESCRIPTION_LIMITS.max} />}
      </Field>

      <NameChoices id={ID.employeeSkills} name="employeeSkills" legend="Werknemersvaardigheden die de regel scoort" names={KNOWN_EMPLOYEE_SKILLS} chosen={initial.employeeSkills} error={error("employeeSkills")} />
      <Field id={ID.minEmployeeSkillScore} label="Minimumscore voor elke werknemersvaardigheid" error={error("minEmployeeSkillScore")}>
        {(control) => <Select {...control} name="minEmployeeSkillScore" options={scoreOptions(2, 4)} defaultValue={String(initial.minEmployeeSkillScore)} />}
      </Field>
      <Field id={ID.maxEmployeeSkillsBelow} label="Hoeveel vaardigheden mogen lager scoren" hint="0: geen uitzondering." error={error("maxEmployeeSkillsBelow")}>
        {(control) => <Select {...control} name="maxEmployeeSkillsBelow" options={countOptions} defaultValue={String(initial.maxEmployeeSkillsBelow)} />}
      </Field>
      <Field id={ID.lowestAllowedBelowScore} label="Laagste score die voor die uitzonderingen nog mag" hint="Moet lager zijn dan de minimumscore." error={error("lowestAllowedBelowScore")}>
        {(control) => <Select {...control} name="lowestAllowedBelowScore" options={scoreOptions(1, 3)} defaultValue={String(initial.lowestAllowedBelowScore)} />}
      </Field>

      <NameChoices id={ID.lifeDomains} name="lifeDomains" legend="Leefgebieden die de regel scoort" names={KNOWN_LIFE_DOMAINS} chosen={initial.lifeDomains} error={error("lifeDomains")} />
      <Field
        id={ID.blockingLifeDomainScore}
        label="Een leefgebied met deze score of lager maakt niet werkfit"
        error={error("blockingLifeDomainScore")}
      >
        {(control) => <Select {...control} name="blockingLifeDomainScore" options={scoreOptions(1, 3)} defaultValue={String(initial.blockingLifeDomainScore)} />}
      </Field>

      <div className="mt-6 flex flex-wrap gap-4">
        <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
          Nieuwe versie opslaan en activeren
        </Button>
        <LinkButton href="/beheer/werkfit" variant="secondary">
          Annuleren
        </LinkButton>
      </div>
    </form>
  );
}

function NameChoices({ id, name, legend, names, chosen, error }: { id: string; name: string; legend: string; names: readonly string[]; chosen: readonly string[]; error?: string }) {
  return (
    <fieldset id={id} className={error ? "mb-6 border-l-4 border-danger pl-4" : "mb-6"} aria-describedby={error ? errorId(id) : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <FieldError id={id} error={error} />
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {names.map((item, index) => (
          <div key={item} className="flex items-center gap-3">
            <input type="checkbox" id={`${id}-${index}`} name={name} value={item} defaultChecked={chosen.includes(item)} className="size-6 shrink-0 accent-brand" />
            <label htmlFor={`${id}-${index}`}>{item}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
