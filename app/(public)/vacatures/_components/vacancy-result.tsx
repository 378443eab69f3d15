import Link from "next/link";
import { formatDutchDate } from "@/lib/time/format-dutch-date";
import type { PublicVacancy } from "@/lib/public-vacancies/public-vacancy-where";
import { CONTRACT_TYPE_LABELS } from "@/lib/vacancies/labels";

/** One vacancy in the public list: title as the link, then employer, place, hours and contract. */
export function VacancyResult({ vacancy }: { vacancy: PublicVacancy }) {
  return (
    <article className="border-b border-line-light py-5">
      <p className="text-base font-semibold text-muted">{vacancy.occupationClass.name}</p>
      <h3 className="text-xl">
        <Link href={`/vacatures/${vacancy.id}`}>{vacancy.title}</Link>
      </h3>
      <p className="mt-1">{vacancy.description}</p>
      <dl className="mt-2 grid gap-x-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Werkgever</dt>
        <dd>{vacancy.employer}</dd>
        <dt className="font-semibold">Plaats</dt>
        <dd>{[vacancy.place, vacancy.workArea ? `werkgebied ${vacancy.workArea}` : null].filter(Boolean).join(", ")}</dd>
        <dt className="font-semibold">Uren en contract</dt>
        <dd>
          {vacancy.hoursPerWeek} uur per week, {CONTRACT_TYPE_LABELS[vacancy.contractType].toLowerCase()}
        </dd>
        {vacancy.startDate ? (
          <>
            <dt className="font-semibold">Start</dt>
            <dd>{formatDutchDate(vacancy.startDate)}</dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}
