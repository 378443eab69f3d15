"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button } from "@/components/ui";
import { cancelRegistrationAction, registerForEventAction } from "./actions";

/** "Aanmelden" or "Afmelden"; after success the page reloads its data and shows the other button. */
export function RegistrationButton({ eventId, eventTitle, registered }: { eventId: string; eventTitle: string; registered: boolean }) {
  const router = useRouter();
  const form = useFormAction(registered ? cancelRegistrationAction : registerForEventAction, () => ({ eventId }), {
    onSuccess: () => router.refresh(),
  });
  const error = form.serverError ?? form.fieldError("eventId");
  return (
    <form noValidate onSubmit={form.onSubmit} aria-label={`${registered ? "Afmelden voor" : "Aanmelden voor"} ${eventTitle}`}>
      <div role="status" aria-live="polite">
        {error ? <Alert tone="error" title={error} /> : null}
      </div>
      <Button type="submit" variant={registered ? "secondary" : "primary"} disabled={form.isPending} aria-busy={form.isPending}>
        {registered ? "Afmelden" : "Aanmelden"}
      </Button>
    </form>
  );
}
