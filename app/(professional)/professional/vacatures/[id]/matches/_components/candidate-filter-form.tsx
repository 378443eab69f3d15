import Link from "next/link";
import { Button, Checkbox, ErrorSummary, Field, Select, TextInput, type FieldErrorItem } from "@/components/ui";
import type { ParsedCandidateFilters } from "@/lib/matching/schemas";

const IDS = { werkfit: "filter-werkfit", beschikbaar: "filter-beschikbaar", werkgebied: "filter-werkgebied" } as const;

/** A plain GET form: works without JavaScript and every selection has its own URL. */
export function CandidateFilterForm({ action, form, workAreas }: { action: string; form: ParsedCandidateFilters; workAreas: { id: string; name: string }[] }) {
  const errors: FieldErrorItem[] = (Object.keys(IDS) as (keyof typeof IDS)[])
    .filter((key) => form.errors[key])
    .map((key) => ({ fieldId: IDS[key], message: form.errors[key]! }));
  return (
    <form method="get" action={action} role="search" aria-label="Kandidaten filteren" className="mb-8 rounded-sm bg-surface p-5">
      <ErrorSummary errors={errors} />
      <div className="grid gap-x-6 md:grid-cols-3">
        <Checkbox id={IDS.werkfit} name="werkfit" value="ja" defaultChecked={form.values.werkfit === "ja"} label="Alleen werkfit" error={form.errors.werkfit} className="md:mt-9" />
        <Field id={IDS.beschikbaar} label="Beschikbaar op of vóór" hint="Bijvoorbeeld 2026-12-01" error={form.errors.beschikbaar} optional className="mb-4">
          {(control) => <TextInput {...control} type="date" name="beschikbaar" defaultValue={form.values.beschikbaar ?? ""} width="medium" />}
        </Field>
        <Field id={IDS.werkgebied} label="Wil werken in werkgebied" error={form.errors.werkgebied} optional className="mb-4">
          {(control) => (
            <Select {...control} name="werkgebied" defaultValue={form.values.werkgebied ?? ""} placeholder="Alle werkgebieden"
              options={workAreas.map((area) => ({ value: area.id, label: area.name }))} />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Button type="submit">Filteren</Button>
        <Link href={action}>Filters wissen</Link>
      </div>
    </form>
  );
}
