import Link from "next/link";
import type { ReactNode } from "react";
import { BarChartFigure, type BarDatum } from "@/components/charts/bar-chart-figure";
import { cx } from "@/components/ui/cx";
import { isSuppressedCell as isSuppressed, SUPPRESSION_NOTE } from "@/lib/dashboard/small-cell";
import type { DashboardTable } from "@/lib/dashboard/table";

export type DashboardTableViewProps = {
  table: DashboardTable;
  /** Level of the table's title; 2 on a dashboard page, 3 inside a report chapter. */
  headingLevel?: 2 | 3;
  /** Where "Download CSV" points (e.g. `/dashboard/export/<id>?<filtersToQuery>`); no link when omitted. */
  csvHref?: string;
  /** Show the bar chart when the table defines one (default true); false for compact or print views. */
  showChart?: boolean;
  /** Extra text under the description, e.g. which filters apply to this table. */
  note?: ReactNode;
  className?: string;
};

/** The chart bars: rows whose value cell is a number; suppressed ("< 5", "verborgen") cells never reach a chart. */
export function chartData(table: DashboardTable): BarDatum[] {
  if (!table.chart) return [];
  const { labelColumn, valueColumn } = table.chart;
  return table.rows.flatMap((row) => {
    const value = row[valueColumn]?.value;
    return typeof value === "number" ? [{ label: row[labelColumn]?.display ?? "", value }] : [];
  });
}

/**
 * One dashboard table (D1–D4) as a titled section: a real <table> with caption and header scopes
 * (the first column names the row), a bar chart beside it when the table defines one (hidden from
 * assistive technology, the table is the accessible alternative) and an optional CSV link. The
 * table scrolls inside a focusable, labelled region so the page never scrolls sideways at 320 px.
 */
export function DashboardTableView({ table, headingLevel = 2, csvHref, showChart = true, note, className }: DashboardTableViewProps) {
  const titleId = `tabel-${table.id}`;
  const captionId = `tabel-${table.id}-bijschrift`;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const bars = showChart ? chartData(table) : [];
  const withChart = bars.length >= 2;
  const hiddenBars = withChart && table.chart ? table.rows.filter((row) => isSuppressed(row[table.chart!.valueColumn])).length : 0;
  const noteId = `tabel-${table.id}-verborgen`;
  const withHidden = table.rows.some((row) => row.some(isSuppressed));

  const tableElement = (
    <div className="max-w-full overflow-x-auto" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="w-full border-collapse" aria-describedby={withHidden ? noteId : undefined}>
        <caption id={captionId} className="mb-2 text-left font-semibold">
          {table.title}
        </caption>
        <thead>
          <tr>
            {table.columns.map((column, index) => (
              <th
                key={index}
                scope="col"
                className={cx("border-b-2 border-ink px-3 py-2 align-bottom", column.numeric ? "text-right" : "text-left")}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 ? (
            <tr>
              <td colSpan={table.columns.length} className="px-3 py-2">
                Geen gegevens voor deze periode.
              </td>
            </tr>
          ) : null}
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="border-b border-line-light">
              {row.map((cell, index) => {
                const numeric = table.columns[index]?.numeric;
                const classes = cx("px-3 py-2 align-top", numeric ? "text-right tabular-nums whitespace-nowrap" : "text-left");
                return index === 0 ? (
                  <th key={index} scope="row" className={cx(classes, "font-normal")}>
                    {cell.display}
                  </th>
                ) : (
                  <td key={index} className={classes}>
                    {cell.display}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <section aria-labelledby={titleId} className={cx("mb-12 break-inside-avoid", className)}>
      <Heading id={titleId} className={headingLevel === 2 ? "text-2xl font-bold" : "text-xl font-bold"}>
        {table.title}
      </Heading>
      {table.description ? <p className="mt-2 max-w-3xl">{table.description}</p> : null}
      {note ? <div className="mt-2 max-w-3xl text-muted">{note}</div> : null}
      <div className={cx("mt-4", withChart && "grid gap-6 lg:grid-cols-2 lg:items-start")}>
        {withChart ? (
          <div className="min-w-0 print:hidden">
            <BarChartFigure data={bars} valueSuffix={table.chart?.valueSuffix} />
            <p className="text-muted">
              De tabel bij deze grafiek bevat dezelfde cijfers.
              {hiddenBars > 0 ? " Verborgen cijfers (“< 5” en “verborgen”) staan alleen in de tabel." : null}
            </p>
          </div>
        ) : null}
        <div className="min-w-0">
          {tableElement}
          {withHidden ? (
            <p id={noteId} className="mt-2 text-muted">
              {SUPPRESSION_NOTE}
            </p>
          ) : null}
        </div>
      </div>
      {csvHref ? (
        <p className="mt-3 print:hidden">
          <Link href={csvHref} prefetch={false} className="underline underline-offset-2" download>
            Download CSV<span className="sr-only"> van {table.title}</span>
          </Link>
        </p>
      ) : null}
    </section>
  );
}
