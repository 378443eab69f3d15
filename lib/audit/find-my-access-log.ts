import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AUDIT_ENTRY_SELECT, pageWindow, toAuditEntryViews, type AuditEntryPage } from "./audit-entry-view";
import { AUDIT_PAGE_SIZE, pageNumberSchema } from "./schemas";

/**
 * "Wie heeft mijn gegevens bekeken" (J3): every audit entry about the caller's own candidate record
 * by someone else, newest first, one page at a time. Reading one's own log writes no audit entry.
 * A caller without a candidate record (not registered, or an employer) gets an empty log.
 */
export async function findMyAccessLog({ actor, page }: { actor: Actor; page?: unknown }): Promise<AuditEntryPage> {
  assertCan(actor, "auditLog.read");
  // The "own" scope, spelled out: even roles that may read every entry (ADMIN) see only their own here.
  const candidate = await prisma.candidate.findFirst({ where: { userId: actor.userId }, select: { id: true } });
  if (!candidate) return { entries: [], total: 0, page: 1, pageCount: 1 };

  const where: Prisma.AuditLogWhereInput = {
    candidateId: candidate.id,
    OR: [{ actorId: null }, { actorId: { not: actor.userId } }],
  };
  const total = await prisma.auditLog.count({ where });
  const window = pageWindow(pageNumberSchema.parse(page), total, AUDIT_PAGE_SIZE);
  const rows = await prisma.auditLog.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: window.skip,
    take: window.take,
    select: AUDIT_ENTRY_SELECT,
  });
  return { entries: await toAuditEntryViews(prisma, rows), total, page: window.page, pageCount: window.pageCount };
}
