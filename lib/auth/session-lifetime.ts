/** How long a session lives without use: the cookie's maxAge and the server-side row's idle expiry. */
export const SESSION_IDLE_SECONDS = 8 * 60 * 60;
/** However active, a session ends this long after sign-in (ASVS 5.0 7.3.2: an absolute lifetime). */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt (and the idle expiry) is written at most this often per session, not on every request. */
export const SESSION_TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/** The idle expiry from `now`, capped at the absolute lifetime counted from sign-in. */
export function sessionExpiry(createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + SESSION_IDLE_SECONDS * 1000, createdAt.getTime() + SESSION_ABSOLUTE_MS));
}
