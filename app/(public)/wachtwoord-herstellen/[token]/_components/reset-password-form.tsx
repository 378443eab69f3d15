"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import { PASSWORD_RESET_DONE_PARAM } from "@/lib/password-reset/messages";
import type { ResetPasswordInput } from "@/lib/password-reset/schemas";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { resetPasswordAction } from "../actions";
import { InvalidResetLink } from "./invalid-reset-link";

const ID = { password: "nieuw-wachtwoord", token: "formulier" };

/** The new password; on success the user goes to /inloggen, which confirms the change. */
export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const form = useFormAction(resetPasswordAction, (data): ResetPasswordInput => ({ token, password: String(data.get("password") ?? "") }), {
    onSuccess: (result) => {
      if (result?.outcome === "changed") router.push(`/inloggen?${PASSWORD_RESET_DONE_PARAM}=1`);
    },
  });

  if (form.data?.outcome === "invalidToken") {
    return <InvalidResetLink />;
  }

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label="Nieuw wachtwoord kiezen">
      <ErrorSummary
        errors={form.data?.outcome === "throttled" ? [{ fieldId: ID.password, message: form.data.message }] : form.summary(ID)}
        title="Uw wachtwoord is nog niet gewijzigd"
      />
      <Field
        id={ID.password}
        label="Nieuw wachtwoord"
        hint={`Minimaal ${PASSWORD_MIN_LENGTH} tekens. Kies geen bekend wachtwoord.`}
        error={form.data?.outcome === "throttled" ? form.data.message : form.fieldError("password")}
      >
        {(control) => <TextInput {...control} name="password" type="password" autoComplete="new-password" width="medium" />}
      </Field>
      <Button type="submit" disabled={form.isPending || form.data?.outcome === "changed"} aria-busy={form.isPending}>
        Wachtwoord opslaan
      </Button>
    </form>
  );
}
