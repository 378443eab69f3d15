import "server-only";
import { logger } from "@/lib/logger";
import { currentTime } from "@/lib/time/current-time";
import { mailConfig } from "./mail-config";
import { sendOutbox } from "./send-outbox";

let running: Promise<void> | null = null;
let again = false;

/**
 * Call after a transaction that enqueued a mail someone is waiting for (an invitation, a reset link, a
 * verification): sends the outbox now, in the background, instead of at the next `mail.sendOutbox` run.
 * It is only a nudge: the same claim-and-lease sender runs, so a message is never sent twice, and when
 * this fails the job picks the message up. Calls during a run start one more run afterwards.
 */
export function deliverMailSoon(): void {
  if (process.env.MAIL_DELIVER_SOON === "off") return;
  try {
    if (!mailConfig()) return;
  } catch {
    return; // a malformed configuration is reported by the job
  }
  if (running) {
    again = true;
    return;
  }
  running = runUntilQuiet().finally(() => {
    running = null;
  });
}

async function runUntilQuiet(): Promise<void> {
  do {
    again = false;
    try {
      await sendOutbox(await currentTime());
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : "unknown" }, "mail: direct delivery failed; the job retries");
      return;
    }
  } while (again);
}

/** For tests: resolves when the background delivery started by deliverMailSoon has finished. */
export async function mailDeliveryIdle(): Promise<void> {
  while (running) await running;
}
