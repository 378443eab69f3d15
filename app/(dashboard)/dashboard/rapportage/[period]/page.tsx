import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { DashboardTableView } from "@/components/dashboard/dashboard-table-view";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { can } from "@/lib/auth/permissions";
import { filtersToQuery } from "@/lib/dashboard/filters";
import { getReport } from "@/lib/reports/get-report";
import { parseReportPeriod } from "@/lib/reports/report-period";
import { REPORT_SECTION_LABELS } from "@/lib/reports/schemas";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { currentTime } from "@/lib/time/current-time";
import { PrintButton } from "../_components/print-button";
import { ReportHeadline } from "../_components/report-headline";
import { ReportCommentary } from "../_components/report-commentary";

type Props = { params: Promise<{ period: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const period = parseReportPeriod((await params).period);
  return { title: period ? `Rapportage ${period.label}` : "Rapportage" };
}

const link = "underline underline-offset-2";

/**
 * D4: the monthly or quarterly report, laid out for paper. Site header, footer, breadcrumbs, forms and
 * buttons are hidden in print (`no-print` / `print:hidden`); tables do not break across pages.
 */
export default async function ReportPage({ params }: Props) {
  const actor = await requirePortalActor("/dashboard");
  const period = parseReportPeriod((await params).period);
  if (!period) notFound();
  const [report, now] = await Promise.all([getReport(actor, period), currentTime()]);
  const canEdit = can(actor, "report.comment");
  const query = filtersToQuery(report.filters);
  const kind = period.kind === "month" ? "Maandrapportage" : "Kwartaalrapportage";

  return (
    <div className="mx-auto max-w-5xl print:max-w-none print:text-black">
      <div className="print:hidden">
        <PortalBreadcrumbs
          crumbs={[{ label: "Home", href: "/" }, { label: "Dashboard", href: "/dashboard" }, { label: "Rapportage", href: "/dashboard/rapportage" }, { label: period.label }]}
        />
      </div>
      <h1 className="mb-2 text-3xl font-bold">
        {kind} werkgeversdienstverlening, {period.label}
      </h1>
      <p className="mb-2 max-w-3xl">
        Werkcentrum Gooi en Vechtstreek. Deze rapportage is bedoeld voor het uitvoeringsoverleg, het directeurenoverleg, het
        portefeuillehoudersoverleg en het Regionaal Beraad. Alle cijfers zijn op {formatShortDate(now)} berekend uit de vastgelegde
        gegevens, voor de hele regio. Een cijfer over 1 tot 4 personen staat er als “&lt; 5”, zodat niemand herkenbaar is; een cijfer waaruit zo’n aantal
        te berekenen zou zijn staat er als “verborgen”.
      </p>
      <div className="mb-10 flex flex-wrap items-center gap-x-6 gap-y-3 print:hidden">
        <PrintButton />
        <Link href="/dashboard/rapportage" className={link}>
          Andere periode kiezen
        </Link>
      </div>

      <section aria-labelledby="hoofdstuk-kpi" className="mb-12">
        <h2 id="hoofdstuk-kpi" className="mb-4 text-2xl font-bold">
          1. {REPORT_SECTION_LABELS.kpi}
        </h2>
        <p className="mb-4 max-w-3xl">De belangrijkste kengetallen van {period.label}, vergeleken met {report.filters.previous.label}.</p>
        <ReportHeadline headline={report.kpi.headline} />
        {report.kpi.tables.map((table) => (
          <DashboardTableView key={table.id} table={table} headingLevel={3} showChart={false} />
        ))}
        <ReportCommentary period={period.key} section="kpi" commentary={report.commentaries.kpi} canEdit={canEdit} />
      </section>

      <section aria-labelledby="hoofdstuk-suwi" className="mb-12">
        <h2 id="hoofdstuk-suwi" className="mb-4 text-2xl font-bold">
          2. {REPORT_SECTION_LABELS.suwi}
        </h2>
        {report.suwi.map((table) => (
          <DashboardTableView key={table.id} table={table} headingLevel={3} showChart={false} csvHref={`/dashboard/suwi/export/${table.id}?${query}`} />
        ))}
        <p className="mb-6 print:hidden">
          <Link href={`/dashboard/suwi?${query}`} className={link}>
            Naar de SUWI-monitor met de cijfers per werkgever
          </Link>
        </p>
        <ReportCommentary period={period.key} section="suwi" commentary={report.commentaries.suwi} canEdit={canEdit} />
      </section>

      <section aria-labelledby="hoofdstuk-programma" className="mb-12">
        <h2 id="hoofdstuk-programma" className="mb-4 text-2xl font-bold">
          3. {REPORT_SECTION_LABELS.programma}
        </h2>
        <p className="mb-4 max-w-3xl">De stand van de programma&apos;s en projecten op {formatShortDate(now)}, met de status in woorden.</p>
        {report.programme.length === 0 ? <p className="mb-6">Er zijn nog geen programma&apos;s vastgelegd.</p> : null}
        {report.programme.map((table) => (
          <DashboardTableView key={table.id} table={table} headingLevel={3} showChart={false} />
        ))}
        <p className="mb-6 print:hidden">
          <Link href="/dashboard/programma/export" prefetch={false} className={link} download>
            Download CSV van de programmamonitor
          </Link>
        </p>
        <ReportCommentary period={period.key} section="programma" commentary={report.commentaries.programma} canEdit={canEdit} />
      </section>
    </div>
  );
}
