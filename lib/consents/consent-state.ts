/**
 * The state of one consent subject (partner sharing, one employer, one partner on handover) from its
 * history rows. Rows are history: a new grant is a new row, revoking sets revokedAt on the active row.
 */
export type ConsentRow = {
  id: string;
  grantedAt: Date | null;
  declinedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
};

export type ConsentState =
  | { kind: "granted"; since: Date }
  | { kind: "revoked"; since: Date }
  | { kind: "declined"; since: Date }
  | { kind: "requested"; since: Date }
  | { kind: "none" };

export type ConsentEventKind = "requested" | "granted" | "declined" | "revoked";
export type ConsentEvent = { kind: ConsentEventKind; at: Date };

export function isActiveConsent(row: Pick<ConsentRow, "grantedAt" | "revokedAt">): boolean {
  return row.grantedAt !== null && row.revokedAt === null;
}

const EVENT_ORDER: Record<ConsentEventKind, number> = { requested: 0, granted: 1, declined: 2, revoked: 3 };

/** Every decision in the rows, newest first ("gegeven", "ingetrokken", "opnieuw gegeven"). */
export function consentEvents(rows: readonly ConsentRow[]): ConsentEvent[] {
  const events: ConsentEvent[] = [];
  for (const row of rows) {
    if (row.grantedAt) events.push({ kind: "granted", at: row.grantedAt });
    if (row.declinedAt) events.push({ kind: "declined", at: row.declinedAt });
    if (row.revokedAt) events.push({ kind: "revoked", at: row.revokedAt });
    if (!row.grantedAt && !row.declinedAt) events.push({ kind: "requested", at: row.createdAt });
  }
  return events.sort((a, b) => b.at.getTime() - a.at.getTime() || EVENT_ORDER[b.kind] - EVENT_ORDER[a.kind]);
}

/** Shared while any row is active (since the latest active grant); otherwise the latest decision. */
export function consentState(rows: readonly ConsentRow[]): ConsentState {
  const active = rows.filter(isActiveConsent).sort((a, b) => b.grantedAt!.getTime() - a.grantedAt!.getTime())[0];
  if (active) return { kind: "granted", since: active.grantedAt! };
  const latest = consentEvents(rows)[0];
  return latest ? { kind: latest.kind, since: latest.at } : { kind: "none" };
}

export const CONSENT_EVENT_LABELS: Record<ConsentEventKind, string> = {
  requested: "Toestemming gevraagd",
  granted: "Toestemming gegeven",
  declined: "Geen toestemming gegeven",
  revoked: "Toestemming ingetrokken",
};
