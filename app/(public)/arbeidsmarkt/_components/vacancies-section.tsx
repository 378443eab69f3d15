import { BarChartFigure } from "@/components/charts/bar-chart-figure";
import { ChartWithTable } from "@/components/charts/chart-with-table";
import { DataTable } from "@/components/ui";
import { formatNumber } from "@/lib/labour-market/format-figures";
import type { OccupationClassRow } from "@/lib/labour-market/occupation-class-rows";
import { SOURCES } from "@/lib/labour-market/sources";

export function VacanciesSection({ rows, publishedTotal }: { rows: OccupationClassRow[]; publishedTotal: number }) {
  const regionTotal = rows.reduce((sum, row) => sum + row.vacanciesRegion, 0);
  const nlTotal = rows.reduce((sum, row) => sum + row.vacanciesNl, 0);
  const top = [...rows].sort((a, b) => b.vacanciesRegion - a.vacanciesRegion).slice(0, 2);
  return (
    <ChartWithTable
      id="vacatures"
      title="Open vacatures per beroepsklasse"
      intro={
        <p>
          In de regio stonden {formatNumber(publishedTotal)} vacatures open. De meeste waren er in de beroepsklassen{" "}
          {top.map((row) => `${row.name} (${formatNumber(row.vacanciesRegion)})`).join(" en ")}. UWV rondt
          de aantallen per beroepsklasse af op vijftigtallen. Daarom is de optelling in de tabel iets anders dan het totaal.
        </p>
      }
      chart={<BarChartFigure data={rows.map((row) => ({ label: row.shortName, value: row.vacanciesRegion }))} />}
      table={
        <DataTable
          caption="Open vacatures per beroepsklasse, tweede kwartaal 2025 (aantal vacatures)"
          columns={[
            { header: "Beroepsklasse", cell: (row) => row.name, rowHeader: true },
            { header: "Gooi en Vechtstreek", cell: (row) => formatNumber(row.vacanciesRegion), numeric: true },
            { header: "Nederland", cell: (row) => formatNumber(row.vacanciesNl), numeric: true },
          ]}
          rows={rows}
          rowKey={(row) => row.code}
          footer={["Optelling (afgerond)", formatNumber(regionTotal), formatNumber(nlTotal)]}
        />
      }
      source={SOURCES.vacancies}
    />
  );
}
