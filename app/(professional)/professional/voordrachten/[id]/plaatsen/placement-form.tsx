"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, Select, TextInput } from "@/components/ui";
import { INSTRUMENT_STATUS_LABELS, INSTRUMENT_STATUSES, PLACEMENT_CONTRACT_LABELS, PLACEMENT_CONTRACT_TYPES } from "@/lib/placements/labels";
import { MAX_INSTRUMENT_ROWS, type RecordPlacementInput } from "@/lib/placements/schemas";
import { recordPlacementAction } from "./actions";

type InstrumentOption = { code: string; name: string; needsWageValue: boolean };
const text = (data: FormData, name: string) => String(data.get(name) ?? "").trim();
const numberOrNaN = (value: string) => (value === "" ? Number.NaN : Number(value));

const IDS: Record<string, string> = { startDate: "startdatum", contractType: "contract", hoursPerWeek: "uren", trialEndDate: "einde-proef", instruments: "instrument-0-code" };
const ROW_FIELDS = { instrumentCode: "code", status: "status", amount: "bedrag", startDate: "van", endDate: "tot", wageValuePct: "loonwaarde" } as const;
for (let index = 0; index < MAX_INSTRUMENT_ROWS; index += 1) {
  for (const [field, suffix] of Object.entries(ROW_FIELDS)) IDS[`instruments.${index}.${field}`] = `instrument-${index}-${suffix}`;
}

/**
 * B5: the placement form. Instruments are a fixed set of up to three fieldsets ("Instrument 1–3");
 * a row without an instrument chosen is left out. Errors stand next to each field of each row.
 */
