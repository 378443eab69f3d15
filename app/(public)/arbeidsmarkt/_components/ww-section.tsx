import { BarChartFigure } from "@/components/charts/bar-chart-figure";
import { ChartWithTable } from "@/components/charts/chart-with-table";
import { DataTable } from "@/components/ui";
import { formatNumber } from "@/lib/labour-market/format-figures";
import type { OccupationClassRow } from "@/lib/labour-market/occupation-class-rows";
import { SOURCES } from "@/lib/labour-market/sources";

export function WwSection({ rows }: { rows: OccupationClassRow[] }) {
  const total = rows.reduce((sum, row) => sum + row.wwBenefits, 0);
  return (
    <ChartWithTable
      id="ww"
      title="WW-uitkeringen per beroepsklasse"
      intro={<p>Het aantal lopende WW-uitkeringen per beroepsklasse in de regio.</p>}
      chart={<BarChartFigure data={rows.map((row) => ({ label: row.shortName, value: row.wwBenefits }))} />}
      table={
        <DataTable
          caption="Lopende WW-uitkeringen per beroepsklasse in Gooi en Vechtstreek, september 2025 (aantal uitkeringen)"
          columns={[
            { header: "Beroepsklasse", cell: (row) => row.name, rowHeader: true },
            { header: "WW-uitkeringen", cell: (row) => formatNumber(row.wwBenefits), numeric: true },
          ]}
          rows={rows}
          rowKey={(row) => row.code}
          footer={["Totaal", formatNumber(total)]}
        />
      }
      source={SOURCES.wwBenefits}
    />
  );
}
