"use client";

import { useRef } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { newSubmissionKey } from "@/components/portal/submission-key";
import { Alert, Button, ErrorSummary, Field, Select, Textarea } from "@/components/ui";
import { QUESTION_TEXT_MAX_LENGTH, QUESTION_TOPIC_LABELS, QUESTION_TOPICS, type AskQuestionInput } from "@/lib/questions/schemas";
import { askQuestionAction } from "../actions";

const TOPIC_OPTIONS = QUESTION_TOPICS.map((topic) => ({ value: topic, label: QUESTION_TOPIC_LABELS[topic] }));
const FIELD_IDS = { topic: "vraag-onderwerp", text: "vraag-tekst", submissionKey: "formulier" };

/** Ask the vaste contactpersoon a question; one submission key per question, so a double click sends it once. */
export function AskQuestionForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const keyRef = useRef<string | null>(null);
  const form = useFormAction(
    askQuestionAction,
    (data) => {
      keyRef.current ??= newSubmissionKey();
      // The server checks the topic against the list; an unknown value gets a Dutch field error.
      return { topic: String(data.get("topic") ?? "") as AskQuestionInput["topic"], text: String(data.get("text") ?? ""), submissionKey: keyRef.current };
    },
    {
      onSuccess: () => {
        keyRef.current = null;
        formRef.current?.reset();
      },
    },
  );

  return (
    <form ref={formRef} noValidate onSubmit={form.onSubmit} id="formulier" aria-labelledby="vraag-stellen">
      <ErrorSummary errors={form.summary(FIELD_IDS)} title="Uw vraag is nog niet verstuurd" />
      <div role="status" aria-live="polite">
        {form.hasSucceeded && !form.isPending ? (
          <Alert tone="success" title="Uw vraag is verstuurd">
            Uw contactpersoon antwoordt binnen 2 werkdagen. U ziet het antwoord hieronder en krijgt een melding.
          </Alert>
        ) : null}
      </div>
      <Field id="vraag-onderwerp" label="Onderwerp" error={form.fieldError("topic")}>
        {(control) => <Select {...control} name="topic" options={TOPIC_OPTIONS} placeholder="Maak een keuze" defaultValue="" />}
      </Field>
      <Field
        id="vraag-tekst"
        label="Uw vraag"
        hint={`Schrijf in gewone woorden wat u wilt weten. Maximaal ${QUESTION_TEXT_MAX_LENGTH} tekens.`}
        error={form.fieldError("text")}
      >
        {(control) => <Textarea {...control} name="text" rows={6} maxLength={QUESTION_TEXT_MAX_LENGTH} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Vraag versturen
      </Button>
    </form>
  );
}
