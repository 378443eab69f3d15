import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/permissions";
import { safeReturnPath } from "@/lib/auth/safe-return-path";
import { deliveryFor } from "@/lib/notification-preferences/delivery-for";
import { isNotificationKind, kindsForRole, NOTIFICATION_CATALOGUE, NOTIFICATION_CATEGORIES } from "./notification-catalogue";
import { NOTIFICATION_KINDS } from "./notification-kinds";
import { notificationsPageFor } from "./notifications-page";

describe("the notification catalogue (decision 020)", () => {
  it("describes every kind: a known category, a Dutch label, at least one recipient role with a portal path", () => {
    expect(Object.keys(NOTIFICATION_CATALOGUE).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    for (const kind of NOTIFICATION_KINDS) {
      const definition = NOTIFICATION_CATALOGUE[kind];
      expect(Object.keys(NOTIFICATION_CATEGORIES), kind).toContain(definition.category);
      expect(definition.label.length, kind).toBeGreaterThan(5);
      const paths = Object.values(definition.recipients);
      expect(paths.length, kind).toBeGreaterThan(0);
      for (const path of paths) expect(safeReturnPath(path), `${kind} ${path}`).toBe(path);
      expect(paths.every((path) => !/\d/.test(path)), `${kind}: list pages only, no ids`).toBe(true);
    }
  });

  it("knows which roles receive which kinds", () => {
    expect(kindsForRole("ADMIN")).toEqual(["privacy.deletionRequested"]);
    expect(kindsForRole("REGIONAL_STAFF")).toEqual(["helpRequest.escalated"]);
    expect(kindsForRole("EMPLOYER")).toEqual(expect.arrayContaining(["question.answered", "proposal.shared", "proposal.reminder", "aftercare.due"]));
    expect(kindsForRole("EMPLOYER")).not.toContain("proposal.consentRequested");
    expect(kindsForRole("JOBSEEKER")).toEqual(expect.arrayContaining(["proposal.consentRequested", "handover.consentRequested", "handover.requested"]));
    expect(kindsForRole("JOB_MEDIATOR")).toEqual(expect.arrayContaining(["handover.requested", "vacancy.handedOver", "proposal.answered"]));
    expect(kindsForRole("ACCOUNT_MANAGER")).toEqual(expect.arrayContaining(["proposal.created", "question.asked", "vacancy.received"]));
    // every category that holds a role's kinds is one of the listed ones, and every role has something to choose
    for (const role of ROLES) expect(kindsForRole(role).length, role).toBeGreaterThan(0);
    expect(isNotificationKind("handover.requested")).toBe(true);
    expect(isNotificationKind("toString")).toBe(false);
  });

  it("mails time-critical kinds directly and the rest in the daily digest by default, until the user chooses", () => {
    for (const kind of ["handover.requested", "proposal.created", "proposal.shared", "question.answered", "proposal.consentRequested"] as const) {
      expect(deliveryFor(kind, undefined), kind).toBe("DIRECT");
    }
    for (const kind of ["vacancy.received", "placement.recorded", "aftercare.due", "caseNote.added", "handover.accepted"] as const) {
      expect(deliveryFor(kind, undefined), kind).toBe("DAILY");
    }
    expect(deliveryFor("handover.requested", "OFF")).toBe("OFF");
    expect(deliveryFor("vacancy.received", "DIRECT")).toBe("DIRECT");
    expect(NOTIFICATION_KINDS.every((kind) => NOTIFICATION_CATALOGUE[kind].defaultDelivery !== ("OFF" as string))).toBe(true);
  });

  it("has a notifications page per role for the digest's link", () => {
    for (const role of ROLES) expect(safeReturnPath(notificationsPageFor(role))).toBe(notificationsPageFor(role));
    expect(notificationsPageFor("EMPLOYER")).toBe("/werkgever/meldingen");
  });
});
