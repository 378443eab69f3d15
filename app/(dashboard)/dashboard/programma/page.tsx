import type { Metadata } from "next";
import Link from "next/link";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { DataTable } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { can } from "@/lib/auth/permissions";
import { findProgrammes, type ProgrammeProjectRow } from "@/lib/programme-monitor/find-programmes";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { FigureList } from "./_components/figure-list";
import { TrafficLightBadge } from "./_components/traffic-light-badge";

export const metadata: Metadata = { title: "Programmamonitor" };

const columns = [
  { header: "Nr.", numeric: true, cell: (row: ProgrammeProjectRow) => row.number },
  {
    header: "Project",
    rowHeader: true,
    cell: (row: ProgrammeProjectRow) => (
      <Link href={`/dashboard/programma/${row.id}`} className="underline underline-offset-2">
        {row.name}
      </Link>
    ),
  },
  { header: "Status", cell: (row: ProgrammeProjectRow) => <TrafficLightBadge status={row.status} /> },
  { header: "Eigenaar", cell: (row: ProgrammeProjectRow) => row.ownerName ?? "Niet ingevuld" },
  { header: "Resultaat van doel", cell: (row: ProgrammeProjectRow) => <FigureList figures={row.figures} /> },
  {
    header: "Laatste statuswijziging",
    cell: (row: ProgrammeProjectRow) =>
      row.lastChange ? `${formatShortDate(row.lastChange.at)} door ${row.lastChange.byName}` : "Nog niet gewijzigd",
  },
];

/** D3: the programmes and their projects with the traffic-light status (words and colour). */
export default async function ProgrammeMonitorPage() {
  const actor = await requirePortalActor("/dashboard");
  const programmes = await findProgrammes(actor);
  const mayEdit = can(actor, "programmeMonitor.edit");

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <PortalBreadcrumbs crumbs={[{ label: "Home", href: "/" }, { label: "Dashboard", href: "/dashboard" }, { label: "Programmamonitor" }]} />
      <h1 className="mb-2 text-3xl font-bold">Programmamonitor</h1>
      <p className="mb-6 max-w-3xl">
        De programma&apos;s en projecten van de regio met hun status, eigenaar, doelen en resultaten.{" "}
        {mayEdit ? "Kies een project om de status, eigenaar of resultaten te wijzigen." : "U kunt de monitor alleen bekijken."}
      </p>
      {programmes.length > 0 && can(actor, "export.read") ? (
        <p className="mb-6">
          <Link href="/dashboard/programma/export" prefetch={false} className="underline underline-offset-2" download>
            Download de programmamonitor als CSV (voor Excel)
          </Link>
        </p>
      ) : null}
      {programmes.length === 0 ? <p>Er zijn nog geen programma&apos;s vastgelegd.</p> : null}
      {programmes.map((programme) => (
        <section key={programme.id} aria-labelledby={`programma-${programme.code}`} className="mb-10">
          <h2 id={`programma-${programme.code}`} className="mb-2 text-2xl font-bold">
            {programme.name} ({programme.period})
          </h2>
          {programme.figures.length > 0 ? (
            <div className="mb-4">
              <p className="font-semibold">Doelen van het programma (resultaat is de som van de projecten):</p>
              <FigureList figures={programme.figures} />
            </div>
          ) : null}
          <DataTable caption={`Projecten van ${programme.name}`} columns={columns} rows={programme.projects} rowKey={(row) => row.id} />
        </section>
      ))}
    </div>
  );
}
