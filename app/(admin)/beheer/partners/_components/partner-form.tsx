"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, LinkButton, Select, Textarea, TextInput } from "@/components/ui";
import { PARTNER_KIND_LABELS, PARTNER_KINDS } from "@/lib/partners/labels";
import { PARTNER_LIMITS, type PartnerFormValues } from "@/lib/partners/schemas";
import { createPartnerAction, updatePartnerAction } from "../actions";

const ID = { code: "code", name: "naam", kind: "soort", note: "toelichting", id: "formulier" };
const KIND_OPTIONS = PARTNER_KINDS.map((kind) => ({ value: kind, label: PARTNER_KIND_LABELS[kind] }));

export type PartnerInitial = { id?: string; code: string; name: string; kind: string; note: string };

/** Add a partner organisation, or change its name, kind and note (the code is fixed once given). */
export function PartnerForm({ initial }: { initial: PartnerInitial }) {
  const router = useRouter();
  const fields = (data: FormData) => ({
    name: String(data.get("name") ?? ""),
    kind: String(data.get("kind") ?? "") as PartnerFormValues["kind"],
    note: String(data.get("note") ?? ""),
  });
  const create = useFormAction(createPartnerAction, (data) => ({ ...fields(data), code: String(data.get("code") ?? "") }), {
    onSuccess: (saved) => {
      router.push(saved ? `/beheer/partners/${saved.id}?opgeslagen=1` : "/beheer/partners");
      router.refresh();
    },
  });
  const update = useFormAction(updatePartnerAction, (data) => ({ ...fields(data), id: initial.id ?? "" }), {
    onSuccess: () => {
      router.push(`/beheer/partners/${initial.id}?opgeslagen=1`);
      router.refresh();
    },
  });
  const form = initial.id ? update : create;
  const error = (name: keyof typeof ID) => form.fieldError(name);

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label={initial.id ? "Partnerorganisatie wijzigen" : "Partnerorganisatie toevoegen"}>
      <ErrorSummary errors={form.summary(ID)} title="De partnerorganisatie is nog niet opgeslagen" />
      {initial.id ? (
        <p className="mb-4">
          Code: <strong>{initial.code}</strong> (vast: overdrachten en toestemmingen verwijzen ernaar)
        </p>
      ) : (
        <Field id={ID.code} label="Code" hint="Kort en uniek, in hoofdletters, bijvoorbeeld LEERWERKLOKET. Kan later niet worden gewijzigd." error={error("code")}>
          {(control) => <TextInput {...control} name="code" width="short" defaultValue={initial.code} maxLength={PARTNER_LIMITS.code.max} autoCapitalize="characters" />}
        </Field>
      )}
      <Field id={ID.name} label="Naam" error={error("name")}>
        {(control) => <TextInput {...control} name="name" defaultValue={initial.name} maxLength={PARTNER_LIMITS.name.max} />}
      </Field>
      <Field id={ID.kind} label="Soort organisatie" error={error("kind")}>
        {(control) => <Select {...control} name="kind" options={KIND_OPTIONS} placeholder="Maak een keuze" defaultValue={initial.kind} />}
      </Field>
      <Field id={ID.note} label="Toelichting" optional hint="Bijvoorbeeld voor wie de organisatie er is." error={error("note")}>
        {(control) => <Textarea {...control} name="note" rows={3} defaultValue={initial.note} maxLength={PARTNER_LIMITS.note.max} />}
      </Field>
      <div className="mt-6 flex flex-wrap gap-4">
        <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
          Opslaan
        </Button>
        <LinkButton href="/beheer/partners" variant="secondary">
          Annuleren
        </LinkButton>
      </div>
    </form>
  );
}
