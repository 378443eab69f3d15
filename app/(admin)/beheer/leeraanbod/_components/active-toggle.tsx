"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui";
import { setLearningOfferActiveAction } from "../actions";

/** Switch an offer off (it leaves the public list) or on again. */
export function ActiveToggle({ offerId, active, title }: { offerId: string; active: boolean; title: string }) {
  const router = useRouter();
  const { execute, isPending, result } = useAction(setLearningOfferActiveAction, { onSuccess: () => router.refresh() });
  return (
    <>
      <Button variant="secondary" onClick={() => execute({ offerId, active: !active })} disabled={isPending} aria-busy={isPending}>
        {active ? "Deactiveren" : "Activeren"}
        <span className="sr-only"> ({title})</span>
      </Button>
      {result.serverError ? (
        <p role="alert" className="font-semibold text-danger">
          {result.serverError}
        </p>
      ) : null}
    </>
  );
}
