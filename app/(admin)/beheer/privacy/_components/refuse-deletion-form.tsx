"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, Textarea } from "@/components/ui";
import { REFUSAL_REASON_MAX } from "@/lib/privacy/schemas";
import { refuseDeletionAction } from "../actions";

const FIELD_IDS = { reason: "weiger-reden" };

/** Refusing needs a reason; the resident reads it in a notification. */
export function RefuseDeletionForm({ requestId }: { requestId: string }) {
  const router = useRouter();
  const form = useFormAction(refuseDeletionAction, (data) => ({ requestId, reason: String(data.get("reason") ?? "") }), {
    onSuccess: () => router.refresh(),
  });
  return (
    <form noValidate onSubmit={form.onSubmit} aria-labelledby="weigeren">
      <ErrorSummary errors={form.summary(FIELD_IDS)} title="Het verzoek is niet geweigerd" />
      <Field
        id={FIELD_IDS.reason}
        label="Reden van weigeren"
        hint={`Bijvoorbeeld een wettelijke bewaarplicht. De inwoner leest deze reden. Noem geen andere personen. Maximaal ${REFUSAL_REASON_MAX} tekens.`}
        error={form.fieldError("reason")}
      >
        {(control) => <Textarea {...control} name="reason" rows={4} maxLength={REFUSAL_REASON_MAX} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.isPending} aria-busy={form.isPending}>
        Weigeren
      </Button>
    </form>
  );
}
