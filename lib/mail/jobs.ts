import "server-only";
import type { Job } from "@/lib/jobs/job";
import { sendDailyDigests } from "./send-daily-digests";
import { sendOutbox } from "./send-outbox";

export const MAIL_JOBS: readonly Job[] = [
  { name: "mail.sendOutbox", everyMinutes: 1, run: sendOutbox },
  // The daily digests (decision 020): each user's comes within 15 minutes after their chosen hour; the outbox job sends it.
  { name: "mail.sendDailyDigests", everyMinutes: 15, run: sendDailyDigests },
];
