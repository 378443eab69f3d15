const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * A growing delay: after `freeFailures` failures the next attempt must wait `firstDelayMs`, doubling with each
 * further failure up to `maxDelayMs`, counted from the last failure. Never a lockout: once the delay has passed,
 * the next attempt (the right password too) is judged on its merits (decision 022).
 */
export type DelayPolicy = {
  kind: "delay";
  scope: string;
  windowMs: number;
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** A success starts the count again (per account); not for a client address that many people may share. */
  resetOnSuccess: boolean;
};

/** At most `max` counted requests per key in any `windowMs`; for forms that cost us mail or work. */
export type QuotaPolicy = { kind: "quota"; scope: string; windowMs: number; max: number };

export type ThrottlePolicy = DelayPolicy | QuotaPolicy;

/** Every throttle of the portal, in one place. Scopes are stored with the events: never rename one lightly. */
export const THROTTLE = {
  /** Password guesses per account, from anywhere: about 60 an hour at most, and the owner waits a minute at most. */
  loginAccount: { kind: "delay", scope: "login.account", windowMs: HOUR, freeFailures: 5, firstDelayMs: SECOND, maxDelayMs: MINUTE, resetOnSuccess: true },
  /** Failed sign-ins per client address, across accounts: stops one client spraying many accounts. */
  loginClient: { kind: "delay", scope: "login.client", windowMs: 15 * MINUTE, freeFailures: 20, firstDelayMs: SECOND, maxDelayMs: MINUTE, resetOnSuccess: false },
  /**
   * Wrong second-factor codes per account (only someone with the password gets here): 0 for five, then 30 s
   * doubling to 15 minutes. About a dozen guesses an hour against 3 valid codes in a million (RFC 6238 §5.2).
   */
  secondFactorAccount: { kind: "delay", scope: "second-factor.account", windowMs: HOUR, freeFailures: 5, firstDelayMs: 30 * SECOND, maxDelayMs: 15 * MINUTE, resetOnSuccess: true },
  /** Wrong current passwords before an own-account change (a stolen session cannot guess the password). */
  currentPassword: { kind: "quota", scope: "current-password.account", windowMs: 15 * MINUTE, max: 5 },
  /** Reset mails per address: the link is needed once, and no mailbox gets flooded. */
  passwordResetAccount: { kind: "quota", scope: "password-reset.account", windowMs: HOUR, max: 3 },
  passwordResetClient: { kind: "quota", scope: "password-reset.client", windowMs: HOUR, max: 10 },
  invitationClient: { kind: "quota", scope: "invitation.client", windowMs: 15 * MINUTE, max: 10 },
  /** Choosing a new password with a reset link: each try hashes a password, so a client gets a few. */
  passwordResetLinkClient: { kind: "quota", scope: "password-reset-link.client", windowMs: 15 * MINUTE, max: 10 },
  /** Registrations per client address: a household or office registers a few people, a script many. */
  residentRegistrationClient: { kind: "quota", scope: "resident-registration.client", windowMs: HOUR, max: 20 },
  employerRegistrationClient: { kind: "quota", scope: "employer-registration.client", windowMs: HOUR, max: 20 },
  /** Mails about a registration attempt with a known address, per address: its owner is told, not flooded. */
  registrationNoticeAccount: { kind: "quota", scope: "registration-notice.account", windowMs: 24 * HOUR, max: 3 },
  /** Signed-in forms on public pages: keyed by the account (a shared client address would be everyone's limit). */
  vacancyInterestAccount: { kind: "quota", scope: "vacancy-interest.account", windowMs: HOUR, max: 30 },
  eventSignUpAccount: { kind: "quota", scope: "event-sign-up.account", windowMs: HOUR, max: 30 },
  emailConfirmationClient: { kind: "quota", scope: "email-confirmation.client", windowMs: 15 * MINUTE, max: 20 },
} as const satisfies Record<string, ThrottlePolicy>;

/** Far longer than any window, so pruning never changes a decision. */
export const LONGEST_WINDOW_MS = Math.max(...Object.values(THROTTLE).map((policy) => policy.windowMs));

/** The wait after the last failure, given the failures counted so far (pure: the numbers of decision 022). */
export function delayAfter(policy: DelayPolicy, failures: number): number {
  if (failures < policy.freeFailures) return 0;
  return Math.min(policy.firstDelayMs * 2 ** (failures - policy.freeFailures), policy.maxDelayMs);
}
