import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { NotificationDelivery } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import type { NotificationMessage } from "@/lib/notifications/notification-kinds";
import { notify } from "@/lib/notifications/notify";
import { createUser } from "@/tests/factories/users";
import { startMailCatcher, type CaughtMessage, type RunningMailCatcher } from "./mail-catcher";
import { sendDailyDigests } from "./send-daily-digests";
import { sendOutbox } from "./send-outbox";

let catcher: RunningMailCatcher | undefined;

beforeEach(async () => {
  // One database per file: start every test without the digests and entries of the one before.
  await prisma.notificationDigestEntry.deleteMany();
  await prisma.notificationDigest.deleteMany();
  await prisma.mailMessage.deleteMany();
});

afterEach(async () => {
  await catcher?.close();
  catcher = undefined;
  vi.unstubAllEnvs();
});

async function mediatorWith(options: { digestHour?: number; choices?: Record<string, NotificationDelivery>; disabledAt?: Date } = {}) {
  const user = await createUser({ role: "JOB_MEDIATOR", disabledAt: options.disabledAt ?? null });
  if (options.digestHour !== undefined) await prisma.notificationSettings.create({ data: { userId: user.id, digestHour: options.digestHour } });
  for (const [kind, delivery] of Object.entries(options.choices ?? {})) await prisma.notificationPreference.create({ data: { userId: user.id, kind, delivery } });
  return user;
}

async function send(messages: NotificationMessage[]) {
  await prisma.$transaction((tx) => notify(tx, messages));
}

// The kinds a bemiddelaar gets in the daily digest by default, three categories.
const dailyFor = (userId: string): NotificationMessage[] => [
  { userId, kind: "proposal.answered", title: "Reactie op de voordracht van Piet Pietersen", body: "piet@voorbeeld.nl" },
  { userId, kind: "proposal.interviewOutcome", title: "Gesprek Piet Pietersen" },
  { userId, kind: "proposal.consentDeclined", title: "Geen toestemming van Piet Pietersen" },
  { userId, kind: "handover.accepted", title: "Overdracht van Piet Pietersen aangenomen" },
  { userId, kind: "vacancy.handedOver", title: "Vacature Heftruckchauffeur" },
];

const digestsOf = (userId: string) => prisma.mailMessage.findMany({ where: { kind: "notification.digest", dedupeKey: { startsWith: `digest:${userId}:` } } });

