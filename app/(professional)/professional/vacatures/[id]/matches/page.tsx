import type { Metadata } from "next";
import Link from "next/link";
import { Alert, DataTable, PageHeader } from "@/components/ui";
import type { Actor } from "@/lib/auth/actor";
import { requirePortalActor } from "@/lib/auth/portal-gate";
import { orNotFound } from "@/app/_lib/or-not-found";
import { dbDateOfDay } from "@/lib/matching/days";
import { LEVEL_NAMES, workReadyText } from "@/lib/matching/explain";
import { findCandidateMatches, type CandidateMatchesView, type CandidateMatchRow } from "@/lib/matching/find-candidate-matches";
import { matchWorkAreas } from "@/lib/matching/match-index-store";
import type { CandidateFilters } from "@/lib/matching/ranking";
import { parseCandidateFilters } from "@/lib/matching/schemas";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import { CandidateFilterForm } from "./_components/candidate-filter-form";
import { MatchExplanation } from "@/components/matching/match-explanation";

export const metadata: Metadata = { title: "Kandidaten bij vacature" };

const NO_FILTERS: CandidateFilters = { workReadyOnly: false, availableByDay: null, workAreaId: null };

async function matchesOr404(actor: Actor, vacancyId: string, filters: CandidateFilters | null): Promise<CandidateMatchesView> {
  // With invalid filters only the vacancy is loaded (and checked); the list waits for valid ones.
  return orNotFound(() => findCandidateMatches({ actor, vacancyId, filters: filters ?? NO_FILTERS, limit: filters ? undefined : 0 }));
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function VacancyMatchesPage({ params, searchParams }: Props) {
  const actor = await requirePortalActor("/professional");
  const [{ id }, query, workAreas] = await Promise.all([params, searchParams, matchWorkAreas()]);
  const form = parseCandidateFilters(query, workAreas.map((area) => area.id));
  const view = await matchesOr404(actor, id, form.filters);
  const { vacancy, labels } = view;
  const base = `/professional/vacatures/${vacancy.profile.id}`;
  const required = vacancy.profile.skills
    .map((skill) => `${labels.skills.get(skill.skillCode) ?? skill.skillCode} (niveau ${skill.level}, ${LEVEL_NAMES[skill.level] ?? "onbekend"})`)
    .join(", ");
  const area = vacancy.profile.workAreaId ? labels.workAreas.get(vacancy.profile.workAreaId) : null;

  return (
    <>
      <PageHeader
        title={`Kandidaten voor ${vacancy.title}`}
        breadcrumbs={[
          { label: "Werklijst", href: "/professional" },
          { label: "Vacatures", href: "/professional/vacatures" },
          { label: vacancy.title, href: base },
          { label: "Kandidaten zoeken" },
        ]}
        lead={
          view.anonymised
            ? "De best passende kandidaten, anoniem. Wilt u een kandidaat voorstellen? Neem contact op met de bemiddelaar die erbij staat."
            : "De best passende kandidaten die hun profiel delen met de Werkcentrum-partners. Open per kandidaat de uitleg van de score."
        }
      />
      <section aria-labelledby="gevraagd" className="mb-8">
        <h2 id="gevraagd" className="mb-2 text-2xl">
          Wat de vacature vraagt
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Vaardigheden: {required || "geen"}</li>
          <li>Beroepsklasse: {labels.occupationClasses.get(vacancy.profile.occupationClassCode) ?? vacancy.profile.occupationClassCode}</li>
          <li>Uren per week: {vacancy.profile.hoursPerWeek}</li>
          <li>Werkgebied: {area ?? "onbekend"}</li>
          <li>Start: {vacancy.profile.startDay === null ? "zo snel mogelijk" : formatShortDate(dbDateOfDay(vacancy.profile.startDay))}</li>
        </ul>
        <p className="mt-2 text-muted">
          Score: vaardigheden tot 50 punten, beroepswens 15, uren 10, werkgebied en reistijd 10, beschikbaarheid 10 en werkfit 5. Leeftijd, geslacht,
          afkomst, gezondheid, doelgroep en uitkering tellen nooit mee.
        </p>
      </section>

      <CandidateFilterForm action={`${base}/matches`} form={form} workAreas={workAreas} />

      {!form.filters ? null : view.rows.length === 0 ? (
        <Alert title="Geen passende kandidaten gevonden">
          Er is geen kandidaat met minstens één gevraagde vaardigheid die aan de filters voldoet en zijn profiel deelt.
        </Alert>
      ) : (
        <DataTable
          caption={`${view.rows.length} best passende kandidaten, hoogste score eerst`}
          rows={view.rows}
          rowKey={(row) => String(row.rank)}
          columns={[
            { header: "Plaats", numeric: true, cell: (row) => row.rank },
            { header: "Kandidaat", rowHeader: true, cell: (row) => <CandidateCell row={row} /> },
            { header: "Score", numeric: true, cell: (row) => <span className="font-semibold">{row.score.total}<span className="sr-only"> van 100 punten</span></span> },
            { header: "Werkfit", cell: (row) => workReadyText(row.score.werkfit.isWorkReady, row.score.werkfit.sinceDay) },
            { header: "Uitleg van de score", cell: (row) => <MatchExplanation score={row.score} labels={labels} subject={row.candidate?.name ?? `kandidaat ${row.rank}`} /> },
            ...(actor.role === "JOB_MEDIATOR"
              ? [{ header: "Voordragen", cell: (row: CandidateMatchRow) => (row.candidate ? <Link href={`/professional/kandidaten/${row.candidate.id}/voordragen?vacature=${vacancy.profile.id}`}>Voordragen<span className="sr-only"> {row.candidate.name}</span></Link> : "–") }]
              : []),
          ]}
        />
      )}
    </>
  );
}

function CandidateCell({ row }: { row: CandidateMatchRow }) {
  if (row.candidate) return <Link href={`/professional/kandidaten/${row.candidate.id}`}>{row.candidate.name}</Link>;
  return (
    <>
      <span>Anonieme kandidaat {row.rank}</span>
      <span className="block text-muted">Bemiddelaar: {row.ownerName ?? "nog niemand"}</span>
    </>
  );
}
