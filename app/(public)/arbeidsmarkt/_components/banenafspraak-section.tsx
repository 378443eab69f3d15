import { BarChartFigure } from "@/components/charts/bar-chart-figure";
import { ChartWithTable } from "@/components/charts/chart-with-table";
import { DataTable } from "@/components/ui";
import { formatNumber, formatPercent } from "@/lib/labour-market/format-figures";
import type { LabourMarketFigures } from "@/lib/labour-market/figures-to-labour-market";
import { SOURCES } from "@/lib/labour-market/sources";

/** The job agreement: extra jobs for people with an occupational disability, target and progress. */
export function BanenafspraakSection({ data }: { data: LabourMarketFigures["banenafspraak"] }) {
  const rows = [
    { area: "Gooi en Vechtstreek", target: data.regionalTargetThrough2025, realisedPct: data.realisedShareQ1_2021Pct },
    { area: "Nederland", target: data.nationalTargetThrough2025, realisedPct: data.nationalRealisedShareQ1_2021Pct },
  ];
  return (
    <ChartWithTable
      id="banenafspraak"
      title="Banenafspraak"
      intro={
        <p>
          Werkgevers hebben afgesproken extra banen te maken voor mensen met een arbeidsbeperking. Het doel voor Gooi en
          Vechtstreek is {formatNumber(data.regionalTargetThrough2025)} extra banen tot en met 2025. In het eerste kwartaal van
          2021 was in de regio {formatPercent(data.realisedShareQ1_2021Pct)} van het doel gehaald.
        </p>
      }
      chart={<BarChartFigure data={rows.map((row) => ({ label: row.area, value: row.realisedPct }))} valueSuffix="%" labelWidth={150} />}
      table={
        <DataTable
          caption="Banenafspraak: doel tot en met 2025 (aantal extra banen) en deel van het doel dat gehaald was in het eerste kwartaal van 2021 (%)"
          columns={[
            { header: "Gebied", cell: (row) => row.area, rowHeader: true },
            { header: "Doel (extra banen)", cell: (row) => formatNumber(row.target), numeric: true },
            { header: "Gehaald in 2021 (%)", cell: (row) => formatPercent(row.realisedPct), numeric: true },
          ]}
          rows={rows}
          rowKey={(row) => row.area}
        />
      }
      source={SOURCES.banenafspraak}
    />
  );
}
