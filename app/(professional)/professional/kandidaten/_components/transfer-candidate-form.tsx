"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, Select, Textarea } from "@/components/ui";
import { TRANSFER_REASON_MAX, TRANSFER_REASON_MIN, type TransferCandidateInput } from "@/lib/caseload/schemas";
import { transferCandidateAction } from "../actions";

const IDS = { toUserId: "nieuwe-bemiddelaar", reason: "reden-overdracht" };

/** Hand the candidate to another active bemiddelaar, with a reason; the transfer is logged. */
export function TransferCandidateForm({ candidateId, mediators }: { candidateId: string; mediators: { id: string; label: string }[] }) {
  const router = useRouter();
  const form = useFormAction(
    transferCandidateAction,
    (data): TransferCandidateInput => ({
      candidateId,
      toUserId: String(data.get("toUserId") ?? ""),
      reason: String(data.get("reason") ?? ""),
    }),
    { onSuccess: () => router.push("/professional/kandidaten?overgedragen=1") },
  );

  return (
    <form id="formulier" method="post" noValidate onSubmit={form.onSubmit} aria-label="Kandidaat overdragen">
      <ErrorSummary errors={form.summary(IDS)} />
      <Field id={IDS.toUserId} label="Nieuwe bemiddelaar" error={form.fieldError("toUserId")}>
        {(c) => <Select {...c} name="toUserId" defaultValue="" placeholder="Kies een bemiddelaar" options={mediators.map((m) => ({ value: m.id, label: m.label }))} />}
      </Field>
      <Field id={IDS.reason} label="Reden" hint={`Bijvoorbeeld: de kandidaat verhuist naar een ander werkgebied. Minimaal ${TRANSFER_REASON_MIN}, maximaal ${TRANSFER_REASON_MAX} tekens.`} error={form.fieldError("reason")}>
        {(c) => <Textarea {...c} name="reason" rows={3} maxLength={TRANSFER_REASON_MAX} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>Kandidaat overdragen</Button>
    </form>
  );
}
