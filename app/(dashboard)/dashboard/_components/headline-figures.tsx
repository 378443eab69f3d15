import { isSuppressedCell, SUPPRESSION_NOTE } from "@/lib/dashboard/small-cell";
import type { KpiHeadline } from "@/lib/kpi/get-kpi-dashboard";
import { trendText } from "@/lib/kpi/trend";

const ARROWS = { up: "↑", down: "↓", same: "=", unknown: "" } as const;

/** The headline KPIs as a definition list; the trend is written out, the arrow is decoration. */
export function HeadlineFigures({ headline, periodLabel }: { headline: KpiHeadline[]; periodLabel: string }) {
  const hidden = headline.some((item) => isSuppressedCell(item.current) || isSuppressedCell(item.previous));
  return (
    <section aria-labelledby="kerncijfers" className="mb-10">
      <h2 id="kerncijfers" className="mb-4 text-2xl font-bold">
        Kerncijfers {periodLabel}
      </h2>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {headline.map((item) => (
          <div key={item.id} className="rounded border-2 border-line-light p-4">
            <dt>{item.label}</dt>
            <dd className="text-3xl font-bold tabular-nums">{item.current.display}</dd>
            <dd className="mt-1 text-muted">
              {ARROWS[item.trend] ? <span aria-hidden="true">{ARROWS[item.trend]} </span> : null}
              {trendText(item.trend, item.previous)}
            </dd>
          </div>
        ))}
      </dl>
      {hidden ? <p className="mt-3 max-w-3xl text-muted">{SUPPRESSION_NOTE}</p> : null}
    </section>
  );
}
