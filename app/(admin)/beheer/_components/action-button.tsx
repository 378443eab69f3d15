"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui";

type SafeAction<Input> = (input: Input) => Promise<{ serverError?: string } | undefined>;

/**
 * One button that runs a server action with a fixed input (switch a record off or on), refreshes the
 * page and shows a refusal's Dutch sentence under it. `context` names the record for screen readers.
 */
export function ActionButton<Input>({ action, input, label, context }: { action: SafeAction<Input>; input: Input; label: string; context: string }) {
  const router = useRouter();
  // next-safe-action's hook is typed for its own action type; this button only needs the call shape.
  const { execute, isPending, result } = useAction(action as never, { onSuccess: () => router.refresh() });
  const serverError = (result as { serverError?: string }).serverError;
  return (
    <div>
      <Button variant="secondary" onClick={() => (execute as (value: Input) => void)(input)} disabled={isPending} aria-busy={isPending}>
        {label}
        <span className="sr-only"> ({context})</span>
      </Button>
      {serverError ? (
        <p role="alert" className="mt-2 font-semibold text-danger">
          {serverError}
        </p>
      ) : null}
    </div>
  );
}
