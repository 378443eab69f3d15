import { afterEach, describe, expect, it, vi } from "vitest";
import type { NotificationDelivery, Role } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { NOTIFICATION_CATALOGUE } from "@/lib/notifications/notification-catalogue";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/notification-kinds";
import { notify } from "@/lib/notifications/notify";
import { createUser } from "@/tests/factories/users";
import { mailDeliveryIdle } from "./deliver-mail-soon";
import { startMailCatcher, type CaughtMessage, type RunningMailCatcher } from "./mail-catcher";

// What a notification may say in the portal, and a mail never repeats.
const RESIDENT = { name: "Jansen-Bakhuis", email: "j.jansen-bakhuis@voorbeeld.nl", title: "Voordracht Lotte Jansen-Bakhuis voor Magazijnmedewerker" };

async function choose(userId: string, kind: NotificationKind, delivery: NotificationDelivery) {
  await prisma.notificationPreference.create({ data: { userId, kind, delivery } });
}

let catcher: RunningMailCatcher | undefined;

afterEach(async () => {
  await catcher?.close();
  catcher = undefined;
  vi.unstubAllEnvs();
});

describe("notifications mailed as each user chose (decision 020)", () => {
  it("mails every kind to every role that receives it without the notification's names, title, body or addresses", async () => {
    const users = new Map<Role, { id: string; email: string }>();
    for (const role of ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF", "ADMIN"] as const) users.set(role, await createUser({ role }));
    const messages = NOTIFICATION_KINDS.flatMap((kind) =>
      (Object.keys(NOTIFICATION_CATALOGUE[kind].recipients) as Role[]).map((role) => ({
        userId: users.get(role)!.id,
        kind,
        title: `${RESIDENT.title} (${kind})`,
        body: `${RESIDENT.name} (${RESIDENT.email}) wacht op u.`,
        link: "/professional/kandidaten/abc123",
      })),
    );
    for (const { userId, kind } of messages) await choose(userId, kind, "DIRECT");

    await prisma.$transaction((tx) => notify(tx, messages));

    const mails = await prisma.mailMessage.findMany({ where: { dedupeKey: { startsWith: "notification:" } } });
    expect(mails).toHaveLength(messages.length);
    for (const mail of mails) {
      const everything = `${mail.subject}\n${mail.textBody}\n${mail.htmlBody}`;
      for (const secret of [RESIDENT.name, RESIDENT.email, "Lotte", "Magazijnmedewerker", "abc123"]) expect(everything, `${mail.kind}: ${secret}`).not.toContain(secret);
    }
    expect(new Set(mails.map((mail) => mail.kind))).toEqual(new Set(NOTIFICATION_KINDS));
  });

  it("DIRECT: one outbox mail per notification now; DAILY: an entry for the digest, no mail; OFF: nothing", async () => {
    const mediator = await createUser({ role: "JOB_MEDIATOR" });
    await choose(mediator.id, "proposal.answered", "DIRECT");
    await choose(mediator.id, "handover.requested", "DAILY");
    await choose(mediator.id, "vacancy.handedOver", "OFF");
    const stored = await prisma.$transaction((tx) =>
      notify(tx, [
        { userId: mediator.id, kind: "proposal.answered", title: "Reactie", link: "/professional/voordrachten" },
        { userId: mediator.id, kind: "handover.requested", title: "Overdracht", link: "/professional/overdrachten" },
        { userId: mediator.id, kind: "vacancy.handedOver", title: "Vacature", link: "/professional/vacatures" },
        { userId: mediator.id, kind: "proposal.consentDeclined", title: "Geen toestemming" }, // no choice: its default, DAILY
      ]),
    );
    expect(typeof stored).toBe("function");

    const notifications = await prisma.notification.findMany({ where: { userId: mediator.id }, select: { id: true, kind: true } });
    const idOf = (kind: string) => notifications.find((notification) => notification.kind === kind)?.id;
    const mails = await prisma.mailMessage.findMany({ where: { toAddress: mediator.email } });
    expect(mails.map((mail) => [mail.dedupeKey, mail.kind, mail.subject])).toEqual([
      [`notification:${idOf("proposal.answered")}`, "proposal.answered", "Een werkgever heeft op een voordracht gereageerd"],
    ]);
    expect(mails[0]?.textBody).toContain("/professional/voordrachten");
    const entries = await prisma.notificationDigestEntry.findMany({ where: { userId: mediator.id }, orderBy: { kind: "asc" } });
    expect(entries.map((entry) => [entry.kind, entry.notificationId, entry.digestId])).toEqual([
      ["handover.requested", idOf("handover.requested"), null],
      ["proposal.consentDeclined", idOf("proposal.consentDeclined"), null],
    ]);
  });

  it("uses each kind's default when nothing was chosen, and mails nobody who is disabled", async () => {
    const mediator = await createUser({ role: "JOB_MEDIATOR" });
    const disabled = await createUser({ role: "JOB_MEDIATOR", disabledAt: new Date() });
    await prisma.$transaction((tx) =>
      notify(tx, [
        { userId: mediator.id, kind: "handover.requested", title: "Overdracht", link: "/professional/overdrachten" },
        { userId: disabled.id, kind: "handover.requested", title: "Overdracht", link: "/professional/overdrachten" },
        { userId: disabled.id, kind: "handover.accepted", title: "Aangenomen", link: "/professional/overdrachten" },
      ]),
    );
    const mails = await prisma.mailMessage.findMany({ where: { toAddress: { in: [mediator.email, disabled.email] } } });
    expect(mails.map((mail) => [mail.toAddress, mail.subject])).toEqual([[mediator.email, "Een warme overdracht wacht op uw team"]]);
    expect(await prisma.notificationDigestEntry.count({ where: { userId: disabled.id } })).toBe(0);
  });

  it("writes neither the notification, the mail nor the digest entry when the event rolls back", async () => {
    const mediator = await createUser({ role: "JOB_MEDIATOR" });
    await expect(
      prisma.$transaction(async (tx) => {
        await notify(tx, [
          { userId: mediator.id, kind: "handover.requested", title: "Overdracht", link: "/professional/overdrachten" },
          { userId: mediator.id, kind: "handover.accepted", title: "Aangenomen", link: "/professional/overdrachten" },
        ]);
        throw new Error("the handover failed");
      }),
    ).rejects.toThrow("the handover failed");
    expect(await prisma.notification.count({ where: { userId: mediator.id } })).toBe(0);
    expect(await prisma.mailMessage.count({ where: { toAddress: mediator.email } })).toBe(0);
    expect(await prisma.notificationDigestEntry.count({ where: { userId: mediator.id } })).toBe(0);
  });

  it("sends a direct mail right after the commit, when the caller runs notify's after-commit function", async () => {
    const received: CaughtMessage[] = [];
    catcher = await startMailCatcher({ onMail: (message) => void received.push(message) });
    vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${catcher.port}`);
    vi.stubEnv("MAIL_FROM", "Werkcentrum <noreply@werkcentrum.test>");
    vi.stubEnv("MAIL_DELIVER_SOON", "on");
    const employer = await createUser({ role: "EMPLOYER" });
    const after = await prisma.$transaction((tx) =>
      notify(tx, [
        { userId: employer.id, kind: "question.answered", title: "Antwoord op uw vraag over Jansen", link: "/werkgever/vragen" },
        { userId: employer.id, kind: "placement.recorded", title: "Plaatsing", link: "/werkgever/plaatsingen" }, // DAILY: not now
      ]),
    );
    await after();
    await mailDeliveryIdle();
    // (the outbox also holds the earlier tests' mails; this test looks at the employer's)
    const mine = received.filter((message) => message.envelopeTo.includes(employer.email));
    expect(mine.map((message) => message.subject)).toEqual(["Uw vraag is beantwoord"]);
    expect(mine[0]?.raw).not.toContain("Jansen");
  });
});
