"use client";

import Link from "next/link";
import { useEffect } from "react";
import { Button } from "@/components/ui/button";

/** Shown when a page fails unexpectedly. Never shows the technical message, only the reference code. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  useEffect(() => {
    console.error(error);
  }, [error]);

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
