"use client";

import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui";
import { acceptHelpRequestAction } from "../actions";

/** Picks up one request; the result is announced, "al opgepakt" and other refusals in words. */
export function AcceptButton({ helpRequestId, displayName }: { helpRequestId: string; displayName: string }) {
  const { execute, isPending, result, hasSucceeded } = useAction(acceptHelpRequestAction);

  if (hasSucceeded && result.data) {
    return (
      <p role="status" className="font-semibold">
        Opgepakt: {displayName} staat nu in <Link href="/professional/kandidaten">uw caseload</Link>.
      </p>
    );
  }
  return (
    <div>
      <Button
        className="min-h-10 px-3 py-1 text-base"
        disabled={isPending}
        aria-busy={isPending}
        onClick={() => execute({ helpRequestId })}
      >
        Oppakken<span className="sr-only"> (aanmelding van {displayName})</span>
      </Button>
      {result.serverError ? (
        <p role="alert" className="mt-2 font-semibold text-danger">
          {result.serverError}
        </p>
      ) : null}
    </div>
  );
}
