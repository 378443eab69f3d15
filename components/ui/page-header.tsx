import type { ReactNode } from "react";
import { Breadcrumbs, type Crumb } from "./breadcrumbs";

export type PageHeaderProps = {
  title: ReactNode;
  /** One or two sentences under the heading. */
  lead?: ReactNode;
  breadcrumbs?: Crumb[];
  /** The one primary action of the page, e.g. a LinkButton. */
  action?: ReactNode;
};

/** Breadcrumbs, the page's only h1, and a short lead. */
export function PageHeader({ title, lead, breadcrumbs, action }: PageHeaderProps) {
  return (
    <header className="mb-8">
      {breadcrumbs ? <Breadcrumbs items={breadcrumbs} /> : null}
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="min-w-0 text-3xl sm:text-4xl">{title}</h1>
        {action ? <div>{action}</div> : null}
      </div>
      {lead ? <div className="mt-3 max-w-2xl text-xl text-ink">{lead}</div> : null}
    </header>
  );
}
