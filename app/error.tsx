"use client";

import { useEffect } from "react";
import { FailureMessage } from "./_lib/failure-message";

/** Shown when a page fails unexpectedly; while the database is unreachable it says so calmly (finding 15.9). */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return <FailureMessage error={error} retry={retry} />;
}
