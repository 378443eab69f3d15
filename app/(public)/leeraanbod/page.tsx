import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Button, Field, PageHeader, Select, TextInput } from "@/components/ui";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import { findPublicLearningOffers } from "@/lib/learning-offers/find-public-learning-offers";
import { LEARNING_OFFER_KIND_LABELS, parseLearningOfferSearch } from "@/lib/learning-offers/schemas";
import { currentTime } from "@/lib/time/current-time";
import { isoToDbDate, todayIso } from "@/lib/time/calendar-dates";

export const metadata: Metadata = {
  title: "Leeraanbod",
  description: "Ontwikkelpaden, leerwerktrajecten en BBL-plaatsen in Gooi en Vechtstreek: leren en werken tegelijk.",
};

const KIND_OPTIONS = Object.entries(LEARNING_OFFER_KIND_LABELS).map(([value, label]) => ({ value, label }));

/** J5: learning offers for everyone; only active offers and start dates from today on. */
export default async function LearningOffersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const search = parseLearningOfferSearch(await searchParams);
  const offers = await findPublicLearningOffers(search, todayIso(await currentTime()));
  const filtered = Boolean(search.q || search.soort);
  const noun = offers.length === 1 ? "leeraanbod" : "leeraanbiedingen";

  return (
    <>
      <PageHeader
        title="Leeraanbod"
        breadcrumbs={[{ label: "Home", href: "/" }, { label: "Leeraanbod" }]}
        lead="Leren en werken tegelijk: ontwikkelpaden, leerwerktrajecten en BBL-plaatsen in de regio. Wilt u meedoen? Vraag uw bemiddelaar of kijk bij de aanbieder."
      />
      <form method="get" action="/leeraanbod" role="search" aria-label="Leeraanbod zoeken" className="rounded-sm bg-surface p-5">
        <div className="grid gap-x-6 md:grid-cols-2">
          <Field id="zoekterm" label="Zoek op onderwerp of aanbieder" hint="Bijvoorbeeld: zorg, techniek of logistiek" className="mb-4">
            {(control) => <TextInput {...control} type="search" name="q" defaultValue={search.q ?? ""} />}
          </Field>
          <Field id="filter-soort" label="Soort leeraanbod" className="mb-4">
            {(control) => <Select {...control} name="soort" defaultValue={search.soort ?? ""} placeholder="Alle soorten" options={KIND_OPTIONS} />}
          </Field>
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <Button type="submit">Zoeken</Button>
          <Link href="/leeraanbod">Alle filters wissen</Link>
        </div>
      </form>

      <section aria-labelledby="resultaten" className="mt-8">
        <h2 id="resultaten" className="text-2xl">
          Resultaten
        </h2>
        <p role="status" aria-live="polite" className="mt-1 font-semibold">
          {filtered ? `${offers.length} ${noun} gevonden` : `${offers.length} ${noun}`}
        </p>
        {offers.length === 0 ? (
          <p className="mt-4">Er is geen leeraanbod dat past bij uw zoekopdracht. Probeer een ander woord of wis de filters.</p>
        ) : (
          <ul className="mt-4 grid max-w-3xl gap-4" aria-label="Leeraanbod">
            {offers.map((offer) => (
              <li key={offer.id} className="border border-line-light p-4">
                <h3 className="mb-2 text-xl">{offer.title}</h3>
                <p className="mb-3">{offer.description}</p>
                <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                  <dt className="font-semibold">Soort</dt>
                  <dd>{LEARNING_OFFER_KIND_LABELS[offer.kind]}</dd>
                  <dt className="font-semibold">Aanbieder</dt>
                  <dd>{offer.provider}</dd>
                  <dt className="font-semibold">Start</dt>
                  <dd>
                    {offer.upcomingStartDates.length === 0
                      ? "In overleg: u kunt op elk moment beginnen"
                      : offer.upcomingStartDates.map((date) => formatDutchDate(isoToDbDate(date))).join(", ")}
                  </dd>
                </dl>
                {offer.url ? (
                  <p className="mt-3">
                    <a href={offer.url} rel="noopener noreferrer">
                      Meer informatie bij {offer.provider}
                      <span className="sr-only"> over {offer.title}</span>
                    </a>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
