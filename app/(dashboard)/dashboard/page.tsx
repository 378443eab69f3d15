import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { DashboardFilterForm } from "@/components/dashboard/dashboard-filter-form";
import { Alert } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { periodChoices } from "@/lib/dashboard/period";
import { getKpiHeadline } from "@/lib/kpi/get-kpi-dashboard";
import { getKpiFilterOptions } from "@/lib/kpi/get-kpi-filter-options";
import { currentTime } from "@/lib/time/current-time";
import { HeadlineFigures } from "./_components/headline-figures";
import { KpiSections, type KpiSection } from "./_components/kpi-sections";

export const metadata: Metadata = { title: "Dashboard" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const SECTIONS: KpiSection[] = [
  { id: "vacatures-voorstellen", title: "Vacatures en voorstellen", tables: ["vacatures", "eerste-voorstel", "voorstellen", "afwijzingsredenen"] },
  { id: "plaatsingen-nazorg", title: "Plaatsingen en nazorg", tables: ["plaatsingen-contractvorm", "duurzame-plaatsingen", "nazorg-op-tijd", "tevredenheid-werkgevers", "tevredenheid-verdeling"] },
  { id: "werkgeversdienstverlening", title: "Dienstverlening aan werkgevers", tables: ["vragen-werkgevers", "toezeggingen", "dubbele-benadering"] },
  { id: "samenwerking", title: "Samenwerking tussen partners", tables: ["overdrachten"] },
  { id: "doelgroepen", title: "Banenafspraak en doelgroepen", tables: ["banenafspraak", "plaatsingen-doelgroep"] },
  { id: "evenementen-sroi", title: "Evenementen en social return", tables: ["evenementen", "sroi"] },
];

const link = "underline underline-offset-2";

/** D1: the regional KPI dashboard for a period, with filters, trends and a CSV per table. */
export default async function DashboardPage({ searchParams }: Props) {
  const actor = await requirePortalActor("/dashboard");
  const now = await currentTime();
  const filters = parseDashboardFilters(await searchParams, now);
  // The first screen waits only for the headline's aggregates; the other tables stream in after it.
  const [first, options] = await Promise.all([getKpiHeadline(actor, filters, { now }), getKpiFilterOptions(actor)]);
  const readOnly = actor.role === "ACCOUNT_MANAGER" || actor.role === "JOB_MEDIATOR";

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <PortalBreadcrumbs crumbs={[{ label: "Home", href: "/" }, { label: "Dashboard" }]} />
      <h1 className="mb-2 text-3xl font-bold">Dashboard</h1>
      <p className="mb-4 max-w-3xl">
        Kengetallen van het Werkcentrum Gooi en Vechtstreek voor {filters.period.label}, vergeleken met de vorige periode (
        {filters.previous.label}). Alle cijfers worden op dit moment uit de gegevens berekend. Een aantal van 1 tot en met 4 personen
        staat er als “&lt; 5”, zodat niemand te herkennen is. Waar zo’n aantal uit een totaal of een percentage te berekenen zou
        zijn, staat ook dat cijfer er niet (“verborgen”).
      </p>
      <nav aria-label="Andere dashboards" className="mb-6">
        <ul className="flex flex-wrap gap-x-6">
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
      </nav>
      {readOnly ? (
        <Alert tone="info" title="Alleen bekijken">
          U kunt het dashboard bekijken en de tabellen downloaden. Wijzigen kan alleen de regionale staf.
        </Alert>
      ) : null}

      <DashboardFilterForm action="/dashboard" filters={filters} periods={periodChoices(now)} options={options} />

      <HeadlineFigures headline={first.headline} periodLabel={filters.period.label} />

      <nav aria-labelledby="inhoud-dashboard" className="mb-10">
        <h2 id="inhoud-dashboard" className="mb-2 text-xl font-bold">
          Onderwerpen
        </h2>
        <ul className="list-disc pl-6">
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className={link}>
                {section.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Suspense
        fallback={
          <p role="status" className="mb-10">
            De overige tabellen worden berekend…
          </p>
        }
      >
        <KpiSections actor={actor} filters={filters} now={now} known={first.tables} sections={SECTIONS} />
      </Suspense>
    </div>
  );
}
