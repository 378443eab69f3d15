import { DataTable } from "@/components/ui";
import { formatShortDate } from "@/lib/time/amsterdam-time";
import type { VacancyDetail } from "@/lib/vacancies/get-vacancy-for-actor";
import { ADVICE_KIND_LABELS } from "@/lib/vacancies/labels";

/** Advice given to the employer on this vacancy (evidence for the SUWI basic package). */
export function AdviceList({ advice }: { advice: VacancyDetail["advice"] }) {
  return (
    <section aria-labelledby="advies" className="mb-8">
      <h2 id="advies" className="mb-3 text-2xl">
        Gegeven advies
      </h2>
      {advice.length === 0 ? (
        <p>Er is nog geen advies vastgelegd.</p>
      ) : (
        <DataTable
          caption="Advies aan de werkgever over deze vacature, het nieuwste eerst"
          rows={advice}
          rowKey={(record) => record.id}
          columns={[
            { header: "Datum", rowHeader: true, cell: (record) => formatShortDate(record.givenOn) },
            { header: "Soort", cell: (record) => ADVICE_KIND_LABELS[record.kind] },
            { header: "Instrument", cell: (record) => record.instrument ?? "" },
            { header: "Advies", cell: (record) => <span className="whitespace-pre-line">{record.note}</span> },
            { header: "Door", cell: (record) => record.by },
          ]}
        />
      )}
    </section>
  );
}
