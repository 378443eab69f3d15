"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, Textarea } from "@/components/ui";
import { MOTIVATION_MAX_LENGTH, MOTIVATION_MIN_LENGTH } from "@/lib/proposals/schemas";
import { createProposalAction } from "@/app/(professional)/professional/voordrachten/actions";

/**
 * The proposal form (B4). A double click is harmless: the server keeps one proposal per vacancy and
 * candidate and returns the existing one; the button is also disabled while the request runs.
 */
export function ProposalForm({ candidateId, vacancyId }: { candidateId: string; vacancyId: string }) {
  // On success the action redirects to the new (or the existing) proposal.
  const form = useFormAction(createProposalAction, (data) => ({ candidateId, vacancyId, motivation: String(data.get("motivation") ?? "") }));
  return (
    <form noValidate onSubmit={form.onSubmit} id="voordragen-formulier">
      <ErrorSummary
        errors={form.summary({ motivation: "motivatie", candidateId: "voordragen-formulier", vacancyId: "voordragen-formulier" })}
        title="De voordracht is nog niet verstuurd"
      />
      <Field
        id="motivatie"
        label="Motivatie"
        hint={`Waarom past deze kandidaat bij de vacature? De werkgever en de kandidaat lezen dit. Tussen ${MOTIVATION_MIN_LENGTH} en ${MOTIVATION_MAX_LENGTH} tekens.`}
        error={form.fieldError("motivation")}
      >
        {(control) => <Textarea {...control} name="motivation" rows={6} maxLength={MOTIVATION_MAX_LENGTH} />}
      </Field>
      <Button type="submit" disabled={form.isPending || form.hasSucceeded} aria-busy={form.isPending}>
        Voordragen en toestemming vragen
      </Button>
    </form>
  );
}
