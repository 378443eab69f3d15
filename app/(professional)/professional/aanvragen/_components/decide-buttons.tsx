"use client";

import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui";
import type { DecideJoinRequestInput } from "@/lib/organisations/schemas";
import { decideJoinRequestAction } from "../actions";

/** Accept or refuse one join request; the result is announced, errors are shown in words. */
export function DecideButtons({ joinRequestId, requesterName }: { joinRequestId: string; requesterName: string }) {
  const { execute, isPending, result, hasSucceeded } = useAction(decideJoinRequestAction);
  const decide = (decision: DecideJoinRequestInput["decision"]) => execute({ joinRequestId, decision });

  if (hasSucceeded && result.data) {
    return (
      <p role="status" className="font-semibold">
        {result.data.status === "ACCEPTED" ? "Geaccepteerd" : "Afgewezen"}
      </p>
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      <Button className="min-h-10 px-3 py-1 text-base" disabled={isPending} aria-busy={isPending} onClick={() => decide("ACCEPT")}>
        Accepteren<span className="sr-only"> (aanvraag van {requesterName})</span>
      </Button>
      <Button variant="secondary" className="min-h-10 px-3 py-1 text-base" disabled={isPending} onClick={() => decide("REFUSE")}>
        Afwijzen<span className="sr-only"> (aanvraag van {requesterName})</span>
      </Button>
      {result.serverError ? (
        <p role="alert" className="w-full font-semibold text-danger">
          {result.serverError}
        </p>
      ) : null}
    </div>
  );
}
