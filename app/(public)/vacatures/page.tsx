import type { Metadata } from "next";
import { PageHeader, Pagination } from "@/components/ui";
import { findPublicVacancies } from "@/lib/public-vacancies/find-public-vacancies";
import { findPublicVacancyFilterOptions } from "@/lib/public-vacancies/find-public-vacancy-filter-options";
import { hasPublicVacancyFilters, parsePublicVacancySearch, publicVacancySearchHref } from "@/lib/public-vacancies/schemas";
import { VacancyResult } from "./_components/vacancy-result";
import { VacancySearchForm } from "./_components/vacancy-search-form";

export const metadata: Metadata = {
  title: "Vacatures",
  description: "Openstaande vacatures van werkgevers in Gooi en Vechtstreek, via het Werkcentrum.",
};

function countText(count: number, filtered: boolean): string {
  const noun = count === 1 ? "vacature" : "vacatures";
  return filtered ? `${count} ${noun} gevonden` : `${count} ${noun} open`;
}

export default async function PublicVacanciesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const search = parsePublicVacancySearch(await searchParams);
  const [result, options] = await Promise.all([findPublicVacancies(search), findPublicVacancyFilterOptions()]);

  return (
    <>
      <PageHeader
        title="Vacatures"
        breadcrumbs={[{ label: "Home", href: "/" }, { label: "Vacatures" }]}
        lead="Werkgevers in de regio zoeken mensen. Ziet u een vacature die bij u past? Log in en laat weten dat u interesse heeft. Uw bemiddelaar neemt dan contact met u op."
      />
      <VacancySearchForm search={search} options={options} />

      <section aria-labelledby="resultaten" className="mt-8">
        <h2 id="resultaten" className="text-2xl">
          Resultaten
        </h2>
        <p role="status" aria-live="polite" className="mt-1 font-semibold">
          {countText(result.total, hasPublicVacancyFilters(search))}
        </p>
        {result.items.length === 0 ? (
          <p className="mt-4">Er is geen vacature die past bij uw zoekopdracht. Probeer een ander woord of wis de filters.</p>
        ) : (
          <div className="mt-2">
            {result.items.map((vacancy) => (
              <VacancyResult key={vacancy.id} vacancy={vacancy} />
            ))}
          </div>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => publicVacancySearchHref(search, { page })} label="Pagina's met vacatures" />
      </section>
    </>
  );
}
