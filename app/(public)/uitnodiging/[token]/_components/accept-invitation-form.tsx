"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { INVITATION_ACCEPTED_PARAM, INVITATION_TOO_MANY_ATTEMPTS_MESSAGE } from "@/lib/users/messages";
import type { AcceptInvitationInput } from "@/lib/users/schemas";
import { acceptInvitationAction } from "../actions";
import { InvalidInvitationLink } from "./invalid-invitation-link";

const ID = { password: "nieuw-wachtwoord", token: "formulier" };

/** The first password; on success the person goes to /inloggen, which confirms it. */
export function AcceptInvitationForm({ token }: { token: string }) {
  const router = useRouter();
  const form = useFormAction(acceptInvitationAction, (data): AcceptInvitationInput => ({ token, password: String(data.get("password") ?? "") }), {
    onSuccess: (result) => {
      if (result?.outcome === "accepted") router.push(`/inloggen?${INVITATION_ACCEPTED_PARAM}=1`);
    },
  });

  if (form.data?.outcome === "invalidToken") return <InvalidInvitationLink />;

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label="Wachtwoord kiezen">
      <ErrorSummary errors={form.summary(ID)} title="Uw wachtwoord is nog niet ingesteld" />
      <div role="alert">
        {form.data?.outcome === "throttled" ? <Alert tone="error" title="Te veel pogingen">{INVITATION_TOO_MANY_ATTEMPTS_MESSAGE}</Alert> : null}
      </div>
      <Field id={ID.password} label="Kies een wachtwoord" hint={`Minimaal ${PASSWORD_MIN_LENGTH} tekens. Kies geen bekend wachtwoord.`} error={form.fieldError("password")}>
        {(control) => <TextInput {...control} name="password" type="password" autoComplete="new-password" width="medium" />}
      </Field>
      <Button type="submit" disabled={form.isPending || form.data?.outcome === "accepted"} aria-busy={form.isPending}>
        Wachtwoord opslaan
      </Button>
    </form>
  );
}
