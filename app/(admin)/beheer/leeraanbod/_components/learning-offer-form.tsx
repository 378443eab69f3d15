"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, Checkbox, ErrorSummary, Field, LinkButton, Select, Textarea, TextInput } from "@/components/ui";
import { LEARNING_OFFER_KIND_LABELS, OFFER_LIMITS, type LearningOfferFormInput } from "@/lib/learning-offers/schemas";
import { createLearningOfferAction, updateLearningOfferAction } from "../actions";

const ID = {
  title: "aanbod-titel",
  kind: "aanbod-soort",
  provider: "aanbod-aanbieder",
  description: "aanbod-beschrijving",
  startDates: "aanbod-startdata",
  url: "aanbod-webadres",
  active: "aanbod-actief",
  offerId: "formulier",
};

const KIND_OPTIONS = Object.entries(LEARNING_OFFER_KIND_LABELS).map(([value, label]) => ({ value, label }));
const text = (data: FormData, name: string) => String(data.get(name) ?? "");

export type LearningOfferInitial = { id?: string; title: string; kind: string; provider: string; description: string; startDates: string; url: string; active: boolean };

/** Add or edit one learning offer (ADMIN). */
export function LearningOfferForm({ initial }: { initial: LearningOfferInitial }) {
  const router = useRouter();
  const fields = (data: FormData): LearningOfferFormInput => ({
    title: text(data, "title"),
    kind: text(data, "kind") as LearningOfferFormInput["kind"],
    provider: text(data, "provider"),
    description: text(data, "description"),
    startDates: text(data, "startDates"),
    url: text(data, "url"),
    active: data.get("active") === "on",
  });
  const onSuccess = () => {
    router.push("/beheer/leeraanbod?opgeslagen=1");
    router.refresh();
  };
  const create = useFormAction(createLearningOfferAction, fields, { onSuccess });
  const update = useFormAction(updateLearningOfferAction, (data) => ({ ...fields(data), offerId: initial.id ?? "" }), { onSuccess });
  const form = initial.id ? update : create;
  const error = (name: keyof typeof ID) => form.fieldError(name);

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label={initial.id ? "Leeraanbod wijzigen" : "Leeraanbod toevoegen"}>
      <ErrorSummary errors={form.summary(ID)} title="Het leeraanbod is nog niet opgeslagen" />
      <Field id={ID.title} label="Titel" error={error("title")}>
        {(control) => <TextInput {...control} name="title" defaultValue={initial.title} maxLength={OFFER_LIMITS.title} />}
      </Field>
      <Field id={ID.kind} label="Soort leeraanbod" error={error("kind")}>
        {(control) => <Select {...control} name="kind" options={KIND_OPTIONS} placeholder="Maak een keuze" defaultValue={initial.kind} />}
      </Field>
      <Field id={ID.provider} label="Aanbieder" hint="Bijvoorbeeld: MBO College Hilversum" error={error("provider")}>
        {(control) => <TextInput {...control} name="provider" defaultValue={initial.provider} maxLength={OFFER_LIMITS.provider} />}
      </Field>
      <Field id={ID.description} label="Beschrijving" error={error("description")}>
        {(control) => <Textarea {...control} name="description" rows={4} defaultValue={initial.description} maxLength={OFFER_LIMITS.description} />}
      </Field>
      <Field
        id={ID.startDates}
        label="Startdata"
        optional
        hint="Eén datum per regel, bijvoorbeeld 1-9-2026. Leeg: starten in overleg. Data die voorbij zijn, ziet het publiek niet."
        error={error("startDates")}
      >
        {(control) => <Textarea {...control} name="startDates" rows={4} defaultValue={initial.startDates} />}
      </Field>
      <Field id={ID.url} label="Webadres voor meer informatie" optional hint="Begint met https://" error={error("url")}>
        {(control) => <TextInput {...control} name="url" type="url" inputMode="url" defaultValue={initial.url} maxLength={OFFER_LIMITS.url} />}
      </Field>
      <Checkbox id={ID.active} name="active" label="Actief" hint="Alleen actief leeraanbod staat op de openbare pagina Leeraanbod." defaultChecked={initial.active} error={error("active")} />
      <div className="mt-6 flex flex-wrap gap-4">
        <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
          Opslaan
        </Button>
        <LinkButton href="/beheer/leeraanbod" variant="secondary">
          Annuleren
        </LinkButton>
      </div>
    </form>
  );
}
