"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui";
import { setPartnerActiveAction } from "../actions";

/** Switch a partner organisation off or on again; a refusal names what still depends on it. */
export function PartnerActiveToggle({ id, active, name }: { id: string; active: boolean; name: string }) {
  const router = useRouter();
  const { execute, isPending, result } = useAction(setPartnerActiveAction, { onSuccess: () => router.refresh() });
  return (
    <div>
      <Button variant="secondary" onClick={() => execute({ id, active: !active })} disabled={isPending} aria-busy={isPending}>
        {active ? "Deactiveren" : "Weer activeren"}
        <span className="sr-only"> ({name})</span>
      </Button>
      {result.serverError ? (
        <p role="alert" className="mt-2 font-semibold text-danger">
          {result.serverError}
        </p>
      ) : null}
    </div>
  );
}
