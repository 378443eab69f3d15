"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { UNAVAILABLE_BODY, UNAVAILABLE_RETRY, UNAVAILABLE_TITLE } from "@/lib/unavailable-messages";
import { useDatabaseDown } from "./use-database-down";

/**
 * What app/error.tsx and app/global-error.tsx show: the calm "even niet bereikbaar" text while the database is
 * unreachable, otherwise "er ging iets mis" with the reference code. Never the technical message.
 */
export function FailureMessage({ error, retry }: { error: unknown; retry: () => void }) {
  const databaseDown = useDatabaseDown();
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  if (databaseDown) {
    return (
      <div className="max-w-2xl" role="status">
        <h1 className="text-3xl sm:text-4xl">{UNAVAILABLE_TITLE}</h1>
        <p className="mt-4 text-xl">{UNAVAILABLE_BODY}</p>
        <p className="mt-4">{UNAVAILABLE_RETRY}</p>
        <div className="mt-6">
          <Button onClick={() => retry()}>Probeer het opnieuw</Button>
        </div>
      </div>
    );
  }
  return (
    <div className="max-w-2xl" role="alert">
      <h1 className="text-3xl sm:text-4xl">Er ging iets mis</h1>
      <p className="mt-4 text-xl">Er ging iets mis aan onze kant. Dat is niet uw fout.</p>
      <p className="mt-4">Probeer het opnieuw. Lukt het nog steeds niet? Probeer het later nog eens of neem contact op met het Werkcentrum.</p>
      {digest ? <p className="mt-4 text-muted">Foutcode voor de helpdesk: {digest}</p> : null}
      <div className="mt-6 flex flex-wrap items-center gap-6">
        <Button onClick={() => retry()}>Probeer het opnieuw</Button>
        <Link href="/">Naar de startpagina</Link>
      </div>
    </div>
  );
}
