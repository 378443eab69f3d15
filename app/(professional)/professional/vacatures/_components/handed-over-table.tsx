import Link from "next/link";
import { DataTable, StatusBadge } from "@/components/ui";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import type { HandedOverVacancyRow } from "@/lib/vacancies/find-handed-over-vacancies";
import { VACANCY_STATUS_LABELS, VACANCY_STATUS_TONES } from "@/lib/vacancies/labels";

/** The bemiddelaar's work list of handed-over vacancies, earliest due date (overdue) first. */
export function HandedOverTable({ vacancies }: { vacancies: HandedOverVacancyRow[] }) {
  if (vacancies.length === 0) return <p>Er zijn nu geen open vacatures aan u overgedragen.</p>;
  return (
    <DataTable
      caption={`Aan u overgedragen vacatures (${vacancies.length}), de vroegste uiterste datum eerst`}
      rows={vacancies}
      rowKey={(vacancy) => vacancy.id}
      columns={[
        { header: "Vacature", rowHeader: true, cell: (vacancy) => <Link href={`/professional/vacatures/${vacancy.id}`}>{vacancy.title}</Link> },
        { header: "Werkgever", cell: (vacancy) => vacancy.organisation },
        { header: "Status", cell: (vacancy) => <StatusBadge tone={VACANCY_STATUS_TONES[vacancy.status]}>{VACANCY_STATUS_LABELS[vacancy.status]}</StatusBadge> },
        {
          header: "Uiterlijk",
          cell: (vacancy) => (
            <>
              {formatShortDate(vacancy.dueDate)}
              {vacancy.overdue ? (
                <>
                  {" "}
                  <StatusBadge tone="danger">Te laat</StatusBadge>
                </>
              ) : null}
            </>
          ),
        },
        { header: "Uren", numeric: true, cell: (vacancy) => vacancy.hoursPerWeek },
        { header: "Overgedragen door", cell: (vacancy) => vacancy.givenBy },
      ]}
    />
  );
}
