import type { Metadata } from "next";
import { PageHeader } from "@/components/ui";
import { findInstrumentFilterOptions } from "@/lib/instruments/find-instrument-filter-options";
import { findInstruments } from "@/lib/instruments/find-instruments";
import { hasActiveFilters, parseInstrumentSearch } from "@/lib/instruments/schemas";
import { InstrumentResult } from "./_components/instrument-result";
import { InstrumentSearchForm } from "./_components/instrument-search-form";

export const metadata: Metadata = {
  title: "Instrumentengids",
  description: "Subsidies, regelingen en belastingvoordelen voor werkgevers en werkzoekenden in Gooi en Vechtstreek.",
};

function countText(count: number, filtered: boolean): string {
  const noun = count === 1 ? "instrument" : "instrumenten";
  return filtered ? `${count} ${noun} gevonden` : `${count} ${noun} in de gids`;
}

export default async function InstrumentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const search = parseInstrumentSearch(await searchParams);
  const [instruments, options] = await Promise.all([findInstruments(search), findInstrumentFilterOptions()]);
  const filtered = hasActiveFilters(search);

  return (
    <>
      <PageHeader
        title="Instrumentengids"
        breadcrumbs={[{ label: "Home", href: "/" }, { label: "Instrumentengids" }]}
        lead="Regelingen, subsidies en belastingvoordelen die helpen bij werk. Per instrument leest u voor wie het is, wat de voorwaarden zijn en wie het regelt."
      />
      <InstrumentSearchForm search={search} options={options} />

      <section aria-labelledby="resultaten" className="mt-8">
        <h2 id="resultaten" className="text-2xl">
          Resultaten
        </h2>
        <p role="status" aria-live="polite" className="mt-1 font-semibold">
          {countText(instruments.length, filtered)}
        </p>
        {instruments.length === 0 ? (
          <p className="mt-4">
            Er is geen instrument dat past bij uw zoekopdracht. Probeer een ander woord of wis de filters. Twijfelt u? Bel of
            mail het Werkcentrum, wij denken met u mee.
          </p>
        ) : (
          <div className="mt-2">
            {instruments.map((instrument) => (
              <InstrumentResult key={instrument.code} instrument={instrument} />
            ))}
          </div>
        )}
      </section>
    </>
  );
}
