import "server-only";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/logger";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Job } from "./job";
import { runKeyFor } from "./run-key";

export type JobOutcome = {
  job: string;
  runKey: string;
  status: "ran" | "skipped" | "failed";
  result?: Record<string, number>;
};

/**
 * Runs `job` for the slot of `now` unless that slot already ran: the JobRun row (unique on job and
 * run key) is claimed first, so two processes, or two ticks of one process, never both run a slot.
 * A failed run gives its claim back, so the next tick in the same slot retries it.
 */
export async function runJob(job: Job, now: Date): Promise<JobOutcome> {
  const runKey = runKeyFor(now, job.everyMinutes);
  const outcome = (status: JobOutcome["status"], result?: Record<string, number>): JobOutcome => ({
    job: job.name,
    runKey,
    status,
    ...(result ? { result } : {}),
  });

  if (await prisma.jobRun.findUnique({ where: { job_runKey: { job: job.name, runKey } }, select: { id: true } })) {
    return outcome("skipped");
  }
  let runId: string;
  try {
    runId = (await prisma.jobRun.create({ data: { job: job.name, runKey }, select: { id: true } })).id;
  } catch (error) {
    if (isUniqueViolation(error)) return outcome("skipped");
    throw error;
  }

  try {
    const result = (await job.run(now)) ?? undefined;
    await prisma.jobRun.update({ where: { id: runId }, data: { finishedAt: new Date() } });
    logger.info({ job: job.name, runKey, result }, "job ran");
    return outcome("ran", result);
  } catch (error) {
    await prisma.jobRun.delete({ where: { id: runId } }).catch(() => undefined);
    const name = error instanceof Error ? error.name : "unknown";
    logger.error({ job: job.name, runKey, errorName: name }, "job failed; it is retried on the next tick");
    return outcome("failed");
  }
}
