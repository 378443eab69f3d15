"use client";

import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui";

type MarkOne = (input: { notificationId: string }) => Promise<{ serverError?: string } | undefined>;
type MarkAll = (input: Record<string, never>) => Promise<{ serverError?: string } | undefined>;

/** "Markeer als gelezen" for one notification; the server refuses ids that are not the user's own. */
export function MarkReadButton({ action, notificationId, title }: { action: MarkOne; notificationId: string; title: string }) {
  const { execute, isPending, result } = useAction(action as never);
  return (
    <span>
      <Button
        variant="secondary"
        className="min-h-10 px-3 py-1 text-base"
        disabled={isPending}
        aria-busy={isPending}
        onClick={() => (execute as (input: { notificationId: string }) => void)({ notificationId })}
      >
        Markeer als gelezen<span className="sr-only"> ({title})</span>
      </Button>
      {(result as { serverError?: string }).serverError ? (
        <span role="alert" className="ml-2 font-semibold text-danger">
          {(result as { serverError?: string }).serverError}
        </span>
      ) : null}
    </span>
  );
}

/** "Alles gelezen": marks all of the user's own unread notifications as read. */
export function MarkAllReadButton({ action }: { action: MarkAll }) {
  const { execute, isPending } = useAction(action as never);
  return (
    <Button variant="secondary" disabled={isPending} aria-busy={isPending} onClick={() => (execute as (input: object) => void)({})}>
      Alles gelezen
    </Button>
  );
}
