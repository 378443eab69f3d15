"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { newSubmissionKey } from "@/components/portal/submission-key";
import { Alert, Button, ErrorSummary, Field, Select, Textarea, TextInput, type SelectOption } from "@/components/ui";
import { DELIVERY_TYPE_LABELS } from "@/lib/sroi/labels";
import { DELIVERY_DESCRIPTION_MAX_LENGTH, type ReportSroiDeliveryInput } from "@/lib/sroi/schemas";
import { reportSroiDeliveryAction } from "../actions";

const ID = {
  type: "levering-soort",
  value: "levering-waarde",
  description: "levering-omschrijving",
  deliveredOn: "levering-datum",
  placementId: "levering-plaatsing",
  dossierId: "formulier",
};

const TYPE_OPTIONS = Object.entries(DELIVERY_TYPE_LABELS).map(([value, label]) => ({ value, label }));
const text = (data: FormData, name: string) => String(data.get(name) ?? "");

/** E8: report delivered social return; a candidate can only be linked through one of your own placements. */
export function ReportDeliveryForm({ dossierId, placements, period }: { dossierId: string; placements: SelectOption[]; period: string }) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  // One key per delivery: a double click or a resend stores it once; after success the next report gets a new key.
  const keyRef = useRef<string | null>(null);
  const form = useFormAction(
    reportSroiDeliveryAction,
    (data): ReportSroiDeliveryInput => {
      keyRef.current ??= newSubmissionKey();
      return {
        dossierId,
        type: text(data, "type") as ReportSroiDeliveryInput["type"],
        value: text(data, "value"),
        description: text(data, "description"),
        deliveredOn: text(data, "deliveredOn"),
        placementId: text(data, "placementId"),
        submissionKey: keyRef.current,
      };
    },
    {
      onSuccess: () => {
        keyRef.current = null;
        formRef.current?.reset();
        router.refresh();
      },
    },
  );

  return (
    <form ref={formRef} noValidate onSubmit={form.onSubmit} id="formulier" aria-labelledby="levering-melden">
      {form.hasSucceeded ? (
        <Alert tone="success" role="status" title="Uw levering is gemeld.">
          Uw accountmanager beoordeelt de levering. U krijgt een melding als dat is gebeurd.
        </Alert>
      ) : null}
      <ErrorSummary errors={form.summary(ID)} title="De levering is nog niet gemeld" />
      <Field id={ID.type} label="Soort levering" error={form.fieldError("type")}>
        {(control) => <Select {...control} name="type" options={TYPE_OPTIONS} placeholder="Maak een keuze" />}
      </Field>
      <Field id={ID.value} label="Waarde in euro's" hint="Bijvoorbeeld 12.500,50" error={form.fieldError("value")}>
        {(control) => <TextInput {...control} name="value" inputMode="decimal" width="medium" />}
      </Field>
      <Field id={ID.description} label="Omschrijving" hint="Wat heeft u gedaan? Noem geen namen van personen." error={form.fieldError("description")}>
        {(control) => <Textarea {...control} name="description" rows={4} maxLength={DELIVERY_DESCRIPTION_MAX_LENGTH} />}
      </Field>
      <Field id={ID.deliveredOn} label="Geleverd op" hint={`Een datum binnen de looptijd: ${period}.`} error={form.fieldError("deliveredOn")}>
        {(control) => <TextInput {...control} name="deliveredOn" type="date" width="medium" />}
      </Field>
      <Field
        id={ID.placementId}
        label="Kandidaat via een plaatsing"
        optional
        hint="Gaat het om iemand die via het Werkcentrum bij u is geplaatst? Kies dan de plaatsing."
        error={form.fieldError("placementId")}
      >
        {(control) => <Select {...control} name="placementId" options={placements} placeholder="Geen kandidaat" />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Levering melden
      </Button>
    </form>
  );
}
