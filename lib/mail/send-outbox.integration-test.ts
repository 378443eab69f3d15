import net from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { enqueueMail } from "./enqueue-mail";
import { startMailCatcher, type CaughtMessage, type RunningMailCatcher } from "./mail-catcher";
import { renderMail } from "./render-mail";
import { MAX_MAIL_ATTEMPTS } from "./retry-delay";
import { MAIL_LEASE_MINUTES, sendOutbox } from "./send-outbox";

const MINUTE_MS = 60_000;
const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * MINUTE_MS);

let catcher: RunningMailCatcher | undefined;
let received: CaughtMessage[] = [];

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** A real SMTP server on `port` that records what it received. */
async function smtpUp(port: number, onMail?: (message: CaughtMessage) => void) {
  catcher = await startMailCatcher({ port, onMail: onMail ?? ((message) => void received.push(message)) });
}

async function smtpDown() {
  await catcher?.close();
  catcher = undefined;
}

function useSmtpAt(port: number) {
  vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);
  vi.stubEnv("MAIL_FROM", "Werkcentrum <noreply@werkcentrum.test>");
}

async function enqueue(count: number, prefix: string) {
  const recipients = Array.from({ length: count }, (_, i) => `${prefix}-${i}@ontvanger.test`);
  await prisma.$transaction(async (tx) => {
    for (const to of recipients) {
      await enqueueMail(tx, {
        dedupeKey: `test:${to}`,
        kind: "test",
        to,
        mail: renderMail({ subject: "Er staat iets voor u klaar", paragraphs: ["Er is een nieuw bericht."], action: { label: "Bekijk het", path: "/meldingen" } }),
      });
    }
  });
  return recipients;
}

beforeEach(async () => {
  received = [];
  await prisma.mailMessage.deleteMany();
});

afterEach(async () => {
  await smtpDown();
  vi.unstubAllEnvs();
});

