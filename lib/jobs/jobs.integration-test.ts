import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { Job } from "./job";
import { JOBS } from "@/lib/scheduled-jobs";
import { runDueJobs } from "./run-due-jobs";
import { runJob } from "./run-job";

const at = (iso: string) => new Date(iso);

describe("the job scheduler", () => {
  it("registers every job once, under a stable name and a whole-minute slot", () => {
    expect(new Set(JOBS.map((job) => job.name)).size).toBe(JOBS.length);
    for (const job of JOBS) expect(Number.isInteger(job.everyMinutes) && job.everyMinutes >= 1).toBe(true);
    expect(JOBS.map((job) => job.name)).toContain("helpRequests.escalateOverdue");
    expect(JOBS.find((job) => job.name === "mail.sendOutbox")?.everyMinutes).toBe(1);
    expect(JOBS.find((job) => job.name === "mail.sendDailyDigests")?.everyMinutes).toBe(15);
  });

  it("runs a job once per slot, also across concurrent ticks, and again in the next slot", async () => {
    const run = vi.fn(async () => ({ done: 1 }));
    const job: Job = { name: "test.oncePerSlot", everyMinutes: 5, run };
    const outcomes = await Promise.all([runJob(job, at("2026-11-20T10:01:00Z")), runJob(job, at("2026-11-20T10:02:00Z")), runJob(job, at("2026-11-20T10:04:59Z"))]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["ran", "skipped", "skipped"]);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith(expect.any(Date));

    expect(await runJob(job, at("2026-11-20T10:05:00Z"))).toEqual({ job: "test.oncePerSlot", runKey: "2026-11-20T10:05Z", status: "ran", result: { done: 1 } });
    expect(run).toHaveBeenCalledTimes(2);
    expect(await prisma.jobRun.count({ where: { job: "test.oncePerSlot" } })).toBe(2);
  });

  it("gives the slot back when a job fails, so the next tick retries it, and keeps running the other jobs", async () => {
    let fail = true;
    const flaky: Job = {
      name: "test.flaky",
      everyMinutes: 5,
      run: async () => {
        if (fail) throw new Error("database gone");
      },
    };
    const steady: Job = { name: "test.steady", everyMinutes: 5, run: async () => ({ ok: 1 }) };
    expect((await runDueJobs(at("2026-11-20T11:00:00Z"), [flaky, steady])).map((o) => o.status)).toEqual(["failed", "ran"]);
    expect(await prisma.jobRun.count({ where: { job: "test.flaky" } })).toBe(0);
    fail = false;
    expect((await runDueJobs(at("2026-11-20T11:01:00Z"), [flaky, steady])).map((o) => o.status)).toEqual(["ran", "skipped"]);
  });
});
