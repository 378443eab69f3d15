import "server-only";
import type { Role } from "@/generated/prisma/enums";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { accessActionLabel } from "./action-labels";

/** One audit entry as the resident and the admin read it. */
export type AuditEntryView = {
  id: string;
  /** Stored in UTC; shown in Europe/Amsterdam. */
  at: Date;
  actorName: string;
  actorRole: string | null;
  actorOrganisation: string | null;
  action: string;
  actionLabel: string;
  purpose: string;
  candidateId: string | null;
};

export type AuditEntryPage<Entry = AuditEntryView> = { entries: Entry[]; total: number; page: number; pageCount: number };

type Db = Prisma.TransactionClient | PrismaClient;
type EntryRow = {
  id: bigint;
  at: Date;
  actorId: string | null;
  actorRole: Role | null;
  actorOrganisation: string | null;
  candidateId: string | null;
  action: string;
  purpose: string;
};

export const AUDIT_ENTRY_SELECT = {
  id: true,
  at: true,
  actorId: true,
  actorRole: true,
  actorOrganisation: true,
  candidateId: true,
  action: true,
  purpose: true,
} as const satisfies Prisma.AuditLogSelect;

/** Entries with the actor's current name (the entry itself holds only the id); e-mail only when asked. */
export async function toAuditEntryViews(db: Db, rows: EntryRow[], options: { withEmail?: boolean } = {}) {
  const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => id !== null))];
  const actors = actorIds.length ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } }) : [];
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  return rows.map((row) => {
    const actor = row.actorId ? byId.get(row.actorId) : undefined;
    const view: AuditEntryView & { actorEmail?: string | null } = {
      id: row.id.toString(),
      at: row.at,
      actorName: row.actorId === null ? "Het Werkcentrum (automatisch)" : (actor?.name ?? "Onbekende gebruiker"),
      actorRole: row.actorRole ? ROLE_LABELS[row.actorRole] : null,
      actorOrganisation: row.actorOrganisation,
      action: row.action,
      actionLabel: accessActionLabel(row.action),
      purpose: row.purpose,
      candidateId: row.candidateId,
    };
    if (options.withEmail) view.actorEmail = actor?.email ?? null;
    return view;
  });
}

/** Page number clamped to 1..pageCount. */
export function pageWindow(requested: number, total: number, pageSize: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pageCount);
  return { page, pageCount, skip: (page - 1) * pageSize, take: pageSize };
}
