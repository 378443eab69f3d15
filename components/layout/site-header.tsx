import Link from "next/link";
import { Suspense } from "react";
import { HeaderAccount } from "@/components/auth/header-account";
import { SiteNavLinks, type NavItem } from "./site-nav-links";

const MAIN_NAV: NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/instrumenten", label: "Instrumentengids" },
  { href: "/arbeidsmarkt", label: "Arbeidsmarkt" },
  { href: "/vacatures", label: "Vacatures" },
  { href: "/evenementen", label: "Evenementen" },
  { href: "/leeraanbod", label: "Leeraanbod" },
];

/** Site name, the account area (login or the logged-in person) and the main navigation. */
export function SiteHeader() {
  return (
    <header className="no-print">
      <div className="border-b border-line-light bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
          <Link href="/" className="flex items-center gap-3 text-ink no-underline hover:text-ink hover:underline">
            <span aria-hidden="true" className="inline-block size-10 shrink-0 rounded-sm bg-brand" />
            <span className="text-xl leading-tight font-bold sm:text-2xl">Werkcentrum Gooi en Vechtstreek</span>
          </Link>
          <div className="text-lg">
            <Suspense fallback={null}>
              <HeaderAccount />
            </Suspense>
          </div>
        </div>
      </div>
      <nav aria-label="Hoofdmenu" className="bg-brand">
        <div className="mx-auto max-w-6xl px-1 sm:px-2">
          <SiteNavLinks items={MAIN_NAV} />
        </div>
      </nav>
    </header>
  );
}
