import "server-only";
import { escalateOverdueHelpRequests } from "@/lib/help-requests/escalate-overdue-help-requests";
import type { Job } from "./job";

/**
 * Every scheduled job of the portal. To add one: write an idempotent domain function that takes
 * `now: Date`, add an entry here with a new stable name, and test it with a fixed clock.
 */
export const JOBS: readonly Job[] = [
  {
    name: "helpRequests.escalateOverdue",
    everyMinutes: 5,
    run: escalateOverdueHelpRequests,
  },
];
