import { DataTable } from "@/components/ui";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import type { VacancyDetail } from "@/lib/vacancies/get-vacancy-for-actor";

/** To whom the vacancy was handed over, with due dates. */
export function HandoversTable({ handovers }: { handovers: VacancyDetail["handovers"] }) {
  return (
    <section aria-labelledby="overdrachten" className="mb-8">
      <h2 id="overdrachten" className="mb-3 text-2xl">
        Overgedragen aan
      </h2>
      {handovers.length === 0 ? (
        <p>Deze vacature is nog niet aan een bemiddelaar overgedragen.</p>
      ) : (
        <DataTable
          caption="Bemiddelaars met deze vacature, de vroegste uiterste datum eerst"
          rows={handovers}
          rowKey={(handover) => handover.mediatorId}
          columns={[
            { header: "Bemiddelaar", rowHeader: true, cell: (handover) => handover.mediatorName },
            { header: "Uiterlijk", cell: (handover) => formatShortDate(handover.dueDate) },
            { header: "Overgedragen door", cell: (handover) => handover.givenBy },
            { header: "Op", cell: (handover) => formatShortDate(handover.createdAt) },
            { header: "Toelichting", cell: (handover) => handover.note ?? "" },
          ]}
        />
      )}
    </section>
  );
}
