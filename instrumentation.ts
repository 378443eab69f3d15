/**
 * Next.js calls register() once when a server process starts. It starts the job scheduler
 * (lib/jobs, docs/decisions/006-scheduler.md) in the Node.js runtime only, never during `next build`
 * (which sets NEXT_PHASE) and not when SCHEDULER=off (e.g. a second web process that should not run jobs;
 * running it there too would be harmless, as every slot runs once).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build" && process.env.SCHEDULER !== "off") {
    const [{ startScheduler }, { JOBS }] = await Promise.all([import("@/lib/jobs/start-scheduler"), import("@/lib/scheduled-jobs")]);
    startScheduler({ jobs: JOBS });
  }
}
