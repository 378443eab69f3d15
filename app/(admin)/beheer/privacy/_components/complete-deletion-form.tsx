"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary } from "@/components/ui";
import { completeDeletionAction } from "../actions";

/** Two steps: the button, then "Weet u het zeker?"; only the second step erases. */
export function CompleteDeletionForm({ requestId }: { requestId: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const form = useFormAction(completeDeletionAction, () => ({ requestId, confirmed: true as const }), { onSuccess: () => router.refresh() });

  if (!confirming) {
    return (
      <Button type="button" onClick={() => setConfirming(true)}>
        Verwijderen/anonimiseren uitvoeren
      </Button>
    );
  }
  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-labelledby="uitvoeren-bevestigen">
      <ErrorSummary errors={form.summary()} title="Het verzoek is niet uitgevoerd" />
      <h3 id="uitvoeren-bevestigen" tabIndex={-1} autoFocus className="mb-2 text-xl">
        Weet u het zeker?
      </h3>
      <p className="mb-4">
        Alle gegevens in de tabel hierboven worden verwijderd of geanonimiseerd. Het account van de inwoner wordt geblokkeerd. Dit kan niet
        ongedaan worden gemaakt.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
          Ja, verwijder de gegevens
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)} disabled={form.isPending}>
          Nee, ga terug
        </Button>
      </div>
    </form>
  );
}