describe("the mail outbox (decision 015)", () => {
  it("writes nothing when the caller's transaction rolls back, and ignores a repeated dedupe key", async () => {
    const mail = renderMail({ subject: "Test", paragraphs: ["Tekst"] });
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueMail(tx, { dedupeKey: "rolled-back", kind: "test", to: "a@ontvanger.test", mail });
        throw new Error("the event failed");
      }),
    ).rejects.toThrow("the event failed");
    expect(await prisma.mailMessage.count({ where: { dedupeKey: "rolled-back" } })).toBe(0);

    const added = await prisma.$transaction(async (tx) => [
      await enqueueMail(tx, { dedupeKey: "once", kind: "test", to: "a@ontvanger.test", mail }),
      await enqueueMail(tx, { dedupeKey: "once", kind: "test", to: "a@ontvanger.test", mail }),
      await tx.notification.count(), // the transaction is still usable after the duplicate
    ]);
    expect(added.slice(0, 2)).toEqual([true, false]);
    expect(await prisma.mailMessage.count({ where: { dedupeKey: "once" } })).toBe(1);
  });

  it("keeps every message while SMTP is down for 10 minutes, backing off, then delivers each exactly once", async () => {
    const port = await freePort();
    useSmtpAt(port);
    const recipients = await enqueue(5, "outage");
    const start = new Date(Date.now() + 1000);

    // Down: every attempt fails, nothing is lost, the next attempt moves further away.
    expect(await sendOutbox(start)).toEqual({ sent: 0, retried: 5, failed: 0 });
    let rows = await prisma.mailMessage.findMany();
    expect(rows.map((row) => [row.status, row.attempts])).toEqual(Array(5).fill(["PENDING", 1]));
    expect(rows.every((row) => row.nextAttemptAt.getTime() === minutesAfter(start, 1).getTime() && row.leasedUntil === null)).toBe(true);
    expect(rows.every((row) => /^E[A-Z]+$/.test(row.lastError ?? ""))).toBe(true);

    expect(await sendOutbox(minutesAfter(start, 0.5))).toEqual({ sent: 0, retried: 0, failed: 0 }); // not due yet
    for (let minute = 1; minute <= 10; minute++) await sendOutbox(minutesAfter(start, minute));
    rows = await prisma.mailMessage.findMany();
    expect(rows.map((row) => [row.status, row.attempts])).toEqual(Array(5).fill(["PENDING", 4])); // at 0, 1, 3 and 7 minutes
    expect(rows.every((row) => row.nextAttemptAt.getTime() === minutesAfter(start, 15).getTime())).toBe(true);
    expect(received).toHaveLength(0);

    // Back after 10 minutes: the next due attempt delivers each message once.
    await smtpUp(port);
    expect(await sendOutbox(minutesAfter(start, 11))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await sendOutbox(minutesAfter(start, 15))).toEqual({ sent: 5, retried: 0, failed: 0 });
    expect(await sendOutbox(minutesAfter(start, 16))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(await sendOutbox(minutesAfter(start, 90))).toEqual({ sent: 0, retried: 0, failed: 0 });

    expect(received).toHaveLength(5);
    expect(received.flatMap((message) => message.envelopeTo).sort()).toEqual([...recipients].sort());
    expect(received.every((message) => message.subject === "Er staat iets voor u klaar" && message.text.includes("/meldingen"))).toBe(true);
    rows = await prisma.mailMessage.findMany();
    expect(rows.every((row) => row.status === "SENT" && row.sentAt !== null && row.leasedUntil === null && row.lastError === null && row.attempts === 5)).toBe(true);
  });

  it("sends each message once when runs overlap (two instances, or a run and a restart)", async () => {
    const port = await freePort();
    useSmtpAt(port);
    await smtpUp(port);
    const recipients = await enqueue(30, "concurrent");
    const now = new Date(Date.now() + 1000);

    const results = await Promise.all([sendOutbox(now), sendOutbox(now), sendOutbox(now)]);
    expect(results.reduce((sum, result) => sum + (result.sent ?? 0), 0)).toBe(30);
    expect(await sendOutbox(minutesAfter(now, 1))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(received).toHaveLength(30);
    expect(new Set(received.flatMap((message) => message.envelopeTo))).toEqual(new Set(recipients));
    expect(await prisma.mailMessage.count({ where: { status: "SENT" } })).toBe(30);
  });

  it("leaves a message claimed by a sender that crashed alone until its lease has run out", async () => {
    const port = await freePort();
    useSmtpAt(port);
    await smtpUp(port);
    const now = new Date(Date.now() + 1000);
    const [to] = await enqueue(1, "leased");
    // As a crashed sender leaves it: claimed (lease set, attempt counted), never marked.
    await prisma.mailMessage.updateMany({ data: { attempts: 1, leasedUntil: minutesAfter(now, MAIL_LEASE_MINUTES) } });

    expect(await sendOutbox(minutesAfter(now, MAIL_LEASE_MINUTES - 1))).toEqual({ sent: 0, retried: 0, failed: 0 });
    expect(received).toHaveLength(0);
    expect(await sendOutbox(minutesAfter(now, MAIL_LEASE_MINUTES))).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(received.map((message) => message.envelopeTo)).toEqual([[to]]);
    expect((await prisma.mailMessage.findFirstOrThrow()).attempts).toBe(2);
  });

  it("gives a message up after the last attempt, or at once when the server refuses it (5xx)", async () => {
    const port = await freePort();
    useSmtpAt(port);
    const now = new Date(Date.now() + 1000);
    await enqueue(1, "exhausted");
    await prisma.mailMessage.updateMany({ data: { attempts: MAX_MAIL_ATTEMPTS - 1 } });
    expect(await sendOutbox(now)).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await prisma.mailMessage.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: MAX_MAIL_ATTEMPTS });

    await prisma.mailMessage.deleteMany();
    await smtpUp(port, () => {
      throw Object.assign(new Error("mailbox unavailable"), { responseCode: 550 });
    });
    await enqueue(1, "refused");
    expect(await sendOutbox(now)).toEqual({ sent: 0, retried: 0, failed: 1 });
    expect(await prisma.mailMessage.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: 1, lastError: "SMTP_550" });
    expect(await sendOutbox(minutesAfter(now, 120))).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it("sends nothing, and keeps every message, where SMTP_URL is not set; refuses a malformed configuration", async () => {
    vi.stubEnv("SMTP_URL", "");
    await enqueue(2, "unconfigured");
    expect(await sendOutbox(new Date(Date.now() + 1000))).toEqual({ notConfigured: 1 });
    expect(await prisma.mailMessage.count({ where: { status: "PENDING", attempts: 0 } })).toBe(2);

    vi.stubEnv("SMTP_URL", "http://smtp.example.nl");
    vi.stubEnv("MAIL_FROM", "Werkcentrum <noreply@werkcentrum.test>");
    await expect(sendOutbox(new Date())).rejects.toThrow("SMTP_URL");
    vi.stubEnv("SMTP_URL", "smtp://smtp.example.nl:587");
    vi.stubEnv("MAIL_FROM", "geen adres");
    await expect(sendOutbox(new Date())).rejects.toThrow("MAIL_FROM");
  });
});
