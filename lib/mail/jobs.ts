import "server-only";
import type { Job } from "@/lib/jobs/job";
import { sendOutbox } from "./send-outbox";

export const MAIL_JOBS: readonly Job[] = [{ name: "mail.sendOutbox", everyMinutes: 1, run: sendOutbox }];
