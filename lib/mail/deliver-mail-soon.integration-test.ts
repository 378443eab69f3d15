import net from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { deliverMailSoon, mailDeliveryIdle } from "./deliver-mail-soon";
import { enqueueMail } from "./enqueue-mail";
import { startMailCatcher, type CaughtMessage, type RunningMailCatcher } from "./mail-catcher";
import { renderMail } from "./render-mail";

let catcher: RunningMailCatcher | undefined;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

async function enqueue(to: string) {
  await prisma.$transaction((tx) =>
    enqueueMail(tx, { dedupeKey: `soon:${to}`, kind: "test", to, mail: renderMail({ subject: "Uw link", paragraphs: ["Er staat iets klaar."] }) }),
  );
}

afterEach(async () => {
  await catcher?.close();
  catcher = undefined;
  vi.unstubAllEnvs();
});

describe("deliverMailSoon", () => {
  it("sends what is waiting at once, each message exactly once, however often it is called", async () => {
    const received: CaughtMessage[] = [];
    const port = await freePort();
    catcher = await startMailCatcher({ port, onMail: (message) => void received.push(message) });
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);
    vi.stubEnv("MAIL_FROM", "Werkcentrum <noreply@werkcentrum.test>");
    vi.stubEnv("MAIL_DELIVER_SOON", "on");

    await enqueue("eerste@ontvanger.test");
    deliverMailSoon();
    await enqueue("tweede@ontvanger.test");
    deliverMailSoon(); // during the first run: one more run follows
    deliverMailSoon();
    await mailDeliveryIdle();

    expect(received.flatMap((message) => message.envelopeTo).sort()).toEqual(["eerste@ontvanger.test", "tweede@ontvanger.test"]);
    expect(await prisma.mailMessage.count({ where: { status: "SENT" } })).toBe(2);
  });

  it("leaves the message waiting for the job when the SMTP server is down", async () => {
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${await freePort()}`);
    vi.stubEnv("MAIL_FROM", "Werkcentrum <noreply@werkcentrum.test>");
    vi.stubEnv("MAIL_DELIVER_SOON", "on");
    await enqueue("wacht@ontvanger.test");
    deliverMailSoon();
    await mailDeliveryIdle();
    const message = await prisma.mailMessage.findUniqueOrThrow({ where: { dedupeKey: "soon:wacht@ontvanger.test" } });
    expect(message.status).toBe("PENDING");
    expect(message.nextAttemptAt.getTime()).toBeGreaterThan(message.createdAt.getTime());
  });
});
