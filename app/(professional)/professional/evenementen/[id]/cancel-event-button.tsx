"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button } from "@/components/ui";
import { cancelEventAction } from "../actions";

export function CancelEventButton({ eventId, title }: { eventId: string; title: string }) {
  const form = useFormAction(cancelEventAction, () => ({ eventId }));
  return (
    <form
      noValidate
      aria-label={`${title} annuleren`}
      onSubmit={(event) => {
        if (!window.confirm(`Weet u zeker dat u "${title}" wilt annuleren?`)) return event.preventDefault();
        form.onSubmit(event);
      }}
    >
      <div role="status" aria-live="polite">
        {form.serverError ? <Alert tone="error" title={form.serverError} /> : null}
      </div>
      <Button type="submit" variant="secondary" disabled={form.isPending} aria-busy={form.isPending}>
        Evenement annuleren
      </Button>
    </form>
  );
}
