import { DataTable, StatusBadge } from "@/components/ui";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import type { AssessmentHistoryEntry } from "@/lib/work-readiness/assessment-history";
import { SCORE_SCALE } from "@/lib/work-readiness/schemas";

const scoreLabel = (score: number | undefined) => {
  const step = SCORE_SCALE.find((item) => item.value === score);
  return step ? `${step.value} – ${step.label}` : "Geen score";
};

function ScoreTable({ caption, scores }: { caption: string; scores: Record<string, number> }) {
  const rows = Object.entries(scores).map(([name, score]) => ({ name, score }));
  if (rows.length === 0) return null;
  return (
    <DataTable caption={caption} rows={rows} rowKey={(row) => row.name} className="mb-4"
      columns={[
        { header: "Onderdeel", rowHeader: true, cell: (row) => row.name },
        { header: "Score", cell: (row) => scoreLabel(row.score) },
      ]} />
  );
}

/** The full werkfit history, newest first; an override is shown with its written reason. */
export function AssessmentHistory({ entries, headingLevel = 3 }: { entries: AssessmentHistoryEntry[]; headingLevel?: 3 | 4 }) {
  if (entries.length === 0) return <p>Er is nog geen werkfit-beoordeling vastgelegd.</p>;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ol className="space-y-4" aria-label="Werkfit-beoordelingen, nieuwste eerst">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-sm border-2 border-line-light bg-white p-4">
          <Heading className="text-xl">Beoordeling van {formatDutchDate(entry.assessedOn)}</Heading>
          <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] [&_dd]:[overflow-wrap:anywhere]">
            <dt className="font-semibold">Uitkomst</dt>
            <dd>
              {entry.workReady ? <StatusBadge tone="success">Werkfit</StatusBadge> : <StatusBadge tone="neutral">Nog niet werkfit</StatusBadge>}
            </dd>
            <dt className="font-semibold">Volgens de regel</dt>
            <dd>{entry.derivedWorkReady ? "Werkfit" : "Nog niet werkfit"} (regel versie {entry.ruleVersion})</dd>
            {entry.overrideWorkReady !== null ? (
              <>
                <dt className="font-semibold">Afwijking van de regel</dt>
                <dd>
                  <StatusBadge tone="warning">{entry.overrideWorkReady ? "Toch werkfit" : "Toch niet werkfit"}</StatusBadge>
                  <span className="mt-1 block">Reden: {entry.overrideReason}</span>
                </dd>
              </>
            ) : null}
            <dt className="font-semibold">Beoordeeld door</dt>
            <dd>{entry.assessedBy}</dd>
            <dt className="font-semibold">Notities</dt>
            <dd className="whitespace-pre-line">{entry.notes ?? "Geen notities"}</dd>
          </dl>
          <details className="mt-3">
            <summary className="cursor-pointer font-semibold text-brand">Scores van deze beoordeling</summary>
            <div className="mt-2">
              <ScoreTable caption={`Werknemersvaardigheden, ${formatDutchDate(entry.assessedOn)}`} scores={entry.employeeSkillScores} />
              <ScoreTable caption={`Leefgebieden, ${formatDutchDate(entry.assessedOn)}`} scores={entry.lifeDomainScores} />
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
