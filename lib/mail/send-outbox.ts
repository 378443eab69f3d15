import "server-only";
import nodemailer from "nodemailer";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { mailConfig, type MailConfig } from "./mail-config";
import { MAX_MAIL_ATTEMPTS, retryDelayMinutes } from "./retry-delay";

/**
 * How long a claimed message belongs to the sender that claimed it. Far longer than one SMTP exchange may
 * take (the timeouts below), so a live sender always finishes first; a crashed sender's message is
 * retried once the lease has run out (decision 015).
 */
export const MAIL_LEASE_MINUTES = 10;
const MESSAGES_PER_RUN = 200;
const MINUTE_MS = 60_000;

type SmtpError = { code?: unknown; responseCode?: unknown };

/**
 * `mail.sendOutbox`: sends every outbox message that is due at `now`, one claim at a time. A claim is an
 * atomic UPDATE of one row picked with FOR UPDATE SKIP LOCKED that sets the lease and counts the attempt,
 * so two processes (or two runs) never hold the same message. Success marks it SENT; a failure sets the
 * next attempt with exponential back-off, and after MAX_MAIL_ATTEMPTS (or an SMTP 5xx refusal) FAILED.
 * Without SMTP_URL nothing is sent and every message waits.
 */
export async function sendOutbox(now: Date): Promise<Record<string, number>> {
  const config = mailConfig();
  if (!config) return { notConfigured: 1 };
  const transport = createTransport(config);
  const counts = { sent: 0, retried: 0, failed: 0 };
  try {
    for (let i = 0; i < MESSAGES_PER_RUN; i++) {
      const message = await claimNextMessage(now);
      if (!message) break;
      const outcome = await deliver(transport, config, message, now);
      counts[outcome] += 1;
    }
  } finally {
    transport.close();
  }
  return counts;
}

function createTransport(config: MailConfig) {
  // One pooled connection per run: a run of many messages does not open a connection for each.
  return nodemailer.createTransport({
    url: config.smtpUrl,
    pool: true,
    maxConnections: 1,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}

async function claimNextMessage(now: Date) {
  const leaseEnd = new Date(now.getTime() + MAIL_LEASE_MINUTES * MINUTE_MS);
  const [claimed] = await prisma.$queryRaw<ClaimedMessage[]>`
    UPDATE "MailMessage" SET "leasedUntil" = ${leaseEnd}::timestamp, "attempts" = "attempts" + 1
    WHERE "id" = (
      SELECT "id" FROM "MailMessage"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}::timestamp
        AND ("leasedUntil" IS NULL OR "leasedUntil" <= ${now}::timestamp)
      ORDER BY "nextAttemptAt", "id"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "kind", "toAddress", "subject", "textBody", "htmlBody", "attempts"`;
  return claimed ?? null;
}

type ClaimedMessage = { id: string; kind: string; toAddress: string; subject: string; textBody: string; htmlBody: string; attempts: number };

async function deliver(transport: ReturnType<typeof createTransport>, config: MailConfig, message: ClaimedMessage, now: Date) {
  try {
    await transport.sendMail({
      from: config.from,
      to: message.toAddress,
      subject: message.subject,
      text: message.textBody,
      html: message.htmlBody,
      // Stable per outbox row: should the crash window of decision 015 ever deliver a message twice,
      // the receiving side can recognise the copy.
      messageId: `<${message.id}@werkcentrum.outbox>`,
    });
  } catch (error) {
    return recordFailure(message, error as SmtpError, now);
  }
  await prisma.mailMessage.updateMany({
    where: { id: message.id, status: "PENDING" },
    data: { status: "SENT", sentAt: new Date(), leasedUntil: null, lastError: null }, // real time, as other technical timestamps (decision 009)
  });
  return "sent" as const;
}

async function recordFailure(message: ClaimedMessage, error: SmtpError, now: Date) {
  const responseCode = typeof error.responseCode === "number" ? error.responseCode : undefined;
  // Only a code: an SMTP reply text may repeat the recipient's address.
  const code = responseCode ? `SMTP_${responseCode}` : typeof error.code === "string" ? error.code : "UNKNOWN";
  const refused = responseCode !== undefined && responseCode >= 500;
  const givenUp = refused || message.attempts >= MAX_MAIL_ATTEMPTS;
  await prisma.mailMessage.updateMany({
    where: { id: message.id, status: "PENDING" },
    data: {
      status: givenUp ? "FAILED" : "PENDING",
      nextAttemptAt: new Date(now.getTime() + retryDelayMinutes(message.attempts) * MINUTE_MS),
      leasedUntil: null,
      lastError: code,
    },
  });
  logger.warn({ mail: message.id, kind: message.kind, attempts: message.attempts, code, givenUp }, "mail not sent");
  return givenUp ? ("failed" as const) : ("retried" as const);
}
