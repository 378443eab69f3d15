import type { ReactNode } from "react";

export type ChartWithTableProps = {
  id: string;
  title: string;
  /** One or two sentences: what the figures say. */
  intro?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  source: string;
};

/**
 * A section with a heading, a chart for sighted readers, the same figures as a table (the accessible
 * alternative) and the source. Side by side on wide screens, stacked on small ones.
 */
export function ChartWithTable({ id, title, intro, chart, table, source }: ChartWithTableProps) {
  return (
    <section aria-labelledby={id} className="mb-14">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      {intro ? <div className="mt-2 max-w-3xl">{intro}</div> : null}
      <div className="mt-4 grid gap-6 lg:grid-cols-2 lg:items-start">
        <div className="min-w-0">
          {chart}
          <p className="text-muted">De tabel bij deze grafiek bevat dezelfde cijfers.</p>
        </div>
        <div className="min-w-0">{table}</div>
      </div>
      <p className="text-muted">{source}</p>
    </section>
  );
}
