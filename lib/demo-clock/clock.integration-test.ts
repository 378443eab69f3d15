import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { actorFor } from "@/tests/factories/questions";
import { createUser } from "@/tests/factories/users";
import { JOBS } from "@/lib/scheduled-jobs";
import { currentTime } from "@/lib/time/current-time";
import { advanceClock } from "./advance-clock";

const DAY_MS = 24 * 60 * 60 * 1000;

// The demo clock runs only in demo mode or a training environment (finding 15.8); CLOCK_CONTROL=on alone is refused.
beforeEach(() => {
  vi.stubEnv("DEMO_MODE", "on");
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the demo clock (decision 009)", () => {
  it("is the system time, and cannot be moved, where CLOCK_CONTROL is not on", async () => {
    vi.stubEnv("CLOCK_CONTROL", "");
    const admin = actorFor(await createUser({ role: "ADMIN" }));
    await prisma.systemClock.upsert({ where: { id: "clock" }, create: { id: "clock", offsetMs: BigInt(40 * DAY_MS) }, update: { offsetMs: BigInt(40 * DAY_MS) } });
    const before = Date.now();
    const now = await currentTime();
    expect(now.getTime() - before).toBeLessThan(DAY_MS);
    await expect(advanceClock({ actor: admin, input: { days: 30 }, jobs: JOBS })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await prisma.systemClock.delete({ where: { id: "clock" } });
  });

  it("moves forward by whole days for an administrator, runs the due jobs at the new moment, and every reader agrees", async () => {
    vi.stubEnv("CLOCK_CONTROL", "on");
    const admin = actorFor(await createUser({ role: "ADMIN" }));
    const start = await currentTime();
    expect(Math.abs(start.getTime() - Date.now())).toBeLessThan(DAY_MS);

    const { now, jobs } = await advanceClock({ actor: admin, input: { days: 31 }, jobs: JOBS });
    expect(Math.round((now.getTime() - start.getTime()) / DAY_MS)).toBe(31);
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((job) => job.status === "ran")).toBe(true);
    expect(Math.round(((await currentTime()).getTime() - start.getTime()) / DAY_MS)).toBe(31);

    await advanceClock({ actor: admin, input: { days: "2" }, jobs: JOBS });
    expect(Math.round(((await currentTime()).getTime() - start.getTime()) / DAY_MS)).toBe(33);
  });

  it("refuses other roles, moving back, zero and absurd jumps", async () => {
    vi.stubEnv("CLOCK_CONTROL", "on");
    for (const role of ["EMPLOYER", "JOBSEEKER", "ACCOUNT_MANAGER", "JOB_MEDIATOR", "REGIONAL_STAFF"] as const) {
      const actor = actorFor(await createUser({ role }));
      await expect(advanceClock({ actor, input: { days: 1 }, jobs: JOBS })).rejects.toBeInstanceOf(AppError);
    }
    const admin = actorFor(await createUser({ role: "ADMIN" }));
    const offsetBefore = (await prisma.systemClock.findUnique({ where: { id: "clock" } }))?.offsetMs ?? 0n;
    for (const days of [-5, 0, 401, 1.5, "abc"]) {
      await expect(advanceClock({ actor: admin, input: { days }, jobs: JOBS })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect((await prisma.systemClock.findUnique({ where: { id: "clock" } }))?.offsetMs ?? 0n).toBe(offsetBefore);
  });
});
