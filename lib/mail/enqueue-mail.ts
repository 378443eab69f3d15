import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { RenderedMail } from "./render-mail";

export type OutgoingMail = {
  /** Unique per message (e.g. `invitation:<tokenId>`): enqueueing it again, in a retry of the event, adds nothing. */
  dedupeKey: string;
  /** What the mail is about (a notification kind, "invitation", …); logged and counted, never personal. */
  kind: string;
  to: string;
  mail: RenderedMail;
};

/**
 * Writes a mail to the outbox inside the caller's transaction, so the event and its mail commit together
 * or not at all; the `mail.sendOutbox` job sends it. A repeated dedupe key is ignored (ON CONFLICT DO
 * NOTHING), which does not abort the caller's transaction. Returns whether a row was added.
 */
export async function enqueueMail(tx: Prisma.TransactionClient, message: OutgoingMail): Promise<boolean> {
  const { count } = await tx.mailMessage.createMany({
    data: [
      {
        dedupeKey: message.dedupeKey,
        kind: message.kind,
        toAddress: message.to,
        subject: message.mail.subject,
        textBody: message.mail.text,
        htmlBody: message.mail.html,
      },
    ],
    skipDuplicates: true,
  });
  return count === 1;
}
