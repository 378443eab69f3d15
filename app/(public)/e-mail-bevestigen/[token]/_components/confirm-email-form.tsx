"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary } from "@/components/ui";
import { EMAIL_CHANGED_PARAM, EMAIL_VERIFIED_MESSAGE } from "@/lib/email-verification/messages";
import type { ConfirmEmailInput } from "@/lib/email-verification/schemas";
import { confirmEmailAction } from "../actions";
import { InvalidEmailLink } from "./invalid-email-link";

/**
 * One button, so a mail program that opens links to scan them confirms nothing. A changed address ends
 * every session: this browser signs out too and goes to /inloggen, which says so.
 */
export function ConfirmEmailForm({ token, label }: { token: string; label: string }) {
  const form = useFormAction(confirmEmailAction, (): ConfirmEmailInput => ({ token }), {
    onSuccess: (result) => {
      if (result?.outcome === "changed") void signOut({ callbackUrl: `/inloggen?${EMAIL_CHANGED_PARAM}=1` });
    },
  });

  if (form.data?.outcome === "invalidToken") return <InvalidEmailLink />;
  if (form.data?.outcome === "verified") {
    return (
      <div role="status">
        <Alert tone="success" title="E-mailadres bevestigd">
          <p>{EMAIL_VERIFIED_MESSAGE}</p>
          <p className="mt-2">
            <Link href="/inloggen">Naar uw portaal</Link>
          </p>
        </Alert>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label={label}>
      <ErrorSummary
        errors={form.data?.outcome === "throttled" ? [{ fieldId: "formulier", message: form.data.message }] : form.summary()}
        title="Uw e-mailadres is nog niet bevestigd"
      />
      <Button type="submit" disabled={form.isPending || form.data?.outcome === "changed"} aria-busy={form.isPending}>
        {label}
      </Button>
    </form>
  );
}
