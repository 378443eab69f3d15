import type { KpiHeadline } from "@/lib/kpi/get-kpi-dashboard";
import { trendText } from "@/lib/kpi/trend";

/** The headline KPIs as a definition list; the trend is written out, never only an arrow or colour. */
export function ReportHeadline({ headline }: { headline: KpiHeadline[] }) {
  return (
    <dl className="mb-10 grid gap-4 sm:grid-cols-2 lg:grid-cols-3 print:grid-cols-3">
      {headline.map((item) => (
        <div key={item.id} className="break-inside-avoid rounded border-2 border-line-light p-4 print:border-black">
          <dt>{item.label}</dt>
          <dd className="text-2xl font-bold">{item.current.display}</dd>
          <dd className="text-base">{trendText(item.trend, item.previous)}</dd>
        </div>
      ))}
    </dl>
  );
}
