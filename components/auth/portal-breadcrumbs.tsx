import Link from "next/link";

export type Crumb = { label: string; href?: string };

/** Breadcrumbs for portal pages; the last crumb is the current page. */
export function PortalBreadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Kruimelpad" className="mb-4 text-base">
      <ol className="flex flex-wrap gap-x-2">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.label} className="flex gap-x-2">
              {crumb.href && !last ? (
                <Link href={crumb.href} className="underline underline-offset-2">
                  {crumb.label}
                </Link>
              ) : (
                <span aria-current={last ? "page" : undefined}>{crumb.label}</span>
              )}
              {!last && <span aria-hidden="true">›</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
