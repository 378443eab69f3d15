"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import type { FirstContactInput } from "@/lib/handovers/schemas";
import { recordFirstContactAction } from "../actions";

/** The acceptor records the date of the first contact with the candidate. */
export function FirstContactForm({ handoverId, label, min, max }: { handoverId: string; label: string; min: string; max: string }) {
  const form = useFormAction(recordFirstContactAction, (data): FirstContactInput => ({ handoverId, firstContactOn: String(data.get("firstContactOn") ?? "") }));
  const id = `eerste-contact-${handoverId}`;
  if (form.hasSucceeded) {
    return (
      <p role="status" className="font-semibold">
        Eerste contact vastgelegd.
      </p>
    );
  }
  return (
    <form method="post" noValidate onSubmit={form.onSubmit} aria-label={`Eerste contact vastleggen (${label})`}>
      <ErrorSummary errors={form.summary({ firstContactOn: id })} />
      <Field id={id} label="Datum eerste contact" error={form.fieldError("firstContactOn")} className="mb-2">
        {(c) => <TextInput {...c} name="firstContactOn" type="date" min={min} max={max} defaultValue={max} width="medium" />}
      </Field>
      <Button type="submit" className="min-h-10 px-3 py-1 text-base" disabled={form.isPending} aria-busy={form.isPending}>
        Vastleggen<span className="sr-only"> ({label})</span>
      </Button>
    </form>
  );
}
