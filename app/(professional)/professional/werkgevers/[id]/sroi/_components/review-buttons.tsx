"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui";
import { reviewSroiDeliveryAction } from "../actions";

/** Approve or reject one reported delivery; a double click gives one outcome (the server guards it). */
export function ReviewButtons({ deliveryId, label }: { deliveryId: string; label: string }) {
  const router = useRouter();
  const { execute, isPending, result } = useAction(reviewSroiDeliveryAction, { onSuccess: () => router.refresh() });
  return (
    <div className="flex flex-wrap gap-2">
      <Button onClick={() => execute({ deliveryId, decision: "APPROVED" })} disabled={isPending} aria-busy={isPending}>
        Goedkeuren<span className="sr-only"> ({label})</span>
      </Button>
      <Button variant="secondary" onClick={() => execute({ deliveryId, decision: "REJECTED" })} disabled={isPending}>
        Afkeuren<span className="sr-only"> ({label})</span>
      </Button>
      {result.serverError ? (
        <p role="alert" className="w-full font-semibold text-danger">
          {result.serverError}
        </p>
      ) : null}
    </div>
  );
}
