import "server-only";
import { escalateOverdueHelpRequests } from "@/lib/help-requests/escalate-overdue-help-requests";
import { HANDOVER_JOBS } from "@/lib/handovers/jobs";
import { MAIL_JOBS } from "@/lib/mail/jobs";
import { refreshKpiRollups } from "@/lib/kpi/rollups/refresh-kpi-rollups";
import { PLACEMENT_JOBS } from "@/lib/placements/jobs";
import { PROPOSAL_JOBS } from "@/lib/proposals/jobs";
import { pruneThrottleRecords } from "@/lib/security/prune-throttle-records";
import type { Job } from "@/lib/jobs/job";

/**
 * Every scheduled job of the portal: the composition point above the domains. The scheduler
 * (instrumentation.ts) and the demo clock (app/(admin)/beheer/klok) pass this list to lib/jobs,
 * which does not import any domain itself. To add one: write an idempotent domain function that takes
 * `now: Date`, add an entry to its domain's job list (or here) with a new stable name, and test it
 * with a fixed clock.
 */
export const JOBS: readonly Job[] = [
  {
    name: "helpRequests.escalateOverdue",
    everyMinutes: 5,
    run: escalateOverdueHelpRequests,
  },
  ...PROPOSAL_JOBS,
  ...PLACEMENT_JOBS,
  ...HANDOVER_JOBS,
  // Sends the mail outbox (decision 015) every minute, so a mail leaves within about a minute of its event;
  // writes the daily digests (decision 020) every 15 minutes.
  ...MAIL_JOBS,
  // Rebuilds the dashboard's monthly roll-ups that changed; between runs those months are computed live.
  { name: "kpi.refreshRollups", everyMinutes: 10, run: refreshKpiRollups },
  // Throttle events (sign-in, second factor, reset, invitation, current password, public forms) past every window.
  { name: "security.pruneThrottleRecords", everyMinutes: 60, run: pruneThrottleRecords },
];
