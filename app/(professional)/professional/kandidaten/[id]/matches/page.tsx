import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Button, DataTable, Field, PageHeader, Select, ErrorSummary } from "@/components/ui";
import type { Actor } from "@/lib/auth/actor";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { orNotFound } from "@/app/_lib/or-not-found";
import { findVacancyMatches, type VacancyMatchesView } from "@/lib/matching/find-vacancy-matches";
import { matchWorkAreas } from "@/lib/matching/match-index-store";
import type { VacancyFilters } from "@/lib/matching/ranking";
import { parseVacancyFilters } from "@/lib/matching/schemas";
import { MatchExplanation } from "@/components/matching/match-explanation";

export const metadata: Metadata = { title: "Passende vacatures" };

async function matchesOr404(actor: Actor, candidateId: string, filters: VacancyFilters | null): Promise<VacancyMatchesView> {
  return orNotFound(() => findVacancyMatches({ actor, candidateId, filters: filters ?? { workAreaId: null }, limit: filters ? undefined : 0 }));
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CandidateMatchesPage({ params, searchParams }: Props) {
  const actor = await requirePortalActor("/professional");
  const [{ id }, query, workAreas] = await Promise.all([params, searchParams, matchWorkAreas()]);
  const form = parseVacancyFilters(query, workAreas.map((area) => area.id));
  const view = await matchesOr404(actor, id, form.filters);
  const { candidate, labels } = view;
  const base = `/professional/kandidaten/${candidate.id}`;

  return (
    <>
      <PageHeader
        title={`Passende vacatures voor ${candidate.name}`}
        breadcrumbs={[
          { label: "Werklijst", href: "/professional" },
          { label: "Kandidaten", href: "/professional/kandidaten" },
          { label: candidate.name, href: base },
          { label: "Passende vacatures" },
        ]}
        lead="De best passende open vacatures, hoogste score eerst. Open per vacature de uitleg van de score."
      />
      {!candidate.sharesWithPartners ? (
        <Alert tone="warning" title="Deze kandidaat deelt het profiel nu niet">
          {candidate.name} heeft geen toestemming (meer) gegeven om het profiel te delen met de Werkcentrum-partners. Matchen kan pas weer als de
          kandidaat die toestemming geeft.
        </Alert>
      ) : (
        <>
          <form method="get" action={`${base}/matches`} role="search" aria-label="Vacatures filteren" className="mb-8 rounded-sm bg-surface p-5">
            <ErrorSummary errors={form.errors.werkgebied ? [{ fieldId: "filter-werkgebied", message: form.errors.werkgebied }] : []} />
            <Field id="filter-werkgebied" label="Werkgebied van de vacature" error={form.errors.werkgebied} optional className="mb-4">
              {(control) => (
                <Select {...control} name="werkgebied" defaultValue={form.values.werkgebied ?? ""} placeholder="Alle werkgebieden"
                  options={workAreas.map((area) => ({ value: area.id, label: area.name }))} />
              )}
            </Field>
            <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
              <Button type="submit">Filteren</Button>
              <Link href={`${base}/matches`}>Filter wissen</Link>
            </div>
          </form>
          {!form.filters ? null : view.rows.length === 0 ? (
            <Alert title="Geen passende vacatures gevonden">Er is geen open vacature die minstens één vaardigheid van deze kandidaat vraagt.</Alert>
          ) : (
            <DataTable
              caption={`${view.rows.length} best passende open vacatures, hoogste score eerst`}
              rows={view.rows}
              rowKey={(row) => row.vacancyId}
              columns={[
                { header: "Plaats", numeric: true, cell: (row) => row.rank },
                { header: "Vacature", rowHeader: true, cell: (row) => <Link href={`/professional/vacatures/${row.vacancyId}`}>{row.title}</Link> },
                { header: "Werkgever", cell: (row) => row.organisationName },
                { header: "Score", numeric: true, cell: (row) => <span className="font-semibold">{row.score.total}<span className="sr-only"> van 100 punten</span></span> },
                { header: "Uitleg van de score", cell: (row) => <MatchExplanation score={row.score} labels={labels} subject={row.title} /> },
                { header: "Voordragen", cell: (row) => <Link href={`${base}/voordragen?vacature=${row.vacancyId}`}>Voordragen<span className="sr-only"> voor {row.title}</span></Link> },
              ]}
            />
          )}
        </>
      )}
    </>
  );
}
