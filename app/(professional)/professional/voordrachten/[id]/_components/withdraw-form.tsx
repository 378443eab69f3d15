"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, Textarea } from "@/components/ui";
import { REASON_MAX_LENGTH } from "@/lib/proposals/schemas";
import { withdrawProposalAction } from "../../actions";

/** Withdraw an open proposal with a reason (B4). */
export function WithdrawForm({ proposalId }: { proposalId: string }) {
  const router = useRouter();
  const form = useFormAction(withdrawProposalAction, (data) => ({ proposalId, reason: String(data.get("reason") ?? "") }), {
    onSuccess: () => router.refresh(),
  });
  return (
    <form noValidate onSubmit={form.onSubmit} id="intrekken-formulier">
      <ErrorSummary errors={form.summary({ reason: "intrekken-reden", proposalId: "intrekken-formulier" })} title="De voordracht is niet ingetrokken" />
      <Field id="intrekken-reden" label="Reden van intrekken" hint={`Bijvoorbeeld: de kandidaat heeft elders werk gevonden. Maximaal ${REASON_MAX_LENGTH} tekens.`} error={form.fieldError("reason")}>
        {(control) => <Textarea {...control} name="reason" rows={3} maxLength={REASON_MAX_LENGTH} />}
      </Field>
      <Button type="submit" variant="secondary" disabled={form.isPending} aria-busy={form.isPending}>
        Voordracht intrekken
      </Button>
    </form>
  );
}
