import type { Metadata } from "next";
import Link from "next/link";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { assertCan } from "@/lib/auth/permissions";
import { reportPeriodChoices } from "@/lib/reports/report-period";
import { currentTime } from "@/lib/time/current-time";

export const metadata: Metadata = { title: "Rapportage" };

const link = "underline underline-offset-2";

/** D4: choose the month or quarter to report on. */
export default async function ReportChooserPage() {
  const actor = await requirePortalActor("/dashboard");
  assertCan(actor, "dashboard.read");
  const { months, quarters } = reportPeriodChoices(await currentTime());

  return (
    <div className="mx-auto max-w-5xl">
      <PortalBreadcrumbs crumbs={[{ label: "Home", href: "/" }, { label: "Dashboard", href: "/dashboard" }, { label: "Rapportage" }]} />
      <h1 className="mb-2 text-3xl font-bold">Rapportage</h1>
      <p className="mb-6 max-w-3xl">
        Kies de maand of het kwartaal. De rapportage bevat de kerncijfers, de SUWI-monitor en de programmamonitor van die periode,
        met een korte toelichting per onderdeel. U kunt de rapportage afdrukken of opslaan als PDF.
      </p>
      <div className="grid gap-8 sm:grid-cols-2">
        <section aria-labelledby="kwartalen">
          <h2 id="kwartalen" className="mb-2 text-2xl font-bold">
            Kwartaalrapportages
          </h2>
          <ul className="space-y-1">
            {quarters.map((period) => (
              <li key={period.key}>
                <Link href={`/dashboard/rapportage/${period.key}`} className={link}>
                  {period.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="maanden">
          <h2 id="maanden" className="mb-2 text-2xl font-bold">
            Maandrapportages
          </h2>
          <ul className="space-y-1">
            {months.map((period) => (
              <li key={period.key}>
                <Link href={`/dashboard/rapportage/${period.key}`} className={link}>
                  {period.label.charAt(0).toUpperCase() + period.label.slice(1)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
