import type { Job } from "@/lib/jobs/job";
import { notifyDueAftercareChecks } from "@/lib/aftercare/notify-due-checks";
import { markSustainablePlacements } from "./mark-sustainable";

/** Scheduled jobs of this domain; see docs/decisions/006-scheduler.md for the rules a job must follow. */
export const PLACEMENT_JOBS: readonly Job[] = [
  { name: "aftercare.notifyDue", everyMinutes: 15, run: notifyDueAftercareChecks },
  { name: "placements.markSustainable", everyMinutes: 60, run: markSustainablePlacements },
];
