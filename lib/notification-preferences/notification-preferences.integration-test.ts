import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { kindsForRole } from "@/lib/notifications/notification-catalogue";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { getNotificationPreferences } from "./get-notification-preferences";
import { saveNotificationPreferences } from "./save-notification-preferences";

describe("notification preferences (decision 020)", () => {
  it("shows a user the kinds of their role, grouped, with the defaults and 08:00 until they choose", async () => {
    const employer = actorFor(await createUser({ role: "EMPLOYER" }));
    const { digestHour, groups } = await getNotificationPreferences({ actor: employer });
    expect(digestHour).toBe(8);
    const kinds = groups.flatMap((group) => group.kinds.map((entry) => entry.kind));
    expect(kinds.sort()).toEqual(kindsForRole("EMPLOYER").sort());
    expect(groups.map((group) => group.label)).toContain("Voordrachten");
    const find = (kind: string) => groups.flatMap((group) => group.kinds).find((entry) => entry.kind === kind);
    expect(find("proposal.shared")?.delivery).toBe("DIRECT");
    expect(find("question.answered")?.delivery).toBe("DIRECT");
    expect(find("placement.recorded")?.delivery).toBe("DAILY");

    const admin = actorFor(await createUser({ role: "ADMIN" }));
    expect((await getNotificationPreferences({ actor: admin })).groups).toEqual([
      { category: "privacy", label: "Privacy", kinds: [{ kind: "privacy.deletionRequested", label: expect.any(String), delivery: "DIRECT" }] },
    ]);
  });

  it("saves the choices and the hour, only the user's own, and a second save of the same form changes nothing", async () => {
    const user = await createUser({ role: "JOBSEEKER" });
    const other = await createUser({ role: "JOBSEEKER" });
    const actor = actorFor(user);
    const input = { digestHour: 18, deliveries: { "handover.requested": "OFF", "placement.recorded": "DIRECT" } };
    await Promise.all([saveNotificationPreferences({ actor, input }), saveNotificationPreferences({ actor, input })]);
    expect(await saveNotificationPreferences({ actor, input })).toEqual({ saved: 2 });

    const rows = await prisma.notificationPreference.findMany({ where: { userId: user.id }, orderBy: { kind: "asc" } });
    expect(rows.map((row) => [row.kind, row.delivery])).toEqual([
      ["handover.requested", "OFF"],
      ["placement.recorded", "DIRECT"],
    ]);
    expect(await prisma.notificationSettings.findUnique({ where: { userId: user.id } })).toMatchObject({ digestHour: 18 });
    expect(await prisma.notificationPreference.count({ where: { userId: other.id } })).toBe(0);

    const { digestHour, groups } = await getNotificationPreferences({ actor });
    expect(digestHour).toBe(18);
    expect(groups.flatMap((group) => group.kinds).find((entry) => entry.kind === "handover.requested")?.delivery).toBe("OFF");

    await saveNotificationPreferences({ actor, input: { digestHour: 0, deliveries: { "handover.requested": "DAILY" } } });
    expect(await prisma.notificationPreference.findUnique({ where: { userId_kind: { userId: user.id, kind: "handover.requested" } } })).toMatchObject({ delivery: "DAILY" });
    expect(await prisma.notificationSettings.findUnique({ where: { userId: user.id } })).toMatchObject({ digestHour: 0 });
  });

  it("refuses bad input and kinds the role never receives, writing nothing", async () => {
    const user = await createUser({ role: "EMPLOYER" });
    const actor = actorFor(user);
    for (const input of [
      { digestHour: 24, deliveries: {} },
      { digestHour: -1, deliveries: {} },
      { digestHour: 7.5, deliveries: {} },
      { digestHour: "8", deliveries: {} },
      { digestHour: 8, deliveries: { "question.answered": "WEEKLY" } },
      { digestHour: 8, deliveries: { "no.such.kind": "OFF" } },
      { digestHour: 8 },
    ]) {
      await expect(saveNotificationPreferences({ actor, input }), JSON.stringify(input)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    await expect(
      saveNotificationPreferences({ actor, input: { digestHour: 8, deliveries: { "question.answered": "OFF", "privacy.deletionRequested": "OFF" } } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", field: "deliveries" });
    expect(await prisma.notificationPreference.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.notificationSettings.count({ where: { userId: user.id } })).toBe(0);
  });
});
