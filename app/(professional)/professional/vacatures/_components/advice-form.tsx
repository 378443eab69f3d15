"use client";

import { useRef } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary, Field, Select, Textarea, TextInput } from "@/components/ui";
import { ADVICE_KINDS } from "@/lib/advice/schemas";
import { ADVICE_KIND_LABELS } from "@/lib/vacancies/labels";
import { recordAdviceAction } from "../actions";

const KIND_OPTIONS = ADVICE_KINDS.map((kind) => ({ value: kind, label: ADVICE_KIND_LABELS[kind] }));

/** Record advice given to the employer about this vacancy (jobcarving / BIA, instruments, labour market). */
export function AdviceForm({ vacancyId, instruments, today }: { vacancyId: string; instruments: { code: string; name: string }[]; today: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormAction(
    recordAdviceAction,
    (data) => ({
      vacancyId,
      kind: String(data.get("kind") ?? "") as (typeof ADVICE_KINDS)[number],
      instrumentCode: String(data.get("instrumentCode") ?? ""),
      note: String(data.get("note") ?? ""),
      givenOn: String(data.get("givenOn") ?? ""),
    }),
    { onSuccess: () => formRef.current?.reset() },
  );
  return (
    <form ref={formRef} noValidate onSubmit={form.onSubmit} aria-labelledby="advies-vastleggen">
      <h3 id="advies-vastleggen" className="mb-3 text-xl">
        Advies vastleggen
      </h3>
      <ErrorSummary
        errors={form.summary({ kind: "advies-soort", instrumentCode: "advies-instrument", note: "advies-tekst", givenOn: "advies-datum" })}
        title="Het advies is niet vastgelegd"
      />
      <div role="status">{form.hasSucceeded && !form.isPending ? <Alert tone="success" title="Het advies is vastgelegd" /> : null}</div>
      <Field id="advies-soort" label="Soort advies" error={form.fieldError("kind")}>
        {(control) => <Select {...control} name="kind" options={KIND_OPTIONS} placeholder="Maak een keuze" defaultValue="" />}
      </Field>
      <Field id="advies-instrument" label="Instrument" optional error={form.fieldError("instrumentCode")}>
        {(control) => (
          <Select {...control} name="instrumentCode" options={instruments.map((item) => ({ value: item.code, label: item.name }))} placeholder="Geen instrument" defaultValue="" />
        )}
      </Field>
      <Field id="advies-tekst" label="Wat heeft u geadviseerd?" error={form.fieldError("note")}>
        {(control) => <Textarea {...control} name="note" rows={3} maxLength={2000} />}
      </Field>
      <Field id="advies-datum" label="Datum" error={form.fieldError("givenOn")}>
        {(control) => <TextInput {...control} name="givenOn" type="date" width="medium" defaultValue={today} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.isPending} aria-busy={form.isPending}>
        Advies vastleggen
      </Button>
    </form>
  );
}
