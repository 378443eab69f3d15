"use client";

import { useRef } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import { LOCATION_MAX_LENGTH } from "@/lib/appointments/schemas";
import { publishSlotAction } from "../actions";

const FIELD_IDS = { date: "tijdslot-datum", startTime: "tijdslot-begin", endTime: "tijdslot-eind", location: "tijdslot-locatie" };

/** Publish one free slot in the own calendar: date, start and end time (Dutch time), location. */
export function PublishSlotForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormAction(
    publishSlotAction,
    (data) => ({
      date: String(data.get("date") ?? ""),
      startTime: String(data.get("startTime") ?? ""),
      endTime: String(data.get("endTime") ?? ""),
      location: String(data.get("location") ?? ""),
    }),
    { onSuccess: () => formRef.current?.reset() },
  );

  return (
    <form ref={formRef} noValidate onSubmit={form.onSubmit} id="formulier" aria-labelledby="tijdslot-publiceren">
      <ErrorSummary errors={form.summary(FIELD_IDS)} title="Het tijdslot is niet gepubliceerd" />
      <div role="status" aria-live="polite">
        {form.hasSucceeded && !form.isPending ? <Alert tone="success" title="Tijdslot gepubliceerd">Uw werkgevers kunnen dit tijdstip nu boeken.</Alert> : null}
      </div>
      <div className="grid gap-x-6 sm:grid-cols-3">
        <Field id="tijdslot-datum" label="Datum" error={form.fieldError("date")}>
          {(control) => <TextInput {...control} name="date" type="date" width="medium" />}
        </Field>
        <Field id="tijdslot-begin" label="Begintijd" hint="Bijvoorbeeld 09:30" error={form.fieldError("startTime")}>
          {(control) => <TextInput {...control} name="startTime" type="time" width="short" />}
        </Field>
        <Field id="tijdslot-eind" label="Eindtijd" hint="Bijvoorbeeld 10:00" error={form.fieldError("endTime")}>
          {(control) => <TextInput {...control} name="endTime" type="time" width="short" />}
        </Field>
      </div>
      <Field
        id="tijdslot-locatie"
        label="Locatie"
        hint={`Een adres, "bij de werkgever" of "videobellen". Maximaal ${LOCATION_MAX_LENGTH} tekens.`}
        error={form.fieldError("location")}
      >
        {(control) => <TextInput {...control} name="location" maxLength={LOCATION_MAX_LENGTH} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Tijdslot publiceren
      </Button>
    </form>
  );
}
