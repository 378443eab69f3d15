"use client";

import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary, Field, Textarea } from "@/components/ui";
import { DELETION_REASON_MAX } from "@/lib/privacy/schemas";
import { requestDeletionAction } from "../actions";

const FIELD_IDS = { reason: "verwijder-reden", confirmed: "verwijder-bevestigen" };

/**
 * Two steps: first the optional reason, then "Weet u het zeker?". Only the second step sends the
 * request. A field error sends the resident back to the first step, next to the field.
 */
export function DeletionRequestForm() {
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const form = useFormAction(requestDeletionAction, () => ({ reason, confirmed: true as const }));
  const reasonError = form.fieldError("reason");
  const summary = form.summary(FIELD_IDS);

  if (form.hasSucceeded && form.data) {
    return (
      <div role="status">
        <Alert tone="success" title="Uw verzoek is verstuurd">
          {form.data.message}
        </Alert>
      </div>
    );
  }

  if (confirming && !reasonError) {
    return (
      <form noValidate onSubmit={form.onSubmit} aria-labelledby="verwijder-bevestig-titel">
        <ErrorSummary errors={summary} />
        <h3 id="verwijder-bevestig-titel" tabIndex={-1} autoFocus className="mb-2 text-xl">
          Weet u het zeker?
        </h3>
        <p className="mb-2">Als wij uw gegevens verwijderen, kan uw bemiddelaar u daarna niet meer helpen met dit dossier.</p>
        {reason ? (
          <p className="mb-4">
            Uw toelichting: <span className="italic">{reason}</span>
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
            Ja, verstuur mijn verzoek
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Nee, ga terug
          </Button>
        </div>
      </form>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        form.reset();
        setConfirming(true);
      }}
    >
      <ErrorSummary errors={summary} />
      <Field
        id={FIELD_IDS.reason}
        label="Waarom wilt u dat wij uw gegevens verwijderen?"
        hint={`U hoeft dit niet in te vullen. Maximaal ${DELETION_REASON_MAX} tekens.`}
        optional
        error={reasonError}
      >
        {(control) => <Textarea {...control} name="reason" value={reason} onChange={(event) => setReason(event.target.value)} rows={4} />}
      </Field>
      <Button type="submit">Verder</Button>
    </form>
  );
}
