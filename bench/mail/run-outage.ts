/**
 * The mail outbox through an SMTP outage (issue 14 O3), with real parts: a throw-away PostgreSQL, the
 * outbox sender of the portal, and a real SMTP server (the demo catcher) that is absent for the first 10
 * minutes. Two senders run side by side all along, as two instances of the portal would. The clock is
 * simulated minute by minute; the SMTP exchanges are real. Prints what was enqueued, sent and received.
 *
 *   tsx --conditions=react-server bench/mail/run-outage.ts [--messages 1000]
 */
import net from "node:net";
import { startBenchDatabase } from "../matching/bench-database";

const args = process.argv.slice(2);
const at = args.indexOf("--messages");
const MESSAGES = at >= 0 ? Number(args[at + 1]) : 1000;
const OUTAGE_MINUTES = 10;
const MINUTE_MS = 60_000;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

console.log(`\n== mail: ${MESSAGES} berichten, SMTP-server ${OUTAGE_MINUTES} minuten onbereikbaar, twee verzenders tegelijk ==`);
const database = await startBenchDatabase();
try {
  process.env.DATABASE_URL = database.url;
  const port = await freePort();
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "Werkcentrum <noreply@werkcentrum.test>";
  const [{ prisma }, { enqueueMail }, { renderMail }, { sendOutbox }, { startMailCatcher }] = await Promise.all([
    import("../../lib/db"),
    import("../../lib/mail/enqueue-mail"),
    import("../../lib/mail/render-mail"),
    import("../../lib/mail/send-outbox"),
    import("../../lib/mail/mail-catcher"),
  ]);

  const mail = renderMail({ subject: "Er staat iets voor u klaar", paragraphs: ["Er is een nieuw bericht in het portaal."], action: { label: "Bekijk het", path: "/meldingen" } });
  for (let first = 0; first < MESSAGES; first += 500) {
    await prisma.$transaction(async (tx) => {
      for (let i = first; i < Math.min(first + 500, MESSAGES); i++) {
        await enqueueMail(tx, { dedupeKey: `bench:${i}`, kind: "bench", to: `ontvanger-${i}@bench.test`, mail });
      }
    });
  }

  const received = new Map<string, number>();
  const start = new Date(Date.now() + 1000);
  const minute = (n: number) => new Date(start.getTime() + n * MINUTE_MS);
  const totals = { sent: 0, retried: 0, failed: 0 };
  const runBoth = async (now: Date) => {
    for (const result of await Promise.all([sendOutbox(now), sendOutbox(now)])) {
      totals.sent += result.sent ?? 0;
      totals.retried += result.retried ?? 0;
      totals.failed += result.failed ?? 0;
    }
  };

  for (let n = 0; n < OUTAGE_MINUTES; n++) await runBoth(minute(n));
  const waiting = await prisma.mailMessage.count({ where: { status: "PENDING" } });
  console.log(`tijdens de storing: verzonden ${totals.sent}, opnieuw ingepland ${totals.retried}, opgegeven ${totals.failed}, wachtend ${waiting} van ${MESSAGES}`);

  const catcher = await startMailCatcher({
    port,
    onMail: (message) => {
      for (const to of message.envelopeTo) received.set(to, (received.get(to) ?? 0) + 1);
    },
  });
  const deliveryStarted = performance.now();
  let n = OUTAGE_MINUTES;
  while ((await prisma.mailMessage.count({ where: { status: "PENDING" } })) > 0 && n < OUTAGE_MINUTES + 120) {
    await runBoth(minute(n));
    n += 1;
  }
  const seconds = (performance.now() - deliveryStarted) / 1000;
  await runBoth(minute(n + 60)); // nothing may be sent again later
  await catcher.close();

  const receivedTotal = [...received.values()].reduce((sum, count) => sum + count, 0);
  const duplicates = [...received.values()].filter((count) => count > 1).length;
  const sentRows = await prisma.mailMessage.count({ where: { status: "SENT" } });
  console.log(`na herstel (vanaf minuut ${OUTAGE_MINUTES}, laatste ronde minuut ${n - 1}): verzonden ${totals.sent}, ontvangen ${receivedTotal} (${received.size} verschillende adressen), dubbel ontvangen ${duplicates}, status SENT ${sentRows}, opgegeven ${totals.failed}`);
  console.log(`afleveren na herstel: ${seconds.toFixed(1)} s = ${Math.round(receivedTotal / seconds)} berichten/s (twee verzenders, één SMTP-verbinding per bericht-run)`);
  const ok = receivedTotal === MESSAGES && received.size === MESSAGES && duplicates === 0 && sentRows === MESSAGES;
  console.log(ok ? "PASS: elk bericht precies één keer ontvangen" : "FAIL: niet elk bericht precies één keer ontvangen");
  await prisma.$disconnect();
  process.exitCode = ok ? 0 : 1;
} finally {
  await database.stop();
}
