"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui";
import { markInstrumentCheckedAction } from "../actions";

/** "Vandaag gecontroleerd": sets the instrument's "laatst gecontroleerd" date to today. */
export function MarkCheckedButton({ code, name }: { code: string; name: string }) {
  const router = useRouter();
  const { execute, isPending, result } = useAction(markInstrumentCheckedAction, { onSuccess: () => router.refresh() });
  return (
    <>
      <Button variant="secondary" onClick={() => execute({ code })} disabled={isPending} aria-busy={isPending}>
        Vandaag gecontroleerd
        <span className="sr-only"> ({name})</span>
      </Button>
      {result.serverError ? (
        <p role="alert" className="font-semibold text-danger">
          {result.serverError}
        </p>
      ) : null}
    </>
  );
}
