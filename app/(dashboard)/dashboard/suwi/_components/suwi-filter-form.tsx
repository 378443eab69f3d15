import { Button, Field, Select, TextInput } from "@/components/ui";
import type { DashboardFilters } from "@/lib/dashboard/filters";
import type { Period } from "@/lib/dashboard/period";
import type { SuwiFilterOptions } from "@/lib/suwi/find-suwi-filter-options";

/** A GET form: the filtered view is a URL that can be bookmarked, printed and exported. */
export function SuwiFilterForm({ filters, choices, options, search }: { filters: DashboardFilters; choices: Period[]; options: SuwiFilterOptions; search: string }) {
  return (
    <form method="get" action="/dashboard/suwi" className="mb-10 print:hidden" aria-label="Filters">
      <div className="grid gap-x-6 sm:grid-cols-2">
        <Field id="periode" label="Periode">
          {(control) => (
            <Select {...control} name="periode" defaultValue={filters.period.key} options={choices.map((period) => ({ value: period.key, label: period.label }))} />
          )}
        </Field>
        <Field id="zoek" label="Werkgever zoeken" hint="Een deel van de naam" optional>
          {(control) => <TextInput {...control} name="zoek" defaultValue={search} maxLength={100} />}
        </Field>
        <Field id="gemeente" label="Gemeente van de werkgever" optional>
          {(control) => (
            <Select
              {...control}
              name="gemeente"
              defaultValue={filters.municipalityCode ?? ""}
              placeholder="Alle gemeenten"
              options={options.municipalities.map((m) => ({ value: m.code, label: m.name }))}
            />
          )}
        </Field>
        <Field id="werkgebied" label="Werkgebied van de werkgever" optional>
          {(control) => (
            <Select
              {...control}
              name="werkgebied"
              defaultValue={filters.workAreaId ?? ""}
              placeholder="Alle werkgebieden"
              options={options.workAreas.map((w) => ({ value: w.id, label: w.name }))}
            />
          )}
        </Field>
      </div>
      <Button type="submit">Toon cijfers</Button>
    </form>
  );
}
