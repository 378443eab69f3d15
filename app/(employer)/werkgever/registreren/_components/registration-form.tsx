"use client";

import { CheckEmailNotice } from "@/components/auth/check-email-notice";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, Select, TextInput, type SelectOption } from "@/components/ui";
import { PASSWORD_MIN_LENGTH, type RegisterOrganisationFormValues } from "@/lib/organisations/schemas";
import { registerOrganisationAction } from "../actions";

const FIELDS = [
  "kvkNumber",
  "legalName",
  "street",
  "houseNumber",
  "postcode",
  "city",
  "municipalityCode",
  "contactName",
  "email",
  "phone",
  "password",
] as const;
type FieldName = (typeof FIELDS)[number];

const ID: Record<FieldName, string> = {
  kvkNumber: "kvk-nummer",
  legalName: "naam-organisatie",
  street: "straat",
  houseNumber: "huisnummer",
  postcode: "postcode",
  city: "plaats",
  municipalityCode: "gemeente",
  contactName: "naam-contactpersoon",
  email: "e-mailadres",
  phone: "telefoonnummer",
  password: "wachtwoord",
};

function toInput(data: FormData): RegisterOrganisationFormValues {
  const value = (name: FieldName) => String(data.get(name) ?? "");
  return Object.fromEntries(FIELDS.map((name) => [name, value(name)])) as RegisterOrganisationFormValues;
}

/**
 * E1: organisation and contact person in one form. The answer is "check your e-mail" for a new organisation,
 * a known one and an address that already has an account alike (finding 15.3); after confirming the address
 * the employer signs in.
 */
export function RegistrationForm({ municipalities }: { municipalities: SelectOption[] }) {
  const form = useFormAction(registerOrganisationAction, toInput);

  if (form.data?.outcome === "checkEmail") return <CheckEmailNotice signInPath="/inloggen?terug=/werkgever" />;

  const fieldError = (name: FieldName) => form.fieldError(name);

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label="Organisatie aanmelden">
      <ErrorSummary
        errors={form.data?.outcome === "throttled" ? [{ fieldId: ID.kvkNumber, message: form.data.message }] : form.summary(ID)}
        title="Uw aanmelding is nog niet verstuurd"
      />

      <fieldset className="mb-8">
        <legend className="mb-4 text-2xl font-bold">Uw organisatie</legend>
        <Field id={ID.kvkNumber} label="KvK-nummer" hint="8 cijfers, zie uw uittreksel van de Kamer van Koophandel." error={fieldError("kvkNumber")}>
          {(control) => <TextInput {...control} name="kvkNumber" inputMode="numeric" autoComplete="off" width="short" maxLength={12} />}
        </Field>
        <Field id={ID.legalName} label="Naam van de organisatie" hint="De naam zoals die bij de KvK staat." error={fieldError("legalName")}>
          {(control) => <TextInput {...control} name="legalName" autoComplete="organization" maxLength={200} />}
        </Field>
        <Field id={ID.street} label="Straat" error={fieldError("street")}>
          {(control) => <TextInput {...control} name="street" autoComplete="address-line1" maxLength={100} />}
        </Field>
        <Field id={ID.houseNumber} label="Huisnummer" hint="Met toevoeging, bijvoorbeeld 12a." error={fieldError("houseNumber")}>
          {(control) => <TextInput {...control} name="houseNumber" width="short" maxLength={12} />}
        </Field>
        <Field id={ID.postcode} label="Postcode" hint="Bijvoorbeeld 1211 AB." error={fieldError("postcode")}>
          {(control) => <TextInput {...control} name="postcode" autoComplete="postal-code" width="short" maxLength={8} />}
        </Field>
        <Field id={ID.city} label="Plaats" error={fieldError("city")}>
          {(control) => <TextInput {...control} name="city" autoComplete="address-level2" width="medium" maxLength={80} />}
        </Field>
        <Field id={ID.municipalityCode} label="Gemeente" hint="De gemeente waar uw organisatie (of de vestiging) zit." error={fieldError("municipalityCode")}>
          {(control) => <Select {...control} name="municipalityCode" options={municipalities} placeholder="Maak een keuze" defaultValue="" />}
        </Field>
      </fieldset>

      <fieldset className="mb-8">
        <legend className="mb-4 text-2xl font-bold">Contactpersoon</legend>
        <p className="mb-4">Met deze gegevens logt u straks in op het werkgeversportaal.</p>
        <Field id={ID.contactName} label="Uw naam" error={fieldError("contactName")}>
          {(control) => <TextInput {...control} name="contactName" autoComplete="name" maxLength={100} />}
        </Field>
        <Field id={ID.email} label="E-mailadres" hint="Bijvoorbeeld naam@bedrijf.nl." error={fieldError("email")}>
          {(control) => <TextInput {...control} name="email" type="email" autoComplete="email" width="medium" maxLength={254} />}
        </Field>
        <Field id={ID.phone} label="Telefoonnummer" hint="Bijvoorbeeld 035 123 45 67." error={fieldError("phone")}>
          {(control) => <TextInput {...control} name="phone" type="tel" autoComplete="tel" width="medium" maxLength={20} />}
        </Field>
        <Field
          id={ID.password}
          label="Wachtwoord"
          hint={`Minimaal ${PASSWORD_MIN_LENGTH} tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.`}
          error={fieldError("password")}
        >
          {(control) => <TextInput {...control} name="password" type="password" autoComplete="new-password" width="medium" maxLength={128} />}
        </Field>
      </fieldset>

      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Organisatie aanmelden
      </Button>
    </form>
  );
}
