import { useId, type ReactNode } from "react";
import { cx } from "./cx";

export type DataTableColumn<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** This column names the row: rendered as <th scope="row">. */
  rowHeader?: boolean;
};

export type DataTableProps<Row> = {
  caption: ReactNode;
  columns: DataTableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Optional last row with totals. */
  footer?: ReactNode[];
  className?: string;
};

/**
 * A plain, accessible table: caption, column headers with scope="col", row headers. Wide tables
 * scroll inside a focusable, labelled region so the page itself never scrolls sideways.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, footer, className }: DataTableProps<Row>) {
  const captionId = useId();
  return (
    <div className={cx("mb-6 max-w-full overflow-x-auto", className)} tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="w-full border-collapse">
        <caption id={captionId} className="mb-2 text-left font-semibold">
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th
                key={index}
                scope="col"
                className={cx("border-b-2 border-ink px-3 py-2 align-bottom", column.numeric ? "text-right" : "text-left")}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-line-light">
              {columns.map((column, index) => {
                const classes = cx("px-3 py-2 align-top", column.numeric ? "text-right tabular-nums" : "text-left");
                return column.rowHeader ? (
                  <th key={index} scope="row" className={cx(classes, "font-normal")}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={index} className={classes}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {footer ? (
          <tfoot>
            <tr className="border-t-2 border-ink font-semibold">
              {footer.map((content, index) => {
                const classes = cx("px-3 py-2", columns[index]?.numeric ? "text-right tabular-nums" : "text-left");
                return index === 0 ? (
                  <th key={index} scope="row" className={classes}>
                    {content}
                  </th>
                ) : (
                  <td key={index} className={classes}>
                    {content}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
