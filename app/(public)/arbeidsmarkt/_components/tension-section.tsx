import { BarChartFigure } from "@/components/charts/bar-chart-figure";
import { ChartWithTable } from "@/components/charts/chart-with-table";
import { DataTable } from "@/components/ui";
import { formatNumber } from "@/lib/labour-market/format-figures";
import type { OccupationClassRow } from "@/lib/labour-market/occupation-class-rows";
import { SOURCES } from "@/lib/labour-market/sources";

const ONE_DECIMAL = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });

/** Vacancies per WW benefit per class: a rough indication of where staff is hardest to find. */
export function TensionSection({ rows }: { rows: OccupationClassRow[] }) {
  const withRatio = rows.filter((row) => row.vacanciesPerWwBenefit !== null);
  return (
    <ChartWithTable
      id="spanning"
      title="Spanning: vacatures per WW-uitkering"
      intro={
        <p>
          Hoe meer vacatures per WW-uitkering, hoe moeilijker het is om personeel te vinden. Dit is een indicatie: de cijfers
          komen uit verschillende maanden en niet iedereen met WW zoekt in dezelfde beroepsklasse.
        </p>
      }
      chart={<BarChartFigure data={withRatio.map((row) => ({ label: row.shortName, value: row.vacanciesPerWwBenefit ?? 0 }))} />}
      table={
        <DataTable
          caption="Open vacatures per WW-uitkering per beroepsklasse in Gooi en Vechtstreek (verhouding)"
          columns={[
            { header: "Beroepsklasse", cell: (row) => row.name, rowHeader: true },
            { header: "Open vacatures", cell: (row) => formatNumber(row.vacanciesRegion), numeric: true },
            { header: "WW-uitkeringen", cell: (row) => formatNumber(row.wwBenefits), numeric: true },
            {
              header: "Vacatures per WW-uitkering",
              cell: (row) => (row.vacanciesPerWwBenefit === null ? "geen WW" : ONE_DECIMAL.format(row.vacanciesPerWwBenefit)),
              numeric: true,
            },
          ]}
          rows={rows}
          rowKey={(row) => row.code}
        />
      }
      source={SOURCES.tension}
    />
  );
}