describe("mail.sendDailyDigests (decision 020)", () => {
  it("sends nothing before the user's hour in Amsterdam, then one mail with counts per category, once a day", async () => {
    const mediator = await mediatorWith({ digestHour: 8 });
    await send(dailyFor(mediator.id));

    // 15 January: Amsterdam is UTC+1, so 08:00 there is 07:00Z.
    expect(await sendDailyDigests(new Date("2026-01-15T06:59:00Z"))).toEqual({ mailed: 0, empty: 0 });
    expect(await digestsOf(mediator.id)).toHaveLength(0);

    expect(await sendDailyDigests(new Date("2026-01-15T07:00:00Z"))).toEqual({ mailed: 1, empty: 0 });
    const [digest, ...more] = await digestsOf(mediator.id);
    expect(more).toHaveLength(0);
    expect(digest).toMatchObject({ dedupeKey: `digest:${mediator.id}:2026-01-15`, toAddress: mediator.email, subject: "Uw dagelijkse overzicht: 5 nieuwe meldingen" });
    expect(digest?.textBody).toContain("3 nieuwe meldingen over voordrachten");
    expect(digest?.textBody).toContain("1 nieuwe melding over overdrachten");
    expect(digest?.textBody).toContain("1 nieuwe melding over vacatures");
    expect(digest?.textBody).toContain("/professional/meldingen");
    expect(`${digest?.textBody}${digest?.htmlBody}`).not.toMatch(/Piet|voorbeeld\.nl|Heftruck/);
    expect(await prisma.notificationDigestEntry.count({ where: { userId: mediator.id, digestId: null } })).toBe(0);

    // Later the same day: nothing again, also not for what arrived after the digest; that waits for tomorrow.
    await send([{ userId: mediator.id, kind: "placement.sustainable", title: "Duurzaam: Piet Pietersen" }]);
    expect(await sendDailyDigests(new Date("2026-01-15T07:15:00Z"))).toEqual({ mailed: 0, empty: 0 });
    expect(await sendDailyDigests(new Date("2026-01-15T22:45:00Z"))).toEqual({ mailed: 0, empty: 0 });
    expect(await digestsOf(mediator.id)).toHaveLength(1);

    expect(await sendDailyDigests(new Date("2026-01-16T07:00:00Z"))).toEqual({ mailed: 1, empty: 0 });
    const next = (await digestsOf(mediator.id)).find((mail) => mail.dedupeKey.endsWith("2026-01-16"));
    expect(next?.subject).toBe("Uw dagelijkse overzicht: 1 nieuwe melding");
    expect(next?.textBody).toContain("1 nieuwe melding over plaatsingen en nazorg");
    expect(await sendDailyDigests(new Date("2026-01-17T07:00:00Z"))).toEqual({ mailed: 0, empty: 0 }); // nothing new
  });

  it("writes one digest when two runs (two instances) go at the same moment", async () => {
    const mediators = await Promise.all([1, 2, 3].map(() => mediatorWith({ digestHour: 9 })));
    for (const mediator of mediators) await send(dailyFor(mediator.id));
    const now = new Date("2026-06-10T07:05:00Z"); // 09:05 in Amsterdam (UTC+2)

    const results = await Promise.all([sendDailyDigests(now), sendDailyDigests(now)]);
    expect(results.reduce((sum, result) => sum + (result.mailed ?? 0), 0)).toBe(3);
    for (const mediator of mediators) {
      expect(await digestsOf(mediator.id), mediator.email).toHaveLength(1);
      expect(await prisma.notificationDigest.count({ where: { userId: mediator.id } })).toBe(1);
    }
    expect(await prisma.notificationDigestEntry.count({ where: { digestId: null } })).toBe(0);
  });

  it("counts only what is unread and not switched off since; disabled users and DIRECT or OFF kinds get no digest", async () => {
    const reader = await mediatorWith();
    const switched = await mediatorWith({ digestHour: 0 });
    const disabled = await mediatorWith({ digestHour: 0 });
    const direct = await mediatorWith({ digestHour: 0, choices: { "proposal.answered": "DIRECT", "handover.accepted": "OFF" } });
    await send([...dailyFor(reader.id), ...dailyFor(switched.id), ...dailyFor(disabled.id)]);
    await send([
      { userId: direct.id, kind: "proposal.answered", title: "Reactie" },
      { userId: direct.id, kind: "handover.accepted", title: "Aangenomen" },
    ]);
    await prisma.notification.updateMany({ where: { userId: reader.id }, data: { readAt: new Date() } });
    await prisma.notificationPreference.create({ data: { userId: switched.id, kind: "proposal.answered", delivery: "OFF" } });
    await prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });

    // 8 July, 10:00 in Amsterdam: every digest hour above has passed.
    expect(await sendDailyDigests(new Date("2026-07-08T08:00:00Z"))).toEqual({ mailed: 1, empty: 1 });
    expect(await digestsOf(reader.id)).toHaveLength(0); // everything already read: covered, not mailed
    expect(await prisma.notificationDigest.findFirst({ where: { userId: reader.id } })).toMatchObject({ mailed: 0 });
    expect((await digestsOf(switched.id)).map((mail) => mail.subject)).toEqual(["Uw dagelijkse overzicht: 4 nieuwe meldingen"]);
    expect(await digestsOf(disabled.id)).toHaveLength(0);
    expect(await prisma.notificationDigestEntry.count({ where: { userId: disabled.id, digestId: null } })).toBe(5);
    expect(await digestsOf(direct.id)).toHaveLength(0);
    expect(await prisma.mailMessage.count({ where: { toAddress: direct.email } })).toBe(1); // the direct one
  });

  it("follows the Amsterdam clock on the days it changes", async () => {
    const early = await mediatorWith({ digestHour: 2 });
    const late = await mediatorWith({ digestHour: 23 });
    await send([...dailyFor(early.id), ...dailyFor(late.id)]);
    // 29 March 2026: at 01:00Z Amsterdam jumps from 02:00 CET to 03:00 CEST; hour 2 never shows, yet it has passed.
    expect(await sendDailyDigests(new Date("2026-03-29T00:59:00Z"))).toEqual({ mailed: 0, empty: 0 });
    expect(await sendDailyDigests(new Date("2026-03-29T01:00:00Z"))).toEqual({ mailed: 1, empty: 0 });
    expect((await digestsOf(early.id)).map((mail) => mail.dedupeKey)).toEqual([`digest:${early.id}:2026-03-29`]);
    // 23:00 CEST is 21:00Z that day, not 22:00Z.
    expect(await sendDailyDigests(new Date("2026-03-29T20:59:00Z"))).toEqual({ mailed: 0, empty: 0 });
    expect(await sendDailyDigests(new Date("2026-03-29T21:00:00Z"))).toEqual({ mailed: 1, empty: 0 });

    // 25 October 2026: the hour 2 happens twice; the digest comes once.
    await send(dailyFor(early.id));
    expect(await sendDailyDigests(new Date("2026-10-25T00:00:00Z"))).toEqual({ mailed: 1, empty: 0 }); // 02:00 CEST
    await send(dailyFor(early.id));
    expect(await sendDailyDigests(new Date("2026-10-25T01:00:00Z"))).toEqual({ mailed: 0, empty: 0 }); // 02:00 CET
    expect((await digestsOf(early.id)).map((mail) => mail.dedupeKey).sort()).toEqual([`digest:${early.id}:2026-03-29`, `digest:${early.id}:2026-10-25`]);
  });

  it("reaches a real SMTP server as exactly one mail, with the counts and the link, and nothing personal", async () => {
    const received: CaughtMessage[] = [];
    catcher = await startMailCatcher({ onMail: (message) => void received.push(message) });
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${catcher.port}`);
    vi.stubEnv("MAIL_FROM", "Werkcentrum <noreply@werkcentrum.test>");
    vi.stubEnv("PUBLIC_URL", "https://portaal.werkcentrum.test");
    const mediator = await mediatorWith({ digestHour: 8 });
    await send(dailyFor(mediator.id));

    const now = new Date("2030-02-04T07:30:00Z"); // after the outbox rows' real-time nextAttemptAt
    await Promise.all([sendDailyDigests(now), sendDailyDigests(now)]);
    await sendDailyDigests(new Date("2030-02-04T07:45:00Z"));
    await Promise.all([sendOutbox(now), sendOutbox(now)]);
    await sendOutbox(new Date("2030-02-04T07:46:00Z"));

    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail?.envelopeTo).toEqual([mediator.email]);
    expect(mail?.subject).toBe("Uw dagelijkse overzicht: 5 nieuwe meldingen");
    expect(mail?.text).toContain("3 nieuwe meldingen over voordrachten");
    expect(mail?.text).toContain("1 nieuwe melding over overdrachten");
    expect(mail?.text).toContain("1 nieuwe melding over vacatures");
    expect(mail?.text).toContain("Bekijk uw meldingen: https://portaal.werkcentrum.test/professional/meldingen");
    expect(mail?.raw).not.toMatch(/Piet|voorbeeld\.nl|Heftruck/);
  });
});
