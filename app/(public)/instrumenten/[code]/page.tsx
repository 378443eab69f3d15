import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CONTACT_EMAIL } from "@/components/layout/site-footer";
import { Alert, PageHeader } from "@/components/ui";
import { formatDutchDate, toIsoDate } from "@/lib/time/format-dutch-date";
import { getInstrument } from "@/lib/instruments/get-instrument";
import { executedByLabel, kindLabel, providerLabel } from "@/lib/instruments/labels";
import { isDueForReview } from "@/lib/instruments/review";
import { instrumentCodeSchema } from "@/lib/instruments/schemas";
import { currentTime } from "@/lib/time/current-time";

type Props = { params: Promise<{ code: string }> };

/** One lookup per request, shared by the metadata and the page. Unknown or malformed code → 404. */
const loadInstrument = cache(async (code: string) => {
  const parsed = instrumentCodeSchema.safeParse(code);
  if (!parsed.success) notFound();
  const instrument = await getInstrument({ code: parsed.data });
  if (!instrument) notFound();
  return instrument;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const instrument = await loadInstrument((await params).code);
  return { title: `${instrument.name} – Instrumentengids`, description: instrument.summary };
}

export default async function InstrumentPage({ params }: Props) {
  const instrument = await loadInstrument((await params).code);
  const outOfDate = isDueForReview(instrument.checkedOn, await currentTime());

  return (
    <>
      <PageHeader
        title={instrument.name}
        breadcrumbs={[
          { label: "Home", href: "/" },
          { label: "Instrumentengids", href: "/instrumenten" },
          { label: instrument.name },
        ]}
        lead={instrument.summary}
      />

      <dl className="max-w-3xl divide-y divide-line-light border-y border-line-light">
        <Row term="Soort">{kindLabel(instrument.kind)}</Row>
        <Row term="Voor wie">{instrument.forWhom}</Row>
        <Row term="Voorwaarden">
          {instrument.conditions ?? "De precieze voorwaarden hangen af van de situatie. Het Werkcentrum zoekt dit met u uit."}
        </Row>
        {instrument.amounts ? <Row term="Bedragen">{instrument.amounts}</Row> : null}
        <Row term="Hoe lang">{instrument.typicalDuration ?? "Verschilt per situatie."}</Row>
        <Row term="Aangeboden door">{instrument.providers.map(providerLabel).join(", ")}</Row>
        <Row term="Wie regelt het">{executedByLabel(instrument.executedBy)}</Row>
        {instrument.needs.length > 0 ? (
          <Row term="Eerst nodig">
            <ul className="list-none">
              {instrument.needs.map((need) => (
                <li key={need.code}>
                  {need.name ? <Link href={`/instrumenten/${need.code}`}>{need.name}</Link> : need.code}
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
        {instrument.links.length > 0 ? (
          <Row term="Meer informatie">
            <ul className="list-none">
              {instrument.links.map((link) => (
                <li key={link.url}>
                  <a href={link.url} rel="noopener noreferrer" className="wrap-anywhere">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
      </dl>

      <p className="mt-6 max-w-3xl">
        <strong>
          Laatst gecontroleerd op <time dateTime={toIsoDate(instrument.checkedOn)}>{formatDutchDate(instrument.checkedOn)}</time>.
        </strong>{" "}
        Regels veranderen soms. Vraag het Werkcentrum of deze informatie nog klopt voor uw situatie.
      </p>
      {outOfDate ? (
        <Alert tone="warning" className="mt-4 max-w-3xl" title="Deze informatie is mogelijk verouderd.">
          Het Werkcentrum heeft dit instrument een half jaar of langer geleden voor het laatst gecontroleerd. Voorwaarden en
          bedragen kunnen intussen zijn veranderd. Vraag het Werkcentrum naar de actuele regels.
        </Alert>
      ) : null}

      <section aria-labelledby="vraag" className="mt-8 max-w-3xl rounded-sm bg-surface p-6">
        <h2 id="vraag" className="text-2xl">
          Wilt u dit instrument gebruiken?
        </h2>
        <p className="mt-2">
          Werkgevers vragen het aan via hun vaste contactpersoon: <Link href="/werkgever">ga naar de werkgeversingang</Link>.
          Werkzoekenden bespreken het met hun bemiddelaar: <Link href="/werkzoekende">ga naar de ingang voor werkzoekenden</Link>.
        </p>
        <p className="mt-2">
          Of bel of mail het Werkcentrum: <a href={`mailto:${CONTACT_EMAIL}`} className="wrap-anywhere">{CONTACT_EMAIL}</a>.
        </p>
      </section>

      <p className="mt-8">
        <Link href="/instrumenten">Terug naar de instrumentengids</Link>
      </p>
    </>
  );
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-x-6 py-3 sm:grid-cols-[12rem_1fr]">
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
