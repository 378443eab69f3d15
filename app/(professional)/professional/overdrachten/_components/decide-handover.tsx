"use client";

import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, Textarea } from "@/components/ui";
import { HANDOVER_REASON_MAX, type RefuseHandoverInput } from "@/lib/handovers/schemas";
import { acceptHandoverAction, refuseHandoverAction } from "../actions";

const SMALL = "min-h-10 px-3 py-1 text-base";

/** Accept, or refuse with a reason, one incoming handover; the outcome is announced. */
export function DecideHandover({ handoverId, label }: { handoverId: string; label: string }) {
  const accept = useAction(acceptHandoverAction);
  const refuse = useFormAction(refuseHandoverAction, (data): RefuseHandoverInput => ({ handoverId, reason: String(data.get("reason") ?? "") }));
  const reasonId = `weigerreden-${handoverId}`;

  if (accept.hasSucceeded && accept.result.data) {
    return (
      <p role="status" className="font-semibold">
        Aangenomen. U bent nu de vaste bemiddelaar.{" "}
        <Link href={`/professional/kandidaten/${accept.result.data.candidateId}`}>Open het dossier</Link>
      </p>
    );
  }
  if (refuse.hasSucceeded) {
    return (
      <p role="status" className="font-semibold">
        Afgewezen. De verzender krijgt uw reden te zien.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      <Button className={SMALL} disabled={accept.isPending} aria-busy={accept.isPending} onClick={() => accept.execute({ handoverId })}>
        Aannemen<span className="sr-only"> ({label})</span>
      </Button>
      {accept.result.serverError ? (
        <p role="alert" className="font-semibold text-danger">
          {accept.result.serverError}
        </p>
      ) : null}
      <details>
        <summary className="cursor-pointer underline underline-offset-2">
          Afwijzen<span className="sr-only"> ({label})</span>
        </summary>
        <form method="post" noValidate onSubmit={refuse.onSubmit} aria-label={`Overdracht afwijzen (${label})`} className="mt-2">
          <ErrorSummary errors={refuse.summary({ reason: reasonId })} />
          <Field id={reasonId} label="Reden van afwijzen" hint="De verzender ziet deze reden." error={refuse.fieldError("reason")}>
            {(c) => <Textarea {...c} name="reason" rows={3} maxLength={HANDOVER_REASON_MAX} />}
          </Field>
          <Button type="submit" variant="secondary" className={SMALL} disabled={refuse.isPending} aria-busy={refuse.isPending}>
            Afwijzen met deze reden
          </Button>
        </form>
      </details>
    </div>
  );
}
