import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, ruleFor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { amsterdamDateTime } from "@/lib/time/amsterdam-time";
import { AUDIT_ENTRY_SELECT, pageWindow, toAuditEntryViews, type AuditEntryPage, type AuditEntryView } from "./audit-entry-view";
import { AUDIT_PAGE_SIZE, type AuditSearch } from "./schemas";

export type AdminAuditEntry = AuditEntryView & { actorEmail?: string | null };

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * The admin's audit view (X3): every entry, filtered by candidate id, actor e-mail and a date range
 * (whole days in Europe/Amsterdam), newest first. Only a role that may read ALL entries gets here;
 * a resident's or employer's "own entries" go through findMyAccessLog.
 */
export async function findAuditEntries({ actor, search }: { actor: Actor; search: AuditSearch }): Promise<AuditEntryPage<AdminAuditEntry>> {
  assertCan(actor, "auditLog.read");
  if (ruleFor(actor.role, "auditLog.read") !== "allow") throw new AppError("FORBIDDEN");

  const conditions: Prisma.AuditLogWhereInput[] = [];
  if (search.kandidaat) conditions.push({ candidateId: search.kandidaat });
  if (search.email) {
    const actors = await prisma.user.findMany({ where: { email: { equals: search.email, mode: "insensitive" } }, select: { id: true } });
    conditions.push({ actorId: { in: actors.map((user) => user.id) } });
  }
  if (search.van) conditions.push({ at: { gte: amsterdamDateTime(search.van, "00:00")! } });
  if (search.tot) conditions.push({ at: { lt: amsterdamDateTime(nextDay(search.tot), "00:00")! } });
  const where: Prisma.AuditLogWhereInput = { AND: conditions };

  const total = await prisma.auditLog.count({ where });
  const window = pageWindow(search.pagina ?? 1, total, AUDIT_PAGE_SIZE);
  const rows = await prisma.auditLog.findMany({
    where,
    // The id follows insertion order and is the primary key: newest first without a sort on `at`.
    orderBy: { id: "desc" },
    skip: window.skip,
    take: window.take,
    select: AUDIT_ENTRY_SELECT,
  });
  return { entries: await toAuditEntryViews(prisma, rows, { withEmail: true }), total, page: window.page, pageCount: window.pageCount };
}
