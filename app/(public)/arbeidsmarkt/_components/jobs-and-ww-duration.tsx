import { DataTable } from "@/components/ui";
import { formatNumber } from "@/lib/labour-market/format-figures";
import type { LabourMarketFigures } from "@/lib/labour-market/figures-to-labour-market";
import { SOURCES } from "@/lib/labour-market/sources";

/** Two small tables without a chart: jobs over time and how long WW benefits have been running. */
export function JobsAndWwDuration({ data }: { data: LabourMarketFigures }) {
  const duration = [
    { label: "Korter dan 6 maanden", value: data.wwJuly2025.under6months },
    { label: "6 tot 12 maanden", value: data.wwJuly2025.from6to12months },
    { label: "Een jaar of langer", value: data.wwJuly2025.yearOrLonger },
  ];
  return (
    <section aria-labelledby="banen-en-ww" className="mb-14">
      <h2 id="banen-en-ww" className="text-2xl">
        Banen en duur van de WW
      </h2>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div className="min-w-0">
          <DataTable
            caption="Banen in Gooi en Vechtstreek (aantal banen)"
            columns={[
              { header: "Jaar", cell: (row) => (row.forecast ? `${row.year} (prognose)` : String(row.year)), rowHeader: true },
              { header: "Werknemers", cell: (row) => formatNumber(row.employees), numeric: true },
              { header: "Zelfstandigen", cell: (row) => formatNumber(row.selfEmployed), numeric: true },
            ]}
            rows={data.jobs}
            rowKey={(row) => String(row.year)}
          />
          <p className="text-muted">{SOURCES.jobs}</p>
        </div>
        <div className="min-w-0">
          <DataTable
            caption="WW-uitkeringen naar duur, juli 2025 (aantal uitkeringen)"
            columns={[
              { header: "Duur", cell: (row) => row.label, rowHeader: true },
              { header: "Aantal", cell: (row) => formatNumber(row.value), numeric: true },
            ]}
            rows={duration}
            rowKey={(row) => row.label}
            footer={["Totaal", formatNumber(data.wwJuly2025.total)]}
          />
          <p className="text-muted">{SOURCES.wwDuration}</p>
        </div>
      </div>
    </section>
  );
}
