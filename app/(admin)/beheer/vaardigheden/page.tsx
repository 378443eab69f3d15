import type { Metadata } from "next";
import Link from "next/link";
import { Button, DataTable, Field, LinkButton, PageHeader, Pagination, Select, StatusBadge, TextInput } from "@/components/ui";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { formatNumber } from "@/lib/format";
import { findSkills, type SkillRow } from "@/lib/skills/find-skills";
import { SKILL_KIND_LABELS, SKILL_KINDS, skillKindLabel } from "@/lib/skills/labels";
import type { SkillListFilter } from "@/lib/skills/schemas";

export const metadata: Metadata = { title: "Vaardigheden" };

const STATUS_OPTIONS = [
  { value: "actief", label: "In gebruik" },
  { value: "vervallen", label: "Vervallen" },
  { value: "alle", label: "Alle" },
];

function listHref(filter: SkillListFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.soort) params.set("soort", filter.soort);
  if (filter.status !== "actief") params.set("status", filter.status);
  if (page > 1) params.set("pagina", String(page));
  const query = params.toString();
  return query ? `/beheer/vaardigheden?${query}` : "/beheer/vaardigheden";
}

/** Issue 14 O4: the skills taxonomy (ADMIN): search, add, rename, retire. */
export default async function SkillsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePortalActor("/beheer");
  const { filter, rows, total, page, pageCount } = await findSkills({ actor, searchParams: await searchParams });

  return (
    <>
      <PageHeader
        title="Vaardigheden"
        breadcrumbs={[{ label: "Beheer", href: "/beheer" }, { label: "Vaardigheden" }]}
        lead="De vaardigheden die werkgevers bij vacatures en kandidaten in hun profiel kiezen. Een vervallen vaardigheid wordt niet meer aangeboden, maar blijft staan bij de vacatures en profielen die haar al hebben."
        action={<LinkButton href="/beheer/vaardigheden/nieuw">Vaardigheid toevoegen</LinkButton>}
      />
      <form method="get" action="/beheer/vaardigheden" role="search" aria-label="Vaardigheden zoeken" className="mb-8 rounded-sm bg-surface p-5">
        <div className="grid gap-x-6 md:grid-cols-3">
          <Field id="zoek-naam" label="Naam of code" className="mb-4">
            {(control) => <TextInput {...control} name="q" type="search" defaultValue={filter.q ?? ""} maxLength={80} />}
          </Field>
          <Field id="zoek-soort" label="Soort" className="mb-4">
            {(control) => (
              <Select
                {...control}
                name="soort"
                defaultValue={filter.soort ?? ""}
                placeholder="Alle soorten"
                options={SKILL_KINDS.map((kind) => ({ value: kind, label: SKILL_KIND_LABELS[kind] }))}
              />
            )}
          </Field>
          <Field id="zoek-status" label="Status" className="mb-4">
            {(control) => <Select {...control} name="status" defaultValue={filter.status} options={STATUS_OPTIONS} />}
          </Field>
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <Button type="submit">Zoeken</Button>
          <Link href="/beheer/vaardigheden">Alle filters wissen</Link>
        </div>
      </form>
      <p role="status" className="mb-4 font-semibold">
        {formatNumber(total)} {total === 1 ? "vaardigheid" : "vaardigheden"}
      </p>
      {rows.length === 0 ? (
        <p>Er is geen vaardigheid die past bij deze zoekopdracht.</p>
      ) : (
        <DataTable<SkillRow>
          caption={`Vaardigheden, op naam (pagina ${page} van ${pageCount})`}
          rows={rows}
          rowKey={(skill) => skill.code}
          columns={[
            { header: "Naam", rowHeader: true, cell: (skill) => <Link href={`/beheer/vaardigheden/${skill.code}`}>{skill.label}</Link> },
            { header: "Code", cell: (skill) => skill.code },
            { header: "Soort", cell: (skill) => skillKindLabel(skill.kind) },
            { header: "Beroepsklasse", cell: (skill) => skill.occupationClass ?? "Alle" },
            { header: "Vacatures", numeric: true, cell: (skill) => formatNumber(skill.vacancies) },
            { header: "Kandidaten", numeric: true, cell: (skill) => formatNumber(skill.candidates) },
            { header: "Status", cell: (skill) => (skill.retiredAt ? <StatusBadge>Vervallen</StatusBadge> : <StatusBadge tone="success">In gebruik</StatusBadge>) },
          ]}
        />
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(target) => listHref(filter, target)} label="Pagina's met vaardigheden" />
    </>
  );
}
