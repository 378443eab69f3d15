import "server-only";
import { logger } from "@/lib/logger";
import { currentTime } from "@/lib/time/current-time";
import type { Job } from "./job";
import { runDueJobs } from "./run-due-jobs";

export const TICK_MS = 60_000;

type SchedulerState = { timer?: ReturnType<typeof setInterval> };
// On globalThis: `next dev` may load this module more than once; one timer per process is enough.
const state = (globalThis as { __werkcentrumScheduler?: SchedulerState }).__werkcentrumScheduler ??= {};

/**
 * Starts the in-process scheduler (called from instrumentation.ts with JOBS): every minute it runs
 * the due ones of `jobs` at currentTime() (the system time, or the moved demo clock with CLOCK_CONTROL=on). A tick is skipped while the previous one is still busy. The timer is
 * unref'd so it never keeps a process alive. Several processes may run it: the JobRun table keeps
 * each slot to one run.
 */
export function startScheduler(options: { jobs: readonly Job[]; tickMs?: number; tick?: () => Promise<unknown> }): void {
  if (state.timer) return;
  const tick = options.tick ?? (async () => runDueJobs(await currentTime(), options.jobs));
  let busy = false;
  state.timer = setInterval(() => {
    if (busy) return;
    busy = true;
    tick()
      .catch((error: unknown) => logger.error({ errorName: error instanceof Error ? error.name : "unknown" }, "scheduler tick failed"))
      .finally(() => {
        busy = false;
      });
  }, options.tickMs ?? TICK_MS);
  state.timer.unref();
  logger.info({ tickMs: options.tickMs ?? TICK_MS }, "scheduler started");
}

export function stopScheduler(): void {
  if (state.timer) clearInterval(state.timer);
  state.timer = undefined;
}
