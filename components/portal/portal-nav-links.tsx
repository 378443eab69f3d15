"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type PortalNavItem = { href: string; label: string; count?: number; countLabel?: string };

/** A start page is current only on itself; a section also on its sub-pages. */
function isCurrent(pathname: string, href: string, exact: boolean): boolean {
  return exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/** The portal's section links with counts ("Inbox (3)"); the current section gets aria-current. */
export function PortalNavLinks({ items, startHref }: { items: PortalNavItem[]; startHref: string }) {
  const pathname = usePathname() ?? startHref;
  return (
    <ul className="flex flex-wrap gap-x-1 gap-y-1">
      {items.map((item) => {
        const current = isCurrent(pathname, item.href, item.href === startHref);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? "page" : undefined}
              className={`block rounded-sm border-b-4 px-3 py-2 font-semibold [overflow-wrap:anywhere] no-underline hover:underline ${
                current ? "border-brand bg-brand-light text-brand-dark" : "border-transparent text-brand"
              }`}
            >
              {item.label}
              {item.count !== undefined && item.count > 0 ? (
                <>
                  {" "}
                  ({item.count}
                  {item.countLabel ? <span className="sr-only"> {item.countLabel}</span> : null})
                </>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
