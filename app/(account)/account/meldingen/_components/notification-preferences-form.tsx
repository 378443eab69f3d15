"use client";

import { useAction } from "next-safe-action/hooks";
import { type FormEvent } from "react";
import { Alert, Button, ErrorSummary, Field, FieldError, Select } from "@/components/ui";
import { errorId } from "@/components/ui/field-ids";
import type { NotificationDelivery } from "@/generated/prisma/enums";
import type { NotificationPreferenceGroup } from "@/lib/notification-preferences/get-notification-preferences";
import { DELIVERY_LABELS, DELIVERY_ORDER, digestHourLabel } from "@/lib/notification-preferences/labels";
import { saveNotificationPreferencesAction } from "../actions";

const HOURS = Array.from({ length: 24 }, (_, hour) => ({ value: String(hour), label: digestHourLabel(hour) }));
const DIGEST_HOUR_ID = "digestHour";
const DELIVERIES_ID = "deliveries";

const radioId = (kind: string, delivery: NotificationDelivery) => `delivery-${kind.replace(/\./g, "-")}-${delivery.toLowerCase()}`;

/** One radio group per kind (fieldset + legend), grouped under a heading per category, and the digest hour; one save. */
export function NotificationPreferencesForm({ digestHour, groups }: { digestHour: number; groups: NotificationPreferenceGroup[] }) {
  const { execute, result, isPending, hasSucceeded } = useAction(saveNotificationPreferencesAction);
  const fieldErrors = result.validationErrors?.fieldErrors ?? {};
  const hourError = fieldErrors.digestHour?.[0];
  const deliveriesError = fieldErrors.deliveries?.[0];
  const firstRadio = groups[0]?.kinds[0] ? radioId(groups[0].kinds[0].kind, "DIRECT") : DIGEST_HOUR_ID;
  const summary = [
    ...(hourError ? [{ fieldId: DIGEST_HOUR_ID, message: hourError }] : []),
    ...(deliveriesError ? [{ fieldId: firstRadio, message: deliveriesError }] : []),
  ];
  const formError = result.serverError ?? result.validationErrors?.formErrors?.[0];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const deliveries: Record<string, string> = {};
    for (const group of groups) {
      for (const { kind } of group.kinds) {
        const value = form.get(`delivery:${kind}`);
        if (typeof value === "string") deliveries[kind] = value;
      }
    }
    execute({ digestHour: Number(form.get("digestHour")), deliveries: deliveries as Record<string, NotificationDelivery> });
  }

  return (
    <form method="post" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={summary} title="Opslaan is niet gelukt" />
      {formError ? (
        <Alert tone="error" role="alert" title="Opslaan is niet gelukt">
          {formError}
        </Alert>
      ) : null}
      <div role="status" aria-live="polite">
        {hasSucceeded && !isPending ? <Alert tone="success" title="Uw keuzes zijn opgeslagen." /> : null}
      </div>

      <h2 className="mb-3 text-2xl font-bold">Dagelijks overzicht</h2>
      <Field
        id={DIGEST_HOUR_ID}
        label="Tijdstip van het dagelijkse overzicht"
        hint="Nederlandse tijd. U krijgt het overzicht alleen op dagen dat er iets nieuws is, binnen een kwartier na dit tijdstip."
        error={hourError}
      >
        {(control) => <Select {...control} name="digestHour" options={HOURS} defaultValue={String(digestHour)} />}
      </Field>

      <FieldError id={DELIVERIES_ID} error={deliveriesError} />
      {groups.map((group) => (
        <section key={group.category} aria-labelledby={`group-${group.category}`} className="mb-8">
          <h2 id={`group-${group.category}`} className="mb-3 text-2xl font-bold">
            {group.label}
          </h2>
          {group.kinds.map(({ kind, label, delivery }) => (
            <fieldset key={kind} className="mb-4 border-b border-line-light pb-3">
              <legend className="font-semibold">{label}</legend>
              <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
                {DELIVERY_ORDER.map((option) => (
                  <div key={option} className="flex items-center gap-2">
                    <input
                      type="radio"
                      id={radioId(kind, option)}
                      name={`delivery:${kind}`}
                      value={option}
                      defaultChecked={delivery === option}
                      className="size-6 shrink-0 accent-brand"
                      aria-describedby={deliveriesError ? errorId(DELIVERIES_ID) : undefined}
                    />
                    <label htmlFor={radioId(kind, option)} className="cursor-pointer">
                      {DELIVERY_LABELS[option]}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          ))}
        </section>
      ))}

      <Button type="submit" disabled={isPending} aria-busy={isPending}>
        Keuzes opslaan
      </Button>
    </form>
  );
}
