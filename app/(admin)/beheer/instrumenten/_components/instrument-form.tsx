"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, LinkButton, Textarea, TextInput } from "@/components/ui";
import { INSTRUMENT_LIMITS, type UpdateInstrumentFormInput } from "@/lib/instruments/admin-schemas";
import { updateInstrumentAction } from "../actions";

const ID = {
  summary: "instrument-omschrijving",
  forWhom: "instrument-voor-wie",
  conditions: "instrument-voorwaarden",
  amounts: "instrument-bedragen",
  typicalDuration: "instrument-duur",
  links: "instrument-links",
  checkedOn: "instrument-gecontroleerd",
  code: "formulier",
};

const text = (data: FormData, name: string) => String(data.get(name) ?? "");

export type InstrumentFormInitial = Omit<UpdateInstrumentFormInput, "links"> & { links: string; name: string; today: string };

/** ADMIN edits one instrument of the guide (issue 14 O4). */
export function InstrumentForm({ initial }: { initial: InstrumentFormInitial }) {
  const router = useRouter();
  const [checkedOn, setCheckedOn] = useState(initial.checkedOn);
  const form = useFormAction(
    updateInstrumentAction,
    (data): UpdateInstrumentFormInput => ({
      code: initial.code,
      summary: text(data, "summary"),
      forWhom: text(data, "forWhom"),
      conditions: text(data, "conditions"),
      amounts: text(data, "amounts"),
      typicalDuration: text(data, "typicalDuration"),
      links: text(data, "links"),
      checkedOn: text(data, "checkedOn"),
    }),
    {
      onSuccess: () => {
        router.push("/beheer/instrumenten?opgeslagen=1");
        router.refresh();
      },
    },
  );
  const error = (name: keyof typeof ID) => form.fieldError(name);

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label={`${initial.name} wijzigen`}>
      <ErrorSummary errors={form.summary(ID)} title="Het instrument is nog niet opgeslagen" />
      <Field id={ID.summary} label="Korte omschrijving" error={error("summary")}>
        {(control) => <Textarea {...control} name="summary" rows={3} defaultValue={initial.summary} maxLength={INSTRUMENT_LIMITS.summary} />}
      </Field>
      <Field id={ID.forWhom} label="Voor wie" error={error("forWhom")}>
        {(control) => <Textarea {...control} name="forWhom" rows={2} defaultValue={initial.forWhom} maxLength={INSTRUMENT_LIMITS.forWhom} />}
      </Field>
      <Field id={ID.conditions} label="Voorwaarden" optional hint="Leeg: de openbare pagina zegt dat het Werkcentrum de voorwaarden met de bezoeker uitzoekt." error={error("conditions")}>
        {(control) => <Textarea {...control} name="conditions" rows={5} defaultValue={initial.conditions ?? ""} maxLength={INSTRUMENT_LIMITS.conditions} />}
      </Field>
      <Field id={ID.amounts} label="Bedragen" optional hint="Bijvoorbeeld: maximaal € 2.000 per jaar. Leeg: er staat geen bedrag op de openbare pagina." error={error("amounts")}>
        {(control) => <Textarea {...control} name="amounts" rows={3} defaultValue={initial.amounts ?? ""} maxLength={INSTRUMENT_LIMITS.amounts} />}
      </Field>
      <Field id={ID.typicalDuration} label="Hoe lang" optional hint="Bijvoorbeeld: tot 6 maanden." error={error("typicalDuration")}>
        {(control) => <TextInput {...control} name="typicalDuration" defaultValue={initial.typicalDuration ?? ""} maxLength={INSTRUMENT_LIMITS.typicalDuration} />}
      </Field>
      <Field
        id={ID.links}
        label="Links naar meer informatie"
        optional
        hint={`Eén link per regel: Omschrijving | https://… (maximaal ${INSTRUMENT_LIMITS.links}). Alleen webadressen die met https:// beginnen.`}
        error={error("links")}
      >
        {(control) => <Textarea {...control} name="links" rows={4} defaultValue={initial.links} />}
      </Field>
      <Field id={ID.checkedOn} label="Laatst gecontroleerd" hint="De datum waarop u de informatie heeft nagekeken bij de bron." error={error("checkedOn")}>
        {(control) => (
          <div className="flex flex-wrap items-center gap-4">
            <TextInput {...control} name="checkedOn" type="date" value={checkedOn} onChange={(event) => setCheckedOn(event.target.value)} max={initial.today} width="short" />
            <Button
              type="button"
              variant="secondary"
              onClick={() => setCheckedOn(initial.today)}
            >
              Vandaag invullen
            </Button>
          </div>
        )}
      </Field>
      <div className="mt-6 flex flex-wrap gap-4">
        <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
          Opslaan
        </Button>
        <LinkButton href="/beheer/instrumenten" variant="secondary">
          Annuleren
        </LinkButton>
      </div>
    </form>
  );
}
