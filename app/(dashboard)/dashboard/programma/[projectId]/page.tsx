import type { Metadata } from "next";
import { PortalBreadcrumbs } from "@/components/auth/portal-breadcrumbs";
import { DataTable } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { can } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/format";
import { orNotFound } from "@/app/_lib/or-not-found";
import type { FigureRow } from "@/lib/programme-monitor/figures";
import { getProgrammeProject, type ProgrammeProjectDetail } from "@/lib/programme-monitor/get-programme-project";
import { TRAFFIC_LIGHT_LABELS } from "@/lib/programme-monitor/schemas";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import { TrafficLightBadge } from "../_components/traffic-light-badge";
import { ProjectEditForm } from "./project-edit-form";

export const metadata: Metadata = { title: "Project in de programmamonitor" };

type Change = ProgrammeProjectDetail["history"][number];
const orUnknown = (n: number | null) => (n === null ? "Nog niet bekend" : formatNumber(n));

async function loadProject(actor: Parameters<typeof getProgrammeProject>[0], projectId: string) {
  return orNotFound(() => getProgrammeProject(actor, projectId), ["NOT_FOUND"]);
}

/** D3: one project with its status history; REGIONAL_STAFF and ADMIN also get the edit form. */
export default async function ProgrammeProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const actor = await requirePortalActor("/dashboard");
  const { projectId } = await params;
  const project = await loadProject(actor, projectId);
  const mayEdit = can(actor, "programmeMonitor.edit");

  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PortalBreadcrumbs
        crumbs={[
          { label: "Home", href: "/" },
          { label: "Dashboard", href: "/dashboard" },
          { label: "Programmamonitor", href: "/dashboard/programma" },
          { label: project.name },
        ]}
      />
      <h1 className="mb-2 text-3xl font-bold">{project.name}</h1>
      <p className="mb-6">
        Project {project.number} van {project.programme.name} ({project.programme.period})
      </p>
      <dl className="mb-8 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd>
          <TrafficLightBadge status={project.status} />
        </dd>
        <dt className="font-semibold">Eigenaar</dt>
        <dd>{project.ownerName ?? "Niet ingevuld"}</dd>
      </dl>

      <DataTable<FigureRow>
        caption="Doelen en resultaten"
        rows={project.figures}
        rowKey={(row) => row.key}
        columns={[
          { header: "Onderdeel", rowHeader: true, cell: (row) => row.label },
          { header: "Doel", numeric: true, cell: (row) => (row.target === null ? "Geen doel" : formatNumber(row.target)) },
          { header: "Resultaat", numeric: true, cell: (row) => orUnknown(row.actual) },
        ]}
      />
      {project.figures.length === 0 ? <p className="mb-6">Voor dit project zijn geen doelen vastgelegd.</p> : null}

      <h2 className="mb-2 text-2xl font-bold">Geschiedenis van de status</h2>
      {project.history.length === 0 ? (
        <p className="mb-8">De status is nog niet gewijzigd sinds de start van de monitor.</p>
      ) : (
        <DataTable<Change>
          caption="Statuswijzigingen, nieuwste eerst"
          rows={project.history}
          rowKey={(row) => row.id}
          columns={[
            { header: "Wanneer", rowHeader: true, cell: (row) => formatDateTime(row.at) },
            { header: "Van", cell: (row) => (row.fromStatus ? TRAFFIC_LIGHT_LABELS[row.fromStatus] : "Geen") },
            { header: "Naar", cell: (row) => <TrafficLightBadge status={row.toStatus} /> },
            { header: "Toelichting", cell: (row) => row.note ?? "Geen toelichting" },
            { header: "Door", cell: (row) => row.byName },
          ]}
        />
      )}

      {mayEdit ? (
        <section aria-labelledby="wijzigen" className="mt-10">
          <h2 id="wijzigen" className="mb-4 text-2xl font-bold">
            Project wijzigen
          </h2>
          <ProjectEditForm
            projectId={project.id}
            version={project.updatedAt.toISOString()}
            status={project.status}
            ownerName={project.ownerName ?? ""}
            figures={project.figures}
          />
        </section>
      ) : (
        <p className="mt-8">U kunt dit project alleen bekijken. Medewerkers van de regio wijzigen de programmamonitor.</p>
      )}
    </div>
  );
}
