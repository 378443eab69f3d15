import Link from "next/link";
import { Button, Field, Select, TextInput } from "@/components/ui";
import type { PublicVacancyFilterOptions } from "@/lib/public-vacancies/find-public-vacancy-filter-options";
import { HOURS_MIN_OPTIONS, type PublicVacancySearch } from "@/lib/public-vacancies/schemas";

/** A plain GET form: works without JavaScript and every search has its own URL. */
export function VacancySearchForm({ search, options }: { search: PublicVacancySearch; options: PublicVacancyFilterOptions }) {
  return (
    <form method="get" action="/vacatures" role="search" aria-label="Vacatures zoeken" className="rounded-sm bg-surface p-5">
      <Field id="zoekterm" label="Zoek op functie of omschrijving" hint="Bijvoorbeeld: zorg, schoonmaak of magazijn">
        {(control) => <TextInput {...control} type="search" name="q" defaultValue={search.q ?? ""} />}
      </Field>
      <div className="grid gap-x-6 md:grid-cols-3">
        <Field id="filter-werkgebied" label="Werkgebied" className="mb-4">
          {(control) => (
            <Select
              {...control}
              name="workArea"
              defaultValue={search.workArea ?? ""}
              placeholder="Alle werkgebieden"
              options={options.workAreas.map((area) => ({ value: area.id, label: area.name }))}
            />
          )}
        </Field>
        <Field id="filter-beroep" label="Soort werk" className="mb-4">
          {(control) => (
            <Select
              {...control}
              name="occupationClass"
              defaultValue={search.occupationClass ?? ""}
              placeholder="Alle soorten werk"
              options={options.occupationClasses.map((occupation) => ({ value: occupation.code, label: occupation.name }))}
            />
          )}
        </Field>
        <Field id="filter-uren" label="Uren per week" className="mb-4">
          {(control) => (
            <Select
              {...control}
              name="hoursMin"
              defaultValue={search.hoursMin ? String(search.hoursMin) : ""}
              placeholder="Maakt niet uit"
              options={HOURS_MIN_OPTIONS.map((hours) => ({ value: String(hours), label: `${hours} uur of meer` }))}
            />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Button type="submit">Zoeken</Button>
        <Link href="/vacatures">Alle filters wissen</Link>
      </div>
    </form>
  );
}
