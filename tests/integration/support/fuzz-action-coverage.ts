/**
 * Every server action the fuzz test covers, with the permission (or client) it is built with. A new action makes
 * the coverage test fail until it is listed here: check that the fuzz test reaches it (its input schema is given
 * to `.inputSchema`, so generated input gets past the first field) and add the line.
 */
export const EXPECTED_ACTIONS: Record<string, string> = {};

/**
 * Tables a refused or invalid call may still write, because the write is bookkeeping and not data: throttle
 * attempts (a refused sign-in, reset, invitation, second-factor code or current password is counted by design)
 * and the session's last-seen time.
 */
export const WRITES_ALLOWED_WHEN_REFUSED: readonly string[] = [
  "UserSession",
  "LoginAttempt",
  "SecondFactorAttempt",
  "CurrentPasswordFailure",
  "InvitationAttempt",
  "PasswordResetRequest",
];
