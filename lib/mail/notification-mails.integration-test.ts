import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { createUser } from "@/tests/factories/users";

describe("notifications that are also mailed (handover.requested)", () => {
  it("writes one outbox mail per active recipient with the notification, without its text", async () => {
    const mediator = await createUser({ role: "JOB_MEDIATOR" });
    const disabled = await createUser({ role: "JOB_MEDIATOR", disabledAt: new Date() });
    const other = await createUser({ role: "ACCOUNT_MANAGER" });
    const title = "Een warme overdracht wacht op uw team";
    await prisma.$transaction((tx) =>
      notify(tx, [
        { userId: mediator.id, kind: "handover.requested", title, body: "Geheime tekst Jansen", link: "/professional/overdrachten" },
        { userId: disabled.id, kind: "handover.requested", title, body: "Geheime tekst Jansen", link: "/professional/overdrachten" },
        { userId: other.id, kind: "question.asked", title: "Nieuwe vraag", link: "/professional" },
      ]),
    );
    const mails = await prisma.mailMessage.findMany({ where: { toAddress: { in: [mediator.email, disabled.email, other.email] } } });
    expect(mails.map((mail) => [mail.toAddress, mail.kind, mail.subject])).toEqual([[mediator.email, "handover.requested", title]]);
    const [notification] = await prisma.notification.findMany({ where: { userId: mediator.id } });
    expect(mails[0]?.dedupeKey).toBe(`notification:${notification?.id}`);
    expect(`${mails[0]?.textBody}${mails[0]?.htmlBody}`).not.toContain("Jansen");
    expect(mails[0]?.textBody).toContain("/professional/overdrachten");
  });

  it("writes neither the notification nor the mail when the event rolls back", async () => {
    const mediator = await createUser({ role: "JOB_MEDIATOR" });
    await expect(
      prisma.$transaction(async (tx) => {
        await notify(tx, [{ userId: mediator.id, kind: "handover.requested", title: "Overdracht", link: "/professional/overdrachten" }]);
        throw new Error("the handover failed");
      }),
    ).rejects.toThrow("the handover failed");
    expect(await prisma.notification.count({ where: { userId: mediator.id } })).toBe(0);
    expect(await prisma.mailMessage.count({ where: { toAddress: mediator.email } })).toBe(0);
  });
});
