"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button } from "@/components/ui";
import type { ExpressInterestResult } from "@/lib/public-vacancies/express-interest";
import { ALREADY_INTERESTED_MESSAGE } from "@/lib/public-vacancies/schemas";
import { expressInterestAction } from "./actions";

function successText(result: ExpressInterestResult): { title: string; body?: string } {
  if (!result.created) return { title: ALREADY_INTERESTED_MESSAGE };
  if (result.ownerNotified) return { title: "Uw interesse is doorgegeven aan uw bemiddelaar.", body: "Uw bemiddelaar neemt contact met u op." };
  return {
    title: "Uw interesse is opgeslagen.",
    body: "U heeft nog geen vaste bemiddelaar. Zodra een bemiddelaar u begeleidt, ziet die dat u interesse heeft in deze vacature.",
  };
}

/** "Ik heb interesse": stored once; a second click only says that the interest is already known. */
export function InterestButton({ vacancyId, vacancyTitle }: { vacancyId: string; vacancyTitle: string }) {
  const form = useFormAction(expressInterestAction, () => ({ vacancyId }));
  const result = form.data as ExpressInterestResult | undefined;
  const message = result ? successText(result) : null;
  const error = form.serverError ?? form.fieldError("vacancyId");
  return (
    <form noValidate onSubmit={form.onSubmit} aria-label={`Interesse tonen in ${vacancyTitle}`}>
      <div role="status" aria-live="polite">
        {message ? (
          <Alert tone="success" title={message.title}>
            {message.body}
          </Alert>
        ) : null}
        {error ? (
          <Alert tone="error" title={error} />
        ) : null}
      </div>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Ik heb interesse
      </Button>
    </form>
  );
}
