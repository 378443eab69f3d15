"use client";

import { useState, type FormEvent } from "react";
import { Alert, Button, Checkbox, ErrorSummary } from "@/components/ui";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { resetSecondFactorAction } from "../actions";

/** "Tweede factor resetten" with an explicit confirmation; afterwards the page shows the new state. */
export function ResetSecondFactorForm({ userId, userName }: { userId: string; userName: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const confirm = new FormData(event.currentTarget).get("confirm") === "on";
    setBusy(true);
    setError(null);
    const result = await resetSecondFactorAction({ userId, confirm: confirm as true }).catch(() => undefined);
    setBusy(false);
    if (result?.data?.reset) {
      setDone(true);
      return;
    }
    setError(result?.validationErrors?.fieldErrors?.confirm?.[0] ?? result?.serverError ?? GENERIC_ERROR_MESSAGE);
  }

  if (done) {
    return (
      <div role="status">
        <Alert tone="success" title="De tweede factor is gereset">
          <p>{userName} is overal uitgelogd. Een medewerker stelt bij de volgende keer inloggen opnieuw tweestapsverificatie in.</p>
        </Alert>
      </div>
    );
  }

  return (
    <form method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary title="Resetten is niet gelukt" errors={error ? [{ fieldId: "confirm", message: error }] : []} />
      <Checkbox
        id="confirm"
        name="confirm"
        label={`Ja, reset de tweede factor van ${userName}`}
        hint="De app-koppeling en alle herstelcodes vervallen en deze gebruiker wordt op alle apparaten uitgelogd."
        error={error ?? undefined}
      />
      <Button type="submit" disabled={busy} aria-busy={busy}>
        Tweede factor resetten
      </Button>
    </form>
  );
}
