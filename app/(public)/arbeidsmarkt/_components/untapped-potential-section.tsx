import { BarChartFigure } from "@/components/charts/bar-chart-figure";
import { ChartWithTable } from "@/components/charts/chart-with-table";
import { DataTable } from "@/components/ui";
import { formatNumber } from "@/lib/labour-market/format-figures";
import type { LabourMarketFigures } from "@/lib/labour-market/figures-to-labour-market";
import { SOURCES } from "@/lib/labour-market/sources";

export function UntappedPotentialSection({ data }: { data: LabourMarketFigures }) {
  const potential = data.headline.untappedPotential;
  const rows = [
    { label: "Deeltijders die meer uren willen werken", value: potential.underemployedPartTimers },
    { label: "Werklozen", value: potential.unemployed },
    { label: "Semi-werklozen", value: potential.semiUnemployed },
  ];
  return (
    <ChartWithTable
      id="onbenut-potentieel"
      title="Onbenut arbeidspotentieel"
      intro={<p>Ongeveer {formatNumber(potential.total)} mensen in de regio willen en kunnen (meer) werken.</p>}
      chart={<BarChartFigure data={rows} labelWidth={150} />}
      table={
        <DataTable
          caption="Onbenut arbeidspotentieel in Gooi en Vechtstreek (aantal personen)"
          columns={[
            { header: "Groep", cell: (row) => row.label, rowHeader: true },
            { header: "Aantal personen", cell: (row) => formatNumber(row.value), numeric: true },
          ]}
          rows={rows}
          rowKey={(row) => row.label}
          footer={["Totaal", formatNumber(potential.total)]}
        />
      }
      source={SOURCES.headline}
    />
  );
}
