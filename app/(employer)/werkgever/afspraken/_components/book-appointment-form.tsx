"use client";

import { useRef } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary, Field, Select, Textarea } from "@/components/ui";
import { SUBJECT_MAX_LENGTH } from "@/lib/appointments/schemas";
import { bookAppointmentAction } from "../actions";

const FIELD_IDS = { slotId: "afspraak-tijdstip", subject: "afspraak-onderwerp" };

/** Pick one of the free slots (labels are made on the server) and say what it is about. */
export function BookAppointmentForm({ slots }: { slots: { value: string; label: string }[] }) {
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormAction(
    bookAppointmentAction,
    (data) => ({ slotId: String(data.get("slotId") ?? ""), subject: String(data.get("subject") ?? "") }),
    { onSuccess: () => formRef.current?.reset() },
  );

  return (
    <form ref={formRef} noValidate onSubmit={form.onSubmit} id="formulier" aria-labelledby="afspraak-maken">
      <ErrorSummary errors={form.summary(FIELD_IDS)} title="Uw afspraak is nog niet gemaakt" />
      <div role="status" aria-live="polite">
        {form.hasSucceeded && !form.isPending ? (
          <Alert tone="success" title="Uw afspraak is gemaakt">
            U ziet de afspraak hieronder bij Uw afspraken. Uw contactpersoon krijgt een melding.
          </Alert>
        ) : null}
      </div>
      <Field id="afspraak-tijdstip" label="Tijdstip" hint="Alle tijden zijn Nederlandse tijd." error={form.fieldError("slotId")}>
        {(control) => <Select {...control} name="slotId" options={slots} placeholder="Kies een tijdstip" defaultValue="" />}
      </Field>
      <Field
        id="afspraak-onderwerp"
        label="Waarover wilt u praten?"
        hint={`Bijvoorbeeld: kennismaken, een vacature of een subsidie. Maximaal ${SUBJECT_MAX_LENGTH} tekens.`}
        error={form.fieldError("subject")}
      >
        {(control) => <Textarea {...control} name="subject" rows={3} maxLength={SUBJECT_MAX_LENGTH} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Afspraak maken
      </Button>
    </form>
  );
}
