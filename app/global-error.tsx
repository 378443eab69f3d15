"use client";

import "./globals.css";
import { FailureMessage } from "./_lib/failure-message";

/**
 * Replaces the root layout when that fails: the same message as
 * app/error.tsx, in a bare page of its own. While the database is unreachable the server answers 503 with a static
 * page instead (scripts/serve.ts); this is what a client-side navigation shows then.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="nl">
      <body className="bg-white">
        <main id="inhoud" className="mx-auto w-full max-w-6xl px-4 py-8">
          <FailureMessage error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
