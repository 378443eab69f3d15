"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, Select, TextInput } from "@/components/ui";
import { INSTRUMENT_STATUS_LABELS, INSTRUMENT_STATUSES } from "@/lib/placements/labels";
import type { AddInstrumentApplicationInput, UpdateInstrumentApplicationInput } from "@/lib/placements/schemas";
import { addInstrumentApplicationAction, updateInstrumentApplicationAction } from "./instrument-actions";

type Status = (typeof INSTRUMENT_STATUSES)[number];
export type InstrumentOption = { code: string; name: string; needsWageValue: boolean };
export type EditableInstrument = {
  id: string;
  name: string;
  needsWageValue: boolean;
  status: Status;
  amount: string;
  startDate: string;
  endDate: string;
  wageValuePct: number | null;
};

const text = (data: FormData, name: string) => String(data.get(name) ?? "").trim();
const DETAIL_FIELDS = { status: "status", amount: "bedrag", startDate: "van", endDate: "tot", wageValuePct: "loonwaarde" } as const;

function detailsFrom(data: FormData) {
  const wage = text(data, "wageValuePct");
  return {
    status: text(data, "status") as Status,
    amount: text(data, "amount"),
    startDate: text(data, "startDate"),
    endDate: text(data, "endDate"),
    wageValuePct: wage === "" ? null : Number(wage),
  };
}

function idsFor(prefix: string, extra: Record<string, string> = {}): Record<string, string> {
  return { ...extra, ...Object.fromEntries(Object.entries(DETAIL_FIELDS).map(([field, suffix]) => [field, `${prefix}-${suffix}`])) };
}

/** Status, amount, period and loonwaarde of one instrument application; labels above, errors next to the field. */
function DetailFields({ prefix, needsWageValue, error, defaults }: { prefix: string; needsWageValue: boolean; error: (field: string) => string | undefined; defaults?: EditableInstrument }) {
  return (
    <>
      <Field id={`${prefix}-status`} label="Status" error={error("status")}>
        {(control) => <Select {...control} name="status" defaultValue={defaults?.status ?? "REQUESTED"} options={INSTRUMENT_STATUSES.map((value) => ({ value, label: INSTRUMENT_STATUS_LABELS[value] }))} />}
      </Field>
      <Field id={`${prefix}-bedrag`} label="Bedrag in euro's" optional hint="Bijvoorbeeld 1250,00" error={error("amount")}>
        {(control) => <TextInput {...control} name="amount" inputMode="decimal" width="medium" defaultValue={defaults?.amount} />}
      </Field>
      <Field id={`${prefix}-van`} label="Periode vanaf" optional error={error("startDate")}>
        {(control) => <TextInput {...control} name="startDate" type="date" width="medium" defaultValue={defaults?.startDate} />}
      </Field>
      <Field id={`${prefix}-tot`} label="Periode tot en met" optional error={error("endDate")}>
        {(control) => <TextInput {...control} name="endDate" type="date" width="medium" defaultValue={defaults?.endDate} />}
      </Field>
      <Field
        id={`${prefix}-loonwaarde`}
        label="Loonwaarde in procenten"
        optional={!needsWageValue}
        hint={needsWageValue ? "Verplicht: dit instrument vraagt een loonwaardemeting. Tussen 1 en 99." : "Tussen 1 en 99."}
        error={error("wageValuePct")}
      >
        {(control) => <TextInput {...control} name="wageValuePct" inputMode="numeric" width="short" defaultValue={defaults?.wageValuePct?.toString()} />}
      </Field>
    </>
  );
}

/** B5/E7: change one instrument application, folded away in a <details> below the instruments table. */
export function EditInstrumentForm({ instrument }: { instrument: EditableInstrument }) {
  const router = useRouter();
  const prefix = `wijzig-${instrument.id}`;
  const form = useFormAction(
    updateInstrumentApplicationAction,
    (data): UpdateInstrumentApplicationInput => ({ applicationId: instrument.id, ...detailsFrom(data) }),
    { onSuccess: () => router.refresh() },
  );
  return (
    <details className="mb-4 border-2 border-line-light p-4">
      <summary className="cursor-pointer font-semibold">Wijzigen: {instrument.name}</summary>
      <form noValidate onSubmit={form.onSubmit} aria-label={`Instrument wijzigen: ${instrument.name}`} className="mt-4">
        <ErrorSummary errors={form.summary(idsFor(prefix))} title="Het instrument is nog niet gewijzigd" />
        {form.hasSucceeded ? <p role="status" className="mb-4 font-semibold">Het instrument is gewijzigd.</p> : null}
        <DetailFields prefix={prefix} needsWageValue={instrument.needsWageValue} error={form.fieldError} defaults={instrument} />
        <Button type="submit" variant="secondary" disabled={form.isPending} aria-busy={form.isPending}>
          Wijziging opslaan
        </Button>
      </form>
    </details>
  );
}

/** B5/E7: add an instrument to a running placement; the list leaves out the instruments it already has. */
export function AddInstrumentForm({ placementId, options }: { placementId: string; options: InstrumentOption[] }) {
  const router = useRouter();
  const [code, setCode] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const prefix = "nieuw-instrument";
  const form = useFormAction(
    addInstrumentApplicationAction,
    (data): AddInstrumentApplicationInput => ({ placementId, instrumentCode: code, ...detailsFrom(data) }),
    {
      onSuccess: () => {
        setCode("");
        formRef.current?.reset();
        router.refresh();
      },
    },
  );
  if (options.length === 0) return <p className="mb-6">Alle instrumenten uit de wegwijzer staan al bij deze plaatsing.</p>;
  return (
    <form ref={formRef} noValidate onSubmit={form.onSubmit} aria-label="Instrument toevoegen" className="mb-6">
      <ErrorSummary errors={form.summary(idsFor(prefix, { instrumentCode: `${prefix}-code` }))} title="Het instrument is nog niet toegevoegd" />
      {form.hasSucceeded ? <p role="status" className="mb-4 font-semibold">Het instrument is toegevoegd.</p> : null}
      <Field id={`${prefix}-code`} label="Instrument" error={form.fieldError("instrumentCode")}>
        {(control) => (
          <Select {...control} value={code} onChange={(event) => setCode(event.target.value)} placeholder="Maak een keuze" options={options.map((i) => ({ value: i.code, label: i.name }))} />
        )}
      </Field>
      <DetailFields prefix={prefix} needsWageValue={options.find((i) => i.code === code)?.needsWageValue ?? false} error={form.fieldError} />
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Instrument toevoegen
      </Button>
    </form>
  );
}
