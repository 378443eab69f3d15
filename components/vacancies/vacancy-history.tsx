import { DataTable } from "@/components/ui";
import { formatDateTime } from "@/lib/time/amsterdam-time";
import type { VacancyDetail } from "@/lib/vacancies/get-vacancy-for-actor";
import { VACANCY_STATUS_LABELS } from "@/lib/vacancies/labels";

/** Every status change of the vacancy, oldest first, with Dutch labels and dates. */
export function VacancyHistory({ history, showBy }: { history: VacancyDetail["history"]; showBy: boolean }) {
  return (
    <section aria-labelledby="geschiedenis" className="mb-8">
      <h2 id="geschiedenis" className="mb-3 text-2xl">
        Geschiedenis
      </h2>
      <DataTable
        caption="Statuswijzigingen van deze vacature, de oudste eerst"
        rows={history}
        rowKey={(change) => change.id}
        columns={[
          { header: "Datum", cell: (change) => formatDateTime(change.at), rowHeader: true },
          { header: "Status", cell: (change) => VACANCY_STATUS_LABELS[change.toStatus] },
          { header: "Toelichting", cell: (change) => change.note ?? "" },
          ...(showBy ? [{ header: "Door", cell: (change: VacancyDetail["history"][number]) => change.by ?? "" }] : []),
        ]}
      />
    </section>
  );
}
