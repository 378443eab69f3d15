"use client";

import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary } from "@/components/ui";
import { withdrawVacancyAction } from "../actions";

/** Withdraw the vacancy, after one confirming step. */
export function WithdrawForm({ vacancyId }: { vacancyId: string }) {
  const [confirming, setConfirming] = useState(false);
  const form = useFormAction(withdrawVacancyAction, () => ({ vacancyId }));

  if (form.hasSucceeded && !form.isPending) {
    return (
      <div role="status">
        <Alert tone="success" title="De vacature is ingetrokken" />
      </div>
    );
  }
  return (
    <section aria-labelledby="intrekken" className="mb-8">
      <h2 id="intrekken" className="mb-3 text-2xl">
        Vacature intrekken
      </h2>
      <ErrorSummary errors={form.summary()} title="Intrekken is niet gelukt" />
      {confirming ? (
        <form onSubmit={form.onSubmit} noValidate>
          <p className="mb-4">Weet u het zeker? De vacature wordt gesloten met de reden &quot;Ingetrokken door werkgever&quot;.</p>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
              Ja, vacature intrekken
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Nee, terug
            </Button>
          </div>
        </form>
      ) : (
        <>
          <p className="mb-4">Is de vacature niet meer nodig? Dan kunt u haar intrekken.</p>
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Vacature intrekken
          </Button>
        </>
      )}
    </section>
  );
}
