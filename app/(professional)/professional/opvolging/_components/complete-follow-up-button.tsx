"use client";

import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui";
import { completeFollowUpAction } from "../actions";

/** "Nagekomen": marks my own follow-up promise as kept. */
export function CompleteFollowUpButton({ contactMomentId, label }: { contactMomentId: string; label: string }) {
  const { execute, isPending, result } = useAction(completeFollowUpAction);
  return (
    <div>
      <Button variant="secondary" disabled={isPending} aria-busy={isPending} aria-label={`Nagekomen: ${label}`} onClick={() => execute({ contactMomentId })}>
        Nagekomen
      </Button>
      {result.serverError ? <p role="alert" className="mt-1 font-semibold text-danger">{result.serverError}</p> : null}
    </div>
  );
}
