import { formatNumber, formatPercent } from "@/lib/labour-market/format-figures";
import type { LabourMarketFigures } from "@/lib/labour-market/figures-to-labour-market";
import { SOURCES } from "@/lib/labour-market/sources";

type Figure = { label: string; value: string; note: string };

function toFigures(data: LabourMarketFigures): Figure[] {
  const { headline } = data;
  return [
    { label: "Inwoners", value: formatNumber(headline.inhabitants2025), note: `in 2025; in 2040 naar verwachting ${formatNumber(headline.inhabitants2040)}` },
    { label: "Open vacatures", value: formatNumber(headline.openVacanciesQ2_2025), note: "tweede kwartaal 2025" },
    { label: "Onbenut arbeidspotentieel", value: formatNumber(headline.untappedPotential.total), note: "mensen die (meer) willen en kunnen werken" },
    { label: "Geregistreerde werkzoekenden", value: formatNumber(data.registeredJobseekersByEducationSept2025.regionTotal), note: "september 2025" },
    { label: "WW-uitkeringen", value: formatNumber(data.wwJuly2025.total), note: "juli 2025" },
    { label: "Netto arbeidsparticipatie", value: formatPercent(headline.netParticipationPct), note: `${formatNumber(headline.working15to75)} werkenden van 15 tot 75 jaar` },
    { label: "Groene druk", value: formatPercent(headline.greenPressurePct), note: "jongeren tot 20 jaar per 100 mensen van 20 tot 65 jaar" },
    { label: "Grijze druk", value: formatPercent(headline.greyPressurePct), note: "65-plussers per 100 mensen van 20 tot 65 jaar" },
  ];
}

/** The region in a few figures, as a description list (no chart needed). */
export function HeadlineFigures({ data }: { data: LabourMarketFigures }) {
  return (
    <section aria-labelledby="kerncijfers" className="mb-14">
      <h2 id="kerncijfers" className="text-2xl">
        De regio in cijfers
      </h2>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {toFigures(data).map((figure) => (
          <div key={figure.label} className="flex flex-col rounded-sm border-2 border-line-light p-4">
            <dt className="order-2 font-semibold">{figure.label}</dt>
            <dd className="order-1 text-3xl font-bold text-brand">{figure.value}</dd>
            <dd className="order-3 text-muted">{figure.note}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-muted">{SOURCES.headline}</p>
    </section>
  );
}
