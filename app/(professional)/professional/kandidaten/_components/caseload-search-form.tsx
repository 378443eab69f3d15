import Link from "next/link";
import { Button, Field, Select, TextInput } from "@/components/ui";
import type { CaseloadFilterOptions } from "@/lib/caseload/find-caseload-filter-options";
import { CASELOAD_SORTS, CASELOAD_SORT_LABELS, type CaseloadSearch } from "@/lib/caseload/schemas";

/** A plain GET form: works without JavaScript and every search has its own URL. */
export function CaseloadSearchForm({ search, options }: { search: CaseloadSearch; options: CaseloadFilterOptions }) {
  return (
    <form method="get" action="/professional/kandidaten" role="search" aria-label="Mijn kandidaten zoeken" className="rounded-sm bg-surface p-5">
      <Field id="zoek-kandidaat" label="Zoek op naam" hint="Voornaam, achternaam of een deel ervan, bijvoorbeeld: Nadia">
        {(control) => <TextInput {...control} type="search" name="q" defaultValue={search.q ?? ""} autoComplete="off" />}
      </Field>
      <div className="grid gap-x-6 md:grid-cols-3">
        <Field id="filter-werkfit" label="Werkfit" className="mb-4">
          {(control) => (
            <Select {...control} name="workReady" defaultValue={search.workReady ?? ""} placeholder="Alle kandidaten"
              options={[{ value: "ja", label: "Ja, werkfit" }, { value: "nee", label: "Nee, nog niet werkfit" }]} />
          )}
        </Field>
        <Field id="filter-beschikbaar" label="Beschikbaar vóór of op" hint="Kandidaten die op deze datum beschikbaar zijn" className="mb-4">
          {(control) => <TextInput {...control} type="date" name="availableBefore" defaultValue={search.availableBefore ?? ""} width="medium" />}
        </Field>
        <Field id="filter-beroepsklasse" label="Wens: beroepsklasse" className="mb-4">
          {(control) => (
            <Select {...control} name="occupationClass" defaultValue={search.occupationClass ?? ""} placeholder="Alle beroepsklassen"
              options={options.occupationClasses.map((item) => ({ value: item.code, label: item.name }))} />
          )}
        </Field>
        <Field id="filter-werkgebied" label="Wens: werkgebied" className="mb-4">
          {(control) => (
            <Select {...control} name="workArea" defaultValue={search.workArea ?? ""} placeholder="Alle werkgebieden"
              options={options.workAreas.map((area) => ({ value: area.id, label: area.name }))} />
          )}
        </Field>
        <Field id="filter-sorteer" label="Sorteren op" className="mb-4">
          {(control) => (
            <Select {...control} name="sort" defaultValue={search.sort}
              options={CASELOAD_SORTS.map((sort) => ({ value: sort, label: CASELOAD_SORT_LABELS[sort] }))} />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Button type="submit">Zoeken</Button>
        <Link href="/professional/kandidaten">Alle filters wissen</Link>
      </div>
    </form>
  );
}
