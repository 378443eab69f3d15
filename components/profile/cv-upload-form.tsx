"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import { CV_MAX_BYTES, CV_MAX_LABEL, CV_MESSAGES } from "@/lib/candidate-profile/cv-rules";
import { CV_FILE_NAME_HEADER, cvUploadPath } from "@/lib/candidate-profile/cv-url";

type State = { status: "idle" } | { status: "sending" } | { status: "error"; message: string } | { status: "done"; fileName: string };

/**
 * Upload a CV (PDF, at most 5 MB). The size is checked here before sending, so a large file is
 * never sent; the server checks the size again and the content (it must really be a PDF).
 */
export function CvUploadForm({ candidateId, hasCv }: { candidateId: string; hasCv: boolean }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ status: "idle" });
  const error = state.status === "error" ? state.message : undefined;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const file = (new FormData(formElement).get("cv") as File | null) ?? null;
    if (!file || file.name === "") return setState({ status: "error", message: CV_MESSAGES.missing });
    if (file.size > CV_MAX_BYTES) return setState({ status: "error", message: CV_MESSAGES.tooLarge });
    if (file.size === 0) return setState({ status: "error", message: CV_MESSAGES.empty });
    setState({ status: "sending" });
    try {
      const response = await fetch(cvUploadPath(candidateId), {
        method: "POST",
        headers: { "Content-Type": "application/pdf", [CV_FILE_NAME_HEADER]: encodeURIComponent(file.name) },
        body: file,
      });
      const answer = (await response.json().catch(() => null)) as { error?: string; cv?: { fileName: string } } | null;
      if (!response.ok || !answer?.cv) return setState({ status: "error", message: answer?.error ?? CV_MESSAGES.badRequest });
      formElement.reset();
      setState({ status: "done", fileName: answer.cv.fileName });
      router.refresh();
    } catch {
      setState({ status: "error", message: CV_MESSAGES.badRequest });
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Cv uploaden">
      <ErrorSummary errors={error ? [{ fieldId: "cv-bestand", message: error }] : []} title="Het cv is niet opgeslagen" />
      <div role="status">{state.status === "done" ? <Alert tone="success" title={`Het cv ${state.fileName} is opgeslagen.`} /> : null}</div>
      <Field
        id="cv-bestand"
        label={hasCv ? "Ander cv kiezen" : "Cv kiezen"}
        hint={`Alleen een pdf-bestand, maximaal ${CV_MAX_LABEL}.${hasCv ? " Het nieuwe cv vervangt het oude." : ""}`}
        error={error}
      >
        {(control) => <TextInput {...control} name="cv" type="file" accept="application/pdf,.pdf" className="text-base" />}
      </Field>
      <Button type="submit" variant="secondary" disabled={state.status === "sending"} aria-busy={state.status === "sending"}>
        Cv uploaden
      </Button>
    </form>
  );
}
