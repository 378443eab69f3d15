import type { Job } from "@/lib/jobs/job";

/** Scheduled jobs of this domain; see docs/decisions/006-scheduler.md for the rules a job must follow. */
export const HANDOVER_JOBS: readonly Job[] = [];
