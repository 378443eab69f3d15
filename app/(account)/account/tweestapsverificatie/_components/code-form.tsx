"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import { Button, ErrorSummary, Field, TextInput } from "@/components/ui";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";

export type CodeActionResult<T> =
  | { data?: T; serverError?: string; validationErrors?: { formErrors?: string[]; fieldErrors?: { code?: string[] } } }
  | undefined;

type Props<T> = {
  /** The input's id; unique on the page (several code forms may share it). */
  id: string;
  label: string;
  hint: ReactNode;
  submitLabel: string;
  /** "one-time-code" for the app's code; "off" where a recovery code may be typed too. */
  autoComplete: "one-time-code" | "off";
  action: (input: { code: string }) => Promise<CodeActionResult<T>>;
  onSuccess: (data: T) => void | Promise<void>;
};

/** One code field and a button: the form of every second-factor step (confirm, new recovery codes, turn off). */
export function CodeForm<T>({ id, label, hint, submitLabel, autoComplete, action, onSuccess }: Props<T>) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    setBusy(true);
    setError(null);
    const result = await action({ code }).catch(() => undefined);
    if (result?.data) {
      await onSuccess(result.data);
      setBusy(false);
      return;
    }
    setError(result?.validationErrors?.fieldErrors?.code?.[0] ?? result?.validationErrors?.formErrors?.[0] ?? result?.serverError ?? GENERIC_ERROR_MESSAGE);
    setBusy(false);
  }

  return (
    <form method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary title="Dat is niet gelukt" errors={error ? [{ fieldId: id, message: error }] : []} />
      <Field id={id} label={label} hint={hint} error={error ?? undefined}>
        {(control) => (
          <TextInput
            {...control}
            name="code"
            width="medium"
            autoComplete={autoComplete}
            inputMode={autoComplete === "one-time-code" ? "numeric" : "text"}
            spellCheck={false}
            required
          />
        )}
      </Field>
      <Button type="submit" disabled={busy} aria-busy={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
