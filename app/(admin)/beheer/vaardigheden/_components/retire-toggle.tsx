"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui";
import { setSkillRetiredAction } from "../actions";

/** Retire a skill (no longer offered for new input) or restore it. */
export function RetireToggle({ code, retired, label }: { code: string; retired: boolean; label: string }) {
  const router = useRouter();
  const { execute, isPending, result } = useAction(setSkillRetiredAction, { onSuccess: () => router.refresh() });
  return (
    <div>
      <Button variant="secondary" onClick={() => execute({ code, retired: !retired })} disabled={isPending} aria-busy={isPending}>
        {retired ? "Weer in gebruik nemen" : "Laten vervallen"}
        <span className="sr-only"> ({label})</span>
      </Button>
      {result.serverError ? (
        <p role="alert" className="mt-2 font-semibold text-danger">
          {result.serverError}
        </p>
      ) : null}
    </div>
  );
}
