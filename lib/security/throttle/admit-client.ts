import "server-only";
import { AppError } from "@/lib/errors";
import { tooManyRequestsMessage, tooOftenMessage } from "./messages";
import type { QuotaPolicy } from "./policies";
import { throttleKey } from "./throttle-key";
import { admitRequest, type ThrottleOptions } from "./throttle-store";

export type ClientAdmission = { admitted: true } | { admitted: false; message: string };

/**
 * A public form's limit per client (its address, or for a signed-in form its account): counted and admitted,
 * or refused with the Dutch sentence for next to the form. The first check of the action: before the
 * database is asked anything else and long before a password is hashed.
 */
export async function admitClient(policy: QuotaPolicy, client: string, options: ThrottleOptions = {}): Promise<ClientAdmission> {
  const admission = await admitRequest([[policy, throttleKey(policy, client)]], options);
  return admission.admitted ? { admitted: true } : { admitted: false, message: tooManyRequestsMessage(admission.waitMs) };
}

/** For a signed-in action: counted per account, or refused with RATE_LIMITED and when to try again. */
export async function assertAccountAdmitted(policy: QuotaPolicy, userId: string, options: ThrottleOptions = {}): Promise<void> {
  const admission = await admitRequest([[policy, throttleKey(policy, userId)]], options);
  if (!admission.admitted) throw new AppError("RATE_LIMITED", { userMessage: tooOftenMessage(admission.waitMs) });
}
