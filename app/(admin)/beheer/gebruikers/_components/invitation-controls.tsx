"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useAction } from "next-safe-action/hooks";
import { newSubmissionKey } from "@/components/portal/submission-key";
import { Button } from "@/components/ui";
import { resendInvitationAction, revokeInvitationAction } from "../actions";

/** Send a new invitation (the earlier link stops working) or withdraw the open one. */
export function InvitationControls({ userId, open }: { userId: string; open: boolean }) {
  const router = useRouter();
  const keyRef = useRef<string | null>(null);
  const resend = useAction(resendInvitationAction, {
    onSuccess: () => {
      keyRef.current = null;
      router.refresh();
    },
  });
  const revoke = useAction(revokeInvitationAction, { onSuccess: () => router.refresh() });
  const error = resend.result.serverError ?? revoke.result.serverError;
  const busy = resend.isPending || revoke.isPending;

  return (
    <div>
      <div className="flex flex-wrap gap-4">
        <Button
          onClick={() => {
            keyRef.current ??= newSubmissionKey();
            resend.execute({ userId, submissionKey: keyRef.current });
          }}
          disabled={busy}
          aria-busy={resend.isPending}
        >
          Nieuwe uitnodiging versturen
        </Button>
        {open ? (
          <Button variant="secondary" onClick={() => revoke.execute({ userId })} disabled={busy} aria-busy={revoke.isPending}>
            Uitnodiging intrekken
          </Button>
        ) : null}
      </div>
      <div role="status" aria-live="polite">
        {resend.hasSucceeded && !busy ? <p className="mt-2 font-semibold">Er is een nieuwe uitnodiging verstuurd.</p> : null}
        {revoke.hasSucceeded && !busy ? <p className="mt-2 font-semibold">De uitnodiging is ingetrokken; de link werkt niet meer.</p> : null}
      </div>
      <div role="alert">{error ? <p className="mt-2 font-semibold text-danger">{error}</p> : null}</div>
    </div>
  );
}
