"use client";

import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert, Button, ErrorSummary, Field, Select, TextInput, Textarea } from "@/components/ui";
import { CONTACT_CHANNELS, CONTACT_CHANNEL_LABELS, CONTACT_SUMMARY_MAX_LENGTH, type LogContactMomentInput } from "@/lib/contacts/schemas";
import { logContactMomentAction } from "../actions";

const IDS: Record<string, string> = {
  contactDate: "contact-datum",
  channel: "contact-kanaal",
  topic: "contact-onderwerp",
  summary: "contact-samenvatting",
  followUpPromise: "contact-afspraak",
  followUpDueDate: "contact-afspraak-datum",
};

const text = (data: FormData, name: string) => String(data.get(name) ?? "");

/** Log a contact moment with this employer (A2). A non-owner is told it will count as a double approach. */
export function ContactMomentForm({ organisationId, isOwner, today }: { organisationId: string; isOwner: boolean; today: string }) {
  const [formKey, setFormKey] = useState(0);
  const form = useFormAction(
    logContactMomentAction,
    (data): LogContactMomentInput => ({
      organisationId,
      contactDate: text(data, "contactDate"),
      channel: text(data, "channel") as LogContactMomentInput["channel"],
      topic: text(data, "topic"),
      summary: text(data, "summary"),
      followUpPromise: text(data, "followUpPromise"),
      followUpDueDate: text(data, "followUpDueDate"),
    }),
    { onSuccess: () => setFormKey((key) => key + 1) },
  );

  return (
    <form key={formKey} method="post" noValidate onSubmit={form.onSubmit} className="rounded-sm bg-surface p-5">
      <ErrorSummary errors={form.summary(IDS)} />
      <div role="status" aria-live="polite">
        {form.hasSucceeded && !form.isPending ? (
          <Alert tone="success" title="Het contactmoment is vastgelegd.">
            {form.data?.isDoubleApproach ? "Het staat als dubbele benadering in de tijdlijn en de vaste accountmanager heeft een melding gekregen." : null}
          </Alert>
        ) : null}
      </div>
      {!isOwner ? (
        <Alert tone="warning" title="U bent niet de vaste accountmanager van deze werkgever">
          Uw contact wordt vastgelegd als dubbele benadering. De vaste accountmanager krijgt daarvan een melding.
        </Alert>
      ) : null}
      <div className="grid gap-x-6 md:grid-cols-2">
        <Field id={IDS.contactDate!} label="Datum van het contact" hint="Vandaag of eerder." error={form.fieldError("contactDate")}>
          {(control) => <TextInput {...control} name="contactDate" type="date" max={today} defaultValue={today} width="medium" />}
        </Field>
        <Field id={IDS.channel!} label="Soort contact" error={form.fieldError("channel")}>
          {(control) => (
            <Select {...control} name="channel" defaultValue="" placeholder="Kies hoe het contact was"
              options={CONTACT_CHANNELS.map((channel) => ({ value: channel, label: CONTACT_CHANNEL_LABELS[channel] }))} />
          )}
        </Field>
      </div>
      <Field id={IDS.topic!} label="Onderwerp" hint="Bijvoorbeeld: vacature monteur, loonkostensubsidie." error={form.fieldError("topic")}>
        {(control) => <TextInput {...control} name="topic" maxLength={120} />}
      </Field>
      <Field id={IDS.summary!} label="Samenvatting en uitkomst" hint={`Maximaal ${CONTACT_SUMMARY_MAX_LENGTH} tekens.`} error={form.fieldError("summary")}>
        {(control) => <Textarea {...control} name="summary" rows={4} />}
      </Field>
      <fieldset className="mb-4">
        <legend className="mb-2 text-lg font-semibold">Afspraak om op terug te komen (niet verplicht)</legend>
        <Field id={IDS.followUpPromise!} label="Wat heeft u toegezegd?" optional error={form.fieldError("followUpPromise")}>
          {(control) => <TextInput {...control} name="followUpPromise" maxLength={500} />}
        </Field>
        <Field id={IDS.followUpDueDate!} label="Uiterlijk op" optional hint="Vul de datum in als u iets heeft toegezegd." error={form.fieldError("followUpDueDate")}>
          {(control) => <TextInput {...control} name="followUpDueDate" type="date" min={today} width="medium" />}
        </Field>
      </fieldset>
      <Button type="submit" disabled={form.isPending} aria-busy={form.isPending}>Contactmoment vastleggen</Button>
    </form>
  );
}
