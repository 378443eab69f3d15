import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { THROTTLE } from "./throttle/policies";
import { pruneThrottleRecords, THROTTLE_RECORD_RETENTION_MS } from "./prune-throttle-records";

describe("pruneThrottleRecords", () => {
  it("deletes throttle events older than the retention of every scope and keeps the recent ones", async () => {
    const now = new Date("2031-03-01T12:00:00Z");
    const old = new Date(now.getTime() - THROTTLE_RECORD_RETENTION_MS - 1000);
    const recent = new Date(now.getTime() - 60 * 60 * 1000);
    const scopes = Object.values(THROTTLE).map((policy) => policy.scope);
    for (const createdAt of [old, recent]) {
      await prisma.throttleEvent.createMany({ data: scopes.map((scope) => ({ scope, key: "k", outcome: "FAILURE" as const, createdAt })) });
    }

    expect(await pruneThrottleRecords(now)).toEqual({ throttleEvents: scopes.length });
    expect(await pruneThrottleRecords(now)).toEqual({ throttleEvents: 0 });
    const remaining = await prisma.throttleEvent.findMany({ select: { createdAt: true } });
    expect(remaining.map((row) => row.createdAt)).toEqual(scopes.map(() => recent));
  });

  it("keeps every event a throttle could still count", () => {
    for (const policy of Object.values(THROTTLE)) expect(THROTTLE_RECORD_RETENTION_MS).toBeGreaterThan(policy.windowMs);
  });
});
