"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, LinkButton, Select, TextInput, type SelectOption } from "@/components/ui";
import { CONTRACT_NAME_MAX_LENGTH } from "@/lib/sroi/schemas";
import { createSroiDossierAction, updateSroiDossierAction } from "../actions";

const ID = {
  contractName: "sroi-contract",
  municipalityCode: "sroi-gemeente",
  contractValue: "sroi-contractwaarde",
  obligation: "sroi-verplichting",
  periodStart: "sroi-begin",
  periodEnd: "sroi-eind",
  organisationId: "formulier",
  dossierId: "formulier",
};

export type DossierFormValues = { contractName: string; municipalityCode: string; contractValue: string; obligation: string; periodStart: string; periodEnd: string };

const text = (data: FormData, name: string) => String(data.get(name) ?? "");

/** Create or edit one SROI dossier (owner accountmanager); amounts as typed, e.g. 12.500,50. */
export function DossierForm({
  organisationId,
  dossierId,
  municipalities,
  initial,
}: {
  organisationId: string;
  dossierId?: string;
  municipalities: SelectOption[];
  initial: DossierFormValues;
}) {
  const router = useRouter();
  const fields = (data: FormData): DossierFormValues => ({
    contractName: text(data, "contractName"),
    municipalityCode: text(data, "municipalityCode"),
    contractValue: text(data, "contractValue"),
    obligation: text(data, "obligation"),
    periodStart: text(data, "periodStart"),
    periodEnd: text(data, "periodEnd"),
  });
  const onSuccess = (saved: { id: string } | undefined) => {
    if (!saved) return;
    router.push(`/professional/werkgevers/${organisationId}/sroi/${saved.id}?opgeslagen=1`);
    router.refresh();
  };
  const create = useFormAction(createSroiDossierAction, (data) => ({ ...fields(data), organisationId }), { onSuccess });
  const update = useFormAction(updateSroiDossierAction, (data) => ({ ...fields(data), dossierId: dossierId ?? "" }), { onSuccess });
  const form = dossierId ? update : create;
  const error = (name: keyof DossierFormValues) => form.fieldError(name);
  const amountHint = "In euro's, bijvoorbeeld 12.500,50";

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label={dossierId ? "SROI-dossier wijzigen" : "SROI-dossier aanmaken"}>
      <ErrorSummary errors={form.summary(ID)} title="Het dossier is nog niet opgeslagen" />
      <Field id={ID.contractName} label="Naam van het contract" hint="Bijvoorbeeld: Onderhoud gemeentelijk vastgoed 2026–2028" error={error("contractName")}>
        {(control) => <TextInput {...control} name="contractName" defaultValue={initial.contractName} maxLength={CONTRACT_NAME_MAX_LENGTH} />}
      </Field>
      <Field id={ID.municipalityCode} label="Gemeente" hint="De gemeente die het contract heeft gegund." error={error("municipalityCode")}>
        {(control) => <Select {...control} name="municipalityCode" options={municipalities} placeholder="Maak een keuze" defaultValue={initial.municipalityCode} />}
      </Field>
      <div className="grid gap-x-6 sm:grid-cols-2">
        <Field id={ID.contractValue} label="Contractwaarde" hint={amountHint} error={error("contractValue")}>
          {(control) => <TextInput {...control} name="contractValue" inputMode="decimal" width="medium" defaultValue={initial.contractValue} />}
        </Field>
        <Field id={ID.obligation} label="SROI-verplichting" hint={`${amountHint}. Niet hoger dan de contractwaarde.`} error={error("obligation")}>
          {(control) => <TextInput {...control} name="obligation" inputMode="decimal" width="medium" defaultValue={initial.obligation} />}
        </Field>
        <Field id={ID.periodStart} label="Begindatum" error={error("periodStart")}>
          {(control) => <TextInput {...control} name="periodStart" type="date" width="medium" defaultValue={initial.periodStart} />}
        </Field>
        <Field id={ID.periodEnd} label="Einddatum" error={error("periodEnd")}>
          {(control) => <TextInput {...control} name="periodEnd" type="date" width="medium" defaultValue={initial.periodEnd} />}
        </Field>
      </div>
      <div className="mt-2 flex flex-wrap gap-4">
        <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
          Opslaan
        </Button>
        <LinkButton href={`/professional/werkgevers/${organisationId}/sroi`} variant="secondary">
          Annuleren
        </LinkButton>
      </div>
    </form>
  );
}
