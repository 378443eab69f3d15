import { StatusBadge } from "@/components/ui";
import { CONSENT_EVENT_LABELS, type ConsentEvent, type ConsentState } from "@/lib/consents/consent-state";
import { formatDateTime, formatShortDate } from "@/lib/time/amsterdam-time";

const date = (at: Date) => <time dateTime={at.toISOString()}>{formatShortDate(at)}</time>;

/** "Gedeeld" or "Niet gedeeld" in words, with the date of the decision. */
export function ConsentStatus({ state }: { state: ConsentState }) {
  switch (state.kind) {
    case "granted":
      return (
        <p>
          <StatusBadge tone="success">Gedeeld</StatusBadge> U gaf toestemming op {date(state.since)}.
        </p>
      );
    case "revoked":
      return (
        <p>
          <StatusBadge tone="neutral">Niet gedeeld</StatusBadge> U trok uw toestemming in op {date(state.since)}.
        </p>
      );
    case "declined":
      return (
        <p>
          <StatusBadge tone="neutral">Niet gedeeld</StatusBadge> U gaf geen toestemming op {date(state.since)}.
        </p>
      );
    case "requested":
      return (
        <p>
          <StatusBadge tone="warning">Nog niet gedeeld</StatusBadge> Uw bemiddelaar vroeg om toestemming op {date(state.since)}. U heeft nog niet
          gekozen.
        </p>
      );
    case "none":
      return (
        <p>
          <StatusBadge tone="neutral">Niet gedeeld</StatusBadge> U heeft nog geen toestemming gegeven.
        </p>
      );
  }
}

/** Every earlier decision, newest first, folded away. */
export function ConsentHistory({ events }: { events: ConsentEvent[] }) {
  if (events.length < 2) return null;
  return (
    <details className="mt-3">
      <summary className="cursor-pointer underline underline-offset-2">Eerdere keuzes ({events.length})</summary>
      <ol className="mt-2 list-disc pl-6">
        {events.map((event, index) => (
          <li key={`${event.kind}-${event.at.toISOString()}-${index}`}>
            {CONSENT_EVENT_LABELS[event.kind]} op <time dateTime={event.at.toISOString()}>{formatDateTime(event.at)}</time>
          </li>
        ))}
      </ol>
    </details>
  );
}
