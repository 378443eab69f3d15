"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, errorId, Field, FieldError, Select, Textarea } from "@/components/ui";
import { DECLINE_REASON_LABELS } from "@/lib/proposals/labels";
import { REASON_MAX_LENGTH } from "@/lib/proposals/schemas";
import { declineProposalAction, interviewOutcomeAction, inviteCandidateAction } from "../../actions";

const DECLINE_OPTIONS = Object.entries(DECLINE_REASON_LABELS).map(([value, label]) => ({ value, label }));

/** Invite for a conversation, or decline with a reason (E5). */
export function AnswerForms({ proposalId }: { proposalId: string }) {
  const router = useRouter();
  const invite = useFormAction(inviteCandidateAction, () => ({ proposalId }), { onSuccess: () => router.refresh() });
  const decline = useFormAction(
    declineProposalAction,
    (data) => ({ proposalId, reason: String(data.get("reason") ?? "") as never, text: String(data.get("text") ?? "") }),
    { onSuccess: () => router.refresh() },
  );
  const busy = invite.isPending || decline.isPending;
  return (
    <div className="space-y-10">
      <form noValidate onSubmit={invite.onSubmit} id="uitnodigen-formulier">
        <h3 className="mb-2 text-xl">Uitnodigen voor een gesprek</h3>
        <ErrorSummary errors={invite.summary({ proposalId: "uitnodigen-formulier" })} title="De uitnodiging is niet verstuurd" />
        <p className="mb-3">De bemiddelaar hoort dat u de kandidaat wilt spreken en maakt met u een afspraak.</p>
        <Button type="submit" disabled={busy} aria-busy={invite.isPending}>
          Uitnodigen voor een gesprek
        </Button>
      </form>
      <form noValidate onSubmit={decline.onSubmit} id="afwijzen-formulier">
        <h3 className="mb-2 text-xl">Afwijzen</h3>
        <ErrorSummary errors={decline.summary({ reason: "afwijzen-reden", text: "afwijzen-toelichting", proposalId: "afwijzen-formulier" })} title="De afwijzing is niet verstuurd" />
        <Field id="afwijzen-reden" label="Reden" error={decline.fieldError("reason")}>
          {(control) => <Select {...control} name="reason" defaultValue="" placeholder="Kies een reden" options={DECLINE_OPTIONS} />}
        </Field>
        <Field id="afwijzen-toelichting" label="Toelichting" optional hint={`Verplicht als u 'Anders' kiest. De bemiddelaar leest dit. Maximaal ${REASON_MAX_LENGTH} tekens.`} error={decline.fieldError("text")}>
          {(control) => <Textarea {...control} name="text" rows={3} maxLength={REASON_MAX_LENGTH} />}
        </Field>
        <Button type="submit" variant="secondary" disabled={busy} aria-busy={decline.isPending}>
          Kandidaat afwijzen
        </Button>
      </form>
    </div>
  );
}

/** After the conversation: positive or negative, with a note. */
export function InterviewOutcomeForm({ proposalId }: { proposalId: string }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState("");
  const form = useFormAction(
    interviewOutcomeAction,
    (data) => ({ proposalId, outcome: String(data.get("outcome") ?? "") as never, note: String(data.get("note") ?? "") }),
    { onSuccess: () => router.refresh() },
  );
  const outcomeError = form.fieldError("outcome");
  return (
    <form noValidate onSubmit={form.onSubmit} id="gesprek-formulier">
      <ErrorSummary errors={form.summary({ outcome: "gesprek-uitkomst-positief", note: "gesprek-toelichting", proposalId: "gesprek-formulier" })} title="De uitkomst is niet opgeslagen" />
      <fieldset className="mb-6" aria-describedby={outcomeError ? errorId("gesprek-uitkomst") : undefined}>
        <legend className="font-semibold">Hoe ging het gesprek?</legend>
        <FieldError id="gesprek-uitkomst" error={outcomeError} />
        {[
          ["POSITIVE", "Positief: wij willen verder met deze kandidaat"],
          ["NEGATIVE", "Negatief: wij gaan niet verder"],
        ].map(([value, label]) => (
          <label key={value} className="mt-2 flex items-center gap-3">
            <input type="radio" name="outcome" value={value} id={`gesprek-uitkomst-${value === "POSITIVE" ? "positief" : "negatief"}`} checked={outcome === value} onChange={() => setOutcome(value!)} className="size-5" />
            {label}
          </label>
        ))}
      </fieldset>
      <Field id="gesprek-toelichting" label="Toelichting" optional hint={`De bemiddelaar leest dit. Maximaal ${REASON_MAX_LENGTH} tekens.`} error={form.fieldError("note")}>
        {(control) => <Textarea {...control} name="note" rows={3} maxLength={REASON_MAX_LENGTH} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Uitkomst opslaan
      </Button>
    </form>
  );
}
