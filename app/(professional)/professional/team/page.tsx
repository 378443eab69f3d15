import type { Metadata } from "next";
import Link from "next/link";
import { Button, DataTable, Field, PageHeader, Select } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatNumber } from "@/lib/format";
import { findTeamDirectory, findTeamDirectoryOptions, TEAM_ROLES, teamDirectoryFilterSchema } from "@/lib/team/find-team-directory";

export const metadata: Metadata = { title: "Smoelenboek" };

export default async function TeamDirectoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePortalActor("/professional");
  const filter = teamDirectoryFilterSchema.parse(await searchParams);
  const [members, options] = await Promise.all([findTeamDirectory({ actor, filter }), findTeamDirectoryOptions({ actor })]);

  return (
    <div>
      <PageHeader
        title="Smoelenboek"
        breadcrumbs={[{ label: "Werklijst", href: "/professional" }, { label: "Smoelenboek" }]}
        lead="Alle accountmanagers en bemiddelaars van het Werkcentrum: wie is wie, van welke partner, in welk werkgebied en met welke aandachtsgebieden."
      />
      <form method="get" action="/professional/team" role="search" aria-label="Team filteren" className="mb-8 rounded-sm bg-surface p-5">
        <div className="grid gap-x-6 md:grid-cols-3">
          <Field id="filter-rol" label="Rol" className="mb-4">
            {(c) => <Select {...c} name="role" defaultValue={filter.role ?? ""} placeholder="Alle rollen" options={TEAM_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))} />}
          </Field>
          <Field id="filter-partner" label="Partnerorganisatie" className="mb-4">
            {(c) => <Select {...c} name="partner" defaultValue={filter.partner ?? ""} placeholder="Alle partners" options={options.partners.map((p) => ({ value: p.id, label: p.name }))} />}
          </Field>
          <Field id="filter-werkgebied" label="Werkgebied" className="mb-4">
            {(c) => <Select {...c} name="workArea" defaultValue={filter.workArea ?? ""} placeholder="Alle werkgebieden" options={options.workAreas.map((w) => ({ value: w.id, label: w.name }))} />}
          </Field>
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <Button type="submit">Filteren</Button>
          <Link href="/professional/team">Alle filters wissen</Link>
        </div>
      </form>
      <p role="status" className="mb-4 font-semibold">{formatNumber(members.length)} {members.length === 1 ? "collega" : "collega's"}</p>
      {members.length === 0 ? <p>Er is geen collega die past bij deze filters.</p> : (
        <DataTable
          caption="Accountmanagers en bemiddelaars, op naam"
          rows={members}
          rowKey={(m) => m.id}
          columns={[
            { header: "Naam", rowHeader: true, cell: (m) => <><span className="font-semibold">{m.name}</span>{m.jobTitle ? <span className="block text-muted">{m.jobTitle}</span> : null}</> },
            { header: "Rol", cell: (m) => ROLE_LABELS[m.role] },
            { header: "Partnerorganisatie", cell: (m) => m.partnerOrganisation ?? "–" },
            { header: "Werkgebieden", cell: (m) => (m.workAreas.length ? m.workAreas.join(", ") : "–") },
            { header: "Aandachtsgebieden", cell: (m) => (m.focusAreas.length ? m.focusAreas.join(", ") : "–") },
            {
              header: "Contact",
              cell: (m) => (
                <>
                  <a href={`mailto:${m.email}`}>{m.email}</a>
                  {m.phone ? <a className="block" href={`tel:${m.phone.replace(/[^+\d]/g, "")}`}>{m.phone}</a> : null}
                </>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