export function PlacementForm({ proposalId, instruments, defaults }: { proposalId: string; instruments: InstrumentOption[]; defaults: { contractType: string; hoursPerWeek: number } }) {
  const router = useRouter();
  const [contractType, setContractType] = useState(defaults.contractType);
  const [codes, setCodes] = useState<string[]>(Array(MAX_INSTRUMENT_ROWS).fill(""));
  const needs = (code: string) => instruments.find((i) => i.code === code)?.needsWageValue ?? false;

  const form = useFormAction(
    recordPlacementAction,
    (data): RecordPlacementInput => {
      const rows = codes
        .map((code, index) => ({ code, index }))
        .filter((row) => row.code !== "")
        .map(({ code, index }) => {
          const wage = text(data, `wageValuePct-${index}`);
          return {
            instrumentCode: code,
            status: text(data, `status-${index}`) as (typeof INSTRUMENT_STATUSES)[number],
            amount: text(data, `amount-${index}`),
            startDate: text(data, `startDate-${index}`),
            endDate: text(data, `endDate-${index}`),
            wageValuePct: wage === "" ? null : numberOrNaN(wage),
          };
        });
      return {
        proposalId,
        startDate: text(data, "startDate"),
        contractType: text(data, "contractType") as (typeof PLACEMENT_CONTRACT_TYPES)[number],
        hoursPerWeek: numberOrNaN(text(data, "hoursPerWeek")),
        trialEndDate: contractType === "TRIAL_PLACEMENT" ? text(data, "trialEndDate") : "",
        instruments: rows,
      };
    },
    { onSuccess: (result) => result && router.push(`/professional/plaatsingen/${(result as { id: string }).id}`) },
  );
  // Errors come back at the position in the submitted list; map them to the visible row.
  const filled = codes.map((code, index) => ({ code, index })).filter((row) => row.code !== "");
  const rowError = (visibleIndex: number, field: string) => {
    const position = filled.findIndex((row) => row.index === visibleIndex);
    return position === -1 ? undefined : form.fieldError(`instruments.${position}.${field}`);
  };
  const summaryIds = { ...IDS };
  filled.forEach((row, position) => {
    for (const [field, suffix] of Object.entries(ROW_FIELDS)) summaryIds[`instruments.${position}.${field}`] = `instrument-${row.index}-${suffix}`;
  });

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-label="Plaatsing vastleggen">
      <ErrorSummary errors={form.summary(summaryIds)} title="De plaatsing is nog niet vastgelegd" />
      <Field id="startdatum" label="Startdatum" error={form.fieldError("startDate")}>
        {(control) => <TextInput {...control} name="startDate" type="date" width="medium" />}
      </Field>
      <Field id="contract" label="Soort contract" error={form.fieldError("contractType")}>
        {(control) => (
          <Select
            {...control}
            name="contractType"
            placeholder="Maak een keuze"
            value={contractType}
            onChange={(event) => setContractType(event.target.value)}
            options={PLACEMENT_CONTRACT_TYPES.map((value) => ({ value, label: PLACEMENT_CONTRACT_LABELS[value] }))}
          />
        )}
      </Field>
      {contractType === "TRIAL_PLACEMENT" ? (
        <Field id="einde-proef" label="Einddatum proefplaatsing" hint="Na de startdatum, hooguit 6 maanden later." error={form.fieldError("trialEndDate")}>
          {(control) => <TextInput {...control} name="trialEndDate" type="date" width="medium" />}
        </Field>
      ) : null}
      <Field id="uren" label="Uren per week" hint="Tussen 1 en 40 uur." error={form.fieldError("hoursPerWeek")}>
        {(control) => <TextInput {...control} name="hoursPerWeek" inputMode="numeric" width="short" defaultValue={String(defaults.hoursPerWeek)} />}
      </Field>

      <h2 className="mt-8 mb-2 text-2xl">Instrumenten</h2>
      <p className="mb-4">Kies tot {MAX_INSTRUMENT_ROWS} instrumenten uit de wegwijzer. Laat een regel leeg als u hem niet nodig heeft.</p>
      {codes.map((code, index) => (
        <fieldset key={index} className="mb-6 border-2 border-line-light p-4">
          <legend className="px-1 text-xl font-semibold">Instrument {index + 1}</legend>
          <Field id={`instrument-${index}-code`} label="Instrument" optional error={rowError(index, "instrumentCode")}>
            {(control) => (
              <Select
                {...control}
                value={code}
                onChange={(event) => setCodes((current) => current.map((value, i) => (i === index ? event.target.value : value)))}
                placeholder="Geen instrument"
                options={instruments.map((i) => ({ value: i.code, label: i.name }))}
              />
            )}
          </Field>
          {code !== "" ? (
            <>
              <Field id={`instrument-${index}-status`} label="Status" error={rowError(index, "status")}>
                {(control) => <Select {...control} name={`status-${index}`} defaultValue="REQUESTED" options={INSTRUMENT_STATUSES.map((value) => ({ value, label: INSTRUMENT_STATUS_LABELS[value] }))} />}
              </Field>
              <Field id={`instrument-${index}-bedrag`} label="Bedrag in euro's" optional hint="Bijvoorbeeld 1250,00" error={rowError(index, "amount")}>
                {(control) => <TextInput {...control} name={`amount-${index}`} inputMode="decimal" width="medium" />}
              </Field>
              <Field id={`instrument-${index}-van`} label="Periode vanaf" optional error={rowError(index, "startDate")}>
                {(control) => <TextInput {...control} name={`startDate-${index}`} type="date" width="medium" />}
              </Field>
              <Field id={`instrument-${index}-tot`} label="Periode tot en met" optional error={rowError(index, "endDate")}>
                {(control) => <TextInput {...control} name={`endDate-${index}`} type="date" width="medium" />}
              </Field>
              <Field
                id={`instrument-${index}-loonwaarde`}
                label="Loonwaarde in procenten"
                optional={!needs(code)}
                hint={needs(code) ? "Verplicht: dit instrument vraagt een loonwaardemeting. Tussen 1 en 99." : "Tussen 1 en 99."}
                error={rowError(index, "wageValuePct")}
              >
                {(control) => <TextInput {...control} name={`wageValuePct-${index}`} inputMode="numeric" width="short" />}
              </Field>
            </>
          ) : null}
        </fieldset>
      ))}
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Plaatsing vastleggen
      </Button>
    </form>
  );
}
