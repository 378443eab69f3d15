"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Alert, Button } from "@/components/ui";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";

type EndAllSessionsAction = () => Promise<{ data?: { ended: true }; serverError?: string } | undefined>;

/**
 * "Uitloggen op alle apparaten" on the own profile: the server ends every session of this user
 * (a phone or a forgotten computer too), then this browser clears its cookie and goes to /inloggen.
 */
export function EndAllSessionsSection({ action }: { action: EndAllSessionsAction }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function endAll() {
    setBusy(true);
    setError(null);
    const result = await action().catch(() => undefined);
    if (!result?.data?.ended) {
      setError(result?.serverError ?? GENERIC_ERROR_MESSAGE);
      setBusy(false);
      return;
    }
    await signOut({ callbackUrl: "/inloggen" });
  }

  return (
    <section aria-labelledby="uitloggen-overal" className="mt-10 border-t-2 border-gray-200 pt-6">
      <h2 id="uitloggen-overal" className="mb-2 text-2xl font-bold">
        Uitloggen op alle apparaten
      </h2>
      <p className="mb-4">
        Bent u ingelogd op een computer of telefoon die u niet meer gebruikt, of vertrouwt u het niet? Hiermee logt u overal uit, ook hier.
      </p>
      {error ? <Alert tone="error" role="alert" title={error} /> : null}
      <Button variant="secondary" disabled={busy} onClick={() => void endAll()}>
        Uitloggen op alle apparaten
      </Button>
    </section>
  );
}
