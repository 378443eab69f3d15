/**
 * A named, time-based job (see docs/decisions/006-scheduler.md). `run(now)` must be idempotent on
 * its own (guarded updates), because a failed run is retried and because the run key only stops a
 * second run in the same slot, not a run in the next slot that finds the same work.
 */
export type Job = {
  /** Stable name, stored in JobRun.job; never rename a job that has run (its history is keyed by it). */
  name: string;
  /** Runs at most once per slot of this many minutes; the slot's start (UTC) is the run key. */
  everyMinutes: number;
  /** Does the work as of `now` (tests pass a fixed clock). The result is only logged: counts, never personal data. */
  run: (now: Date) => Promise<Record<string, number> | void>;
};
