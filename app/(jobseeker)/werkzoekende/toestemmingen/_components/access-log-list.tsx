import type { AuditEntryView } from "@/lib/audit/audit-entry-view";
import { formatDateTime } from "@/lib/time/amsterdam-time";

/** Who, when, what and why, one entry per item; readable on a phone (no wide table). */
export function AccessLogList({ entries }: { entries: AuditEntryView[] }) {
  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-sm border-2 border-line-light p-4">
          <p className="text-muted">
            <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
          </p>
          <p className="mt-1">
            <strong>{entry.actorName}</strong> {entry.actionLabel}.
          </p>
          {entry.actorRole || entry.actorOrganisation ? (
            <p className="text-muted">{[entry.actorRole, entry.actorOrganisation].filter(Boolean).join(", ")}</p>
          ) : null}
          <p className="mt-1">Reden: {entry.purpose}</p>
        </li>
      ))}
    </ol>
  );
}
