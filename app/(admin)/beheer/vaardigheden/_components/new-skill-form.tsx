"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, LinkButton, Select, TextInput } from "@/components/ui";
import { SKILL_KIND_LABELS, SKILL_KINDS } from "@/lib/skills/labels";
import { SKILL_LIMITS, type SkillFormValues } from "@/lib/skills/schemas";
import { createSkillAction } from "../actions";

const ID = { label: "naam", kind: "soort", occupationClassCode: "beroepsklasse", code: "code", id: "formulier" };
const KIND_OPTIONS = SKILL_KINDS.map((kind) => ({ value: kind, label: SKILL_KIND_LABELS[kind] }));

/** Add a skill to the taxonomy. */
export function NewSkillForm({ occupationClasses }: { occupationClasses: { code: string; name: string }[] }) {
  const router = useRouter();
  const form = useFormAction(
    createSkillAction,
    (data): SkillFormValues => ({
      label: String(data.get("label") ?? ""),
      kind: String(data.get("kind") ?? "") as SkillFormValues["kind"],
      occupationClassCode: String(data.get("occupationClassCode") ?? ""),
      code: String(data.get("code") ?? ""),
    }),
    {
      onSuccess: (saved) => {
        router.push(saved ? `/beheer/vaardigheden/${saved.code}?opgeslagen=1` : "/beheer/vaardigheden");
        router.refresh();
      },
    },
  );
  const error = (name: keyof typeof ID) => form.fieldError(name);

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label="Vaardigheid toevoegen">
      <ErrorSummary errors={form.summary(ID)} title="De vaardigheid is nog niet toegevoegd" />
      <Field id={ID.label} label="Naam" hint="Zoals werkgevers en inwoners haar lezen, bijvoorbeeld Heftruck rijden." error={error("label")}>
        {(control) => <TextInput {...control} name="label" maxLength={SKILL_LIMITS.label.max} />}
      </Field>
      <Field id={ID.kind} label="Soort" error={error("kind")}>
        {(control) => <Select {...control} name="kind" options={KIND_OPTIONS} placeholder="Maak een keuze" defaultValue="" />}
      </Field>
      <Field
        id={ID.occupationClassCode}
        label="Beroepsklasse"
        optional
        hint="Nodig voor een vakvaardigheid: die wordt aangeboden bij vacatures en profielen in deze beroepsklasse. Basisvaardigheden en certificaten gelden voor elke klasse."
        error={error("occupationClassCode")}
      >
        {(control) => (
          <Select
            {...control}
            name="occupationClassCode"
            options={occupationClasses.map((occupationClass) => ({ value: occupationClass.code, label: occupationClass.name }))}
            placeholder="Geen"
            defaultValue=""
          />
        )}
      </Field>
      <Field id={ID.code} label="Code" optional hint="Leeg laten: de code wordt uit de naam gemaakt. Kan later niet worden gewijzigd." error={error("code")}>
        {(control) => <TextInput {...control} name="code" width="short" maxLength={SKILL_LIMITS.code.max} autoCapitalize="none" />}
      </Field>
      <div className="mt-6 flex flex-wrap gap-4">
        <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
          Toevoegen
        </Button>
        <LinkButton href="/beheer/vaardigheden" variant="secondary">
          Annuleren
        </LinkButton>
      </div>
    </form>
  );
}
