import { StatusBadge } from "@/components/ui";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import type { VacancyDetail } from "@/lib/vacancies/get-vacancy-for-actor";
import { isoToDbDate } from "@/lib/time/calendar-dates";
import { CONTRACT_TYPE_LABELS, SKILL_LEVEL_LABELS, VACANCY_STATUS_LABELS, VACANCY_STATUS_TONES } from "@/lib/vacancies/labels";

const yesNo = (value: boolean) => (value ? "Ja" : "Nee");

/** The fields of one vacancy as a definition list; text is rendered by React (escaped). */
export function VacancyDetails({ vacancy, headingId = "gegevens" }: { vacancy: VacancyDetail; headingId?: string }) {
  return (
    <section aria-labelledby={headingId} className="mb-8">
      <h2 id={headingId} className="mb-3 text-2xl">
        Gegevens
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd>
          <StatusBadge tone={VACANCY_STATUS_TONES[vacancy.status]}>{VACANCY_STATUS_LABELS[vacancy.status]}</StatusBadge>
          {vacancy.closedReason ? <span className="ml-2">Reden: {vacancy.closedReason}</span> : null}
        </dd>
        <dt className="font-semibold">Beroepsklasse</dt>
        <dd>{vacancy.occupationClass.name}</dd>
        <dt className="font-semibold">Uren per week</dt>
        <dd>{vacancy.hoursPerWeek}</dd>
        <dt className="font-semibold">Werkplek</dt>
        <dd>
          {vacancy.location}
          {vacancy.workArea ? ` (werkgebied ${vacancy.workArea.name})` : ""}
        </dd>
        <dt className="font-semibold">Soort contract</dt>
        <dd>
          {CONTRACT_TYPE_LABELS[vacancy.contractType]}
          {vacancy.trialPlacementWelcome ? ", proefplaatsing welkom" : ""}
        </dd>
        <dt className="font-semibold">Startdatum</dt>
        <dd>{vacancy.startDate ? formatShortDate(isoToDbDate(vacancy.startDate)) : "Zo snel mogelijk"}</dd>
        <dt className="font-semibold">Open voor afstand tot de arbeidsmarkt</dt>
        <dd>{yesNo(vacancy.openToDistance)}</dd>
        <dt className="font-semibold">Advies over jobcarving gevraagd</dt>
        <dd>{yesNo(vacancy.wantsJobCarvingAdvice)}</dd>
        <dt className="font-semibold">Op de openbare vacaturelijst</dt>
        <dd>
          {yesNo(vacancy.isPublic)}
          {vacancy.isPublic && vacancy.status === "RECEIVED" ? ", na de intake: de vacature staat op de lijst zodra zij in behandeling is genomen" : ""}
        </dd>
        <dt className="font-semibold">Gevraagde vaardigheden</dt>
        <dd>
          <ul className="list-disc pl-5">
            {vacancy.skills.map((skill) => (
              <li key={skill.skillCode}>
                {skill.label}, niveau {SKILL_LEVEL_LABELS[skill.level] ?? skill.level}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <h3 className="mt-6 mb-2 text-xl">Omschrijving</h3>
      <p className="max-w-2xl whitespace-pre-line">{vacancy.description}</p>
    </section>
  );
}
