"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import { RESET_REQUESTED_MESSAGE, RESET_TOO_MANY_REQUESTS_MESSAGE } from "@/lib/password-reset/messages";
import type { RequestPasswordResetInput } from "@/lib/password-reset/schemas";
import { requestPasswordResetAction } from "../actions";

const ID = { email: "e-mailadres" };

/** Asks for the e-mail address and answers with one sentence, whether or not the address has an account. */
export function RequestResetForm() {
  const form = useFormAction(requestPasswordResetAction, (data): RequestPasswordResetInput => ({ email: String(data.get("email") ?? "") }));

  if (form.data?.outcome === "requested") {
    return (
      <div role="status">
        <Alert tone="success" title="Verzoek ontvangen">
          <p>{RESET_REQUESTED_MESSAGE}</p>
        </Alert>
      </div>
    );
  }

  const errors = form.data?.outcome === "throttled" ? [{ fieldId: ID.email, message: RESET_TOO_MANY_REQUESTS_MESSAGE }] : form.summary(ID);
  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label="Wachtwoord vergeten">
      <ErrorSummary errors={errors} title="Er is nog geen link verstuurd" />
      <Field id={ID.email} label="E-mailadres" hint="Het e-mailadres waarmee u inlogt." error={form.fieldError("email")}>
        {(control) => <TextInput {...control} name="email" type="email" autoComplete="email" width="medium" maxLength={254} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Stuur mij een link
      </Button>
    </form>
  );
}
