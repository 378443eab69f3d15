import Link from "next/link";
import { Button, Field, Select, TextInput } from "@/components/ui";
import { AUDIENCES } from "@/lib/instruments/audiences";
import { kindLabel, providerLabel } from "@/lib/instruments/labels";
import type { InstrumentFilterOptions } from "@/lib/instruments/find-instrument-filter-options";
import type { InstrumentSearch } from "@/lib/instruments/schemas";

/** A plain GET form: works without JavaScript and every search has its own URL. */
export function InstrumentSearchForm({ search, options }: { search: InstrumentSearch; options: InstrumentFilterOptions }) {
  return (
    <form method="get" action="/instrumenten" role="search" aria-label="Instrumenten zoeken" className="rounded-sm bg-surface p-5">
      <Field id="zoekterm" label="Zoek op naam of onderwerp" hint="Bijvoorbeeld: loonkostensubsidie, jobcoach of scholing">
        {(control) => <TextInput {...control} type="search" name="q" defaultValue={search.q ?? ""} />}
      </Field>
      <div className="grid gap-x-6 md:grid-cols-3">
        <Field id="filter-soort" label="Soort" className="mb-4">
          {(control) => (
            <Select
              {...control}
              name="kind"
              defaultValue={search.kind ?? ""}
              placeholder="Alle soorten"
              options={options.kinds.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
            />
          )}
        </Field>
        <Field id="filter-aanbieder" label="Aanbieder" className="mb-4">
          {(control) => (
            <Select
              {...control}
              name="provider"
              defaultValue={search.provider ?? ""}
              placeholder="Alle aanbieders"
              options={options.providers.map((provider) => ({ value: provider, label: providerLabel(provider) }))}
            />
          )}
        </Field>
        <Field id="filter-voor-wie" label="Voor wie" className="mb-4">
          {(control) => (
            <Select
              {...control}
              name="audience"
              defaultValue={search.audience ?? ""}
              placeholder="Iedereen"
              options={AUDIENCES.map((audience) => ({ value: audience.key, label: audience.label }))}
            />
          )}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
        <Button type="submit">Zoeken</Button>
        <Link href="/instrumenten">Alle filters wissen</Link>
      </div>
    </form>
  );
}
