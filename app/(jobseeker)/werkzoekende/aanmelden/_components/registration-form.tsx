"use client";

import { useRef } from "react";
import { CheckEmailNotice } from "@/components/auth/check-email-notice";
import { useFormAction } from "@/components/forms/use-form-action";
import { newSubmissionKey } from "@/components/portal/submission-key";
import { Button, ErrorSummary, Field, Select, TextInput, type SelectOption } from "@/components/ui";
import { PASSWORD_MIN_LENGTH, type RegisterJobseekerFormValues } from "@/lib/help-requests/schemas";
import { registerJobseekerAction } from "../actions";
import { HELP_QUESTION_IDS, HelpQuestionFields } from "./help-question-fields";

const ID = {
  firstName: "voornaam",
  lastName: "achternaam",
  email: "e-mailadres",
  password: "wachtwoord",
  birthDate: "geboortedatum",
  municipalityCode: "gemeente",
  ...HELP_QUESTION_IDS,
};

const text = (data: FormData, name: string) => String(data.get(name) ?? "");

/**
 * J1 for a visitor: account, age and municipality, and the help question. The answer is "check your e-mail"
 * whether or not the address already had an account (finding 15.3); the link in the mail confirms it, then
 * the resident signs in.
 */
export function RegistrationForm({ municipalities }: { municipalities: SelectOption[] }) {
  const keyRef = useRef<string | null>(null);
  const form = useFormAction(registerJobseekerAction, (data): RegisterJobseekerFormValues => {
    keyRef.current ??= newSubmissionKey();
    return {
      firstName: text(data, "firstName"),
      lastName: text(data, "lastName"),
      email: text(data, "email"),
      password: text(data, "password"),
      birthDate: text(data, "birthDate"),
      municipalityCode: text(data, "municipalityCode"),
      question: text(data, "question") as RegisterJobseekerFormValues["question"],
      text: text(data, "text"),
      shareWithPartners: data.get("shareWithPartners") === "on",
      submissionKey: keyRef.current,
    };
  });

  if (form.data?.outcome === "checkEmail") return <CheckEmailNotice signInPath="/inloggen?terug=/werkzoekende" />;

  const error = (name: keyof typeof ID) => form.fieldError(name);

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label="Aanmelden bij het Werkcentrum">
      <ErrorSummary
        errors={form.data?.outcome === "throttled" ? [{ fieldId: ID.firstName, message: form.data.message }] : form.summary(ID)}
        title="Uw aanmelding is nog niet verstuurd"
      />

      <fieldset className="mb-8">
        <legend className="mb-4 text-2xl font-bold">Over u</legend>
        <Field id={ID.firstName} label="Voornaam" error={error("firstName")}>
          {(control) => <TextInput {...control} name="firstName" autoComplete="given-name" width="medium" maxLength={80} />}
        </Field>
        <Field id={ID.lastName} label="Achternaam" hint="Met tussenvoegsel, bijvoorbeeld de Vries." error={error("lastName")}>
          {(control) => <TextInput {...control} name="lastName" autoComplete="family-name" width="medium" maxLength={80} />}
        </Field>
        <Field
          id={ID.birthDate}
          label="Geboortedatum"
          hint="Dag-maand-jaar, bijvoorbeeld 14-05-1990. Uw leeftijd bepaalt soms wie u het beste kan helpen."
          error={error("birthDate")}
        >
          {(control) => <TextInput {...control} name="birthDate" autoComplete="bday" width="short" maxLength={10} />}
        </Field>
        <Field id={ID.municipalityCode} label="Gemeente" hint="De gemeente waar u woont." error={error("municipalityCode")}>
          {(control) => <Select {...control} name="municipalityCode" options={municipalities} placeholder="Maak een keuze" defaultValue="" />}
        </Field>
      </fieldset>

      <HelpQuestionFields errors={{ question: error("question"), text: error("text"), shareWithPartners: error("shareWithPartners") }} askConsent />

      <fieldset className="mb-8">
        <legend className="mb-4 text-2xl font-bold">Uw account</legend>
        <p className="mb-4">Met uw e-mailadres en wachtwoord logt u later in. Dan ziet u hoe het met uw vraag staat.</p>
        <Field id={ID.email} label="E-mailadres" hint="Bijvoorbeeld naam@voorbeeld.nl." error={error("email")}>
          {(control) => <TextInput {...control} name="email" type="email" autoComplete="email" width="medium" maxLength={254} />}
        </Field>
        <Field
          id={ID.password}
          label="Wachtwoord"
          hint={`Minimaal ${PASSWORD_MIN_LENGTH} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.`}
          error={error("password")}
        >
          {(control) => <TextInput {...control} name="password" type="password" autoComplete="new-password" width="medium" maxLength={128} />}
        </Field>
      </fieldset>

      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Aanmelding versturen
      </Button>
    </form>
  );
}
