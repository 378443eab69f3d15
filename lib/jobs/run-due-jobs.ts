import "server-only";
import type { Job } from "./job";
import { JOBS } from "./registry";
import { runJob, type JobOutcome } from "./run-job";

/**
 * Runs every registered job whose slot at `now` has not run yet, one after the other. A failing
 * job does not stop the others. Tests pass their own clock (and, if needed, their own job list).
 */
export async function runDueJobs(now: Date, jobs: readonly Job[] = JOBS): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) outcomes.push(await runJob(job, now));
  return outcomes;
}
