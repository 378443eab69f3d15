"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, Textarea } from "@/components/ui";
import { closeVacancyAction } from "../actions";

/** Close the vacancy with a reason. */
export function CloseForm({ vacancyId }: { vacancyId: string }) {
  const form = useFormAction(closeVacancyAction, (data) => ({ vacancyId, reason: String(data.get("reason") ?? "") }));
  return (
    <form noValidate onSubmit={form.onSubmit} aria-labelledby="sluiten">
      <h3 id="sluiten" className="mb-3 text-xl">
        Vacature sluiten
      </h3>
      <ErrorSummary errors={form.summary({ reason: "sluitreden" })} title="De vacature is niet gesloten" />
      <Field id="sluitreden" label="Reden" hint="De werkgever ziet deze reden in de geschiedenis." error={form.fieldError("reason")}>
        {(control) => <Textarea {...control} name="reason" rows={2} maxLength={500} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.isPending} aria-busy={form.isPending}>
        Vacature sluiten
      </Button>
    </form>
  );
}
