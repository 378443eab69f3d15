import { BarChartFigure } from "@/components/charts/bar-chart-figure";
import { ChartWithTable } from "@/components/charts/chart-with-table";
import { DataTable } from "@/components/ui";
import { formatNumber, formatPercent } from "@/lib/labour-market/format-figures";
import type { JobseekerRow } from "@/lib/labour-market/jobseeker-rows";

export type JobseekersSectionProps = {
  id: string;
  title: string;
  groupHeader: string;
  caption: string;
  intro: string;
  rows: JobseekerRow[];
  totals: { region: number; nl: number };
  source: string;
};

/** Registered jobseekers by one characteristic (education or age), region and the Netherlands. */
export function JobseekersSection({ id, title, groupHeader, caption, intro, rows, totals, source }: JobseekersSectionProps) {
  return (
    <ChartWithTable
      id={id}
      title={title}
      intro={<p>{intro}</p>}
      chart={<BarChartFigure data={rows.map((row) => ({ label: row.label, value: row.region }))} labelWidth={150} />}
      table={
        <DataTable
          caption={caption}
          columns={[
            { header: groupHeader, cell: (row) => row.label, rowHeader: true },
            { header: "Regio (aantal)", cell: (row) => formatNumber(row.region), numeric: true },
            { header: "Regio (%)", cell: (row) => formatPercent(row.regionPct), numeric: true },
            { header: "Nederland (%)", cell: (row) => formatPercent(row.nlPct), numeric: true },
          ]}
          rows={rows}
          rowKey={(row) => row.label}
          footer={["Totaal", formatNumber(totals.region), "100%", "100%"]}
        />
      }
      source={source}
    />
  );
}
