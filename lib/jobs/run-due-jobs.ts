import "server-only";
import type { Job } from "./job";
import { runJob, type JobOutcome } from "./run-job";

/**
 * Runs every job of `jobs` (the portal's list is JOBS in lib/scheduled-jobs.ts) whose slot at `now`
 * has not run yet, one after the other. A failing job does not stop the others.
 */
export async function runDueJobs(now: Date, jobs: readonly Job[]): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) outcomes.push(await runJob(job, now));
  return outcomes;
}
