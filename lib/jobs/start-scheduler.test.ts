import { afterEach, describe, expect, it, vi } from "vitest";
import type { Job } from "./job";

const { runDueJobs, NOW } = vi.hoisted(() => ({ runDueJobs: vi.fn(async () => []), NOW: new Date("2026-11-20T11:00:00Z") }));
vi.mock("./run-due-jobs", () => ({ runDueJobs }));
vi.mock("@/lib/time/current-time", () => ({ currentTime: async () => NOW }));

const { startScheduler, stopScheduler } = await import("./start-scheduler");

describe("startScheduler", () => {
  afterEach(() => {
    stopScheduler();
    vi.useRealTimers();
  });

  it("runs the jobs it was given at the current time on every tick", async () => {
    vi.useFakeTimers();
    const jobs: Job[] = [{ name: "test.job", everyMinutes: 1, run: async () => undefined }];
    startScheduler({ jobs, tickMs: 1_000 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(runDueJobs).toHaveBeenCalledTimes(2);
    expect(runDueJobs).toHaveBeenCalledWith(NOW, jobs);
  });
});
