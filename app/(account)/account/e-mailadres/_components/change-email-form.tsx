"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import { EMAIL_CHANGE_REQUESTED_MESSAGE } from "@/lib/account/messages";
import type { ChangeEmailInput } from "@/lib/account/schemas";
import { changeEmailAction } from "../actions";

const ID = { newEmail: "nieuw-e-mailadres", currentPassword: "huidig-wachtwoord" };

export function ChangeEmailForm() {
  const form = useFormAction(changeEmailAction, (data): ChangeEmailInput => ({
    newEmail: String(data.get("newEmail") ?? ""),
    currentPassword: String(data.get("currentPassword") ?? ""),
  }));

  if (form.data?.requested) {
    return (
      <div role="status">
        <Alert tone="success" title="Kijk in de mailbox van het nieuwe adres">
          <p>{EMAIL_CHANGE_REQUESTED_MESSAGE}</p>
        </Alert>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label="E-mailadres wijzigen">
      <ErrorSummary errors={form.summary(ID)} title="Uw e-mailadres is nog niet gewijzigd" />
      <Field id={ID.newEmail} label="Nieuw e-mailadres" error={form.fieldError("newEmail")}>
        {(control) => <TextInput {...control} name="newEmail" type="email" autoComplete="email" width="full" />}
      </Field>
      <Field id={ID.currentPassword} label="Huidig wachtwoord" hint="Ter controle dat u het zelf bent." error={form.fieldError("currentPassword")}>
        {(control) => <TextInput {...control} name="currentPassword" type="password" autoComplete="current-password" width="medium" />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Stuur de bevestigingslink
      </Button>
    </form>
  );
}
