"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import {
  SECOND_FACTOR_INVALID_CODE,
  SECOND_FACTOR_REQUIRED_CODE,
  SECOND_FACTOR_THROTTLED_CODE,
  loginErrorMessage,
} from "@/lib/auth/login-messages";
import { loginSchema } from "@/lib/auth/login-schema";

type FieldName = "email" | "password" | "code";
type Errors = { fields: Partial<Record<FieldName, string>>; form?: string };
type CodeKind = "app" | "recovery";

const CODE_LABELS: Record<CodeKind, string> = { app: "Code uit uw authenticator-app", recovery: "Herstelcode" };
const FIELD_LABELS: Record<Exclude<FieldName, "code">, string> = { email: "E-mailadres", password: "Wachtwoord" };
/** Refusals of the second step that keep the form at the code. */
const CODE_ERRORS = new Set([SECOND_FACTOR_INVALID_CODE, SECOND_FACTOR_THROTTLED_CODE]);

const inputClass =
  "block w-full max-w-md rounded border-2 border-gray-700 px-3 py-2 text-lg focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 aria-[invalid=true]:border-red-700";
const linkButtonClass = "text-lg text-blue-800 underline underline-offset-2 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700";

/**
 * Email and password login, with a second step for a code when the account has a second factor (decision 018):
 * the email address and password stay in this component's state and are sent again with the code. After a
 * successful login the browser reloads /inloggen, which sends the user on to their start page (or the safe
 * `terug` path, or the enrolment page of a professional without a second factor) with a fresh server render.
 */
export function LoginForm({ returnPath, initialError }: { returnPath: string | null; initialError?: string }) {
  const [errors, setErrors] = useState<Errors>({ fields: {}, form: initialError });
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [credentials, setCredentials] = useState<{ email: string; password: string } | null>(null);
  const [codeKind, setCodeKind] = useState<CodeKind>("app");
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  useEffect(() => {
    if (credentials) document.getElementById("code")?.focus();
  }, [credentials, codeKind]);

  function finish() {
    window.location.assign(returnPath ? `/inloggen?terug=${encodeURIComponent(returnPath)}` : "/inloggen");
  }

  async function submitPassword(form: FormData) {
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
    if (result?.ok && !result.error) return finish();
    setBusy(false);
    if (result?.error === SECOND_FACTOR_REQUIRED_CODE) {
      setCredentials(parsed.data);
      setErrors({ fields: {} });
      return;
    }
    setErrors({ fields: {}, form: loginErrorMessage(result?.error) });
    setAttempt((n) => n + 1);
  }

  async function submitCode(form: FormData, signedCredentials: { email: string; password: string }) {
    const code = String(form.get("code") ?? "").trim();
    if (!code) {
      setErrors({ fields: { code: codeKind === "app" ? "Vul de code uit uw authenticator-app in." : "Vul een herstelcode in." } });
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await signIn("credentials", { ...signedCredentials, code, redirect: false });
    if (result?.ok && !result.error) return finish();
    setBusy(false);
    if (result?.error && CODE_ERRORS.has(result.error)) {
      setErrors({ fields: { code: loginErrorMessage(result.error) } });
    } else {
      // The password no longer works (changed or blocked meanwhile), or the sign-in failed: start again.
      setCredentials(null);
      setErrors({ fields: {}, form: loginErrorMessage(result?.error) });
    }
    setAttempt((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (credentials) await submitCode(form, credentials);
    else await submitPassword(form);
  }

  function switchCodeKind() {
    setCodeKind((kind) => (kind === "app" ? "recovery" : "app"));
    setErrors({ fields: {} });
  }

  function startOver() {
    setCredentials(null);
    setCodeKind("app");
    setErrors({ fields: {} });
  }

  const fieldEntries = Object.entries(errors.fields) as [FieldName, string][];
  const hasErrors = Boolean(errors.form) || fieldEntries.length > 0;
  const labelOf = (name: FieldName) => (name === "code" ? CODE_LABELS[codeKind] : FIELD_LABELS[name]);

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
                      {labelOf(name)}: {message}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      {credentials ? (
        <>
          <div>
            <h2 className="text-2xl font-bold">Stap 2: uw code</h2>
            <p className="mt-2">
              Uw wachtwoord klopt. {codeKind === "app"
                ? "Open de authenticator-app op uw telefoon en vul de code van 6 cijfers in die bij het Werkcentrum staat."
                : "Vul een van de herstelcodes in die u bij het instellen bewaarde. Elke code werkt één keer."}
            </p>
          </div>
          <Field
            key={codeKind}
            name="code"
            label={CODE_LABELS[codeKind]}
            type="text"
            autoComplete={codeKind === "app" ? "one-time-code" : "off"}
            inputMode={codeKind === "app" ? "numeric" : "text"}
            error={errors.fields.code}
          />
          <p>
            <button type="button" onClick={switchCodeKind} className={linkButtonClass}>
              {codeKind === "app" ? "of gebruik een herstelcode" : "of gebruik de code uit uw authenticator-app"}
            </button>
          </p>
        </>
      ) : (
        <>
          <Field name="email" label="E-mailadres" type="email" autoComplete="email" error={errors.fields.email} />
          <Field name="password" label="Wachtwoord" type="password" autoComplete="current-password" error={errors.fields.password} />
        </>
      )}

      <div className="flex flex-wrap items-center gap-6">
        <button
          type="submit"
          disabled={busy}
          aria-busy={busy}
          className="rounded bg-blue-800 px-6 py-3 text-lg font-semibold text-white hover:bg-blue-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-70"
        >
          {credentials ? "Code controleren" : "Inloggen"}
        </button>
        {credentials ? (
          <button type="button" onClick={startOver} className={linkButtonClass}>
            Opnieuw beginnen
          </button>
        ) : null}
      </div>
    </form>
  );
}

function Field(props: {
  name: FieldName;
  label: string;
  type: string;
  autoComplete: string;
  inputMode?: "numeric" | "text";
  error?: string;
}) {
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
        inputMode={props.inputMode}
        spellCheck={false}
        required
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
        className={inputClass}
      />
    </div>
  );
}
