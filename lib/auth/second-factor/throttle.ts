import "server-only";
import { THROTTLE } from "@/lib/security/throttle/policies";
import { throttleKey } from "@/lib/security/throttle/throttle-key";
import { recordThrottleEvents, throttleWaitMs, type ThrottleOptions } from "@/lib/security/throttle/throttle-store";

const POLICY = THROTTLE.secondFactorAccount;

/** Milliseconds until this account may try a code again; 0 when it may try now. */
export function secondFactorWaitLeft(userId: string, options: ThrottleOptions = {}): Promise<number> {
  return throttleWaitMs(POLICY, throttleKey(POLICY, userId), options);
}

export function recordSecondFactorAttempt(userId: string, success: boolean, options: ThrottleOptions = {}): Promise<void> {
  return recordThrottleEvents([[POLICY, throttleKey(POLICY, userId)]], success ? "SUCCESS" : "FAILURE", options);
}
