import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ROLES } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { kindsForRole } from "@/lib/notifications/notification-catalogue";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";

// The server action end to end (session → role check → zod → domain function); the domain rules are tested in
// lib/notification-preferences/notification-preferences.integration-test.ts.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveNotificationPreferencesAction } = await import("./actions");

describe("saveNotificationPreferencesAction (Meldingen per e-mail)", () => {
  it("saves every role's own choices for the kinds of that role", async () => {
    for (const role of ROLES) {
      const user = await createUser({ role });
      session.actor = actorFor(user);
      const [kind] = kindsForRole(role);
      const result = await saveNotificationPreferencesAction({ digestHour: 7, deliveries: { [kind!]: "OFF" } });
      expect(result, role).toEqual({ data: { saved: 1 } });
      expect(await prisma.notificationPreference.findMany({ where: { userId: user.id }, select: { kind: true, delivery: true } }), role).toEqual([{ kind, delivery: "OFF" }]);
    }
  });

  it("refuses without a login and changes nothing", async () => {
    const before = await prisma.notificationSettings.count();
    session.actor = null;
    expect((await saveNotificationPreferencesAction({ digestHour: 7, deliveries: {} })).serverError).toMatch(/niet ingelogd/);
    expect(await prisma.notificationSettings.count()).toBe(before);
  });

  it("returns Dutch field errors for a bad hour, an unknown choice and a kind of another role", async () => {
    const user = await createUser({ role: "JOBSEEKER" });
    session.actor = actorFor(user);
    const badHour = await saveNotificationPreferencesAction({ digestHour: 24, deliveries: {} });
    expect(badHour.validationErrors?.fieldErrors.digestHour?.[0]).toBe("Kies een heel uur tussen 00:00 en 23:00.");
    const badChoice = await saveNotificationPreferencesAction({ digestHour: 8, deliveries: { "handover.requested": "WEEKLY" as "OFF" } });
    expect(badChoice.validationErrors?.fieldErrors.deliveries?.[0]).toBe("Kies per melding direct, dagelijks overzicht of uit.");
    const otherRole = await saveNotificationPreferencesAction({ digestHour: 8, deliveries: { "vacancy.received": "OFF" } });
    expect(otherRole.validationErrors?.fieldErrors.deliveries?.[0]).toBe("U kunt alleen kiezen voor meldingen die u in uw rol krijgt.");
    expect(await prisma.notificationPreference.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.notificationSettings.count({ where: { userId: user.id } })).toBe(0);
  });
});
