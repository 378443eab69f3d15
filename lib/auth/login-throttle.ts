import "server-only";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { throttleKey, normaliseEmail } from "@/lib/security/throttle/throttle-key";
import { longestWaitMs, recordThrottleEvents, type ThrottleOptions } from "@/lib/security/throttle/throttle-store";
import type { ThrottlePolicy } from "@/lib/security/throttle/policies";

export { normaliseEmail };

export type LoginThrottleChecks = Array<[ThrottlePolicy, string]>;

/** The account (from anywhere) and the client address (across accounts) each have their growing delay. */
export function loginThrottleChecks(email: string, clientAddress: string): LoginThrottleChecks {
  return [
    [THROTTLE.loginAccount, loginAccountKeyFor(email)],
    [THROTTLE.loginClient, throttleKey(THROTTLE.loginClient, clientAddress)],
  ];
}

export function loginAccountKeyFor(email: string): string {
  return throttleKey(THROTTLE.loginAccount, normaliseEmail(email));
}

/** Milliseconds before this sign-in may be tried; never more than the policies' cap of a minute. */
export function loginWaitMs(checks: LoginThrottleChecks, options: ThrottleOptions = {}): Promise<number> {
  return longestWaitMs(checks, options);
}

export function recordLoginAttempt(checks: LoginThrottleChecks, success: boolean, options: ThrottleOptions = {}): Promise<void> {
  return recordThrottleEvents(checks, success ? "SUCCESS" : "FAILURE", options);
}
