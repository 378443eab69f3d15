import Link from "next/link";
import { Button, DataTable, StatusBadge } from "@/components/ui";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import type { IntakeFilter, IntakeVacancyRow } from "@/lib/vacancies/find-intake-vacancies";
import { VACANCY_STATUS_LABELS, VACANCY_STATUS_TONES } from "@/lib/vacancies/labels";

const FILTERS: { value: string; label: string }[] = [
  { value: "open", label: "Alle open vacatures" },
  ...Object.entries(VACANCY_STATUS_LABELS).map(([value, label]) => ({ value, label })),
  { value: "all", label: "Alle vacatures" },
];

/** The accountmanager's intake list with a status filter (a plain GET form, works without JavaScript). */
export function IntakeTable({ vacancies, filter }: { vacancies: IntakeVacancyRow[]; filter: IntakeFilter }) {
  return (
    <>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3" aria-label="Vacatures filteren">
        <div>
          <label htmlFor="status-filter" className="block font-semibold">
            Status
          </label>
          <select id="status-filter" name="status" defaultValue={filter} className="block min-h-12 rounded-sm border-2 border-ink bg-white px-3 py-2 text-lg">
            {FILTERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" variant="secondary">
          Filteren
        </Button>
      </form>
      {vacancies.length === 0 ? (
        <p>Er zijn geen vacatures met deze status.</p>
      ) : (
        <DataTable
          caption={`Vacatures van werkgevers waarvan u de vaste contactpersoon bent (${vacancies.length})`}
          rows={vacancies}
          rowKey={(vacancy) => vacancy.id}
          columns={[
            { header: "Vacature", rowHeader: true, cell: (vacancy) => <Link href={`/professional/vacatures/${vacancy.id}`}>{vacancy.title}</Link> },
            { header: "Werkgever", cell: (vacancy) => <Link href={`/professional/werkgevers/${vacancy.organisation.id}`}>{vacancy.organisation.name}</Link> },
            { header: "Status", cell: (vacancy) => <StatusBadge tone={VACANCY_STATUS_TONES[vacancy.status]}>{VACANCY_STATUS_LABELS[vacancy.status]}</StatusBadge> },
            { header: "Beroepsklasse", cell: (vacancy) => vacancy.occupationClass },
            { header: "Jobcarving", cell: (vacancy) => (vacancy.wantsJobCarvingAdvice ? "Advies gevraagd" : "") },
            { header: "Overgedragen aan", numeric: true, cell: (vacancy) => vacancy.handoverCount },
            { header: "Ontvangen", cell: (vacancy) => formatShortDate(vacancy.createdAt) },
          ]}
        />
      )}
    </>
  );
}
