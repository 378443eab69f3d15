import { StatusBadge } from "@/components/ui";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { TimelineEntry } from "@/lib/contacts/find-organisation-timeline";
import { CONTACT_CHANNEL_LABELS } from "@/lib/contacts/schemas";
import { formatDutchDate, toIsoDate } from "@/lib/time/format-dutch-date";

/** The shared contact timeline of one employer, newest first; double approaches stand out in words. */
export function ContactTimeline({ entries, ownerId }: { entries: TimelineEntry[]; ownerId: string }) {
  if (entries.length === 0) return <p>Er is nog geen contact met deze werkgever vastgelegd.</p>;
  return (
    <ol className="space-y-4">
      {entries.map((entry) => (
        <li key={entry.id} className={entry.isDoubleApproach ? "border-l-8 border-warning bg-warning-light p-4" : "border-l-8 border-line-light p-4"}>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <time dateTime={toIsoDate(entry.contactDate)} className="font-semibold">{formatDutchDate(entry.contactDate)}</time>
            <span>{CONTACT_CHANNEL_LABELS[entry.channel]}</span>
            <span>
              door {entry.authorName} ({ROLE_LABELS[entry.authorRole].toLowerCase()}
              {entry.authorId === ownerId ? ", vaste contactpersoon" : ""})
            </span>
            {entry.isDoubleApproach ? <StatusBadge tone="warning">Dubbele benadering</StatusBadge> : null}
          </p>
          <h3 className="mt-1 text-lg font-semibold">{entry.topic}</h3>
          <p className="whitespace-pre-line">{entry.summary}</p>
          {entry.followUpPromise && entry.followUpDueDate ? (
            <p className="mt-2">
              <span className="font-semibold">Afspraak: </span>
              {entry.followUpPromise} (uiterlijk {formatDutchDate(entry.followUpDueDate)}){" "}
              {entry.followUpDoneAt ? <StatusBadge tone="success">Nagekomen</StatusBadge> : <StatusBadge tone="neutral">Open</StatusBadge>}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
