import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isMailCatcherEnabled } from "./mail-config";

const SHOWN = 100;

/**
 * The newest mail caught by the local SMTP catcher of demo mode, for an administrator. Where no catcher
 * runs (a real SMTP server is configured) the mailbox does not exist: NOT_FOUND.
 */
export async function listCaughtMail({ actor }: { actor: Actor }) {
  if (!isMailCatcherEnabled()) throw new AppError("NOT_FOUND");
  assertCan(actor, "mail.readCaught");
  return prisma.caughtMail.findMany({
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: SHOWN,
    select: { id: true, envelopeTo: true, subject: true, textBody: true, receivedAt: true },
  });
}
