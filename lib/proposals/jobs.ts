import type { Job } from "@/lib/jobs/job";
import { remindUnansweredProposals } from "./remind-unanswered-proposals";

/** Scheduled jobs of this domain; see docs/decisions/006-scheduler.md for the rules a job must follow. */
export const PROPOSAL_JOBS: readonly Job[] = [
  {
    name: "proposals.remindUnanswered",
    everyMinutes: 15,
    run: remindUnansweredProposals,
  },
];
