/** After this many failed attempts a message is given up (FAILED): 1+2+4+…+60 minutes ≈ 5 hours of trying. */
export const MAX_MAIL_ATTEMPTS = 10;

/** Minutes to wait after the `attempts`-th failed attempt: 1, 2, 4, 8, 16, 32, then 60 at most. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(2 ** Math.max(attempts - 1, 0), 60);
}
