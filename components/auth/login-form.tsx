"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { loginErrorMessage } from "@/lib/auth/login-messages";
import { loginSchema } from "@/lib/auth/login-schema";

type FieldName = "email" | "password";
type Errors = { fields: Partial<Record<FieldName, string>>; form?: string };

const FIELD_LABELS: Record<FieldName, string> = { email: "E-mailadres", password: "Wachtwoord" };

const inputClass =
  "block w-full max-w-md rounded border-2 border-gray-700 px-3 py-2 text-lg focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 aria-[invalid=true]:border-red-700";

/**
 * Email and password login. After a successful login the browser reloads /inloggen, which sends the
 * user on to their start page (or the safe `terug` path) with a fresh server render.
 */
export function LoginForm({ returnPath, initialError }: { returnPath: string | null; initialError?: string }) {
  const [errors, setErrors] = useState<Errors>({ fields: {}, form: initialError });
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = loginSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      const fields: Errors["fields"] = {};
      for (const issue of parsed.error.issues) {
        const name = issue.path[0] as FieldName;
        fields[name] ??= issue.message;
      }
      setErrors({ fields });
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(returnPath ? `/inloggen?terug=${encodeURIComponent(returnPath)}` : "/inloggen");
      return;
    }
    setBusy(false);
    setErrors({ fields: {}, form: loginErrorMessage(result?.error) });
    setAttempt((n) => n + 1);
  }

  const fieldEntries = Object.entries(errors.fields) as [FieldName, string][];
  const hasErrors = Boolean(errors.form) || fieldEntries.length > 0;

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-6">
      <div ref={summaryRef} tabIndex={-1} role="alert" aria-live="assertive" className="focus:outline-none">
        {hasErrors && (
          <div className="rounded border-l-8 border-red-700 bg-red-50 p-4 text-red-900">
            <h2 className="text-xl font-bold">Inloggen is niet gelukt</h2>
            {errors.form && <p className="mt-2">{errors.form}</p>}
            {fieldEntries.length > 0 && (
              <ul className="mt-2 list-disc pl-6">
                {fieldEntries.map(([name, message]) => (
                  <li key={name}>
                    <a href={`#${name}`} className="underline">
                      {FIELD_LABELS[name]}: {message}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <Field name="email" label="E-mailadres" type="email" autoComplete="email" error={errors.fields.email} />
      <Field name="password" label="Wachtwoord" type="password" autoComplete="current-password" error={errors.fields.password} />

      <button
        type="submit"
        disabled={busy}
        aria-busy={busy}
        className="rounded bg-blue-800 px-6 py-3 text-lg font-semibold text-white hover:bg-blue-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-70"
      >
        Inloggen
      </button>
    </form>
  );
}

function Field(props: { name: FieldName; label: string; type: string; autoComplete: string; error?: string }) {
  const errorId = `${props.name}-error`;
  return (
    <div>
      <label htmlFor={props.name} className="mb-1 block text-lg font-semibold">
        {props.label}
      </label>
      {props.error && (
        <p id={errorId} className="mb-1 font-semibold text-red-700">
          {props.error}
        </p>
      )}
      <input
        id={props.name}
        name={props.name}
        type={props.type}
        autoComplete={props.autoComplete}
        required
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        className={inputClass}
      />
    </div>
  );
}
