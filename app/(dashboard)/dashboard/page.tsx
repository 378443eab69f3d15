import type { Metadata } from "next";
import Link from "next/link";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { getDashboardOverview } from "@/lib/auth/start-pages/get-dashboard-overview";
import { formatNumber } from "@/lib/auth/start-pages/format";

export const metadata: Metadata = { title: "Dashboard" };

const link = "underline underline-offset-2";

export default async function DashboardStartPage() {
  const actor = await requirePortalActor("/dashboard");
  const overview = await getDashboardOverview(actor);
  const figures = [
    { label: "Open vacatures", value: overview.openVacancies },
    { label: "Vacatures in totaal", value: overview.vacancies },
    { label: "Plaatsingen", value: overview.placements },
    { label: "Duurzame plaatsingen (langer dan 6 maanden)", value: overview.sustainablePlacements },
    { label: "Kandidaten", value: overview.candidates },
    { label: "Kandidaten die werkfit zijn", value: overview.workReadyCandidates },
  ];

  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PortalBreadcrumbs crumbs={[{ label: "Home", href: "/" }, { label: "Dashboard" }]} />
      <h1 className="mb-2 text-3xl font-bold">Dashboard</h1>
      <p className="mb-6">Actuele totalen voor de hele regio Gooi en Vechtstreek.</p>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {figures.map((figure) => (
          <div key={figure.label} className="rounded border-2 border-gray-300 p-4">
            <dt>{figure.label}</dt>
            <dd className="text-3xl font-bold">{formatNumber(figure.value)}</dd>
          </div>
        ))}
      </dl>
      <ul className="mt-8 flex flex-wrap gap-x-6">
        <li>
          <Link href="/dashboard/suwi" className={link}>SUWI-monitor</Link>
        </li>
        <li>
          <Link href="/dashboard/programma" className={link}>Programmamonitor</Link>
        </li>
        <li>
          <Link href="/dashboard/rapportage" className={link}>Rapportage</Link>
        </li>
      </ul>
    </div>
  );
}
