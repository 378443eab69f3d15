import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { saveReportCommentarySchema } from "./schemas";

/**
 * Stores the commentary of one report chapter (D4). One row per (period, section): saving again,
 * or twice at once, updates that row (an upsert on the unique key), so a double submit is harmless.
 */
export async function saveReportCommentary({ actor, input }: { actor: Actor; input: unknown }): Promise<{ id: string }> {
  assertCan(actor, "report.comment");
  const parsed = saveReportCommentarySchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const { period, section, text } = parsed.data;
  return prisma.reportCommentary.upsert({
    where: { period_section: { period, section } },
    create: { period, section, text, byUserId: actor.userId },
    update: { text, byUserId: actor.userId },
    select: { id: true },
  });
}
