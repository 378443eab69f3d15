"use client";

import { useRouter } from "next/navigation";
import { useRef } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary, Field, FieldError, Select, Textarea, TextInput } from "@/components/ui";
import type { TrafficLight } from "@/generated/prisma/enums";
import type { FigureRow } from "@/lib/programme-monitor/figures";
import { NOTE_MAX, OWNER_NAME_MAX, TRAFFIC_LIGHT_LABELS, TRAFFIC_LIGHTS, type UpdateProgrammeProjectInput } from "@/lib/programme-monitor/schemas";
import { updateProgrammeProjectAction } from "../actions";

const FIELD_IDS = { status: "status", ownerName: "eigenaar", note: "toelichting", actuals: "resultaten", projectId: "formulier", version: "formulier" };
const STATUS_OPTIONS = TRAFFIC_LIGHTS.map((value) => ({ value, label: TRAFFIC_LIGHT_LABELS[value] }));
const text = (data: FormData, name: string) => String(data.get(name) ?? "");

/** Status, owner and actuals of one project; the version guards against overwriting someone else's change. */
export function ProjectEditForm({
  projectId,
  version,
  status,
  ownerName,
  figures,
}: {
  projectId: string;
  version: string;
  status: TrafficLight;
  ownerName: string;
  figures: FigureRow[];
}) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useFormAction(
    updateProgrammeProjectAction,
    (data): UpdateProgrammeProjectInput => ({
      projectId,
      version,
      status: text(data, "status") as TrafficLight,
      ownerName: text(data, "ownerName"),
      note: text(data, "note"),
      actuals: Object.fromEntries(
        figures.map((figure) => {
          const raw = text(data, `actual-${figure.key}`).trim();
          return [figure.key, raw === "" ? null : /^\d+$/.test(raw) ? Number(raw) : Number.NaN];
        }),
      ),
    }),
    {
      // The note belongs to this change only; the refresh brings the new version and history.
      onSuccess: () => {
        const note = formRef.current?.elements.namedItem("note");
        if (note instanceof HTMLTextAreaElement) note.value = "";
        router.refresh();
      },
    },
  );

  return (
    <form ref={formRef} noValidate onSubmit={form.onSubmit} id="formulier" aria-label="Project wijzigen">
      {form.hasSucceeded ? (
        <Alert tone="success" role="status" title="De wijziging is opgeslagen.">
          {form.data?.statusChanged ? <p>De statuswijziging staat in de geschiedenis.</p> : null}
        </Alert>
      ) : null}
      <ErrorSummary errors={form.summary(FIELD_IDS)} title="De wijziging is nog niet opgeslagen" />
      <Field id="status" label="Status" error={form.fieldError("status")}>
        {(control) => <Select {...control} name="status" options={STATUS_OPTIONS} defaultValue={status} />}
      </Field>
      <Field id="toelichting" label="Toelichting bij de statuswijziging" optional hint="Wordt alleen bewaard als u de status wijzigt. Zet er geen namen van inwoners in." error={form.fieldError("note")}>
        {(control) => <Textarea {...control} name="note" rows={3} maxLength={NOTE_MAX} defaultValue="" />}
      </Field>
      <Field id="eigenaar" label="Eigenaar" optional hint="De naam van de projecteigenaar." error={form.fieldError("ownerName")}>
        {(control) => <TextInput {...control} name="ownerName" width="medium" maxLength={OWNER_NAME_MAX} defaultValue={ownerName} />}
      </Field>
      {figures.length > 0 ? (
        <fieldset className="mb-6" id="resultaten">
          <legend className="mb-2 font-semibold">Resultaten tot nu toe</legend>
          <p className="mb-2 text-muted">Hele getallen van 0 of meer. Laat een veld leeg als het resultaat nog niet bekend is.</p>
          <FieldError id="resultaten" error={form.fieldError("actuals")} />
          {figures.map((figure) => (
            <Field
              key={figure.key}
              id={`resultaat-${figure.key}`}
              label={figure.target === null ? figure.label : `${figure.label} (doel: ${figure.target})`}
              optional
            >
              {(control) => (
                <TextInput {...control} name={`actual-${figure.key}`} inputMode="numeric" width="short" defaultValue={figure.actual?.toString() ?? ""} />
              )}
            </Field>
          ))}
        </fieldset>
      ) : null}
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Wijziging opslaan
      </Button>
    </form>
  );
}
