"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui";
import { cancelEmployerAppointmentAction } from "../actions";

/** Cancels one appointment; the error (if any) is shown next to the button. */
export function CancelAppointmentButton({ appointmentId, label }: { appointmentId: string; label: string }) {
  const form = useFormAction(cancelEmployerAppointmentAction, () => ({ appointmentId }));
  const error = form.serverError ?? form.fieldError("appointmentId");
  return (
    <form noValidate onSubmit={form.onSubmit}>
      <Button type="submit" variant="secondary" disabled={form.isPending} aria-busy={form.isPending} aria-label={`Afspraak afzeggen: ${label}`}>
        Afzeggen
      </Button>
      <p role="status" aria-live="polite" className="mt-1 font-semibold text-danger">
        {error ?? ""}
      </p>
    </form>
  );
}
