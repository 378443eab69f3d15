import type { Instrumentation } from "next";
import { isDatabaseUnavailable, noteDatabaseUnavailable } from "@/lib/db-unavailable";
import { CLOCK_CONTROL_ON_MESSAGE, CLOCK_CONTROL_REFUSED_MESSAGE, clockControlMode } from "@/lib/time/clock-control";

/**
 * Next.js calls register() once when a server process starts. It starts the job scheduler
 * (lib/jobs, docs/decisions/006-scheduler.md) in the Node.js runtime only, never during `next build`
 * (which sets NEXT_PHASE) and not when SCHEDULER=off (e.g. a second web process that should not run jobs;
 * running it there too would be harmless, as every slot runs once).
 * Before that it refuses to start with the demo clock switched on by CLOCK_CONTROL alone (lib/time/clock-control.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  refuseUnsafeClockControl();
  if (process.env.SCHEDULER !== "off") {
    const [{ startScheduler }, { JOBS }] = await Promise.all([import("@/lib/jobs/start-scheduler"), import("@/lib/scheduled-jobs")]);
    startScheduler({ jobs: JOBS });
  }
}

function refuseUnsafeClockControl(): void {
  const mode = clockControlMode();
  if (mode === "refused") {
    console.error(CLOCK_CONTROL_REFUSED_MESSAGE);
    process.exit(1);
  }
  if (mode === "on") console.warn(CLOCK_CONTROL_ON_MESSAGE);
}

/**
 * Next.js calls this for every error a request ends in. A failure because the database cannot be reached is noted,
 * so the server wrapper (scripts/serve.ts) answers that request with 503 and the calm page instead of 500.
 */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (!isDatabaseUnavailable(error)) return;
  noteDatabaseUnavailable();
  const { logger } = await import("@/lib/logger");
  logger.warn("request failed: database unreachable");
};

