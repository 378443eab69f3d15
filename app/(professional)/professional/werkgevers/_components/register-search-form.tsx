import Link from "next/link";
import { Button, Checkbox, Field, Select, TextInput } from "@/components/ui";
import type { EmployerRegisterOptions } from "@/lib/organisations/find-employer-register";
import { REGISTER_SORTS, REGISTER_SORT_LABELS, SEGMENTS, SEGMENT_LABELS, type EmployerRegisterSearch } from "@/lib/organisations/master-data-schemas";

/** A plain GET form: works without JavaScript and every search has its own URL. */
export function RegisterSearchForm({ search, options }: { search: EmployerRegisterSearch; options: EmployerRegisterOptions }) {
  return (
    <form method="get" action="/professional/werkgevers" role="search" aria-label="Werkgevers zoeken" className="rounded-sm bg-surface p-5">
      <Field id="zoek-werkgever" label="Zoek op naam of KvK-nummer" hint="Bijvoorbeeld: Tergooi of 12345678">
        {(control) => <TextInput {...control} type="search" name="q" defaultValue={search.q ?? ""} />}
      </Field>
      <div className="grid gap-x-6 md:grid-cols-3">
        <Field id="filter-werkgebied" label="Werkgebied" className="mb-4">
          {(control) => (
            <Select {...control} name="workArea" defaultValue={search.workArea ?? ""} placeholder="Alle werkgebieden"
              options={options.workAreas.map((area) => ({ value: area.id, label: area.name }))} />
          )}
        </Field>
        <Field id="filter-gemeente" label="Gemeente" className="mb-4">
          {(control) => (
            <Select {...control} name="municipality" defaultValue={search.municipality ?? ""} placeholder="Alle gemeenten"
              options={options.municipalities.map((m) => ({ value: m.code, label: m.name }))} />
          )}
        </Field>
        <Field id="filter-segment" label="Segment" className="mb-4">
          {(control) => (
            <Select {...control} name="segment" defaultValue={search.segment ?? ""} placeholder="Alle segmenten"
              options={SEGMENTS.map((segment) => ({ value: segment, label: SEGMENT_LABELS[segment] }))} />
          )}
        </Field>
        <Field id="filter-sector" label="Sector" className="mb-4">
          {(control) => (
            <Select {...control} name="sector" defaultValue={search.sector ?? ""} placeholder="Alle sectoren"
              options={options.sectors.map((sector) => ({ value: sector, label: sector }))} />
          )}
        </Field>
        <Field id="filter-eigenaar" label="Accountmanager (eigenaar)" className="mb-4">
          {(control) => (
            <Select {...control} name="owner" defaultValue={search.owner ?? ""} placeholder="Alle accountmanagers"
              options={options.owners.map((owner) => ({ value: owner.id, label: owner.name }))} />
          )}
        </Field>
        <Field id="filter-sorteer" label="Sorteren op" className="mb-4">
          {(control) => (
            <Select {...control} name="sort" defaultValue={search.sort}
              options={REGISTER_SORTS.map((sort) => ({ value: sort, label: REGISTER_SORT_LABELS[sort] }))} />
          )}
        </Field>
      </div>
      <fieldset className="mb-4">
        <legend className="mb-2 font-semibold">Alleen werkgevers die</legend>
        <div className="flex flex-wrap gap-x-8">
          <Checkbox id="filter-inclusief" name="inclusive" value="1" defaultChecked={search.inclusive} label="inclusief werkgever zijn (smaakmaker)" />
          <Checkbox id="filter-voorkeur" name="preferred" value="1" defaultChecked={search.preferred} label="voorkeursleverancier zijn" />
          <Checkbox id="filter-sbb" name="sbb" value="1" defaultChecked={search.sbb} label="erkend leerbedrijf (SBB) zijn" />
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Button type="submit">Zoeken</Button>
        <Link href="/professional/werkgevers">Alle filters wissen</Link>
      </div>
    </form>
  );
}
