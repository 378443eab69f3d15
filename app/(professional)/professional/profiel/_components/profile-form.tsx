"use client";

import { useAction } from "next-safe-action/hooks";
import { useEffect, useRef, useState, type FormEvent } from "react";
import {
  FOCUS_AREA_MAX_LENGTH,
  FOCUS_AREAS_MAX_COUNT,
  PHONE_MAX_LENGTH,
  focusAreasFromText,
} from "@/lib/auth/professional-profile/schemas";
import { updateProfessionalProfileAction } from "../actions";

type FieldName = "phone" | "focusAreas";
const LABELS: Record<FieldName, string> = { phone: "Telefoonnummer", focusAreas: "Aandachtsgebieden" };

const inputClass =
  "block w-full max-w-md rounded border-2 border-gray-700 px-3 py-2 text-lg focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 aria-[invalid=true]:border-red-700";

export function ProfileForm({ initialPhone, initialFocusAreas }: { initialPhone: string; initialFocusAreas: string[] }) {
  const { execute, result, isPending, hasSucceeded } = useAction(updateProfessionalProfileAction);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [submissions, setSubmissions] = useState(0);

  const fieldErrors = result.validationErrors?.fieldErrors ?? {};
  const errors = (Object.keys(LABELS) as FieldName[])
    .map((name) => [name, fieldErrors[name]?.[0]] as const)
    .filter((entry): entry is readonly [FieldName, string] => Boolean(entry[1]));
  const formError = result.serverError ?? result.validationErrors?.formErrors?.[0];

  useEffect(() => {
    if (!isPending && submissions > 0) summaryRef.current?.focus();
  }, [isPending, submissions]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    execute({ phone: String(form.get("phone") ?? ""), focusAreas: focusAreasFromText(String(form.get("focusAreas") ?? "")) });
    setSubmissions((n) => n + 1);
  }

  const errorFor = (name: FieldName) => errors.find(([field]) => field === name)?.[1];

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-6">
      <div ref={summaryRef} tabIndex={-1} role="alert" aria-live="assertive" className="focus:outline-none">
        {(formError || errors.length > 0) && (
          <div className="rounded border-l-8 border-red-700 bg-red-50 p-4 text-red-900">
            <h2 className="text-xl font-bold">Opslaan is niet gelukt</h2>
            {formError && <p className="mt-2">{formError}</p>}
            {errors.length > 0 && (
              <ul className="mt-2 list-disc pl-6">
                {errors.map(([name, message]) => (
                  <li key={name}>
                    <a href={`#${name}`} className="underline">
                      {LABELS[name]}: {message}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <div role="status" aria-live="polite">
        {hasSucceeded && !isPending && (
          <p className="rounded border-l-8 border-green-700 bg-green-50 p-4 font-semibold text-green-900">Uw gegevens zijn opgeslagen.</p>
        )}
      </div>

      <div>
        <label htmlFor="phone" className="mb-1 block text-lg font-semibold">
          Telefoonnummer <span className="font-normal">(niet verplicht)</span>
        </label>
        <p id="phone-hint" className="mb-1 text-base">Bijvoorbeeld 035 123 45 67. Maximaal {PHONE_MAX_LENGTH} tekens.</p>
        {errorFor("phone") && (
          <p id="phone-error" className="mb-1 font-semibold text-red-700">{errorFor("phone")}</p>
        )}
        <input
          id="phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          defaultValue={initialPhone}
          aria-invalid={errorFor("phone") ? true : undefined}
          aria-describedby={errorFor("phone") ? "phone-error phone-hint" : "phone-hint"}
          className={inputClass}
        />
      </div>

      <div>
        <label htmlFor="focusAreas" className="mb-1 block text-lg font-semibold">
          Aandachtsgebieden <span className="font-normal">(niet verplicht)</span>
        </label>
        <p id="focusAreas-hint" className="mb-1 text-base">
          Eén per regel, bijvoorbeeld &quot;Zorg en welzijn&quot;. Maximaal {FOCUS_AREAS_MAX_COUNT}, elk maximaal {FOCUS_AREA_MAX_LENGTH} tekens.
        </p>
        {errorFor("focusAreas") && (
          <p id="focusAreas-error" className="mb-1 font-semibold text-red-700">{errorFor("focusAreas")}</p>
        )}
        <textarea
          id="focusAreas"
          name="focusAreas"
          rows={5}
          defaultValue={initialFocusAreas.join("\n")}
          aria-invalid={errorFor("focusAreas") ? true : undefined}
          aria-describedby={errorFor("focusAreas") ? "focusAreas-error focusAreas-hint" : "focusAreas-hint"}
          className={inputClass}
        />
      </div>

      <button
        type="submit"
        disabled={isPending}
        aria-busy={isPending}
        className="rounded bg-blue-800 px-6 py-3 text-lg font-semibold text-white hover:bg-blue-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-70"
      >
        Opslaan
      </button>
    </form>
  );
}
