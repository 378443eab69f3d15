"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { newSubmissionKey } from "@/components/portal/submission-key";
import { Alert, Button, cx, ErrorSummary, Field, FieldError, LinkButton, Select, Textarea, TextInput } from "@/components/ui";
import { errorId } from "@/components/ui/field-ids";
import { focusAreasFromText, PHONE_MAX_LENGTH } from "@/lib/auth/professional-profile/schemas";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { NAME_MAX_LENGTH, PROFESSIONAL_ROLES, type ProfessionalRole } from "@/lib/users/schemas";
import { createProfessionalAccountAction, updateProfessionalAccountAction } from "../actions";

type Option = { id: string; name: string };

export type AccountFormInitial = {
  id?: string;
  name: string;
  email: string;
  role: ProfessionalRole | "";
  partnerOrganisationId: string;
  workAreaIds: string[];
  focusAreas: string[];
  phone: string;
};

const ID = {
  name: "account-naam",
  email: "account-email",
  role: "account-rol",
  partnerOrganisationId: "account-partner",
  workAreaIds: "account-werkgebieden",
  focusAreas: "account-aandachtsgebieden",
  phone: "account-telefoon",
  submissionKey: "formulier",
  userId: "formulier",
};

const ROLE_OPTIONS = PROFESSIONAL_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const text = (data: FormData, name: string) => String(data.get(name) ?? "");

/**
 * Create a professional's account (name and e-mail, then an invitation is mailed) or change an existing
 * one's role, partner, work areas, focus areas and phone (ADMIN).
 */
export function AccountForm({ initial, partners, workAreas, roleLocked }: { initial: AccountFormInitial; partners: Option[]; workAreas: Option[]; roleLocked?: string }) {
  const router = useRouter();
  const keyRef = useRef<string | null>(null);
  const details = (data: FormData) => ({
    role: text(data, "role") as ProfessionalRole,
    partnerOrganisationId: text(data, "partnerOrganisationId"),
    workAreaIds: data.getAll("workAreaIds").map(String),
    focusAreas: focusAreasFromText(text(data, "focusAreas")),
    phone: text(data, "phone"),
  });
  const create = useFormAction(
    createProfessionalAccountAction,
    (data) => {
      keyRef.current ??= newSubmissionKey();
      return { ...details(data), name: text(data, "name"), email: text(data, "email"), submissionKey: keyRef.current };
    },
    { onSuccess: (result) => result && router.push(`/beheer/gebruikers/${result.userId}?uitgenodigd=1`) },
  );
  const update = useFormAction(updateProfessionalAccountAction, (data) => ({ ...details(data), userId: initial.id ?? "" }), {
    onSuccess: () => router.refresh(),
  });
  const form = initial.id ? update : create;
  const error = (name: keyof typeof ID) => form.fieldError(name);
  const workAreaError = error("workAreaIds");

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label={initial.id ? "Account wijzigen" : "Account aanmaken"}>
      <ErrorSummary errors={form.summary(ID)} title={initial.id ? "De wijziging is nog niet opgeslagen" : "Het account is nog niet aangemaakt"} />
      <div role="status" aria-live="polite">
        {initial.id && update.hasSucceeded && !update.isPending ? (
          <Alert tone="success" title="De wijziging is opgeslagen.">
            {update.data?.sessionsEnded ? "De rol of partnerorganisatie is gewijzigd; de gebruiker is op alle apparaten uitgelogd." : null}
          </Alert>
        ) : null}
      </div>
      {initial.id ? null : (
        <>
          <Field id={ID.name} label="Naam" hint="Voornaam en achternaam, zoals collega's die in het smoelenboek zien." error={error("name")}>
            {(control) => <TextInput {...control} name="name" autoComplete="off" defaultValue={initial.name} maxLength={NAME_MAX_LENGTH} />}
          </Field>
          <Field id={ID.email} label="E-mailadres" hint="Het werkadres. Hierheen gaat de uitnodiging om een wachtwoord te kiezen." error={error("email")}>
            {(control) => <TextInput {...control} name="email" type="email" autoComplete="off" spellCheck={false} defaultValue={initial.email} />}
          </Field>
        </>
      )}
      <Field id={ID.role} label="Rol" hint={roleLocked} error={error("role")}>
        {(control) =>
          roleLocked ? (
            <>
              <Select {...control} options={ROLE_OPTIONS} defaultValue={initial.role} disabled />
              <input type="hidden" name="role" value={initial.role} />
            </>
          ) : (
            <Select {...control} name="role" options={ROLE_OPTIONS} placeholder="Maak een keuze" defaultValue={initial.role} />
          )
        }
      </Field>
      <Field id={ID.partnerOrganisationId} label="Partnerorganisatie" optional error={error("partnerOrganisationId")}>
        {(control) => (
          <Select
            {...control}
            name="partnerOrganisationId"
            options={partners.map((partner) => ({ value: partner.id, label: partner.name }))}
            placeholder="Geen partnerorganisatie"
            defaultValue={initial.partnerOrganisationId}
          />
        )}
      </Field>
      <fieldset id={ID.workAreaIds} className={cx("mb-6", workAreaError && "border-l-4 border-danger pl-4")} aria-describedby={workAreaError ? errorId(ID.workAreaIds) : undefined}>
        <legend className="mb-2 font-semibold">
          Werkgebieden <span className="font-normal text-muted">(niet verplicht)</span>
        </legend>
        <FieldError id={ID.workAreaIds} error={workAreaError} />
        <div className="grid gap-2 sm:grid-cols-2">
          {workAreas.map((area) => (
            <label key={area.id} className="flex items-center gap-3">
              <input type="checkbox" name="workAreaIds" value={area.id} defaultChecked={initial.workAreaIds.includes(area.id)} className="size-6 accent-brand" />
              {area.name}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id={ID.focusAreas} label="Aandachtsgebieden" optional hint="Eén per regel, bijvoorbeeld: Zorg en welzijn." error={error("focusAreas")}>
        {(control) => <Textarea {...control} name="focusAreas" rows={3} defaultValue={initial.focusAreas.join("\n")} />}
      </Field>
      <Field id={ID.phone} label="Telefoonnummer" optional hint="Bijvoorbeeld 035 123 45 67." error={error("phone")}>
        {(control) => <TextInput {...control} name="phone" type="tel" autoComplete="off" defaultValue={initial.phone} maxLength={PHONE_MAX_LENGTH} width="medium" />}
      </Field>
      <div className="mt-6 flex flex-wrap gap-4">
        <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
          {initial.id ? "Wijzigingen opslaan" : "Account aanmaken en uitnodiging versturen"}
        </Button>
        <LinkButton href="/beheer/gebruikers" variant="secondary">
          {initial.id ? "Terug naar de lijst" : "Annuleren"}
        </LinkButton>
      </div>
    </form>
  );
}
