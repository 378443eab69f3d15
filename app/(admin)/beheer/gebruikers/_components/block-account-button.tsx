"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { Button } from "@/components/ui";
import { setUserDisabledAction } from "../actions";

/** Block the account (every session ends at once) or unblock it. */
export function BlockAccountButton({ userId, disabled }: { userId: string; disabled: boolean }) {
  const router = useRouter();
  const { execute, isPending, result } = useAction(setUserDisabledAction, { onSuccess: () => router.refresh() });
  return (
    <div>
      <Button variant={disabled ? "primary" : "secondary"} onClick={() => execute({ userId, disabled: !disabled })} disabled={isPending} aria-busy={isPending}>
        {disabled ? "Account deblokkeren" : "Account blokkeren"}
      </Button>
      <div role="alert">{result.serverError ? <p className="mt-2 font-semibold text-danger">{result.serverError}</p> : null}</div>
    </div>
  );
}
