"use client";

import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui";
import { cancelHandoverAction } from "../actions";

/** The sender withdraws an undecided handover. */
export function CancelHandoverButton({ handoverId, label }: { handoverId: string; label: string }) {
  const { execute, isPending, hasSucceeded, result } = useAction(cancelHandoverAction);
  if (hasSucceeded) {
    return (
      <p role="status" className="font-semibold">
        Ingetrokken
      </p>
    );
  }
  return (
    <div>
      <Button variant="secondary" className="min-h-10 px-3 py-1 text-base" disabled={isPending} aria-busy={isPending} onClick={() => execute({ handoverId })}>
        Intrekken<span className="sr-only"> ({label})</span>
      </Button>
      {result.serverError ? (
        <p role="alert" className="font-semibold text-danger">
          {result.serverError}
        </p>
      ) : null}
    </div>
  );
}
