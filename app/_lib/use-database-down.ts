"use client";

import { useEffect, useState } from "react";

/**
 * On an error page only: asks /api/health whether the database is unreachable, so the page can say "even niet
 * bereikbaar" instead of "er ging iets mis" (finding 15.9). One request, made only after something failed.
 */
export function useDatabaseDown(): boolean {
  const [down, setDown] = useState(false);
  useEffect(() => {
    let current = true;
    fetch("/api/health", { cache: "no-store" })
      .then((response) => response.json() as Promise<{ db?: string }>)
      .then((report) => current && setDown(report.db === "down"))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return down;
}
