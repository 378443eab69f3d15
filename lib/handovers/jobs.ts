import type { Job } from "@/lib/jobs/job";
import { bounceBackHandovers } from "./bounce-back-handovers";

/** Scheduled jobs of this domain; see docs/decisions/006-scheduler.md for the rules a job must follow. */
export const HANDOVER_JOBS: readonly Job[] = [
  // Never rename: the name is the JobRun key.
  { name: "handovers.bounceBack", everyMinutes: 5, run: bounceBackHandovers },
];
