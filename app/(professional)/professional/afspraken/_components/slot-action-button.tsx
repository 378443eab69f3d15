"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui";
import { cancelProfessionalAppointmentAction, withdrawSlotAction } from "../actions";

/** "Intrekken" for a free slot, "Afzeggen" for a booked one; errors show next to the button. */
export function SlotActionButton(props: { kind: "withdraw"; slotId: string; label: string } | { kind: "cancel"; appointmentId: string; label: string }) {
  const withdraw = useFormAction(withdrawSlotAction, () => ({ slotId: props.kind === "withdraw" ? props.slotId : "" }));
  const cancel = useFormAction(cancelProfessionalAppointmentAction, () => ({ appointmentId: props.kind === "cancel" ? props.appointmentId : "" }));
  const form = props.kind === "withdraw" ? withdraw : cancel;
  const text = props.kind === "withdraw" ? "Intrekken" : "Afzeggen";
  const error = form.serverError ?? form.summary()[0]?.message;
  return (
    <form noValidate onSubmit={form.onSubmit}>
      <Button type="submit" variant="secondary" disabled={form.isPending} aria-busy={form.isPending} aria-label={`${text}: ${props.label}`}>
        {text}
      </Button>
      <p role="status" aria-live="polite" className="mt-1 font-semibold text-danger">
        {error ?? ""}
      </p>
    </form>
  );
}
