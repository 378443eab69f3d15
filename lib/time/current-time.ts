import "server-only";
import { prisma } from "@/lib/db";

export const SYSTEM_CLOCK_ID = "clock";

/** True only where the demo/test clock may be moved (the e2e server, a training environment). */
export function isClockControlEnabled(): boolean {
  return process.env.CLOCK_CONTROL === "on";
}

/**
 * "Now" for every time-based rule of the portal: due check-ins, reminders, duurzaam, bounce-back.
 * In production it is simply the system time. With CLOCK_CONTROL=on an administrator can move it
 * forward (decision 009); the offset lives in the database so every process agrees on it.
 */
export async function currentTime(): Promise<Date> {
  if (!isClockControlEnabled()) return new Date();
  const clock = await prisma.systemClock.findUnique({ where: { id: SYSTEM_CLOCK_ID }, select: { offsetMs: true } });
  return new Date(Date.now() + Number(clock?.offsetMs ?? 0n));
}
