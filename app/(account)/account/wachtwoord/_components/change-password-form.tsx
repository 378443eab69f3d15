"use client";

import { signOut } from "next-auth/react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import { PASSWORD_CHANGED_PARAM } from "@/lib/account/messages";
import type { ChangePasswordInput } from "@/lib/account/schemas";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { changePasswordAction } from "../actions";

const ID = { currentPassword: "huidig-wachtwoord", newPassword: "nieuw-wachtwoord" };

/** On success the server has ended every session; this browser clears its cookie and /inloggen says why. */
export function ChangePasswordForm() {
  const form = useFormAction(
    changePasswordAction,
    (data): ChangePasswordInput => ({ currentPassword: String(data.get("currentPassword") ?? ""), newPassword: String(data.get("newPassword") ?? "") }),
    { onSuccess: (result) => result?.changed && void signOut({ callbackUrl: `/inloggen?${PASSWORD_CHANGED_PARAM}=1` }) },
  );

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label="Wachtwoord wijzigen">
      <ErrorSummary errors={form.summary(ID)} title="Uw wachtwoord is nog niet gewijzigd" />
      <Field id={ID.currentPassword} label="Huidig wachtwoord" error={form.fieldError("currentPassword")}>
        {(control) => <TextInput {...control} name="currentPassword" type="password" autoComplete="current-password" width="medium" />}
      </Field>
      <Field
        id={ID.newPassword}
        label="Nieuw wachtwoord"
        hint={`Minimaal ${PASSWORD_MIN_LENGTH} tekens. Kies geen bekend wachtwoord.`}
        error={form.fieldError("newPassword")}
      >
        {(control) => <TextInput {...control} name="newPassword" type="password" autoComplete="new-password" width="medium" />}
      </Field>
      <Button type="submit" disabled={form.isPending || form.data?.changed} aria-busy={form.isPending}>
        Wachtwoord wijzigen
      </Button>
    </form>
  );
}
