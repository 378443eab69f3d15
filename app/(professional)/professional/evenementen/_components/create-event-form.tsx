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
import { createEventAction } from "../actions";

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

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const text = (data: FormData, name: string) => String(data.get(name) ?? "");

/** A new event; on success the organiser goes to its registrations page. */
export function CreateEventForm() {
  const router = useRouter();
  const form = useFormAction(
    createEventAction,
    (data) => ({
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
    }),
    { onSuccess: (event) => event && router.push(`/professional/evenementen/${event.id}`) },
  );

  return (
    <form noValidate onSubmit={form.onSubmit} id="formulier" aria-labelledby="evenement-maken">
      <ErrorSummary errors={form.summary(FIELD_IDS)} title="Het evenement is niet aangemaakt" />
      <Field id={FIELD_IDS.title} label="Titel" error={form.fieldError("title")}>
        {(control) => <TextInput {...control} name="title" maxLength={TITLE_MAX_LENGTH} />}
      </Field>
      <Field id={FIELD_IDS.kind} label="Soort evenement" error={form.fieldError("kind")}>
        {(control) => <Select {...control} name="kind" placeholder="Maak een keuze" options={options(EVENT_KIND_LABELS)} />}
      </Field>
      <Field id={FIELD_IDS.theme} label="Thema" optional hint="Bijvoorbeeld Digitalisering & AI of SROI" error={form.fieldError("theme")}>
        {(control) => <TextInput {...control} name="theme" maxLength={THEME_MAX_LENGTH} />}
      </Field>
      <Field id={FIELD_IDS.description} label="Beschrijving" error={form.fieldError("description")}>
        {(control) => <Textarea {...control} name="description" rows={5} maxLength={DESCRIPTION_MAX_LENGTH} />}
      </Field>
      <div className="grid gap-x-6 sm:grid-cols-3">
        <Field id={FIELD_IDS.date} label="Datum" error={form.fieldError("date")}>
          {(control) => <TextInput {...control} name="date" type="date" width="medium" />}
        </Field>
        <Field id={FIELD_IDS.startTime} label="Begintijd" hint="Bijvoorbeeld 13:00" error={form.fieldError("startTime")}>
          {(control) => <TextInput {...control} name="startTime" type="time" width="short" />}
        </Field>
        <Field id={FIELD_IDS.endTime} label="Eindtijd" hint="Bijvoorbeeld 17:00" error={form.fieldError("endTime")}>
          {(control) => <TextInput {...control} name="endTime" type="time" width="short" />}
        </Field>
      </div>
      <Field id={FIELD_IDS.location} label="Locatie" error={form.fieldError("location")}>
        {(control) => <TextInput {...control} name="location" maxLength={LOCATION_MAX_LENGTH} />}
      </Field>
      <Field id={FIELD_IDS.capacity} label="Aantal plaatsen" hint={`Van 1 tot en met ${MAX_CAPACITY}`} error={form.fieldError("capacity")}>
        {(control) => <TextInput {...control} name="capacity" inputMode="numeric" width="short" />}
      </Field>
      <Field id={FIELD_IDS.audience} label="Voor wie" error={form.fieldError("audience")}>
        {(control) => <Select {...control} name="audience" placeholder="Maak een keuze" options={options(EVENT_AUDIENCE_LABELS)} />}
      </Field>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>
        Evenement aanmaken
      </Button>
    </form>
  );
}
