"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, Checkbox, ErrorSummary, Field, FieldError, Textarea, TextInput } from "@/components/ui";
import type { MediatorOption } from "@/lib/vacancies/find-mediators";
import { handOverVacancyAction } from "../actions";

/** Hand the vacancy to one or more bemiddelaars with a due date. */
export function HandoverForm({ vacancyId, mediators, defaultDueDate }: { vacancyId: string; mediators: MediatorOption[]; defaultDueDate: string }) {
  const form = useFormAction(handOverVacancyAction, (data) => ({
    vacancyId,
    mediatorIds: data.getAll("mediatorIds").map(String),
    dueDate: String(data.get("dueDate") ?? ""),
    note: String(data.get("note") ?? ""),
  }));
  const mediatorError = form.fieldError("mediatorIds");
  return (
    <form noValidate onSubmit={form.onSubmit} aria-labelledby="overdragen">
      <h3 id="overdragen" className="mb-3 text-xl">
        Overdragen aan bemiddelaars
      </h3>
      <ErrorSummary errors={form.summary({ mediatorIds: "bemiddelaar-0", dueDate: "uiterste-datum", note: "overdracht-toelichting" })} title="De vacature is niet overgedragen" />
      <div role="status">
        {form.hasSucceeded && !form.isPending ? <Alert tone="success" title="De vacature is overgedragen">De bemiddelaars hebben een melding gekregen.</Alert> : null}
      </div>
      <fieldset className={mediatorError ? "mb-6 border-l-4 border-danger pl-4" : "mb-6"}>
        <legend className="mb-2 font-semibold">Bemiddelaars</legend>
        <FieldError id="bemiddelaars" error={mediatorError} />
        {mediators.length === 0 ? <p>Er zijn geen bemiddelaars gevonden.</p> : null}
        <div className="max-h-72 overflow-y-auto">
          {mediators.map((mediator, index) => (
            <Checkbox
              key={mediator.id}
              id={`bemiddelaar-${index}`}
              name="mediatorIds"
              value={mediator.id}
              label={mediator.partnerOrganisation ? `${mediator.name} (${mediator.partnerOrganisation})` : mediator.name}
            />
          ))}
        </div>
      </fieldset>
      <Field id="uiterste-datum" label="Uiterste datum voor een voordracht" error={form.fieldError("dueDate")}>
        {(control) => <TextInput {...control} name="dueDate" type="date" width="medium" defaultValue={defaultDueDate} />}
      </Field>
      <Field id="overdracht-toelichting" label="Toelichting voor de bemiddelaars" optional error={form.fieldError("note")}>
        {(control) => <Textarea {...control} name="note" rows={3} maxLength={500} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Vacature overdragen
      </Button>
    </form>
  );
}
