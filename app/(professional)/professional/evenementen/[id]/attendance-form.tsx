"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary } from "@/components/ui";
import { recordAttendanceAction } from "../actions";

export type AttendanceRow = { id: string; name: string; organisation: string | null; attended: boolean | null };

/** Per active registration "Aanwezig" or "Niet aanwezig" (radio buttons in one table row). */
export function AttendanceForm({ eventId, rows }: { eventId: string; rows: AttendanceRow[] }) {
  const form = useFormAction(recordAttendanceAction, (data) => ({
    eventId,
    attendance: rows.flatMap((row) => {
      const value = data.get(`aanwezig-${row.id}`);
      return value === "ja" || value === "nee" ? [{ registrationId: row.id, attended: value === "ja" }] : [];
    }),
  }));

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-labelledby="aanwezigheid">
      <ErrorSummary errors={form.summary()} title="De aanwezigheid is niet opgeslagen" />
      <div role="status" aria-live="polite">
        {form.hasSucceeded && !form.isPending ? <Alert tone="success" title="Aanwezigheid opgeslagen" /> : null}
      </div>
      <div className="mb-6 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-semibold">Aanwezigheid per aanmelding</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-line p-2">
                Naam
              </th>
              <th scope="col" className="border-b-2 border-line p-2">
                Organisatie
              </th>
              <th scope="col" className="border-b-2 border-line p-2">
                Aanwezig?
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="border-b border-line-light p-2 font-normal">
                  {row.name}
                </th>
                <td className="border-b border-line-light p-2">{row.organisation ?? "Inwoner"}</td>
                <td className="border-b border-line-light p-2">
                  <fieldset className="flex flex-wrap gap-4">
                    <legend className="sr-only">Was {row.name} aanwezig?</legend>
                    {(["ja", "nee"] as const).map((value) => (
                      <label key={value} className="flex items-center gap-2">
                        <input
                          type="radio"
                          name={`aanwezig-${row.id}`}
                          value={value}
                          defaultChecked={row.attended === (value === "ja")}
                          className="size-6 accent-brand"
                        />
                        {value === "ja" ? "Aanwezig" : "Niet aanwezig"}
                      </label>
                    ))}
                  </fieldset>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Aanwezigheid opslaan
      </Button>
    </form>
  );
}
