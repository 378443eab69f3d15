"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary, Field, Select, Textarea } from "@/components/ui";
import type { SETTABLE_STATUSES } from "@/lib/vacancies/schemas";
import { setVacancyStatusAction } from "../actions";

type Settable = (typeof SETTABLE_STATUSES)[number];

/** Move the vacancy one step in the status flow; only the valid next steps are offered. */
export function StatusForm({ vacancyId, options }: { vacancyId: string; options: { value: string; label: string }[] }) {
  const form = useFormAction(setVacancyStatusAction, (data) => ({
    vacancyId,
    status: String(data.get("status") ?? "") as Settable,
    note: String(data.get("note") ?? ""),
  }));
  return (
    <form noValidate onSubmit={form.onSubmit} aria-labelledby="status-wijzigen">
      <h3 id="status-wijzigen" className="mb-3 text-xl">
        Status wijzigen
      </h3>
      <ErrorSummary errors={form.summary({ status: "nieuwe-status", note: "status-toelichting" })} title="De status is niet gewijzigd" />
      <div role="status">{form.hasSucceeded && !form.isPending ? <Alert tone="success" title="De status is gewijzigd" /> : null}</div>
      <Field id="nieuwe-status" label="Nieuwe status" error={form.fieldError("status")}>
        {(control) => <Select {...control} name="status" options={options} placeholder="Maak een keuze" defaultValue="" />}
      </Field>
      <Field id="status-toelichting" label="Toelichting" optional error={form.fieldError("note")}>
        {(control) => <Textarea {...control} name="note" rows={2} maxLength={500} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.isPending} aria-busy={form.isPending}>
        Status opslaan
      </Button>
    </form>
  );
}
