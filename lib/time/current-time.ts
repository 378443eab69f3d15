import "server-only";
import { prisma } from "@/lib/db";
import { clockControlMode } from "./clock-control";

export const SYSTEM_CLOCK_ID = "clock";

/** True only where the demo/test clock may be moved: CLOCK_CONTROL=on with demo mode or a training environment. */
export function isClockControlEnabled(): boolean {
  return clockControlMode() === "on";
}

/**
 * "Now" for every time-based rule of the portal: due check-ins, reminders, duurzaam, bounce-back.
 * In production it is simply the system time. With CLOCK_CONTROL=on (and demo mode or a training environment) an administrator can move it
 * forward (decision 009); the offset lives in the database so every process agrees on it.
 */
export async function currentTime(): Promise<Date> {
  if (!isClockControlEnabled()) return new Date();
  const clock = await prisma.systemClock.findUnique({ where: { id: SYSTEM_CLOCK_ID }, select: { offsetMs: true } });
  return new Date(Date.now() + Number(clock?.offsetMs ?? 0n));
}
