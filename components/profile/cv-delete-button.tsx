"use client";

import { useAction } from "next-safe-action/hooks";
import { Alert, Button } from "@/components/ui";

type Result = { data?: { deleted: boolean }; serverError?: string };
export type DeleteCvAction = (input: { candidateId: string }) => Promise<Result | undefined>;

/** Removes the CV (the page reloads its data through the action's revalidation). */
export function CvDeleteButton({ action, candidateId }: { action: DeleteCvAction; candidateId: string }) {
  const state = useAction(action as never);
  const result = state.result as Result;
  return (
    <div>
      {result.serverError ? <Alert tone="error" role="alert" title={result.serverError} /> : null}
      <Button variant="secondary" disabled={state.isPending} aria-busy={state.isPending} onClick={() => (state.execute as (input: { candidateId: string }) => void)({ candidateId })}>
        Cv verwijderen
      </Button>
    </div>
  );
}
