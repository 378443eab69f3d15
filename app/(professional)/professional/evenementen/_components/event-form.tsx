"use client";

import { useRouter } from "next/navigation";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ErrorSummary, Field, Select, Textarea, TextInput } from "@/components/ui";
import {
  DESCRIPTION_MAX_LENGTH,
  EVENT_AUDIENCE_LABELS,
  EVENT_KIND_LABELS,
  LOCATION_MAX_LENGTH,
  MAX_CAPACITY,
  THEME_MAX_LENGTH,
  TITLE_MAX_LENGTH,
} from "@/lib/events/schemas";
import { createEventAction, updateEventAction } from "../actions";

const FIELD_IDS = {
  title: "evenement-titel",
  kind: "evenement-soort",
  theme: "evenement-thema",
  description: "evenement-beschrijving",
  date: "evenement-datum",
  startTime: "evenement-begin",
  endTime: "evenement-eind",
  location: "evenement-locatie",
  capacity: "evenement-plaatsen",
  audience: "evenement-doelgroep",
};

export type EventFormValues = {
  title: string;
  kind: string;
  theme: string;
  description: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  capacity: string;
  audience: string;
};

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const text = (data: FormData, name: string) => String(data.get(name) ?? "");

type Props = {
  labelledBy: string;
  /** Editing this event; without it the form creates a new one. */
  eventId?: string;
  values?: EventFormValues;
  /** Hint under "Aantal plaatsen" (e.g. how many registered already). */
  capacityHint?: string;
};

/** Creating or changing an event; on success the organiser goes to the event's page. */
export function EventForm({ labelledBy, eventId, values, capacityHint }: Props) {
  const router = useRouter();
  // One form for both: the update action takes the same fields plus the event's id.
  const action = (eventId ? updateEventAction : createEventAction) as unknown as typeof updateEventAction;
  const form = useFormAction(
    action,
    (data) => ({
      ...(eventId ? { eventId } : {}),
      title: text(data, "title"),
      kind: text(data, "kind") as never,
      theme: text(data, "theme"),
      description: text(data, "description"),
      date: text(data, "date"),
      startTime: text(data, "startTime"),
      endTime: text(data, "endTime"),
      location: text(data, "location"),
      capacity: text(data, "capacity"),
      audience: text(data, "audience") as never,
    }) as never,
    {
      onSuccess: (event) => {
        if (!event) return;
        router.push(`/professional/evenementen/${event.id}${eventId ? "?gewijzigd=1" : ""}`);
        router.refresh();
      },
    },
  );

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-labelledby={labelledBy}>
      <ErrorSummary errors={form.summary(FIELD_IDS)} title={eventId ? "De wijzigingen zijn niet opgeslagen" : "Het evenement is niet aangemaakt"} />
      <Field id={FIELD_IDS.title} label="Titel" error={form.fieldError("title")}>
        {(control) => <TextInput {...control} name="title" maxLength={TITLE_MAX_LENGTH} defaultValue={values?.title} />}
      </Field>
      <Field id={FIELD_IDS.kind} label="Soort evenement" error={form.fieldError("kind")}>
        {(control) => <Select {...control} name="kind" placeholder="Maak een keuze" options={options(EVENT_KIND_LABELS)} defaultValue={values?.kind} />}
      </Field>
      <Field id={FIELD_IDS.theme} label="Thema" optional hint="Bijvoorbeeld Digitalisering & AI of SROI" error={form.fieldError("theme")}>
        {(control) => <TextInput {...control} name="theme" maxLength={THEME_MAX_LENGTH} defaultValue={values?.theme} />}
      </Field>
      <Field id={FIELD_IDS.description} label="Beschrijving" error={form.fieldError("description")}>
        {(control) => <Textarea {...control} name="description" rows={5} maxLength={DESCRIPTION_MAX_LENGTH} defaultValue={values?.description} />}
      </Field>
      <div className="grid gap-x-6 sm:grid-cols-3">
        <Field id={FIELD_IDS.date} label="Datum" error={form.fieldError("date")}>
          {(control) => <TextInput {...control} name="date" type="date" width="medium" defaultValue={values?.date} />}
        </Field>
        <Field id={FIELD_IDS.startTime} label="Begintijd" hint="Bijvoorbeeld 13:00" error={form.fieldError("startTime")}>
          {(control) => <TextInput {...control} name="startTime" type="time" width="short" defaultValue={values?.startTime} />}
        </Field>
        <Field id={FIELD_IDS.endTime} label="Eindtijd" hint="Bijvoorbeeld 17:00" error={form.fieldError("endTime")}>
          {(control) => <TextInput {...control} name="endTime" type="time" width="short" defaultValue={values?.endTime} />}
        </Field>
      </div>
      <Field id={FIELD_IDS.location} label="Locatie" error={form.fieldError("location")}>
        {(control) => <TextInput {...control} name="location" maxLength={LOCATION_MAX_LENGTH} defaultValue={values?.location} />}
      </Field>
      <Field id={FIELD_IDS.capacity} label="Aantal plaatsen" hint={capacityHint ?? `Van 1 tot en met ${MAX_CAPACITY}`} error={form.fieldError("capacity")}>
        {(control) => <TextInput {...control} name="capacity" inputMode="numeric" width="short" defaultValue={values?.capacity} />}
      </Field>
      <Field id={FIELD_IDS.audience} label="Voor wie" error={form.fieldError("audience")}>
        {(control) => <Select {...control} name="audience" placeholder="Maak een keuze" options={options(EVENT_AUDIENCE_LABELS)} defaultValue={values?.audience} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        {eventId ? "Wijzigingen opslaan" : "Evenement aanmaken"}
      </Button>
    </form>
  );
}
