"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary, Field, Textarea } from "@/components/ui";
import { ANSWER_TEXT_MAX_LENGTH } from "@/lib/questions/schemas";
import { answerQuestionAction } from "../actions";

/** The answer form under one question in the inbox; ids carry the question id (several forms per page). */
export function AnswerForm({ questionId, organisationName }: { questionId: string; organisationName: string }) {
  const fieldId = `antwoord-${questionId}`;
  const router = useRouter();
  const form = useFormAction(answerQuestionAction, (data) => ({ questionId, answer: String(data.get("answer") ?? "") }), {
    onSuccess: () => router.replace(`/professional/inbox?beantwoord=${encodeURIComponent(questionId)}`, { scroll: true }),
  });
  const formId = `formulier-${questionId}`;
  const summary = form.summary({ answer: fieldId, questionId: formId }).map((item) =>
    item.fieldId === "formulier" ? { ...item, fieldId: formId } : item,
  );

  if (form.hasSucceeded && !form.isPending) {
    return (
      <div role="status" aria-live="polite">
        <Alert tone="success" title="Antwoord verstuurd">
          {organisationName} ziet uw antwoord in het portaal en krijgt een melding.
        </Alert>
      </div>
    );
  }

  return (
    <form id={formId} noValidate onSubmit={form.onSubmit} className="mt-3">
      <ErrorSummary errors={summary} title="Uw antwoord is nog niet verstuurd" />
      <Field
        id={fieldId}
        label={`Antwoord aan ${organisationName}`}
        hint={`Maximaal ${ANSWER_TEXT_MAX_LENGTH} tekens.`}
        error={form.fieldError("answer") ?? form.fieldError("questionId")}
        className="mb-3"
      >
        {(control) => <Textarea {...control} name="answer" rows={4} maxLength={ANSWER_TEXT_MAX_LENGTH} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Antwoord versturen
      </Button>
    </form>
  );
}
