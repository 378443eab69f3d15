import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { createUser } from "@/tests/factories/users";
import { countUnreadNotifications } from "./count-unread-notifications";
import { findMyNotifications } from "./find-my-notifications";
import { markAllNotificationsRead } from "./mark-all-notifications-read";
import { markNotificationRead } from "./mark-notification-read";
import { notify } from "./notify";

const actorOf = (user: { id: string; role: Role; name: string; organisationId: string | null }): Actor => ({
  userId: user.id,
  role: user.role,
  name: user.name,
  organisationId: user.organisationId,
  partnerOrganisationId: null,
});

async function userWithNotifications(role: Role, count: number) {
  const user = await createUser({ role });
  for (let i = 0; i < count; i += 1) {
    await prisma.notification.create({
      data: { userId: user.id, kind: "question.asked", title: `Melding ${i}`, link: "/professional", createdAt: new Date(Date.UTC(2026, 0, 1 + i)) },
    });
  }
  return actorOf(user);
}

describe("notifications", () => {
  it("lists only my own, newest first, with unread marked, and counts unread", async () => {
    const me = await userWithNotifications("EMPLOYER", 3);
    await userWithNotifications("EMPLOYER", 2);
    const list = await findMyNotifications(me);
    expect(list.map((n) => n.title)).toEqual(["Melding 2", "Melding 1", "Melding 0"]);
    expect(list.every((n) => !n.read)).toBe(true);
    expect(await countUnreadNotifications(me)).toBe(3);
    expect(await countUnreadNotifications(null)).toBe(0);
  });

  it("marks one as read, is fine doing it twice, and marks all", async () => {
    const me = await userWithNotifications("ACCOUNT_MANAGER", 3);
    const [first] = await findMyNotifications(me);
    await markNotificationRead({ actor: me, input: { notificationId: first!.id } });
    await markNotificationRead({ actor: me, input: { notificationId: first!.id } });
    expect(await countUnreadNotifications(me)).toBe(2);
    expect((await findMyNotifications(me))[0]!.read).toBe(true);
    await expect(markAllNotificationsRead({ actor: me })).resolves.toEqual({ count: 2 });
    expect(await countUnreadNotifications(me)).toBe(0);
  });

  it("refuses someone else's notification as NOT_FOUND, exactly like an unknown id, and leaves it unread", async () => {
    const me = await userWithNotifications("EMPLOYER", 1);
    const other = await userWithNotifications("ACCOUNT_MANAGER", 1);
    const [theirs] = await findMyNotifications(other);
    await expect(markNotificationRead({ actor: me, input: { notificationId: theirs!.id } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markNotificationRead({ actor: me, input: { notificationId: "bestaat-niet" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await markAllNotificationsRead({ actor: me });
    expect(await countUnreadNotifications(other)).toBe(1);
  });

  it("never hands out a link that leaves the site", async () => {
    const me = await userWithNotifications("JOB_MEDIATOR", 0);
    const after = await prisma.$transaction((tx) =>
      notify(tx, [
        { userId: me.userId, kind: "vacancy.handedOver", title: "Extern", link: "https://evil.example" },
        { userId: me.userId, kind: "vacancy.handedOver", title: "Intern", link: "/professional/vacatures/1" },
      ]),
    );
    await after();
    const links = Object.fromEntries((await findMyNotifications(me)).map((n) => [n.title, n.link]));
    expect(links).toEqual({ Extern: null, Intern: "/professional/vacatures/1" });
  });
});
