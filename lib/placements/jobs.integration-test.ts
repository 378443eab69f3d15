import { describe, expect, it } from "vitest";
import { notifyDueAftercareChecks } from "@/lib/aftercare/notify-due-checks";
import { prisma } from "@/lib/db";
import { createPlaceableProposal, createPlacementRow } from "@/tests/factories/placements";
import { PLACEMENT_JOBS } from "./jobs";
import { markSustainablePlacements } from "./mark-sustainable";

describe("aftercare.notifyDue", () => {
  it("notifies nothing before the due date, once after, once when run twice at the same time", async () => {
    const world = await createPlaceableProposal();
    const placement = await createPlacementRow(world, { startDate: "2026-01-15" });
    const ended = await createPlaceableProposal();
    await createPlacementRow(ended, { startDate: "2026-01-15", endedOn: "2026-02-01" });
    const mine = () => prisma.aftercareCheck.count({ where: { placementId: placement.id, notifiedAt: { not: null } } });

    expect(await notifyDueAftercareChecks(new Date("2026-02-14T22:00:00.000Z"))).toEqual({ notified: 0 }); // 23:00 on 14 Feb in Amsterdam
    const due = new Date("2026-02-14T23:30:00.000Z"); // 00:30 on 15 Feb in Amsterdam
    const runs = await Promise.all([notifyDueAftercareChecks(due), notifyDueAftercareChecks(due)]);
    expect(runs[0].notified + runs[1].notified).toBe(2); // employee + employer 1-month check-ins, once each
    expect(await mine()).toBe(2);
    expect(await prisma.notification.count({ where: { userId: world.mediator.id, kind: "aftercare.due" } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: world.employer.id, kind: "aftercare.due" } })).toBe(1);
    expect(await prisma.notification.count({ where: { userId: world.accountManager.id, kind: "aftercare.due" } })).toBe(1);
    const toAm = await prisma.notification.findFirstOrThrow({ where: { userId: world.accountManager.id, kind: "aftercare.due" } });
    expect(`${toAm.title} ${toAm.body}`).not.toMatch(/Sanne|Geheim/);
    // The ended placement's check-ins are never due.
    expect(await prisma.notification.count({ where: { userId: ended.mediator.id, kind: "aftercare.due" } })).toBe(0);
    await notifyDueAftercareChecks(new Date("2026-02-20T09:00:00.000Z"));
    expect(await prisma.notification.count({ where: { userId: world.mediator.id, kind: "aftercare.due" } })).toBe(1);
  });
});

describe("placements.markSustainable", () => {
  it("marks a placement running past 6 months once; not before, not when ended", async () => {
    const world = await createPlaceableProposal();
    const placement = await createPlacementRow(world, { startDate: "2026-01-15" });
    const ended = await createPlaceableProposal();
    const endedPlacement = await createPlacementRow(ended, { startDate: "2026-01-15", endedOn: "2026-05-01" });

    expect(await markSustainablePlacements(new Date("2026-07-15T20:00:00.000Z"))).toEqual({ marked: 0 }); // 15 July: not after yet
    const after = new Date("2026-07-15T22:30:00.000Z"); // 00:30 on 16 July in Amsterdam
    const runs = await Promise.all([markSustainablePlacements(after), markSustainablePlacements(after)]);
    // Other files' placements may be marked too; this one is marked (and notified) exactly once.
    expect(runs[0].marked + runs[1].marked).toBeGreaterThanOrEqual(1);
    expect((await prisma.placement.findUniqueOrThrow({ where: { id: placement.id } })).sustainableAt).toEqual(after);
    expect((await prisma.placement.findUniqueOrThrow({ where: { id: endedPlacement.id } })).sustainableAt).toBeNull();
    expect(await prisma.notification.count({ where: { kind: "placement.sustainable", userId: { in: [world.mediator.id, world.accountManager.id] } } })).toBe(2);
    await markSustainablePlacements(new Date("2026-08-01T09:00:00.000Z"));
    expect((await prisma.placement.findUniqueOrThrow({ where: { id: placement.id } })).sustainableAt).toEqual(after);
    expect(await prisma.notification.count({ where: { kind: "placement.sustainable", userId: { in: [world.mediator.id, world.accountManager.id] } } })).toBe(2);
  });

  it("registers both jobs", () => {
    expect(PLACEMENT_JOBS.map((job) => [job.name, job.everyMinutes])).toEqual([["aftercare.notifyDue", 15], ["placements.markSustainable", 60]]);
  });
});
