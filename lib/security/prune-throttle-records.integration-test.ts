import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser } from "@/tests/factories/users";
import { pruneThrottleRecords, THROTTLE_RECORD_RETENTION_MS } from "./prune-throttle-records";

describe("pruneThrottleRecords", () => {
  it("deletes attempt rows older than a day from every throttle table and keeps the recent ones", async () => {
    const now = new Date("2031-03-01T12:00:00Z");
    const old = new Date(now.getTime() - THROTTLE_RECORD_RETENTION_MS - 1000);
    const recent = new Date(now.getTime() - 60 * 60 * 1000);
    const user = await createUser({ role: "JOBSEEKER" });
    for (const createdAt of [old, recent]) {
      await prisma.loginAttempt.create({ data: { accountKey: "a", ipKey: "i", success: false, createdAt } });
      await prisma.secondFactorAttempt.create({ data: { accountKey: "a", success: false, createdAt } });
      await prisma.passwordResetRequest.create({ data: { accountKey: "a", ipKey: "i", createdAt } });
      await prisma.invitationAttempt.create({ data: { ipKey: "i", createdAt } });
      await prisma.currentPasswordFailure.create({ data: { userId: user.id, createdAt } });
    }

    expect(await pruneThrottleRecords(now)).toEqual({ login: 1, secondFactor: 1, passwordReset: 1, invitation: 1, currentPassword: 1 });
    expect(await pruneThrottleRecords(now)).toEqual({ login: 0, secondFactor: 0, passwordReset: 0, invitation: 0, currentPassword: 0 });
    const remaining = await Promise.all([
      prisma.loginAttempt.findMany({ where: { createdAt: { gte: old } } }),
      prisma.secondFactorAttempt.findMany({ where: { createdAt: { gte: old } } }),
      prisma.passwordResetRequest.findMany({ where: { createdAt: { gte: old } } }),
      prisma.invitationAttempt.findMany({ where: { createdAt: { gte: old } } }),
      prisma.currentPasswordFailure.findMany({ where: { userId: user.id } }),
    ]);
    for (const rows of remaining) expect(rows.map((row) => row.createdAt)).toEqual([recent]);
  });
});
