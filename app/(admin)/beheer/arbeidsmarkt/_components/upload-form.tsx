"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";
import { Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import { CSV_LIMITS } from "@/lib/labour-market/parse-labour-market-csv";
import { uploadLabourMarketCsvAction } from "../actions";

const FIELD_ID = "cijfers-bestand";

/** Upload a CSV with the figures; a good file leads to the preview, a bad one lists its errors here. */
export function LabourMarketUploadForm() {
  const router = useRouter();
  const [clientError, setClientError] = useState<string | null>(null);
  const { execute, isPending, result } = useAction(uploadLabourMarketCsvAction, {
    onSuccess: ({ data }) => {
      if (data?.ok) router.push(`/beheer/arbeidsmarkt/voorbeeld/${data.uploadId}`);
    },
  });
  const outcome = result.data;
  const fileErrors = outcome && !outcome.ok ? outcome.errors : [];
  const moreErrors = outcome && !outcome.ok ? outcome.moreErrors : 0;
  const firstError = clientError ?? result.serverError ?? result.validationErrors?.fieldErrors?.file?.[0] ?? (fileErrors.length > 0 ? "Het bestand heeft fouten. Er is niets gewijzigd." : undefined);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("file");
    if (!(file instanceof File) || file.name === "") return setClientError("Kies een CSV-bestand.");
    if (file.size > CSV_LIMITS.maxBytes) return setClientError(`Het bestand is groter dan ${CSV_LIMITS.maxBytesLabel}. Upload alleen de cijfers, als CSV.`);
    setClientError(null);
    execute({ file });
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
