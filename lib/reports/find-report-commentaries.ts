import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { REPORT_SECTIONS, type ReportSection } from "./schemas";

export type ReportCommentaryView = { text: string; byName: string; updatedAt: Date };

/** The commentary per chapter of one report period; chapters without one are absent. */
export async function findReportCommentaries(actor: Actor, periodKey: string): Promise<Partial<Record<ReportSection, ReportCommentaryView>>> {
  assertCan(actor, "dashboard.read");
  const rows = await prisma.reportCommentary.findMany({
    where: { period: periodKey, section: { in: [...REPORT_SECTIONS] } },
    select: { section: true, text: true, updatedAt: true, byUser: { select: { name: true } } },
  });
  return Object.fromEntries(rows.map((row) => [row.section, { text: row.text, byName: row.byUser.name, updatedAt: row.updatedAt }]));
}
