import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import type { Job } from "@/lib/jobs/job";
import type { JobOutcome } from "@/lib/jobs/run-job";
import { currentTime, isClockControlEnabled, SYSTEM_CLOCK_ID } from "@/lib/time/current-time";

const DAY_MS = 24 * 60 * 60 * 1000;

export const advanceClockSchema = z.object({
  days: z.coerce
    .number({ error: "Vul een aantal dagen in." })
    .int({ error: "Vul een heel aantal dagen in." })
    .min(1, { error: "Zet de klok minstens 1 dag vooruit." })
    .max(400, { error: "Zet de klok hoogstens 400 dagen vooruit." }),
});

/**
 * Moves the demo/test clock forward by whole days and runs the scheduled `jobs` (JOBS) at the new
 * moment at once, as the scheduler would within a minute. Only forward (time-based jobs assume it), only
 * by an administrator, and only where CLOCK_CONTROL=on; elsewhere the clock does not exist (NOT_FOUND).
 */
export async function advanceClock({ actor, input, jobs }: { actor: Actor; input: unknown; jobs: readonly Job[] }): Promise<{ now: Date; jobs: JobOutcome[] }> {
  if (!isClockControlEnabled()) throw new AppError("NOT_FOUND");
  assertCan(actor, "clock.control");
  const parsed = advanceClockSchema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT");
  const shift = BigInt(parsed.data.days * DAY_MS);
  await prisma.systemClock.upsert({
    where: { id: SYSTEM_CLOCK_ID },
    create: { id: SYSTEM_CLOCK_ID, offsetMs: shift },
    update: { offsetMs: { increment: shift } },
  });
  const now = await currentTime();
  return { now, jobs: await runDueJobs(now, jobs) };
}
