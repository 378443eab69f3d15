"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import { CSV_LIMITS, CSV_TOO_LARGE_MESSAGE, CSV_UPLOAD_PATH } from "@/lib/labour-market/parse-labour-market-csv";
import type { UploadOutcome } from "@/lib/labour-market/upload-labour-market-csv";

const FIELD_ID = "cijfers-bestand";

const UPLOAD_FAILED = "Het uploaden is niet gelukt. Probeer het opnieuw.";

/** Upload a CSV with the figures; a good file leads to the preview, a bad one lists its errors here. */
export function LabourMarketUploadForm() {
  const router = useRouter();
  const [clientError, setClientError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<UploadOutcome | null>(null);
  const fileErrors = outcome && !outcome.ok ? outcome.errors : [];
  const moreErrors = outcome && !outcome.ok ? outcome.moreErrors : 0;
  const firstError = clientError ?? (fileErrors.length > 0 ? "Het bestand heeft fouten. Er is niets gewijzigd." : undefined);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    setOutcome(null);
    if (!(file instanceof File) || file.name === "") return setClientError("Kies een CSV-bestand.");
    if (file.size > CSV_LIMITS.maxBytes) return setClientError(CSV_TOO_LARGE_MESSAGE);
    setClientError(null);
    setPending(true);
    try {
      const response = await fetch(CSV_UPLOAD_PATH, { method: "POST", headers: { "Content-Type": "text/csv" }, body: file });
      const answer = (await response.json().catch(() => null)) as UploadOutcome | null;
      if (answer?.ok) return router.push(`/beheer/arbeidsmarkt/voorbeeld/${answer.uploadId}`);
      // 200: the file's own errors, listed below; anything else (too large, signed out, refused): one message.
      if (response.ok && answer) setOutcome(answer);
      else setClientError(answer && !answer.ok ? (answer.errors[0] ?? UPLOAD_FAILED) : UPLOAD_FAILED);
    } catch {
      setClientError(UPLOAD_FAILED);
    } finally {
      setPending(false);
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Cijfers uploaden">
      <ErrorSummary errors={firstError ? [{ fieldId: FIELD_ID, message: firstError }] : []} title="De cijfers zijn niet gewijzigd" />
      <Field
        id={FIELD_ID}
        label="CSV-bestand met de cijfers"
        hint={`Het sjabloon met kolommen onderwerp, categorie, kenmerk en waarde; gescheiden door ; of , en opgeslagen als UTF-8. Maximaal ${CSV_LIMITS.maxBytesLabel} en ${CSV_LIMITS.maxRows} rijen.`}
        error={firstError}
      >
        {(control) => <TextInput {...control} name="file" type="file" accept=".csv,text/csv" className="text-base" />}
      </Field>
      {fileErrors.length > 0 ? (
        <section aria-labelledby="fouten-in-bestand" className="mb-6 border-l-4 border-danger pl-4">
          <h3 id="fouten-in-bestand" className="text-xl">
            Fouten in het bestand ({fileErrors.length + moreErrors})
          </h3>
          <ul className="mt-2 list-disc pl-6">
            {fileErrors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          {moreErrors > 0 ? <p className="mt-2">En nog {moreErrors} fouten. Verbeter eerst de fouten hierboven.</p> : null}
        </section>
      ) : null}
      <Button type="submit" disabled={isPending} aria-busy={isPending}>
        Bestand controleren
      </Button>
    </form>
  );
}
