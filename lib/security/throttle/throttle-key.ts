import "server-only";
import { createHmac } from "node:crypto";
import { requireAuthSecret } from "@/lib/auth/secret";
import type { ThrottlePolicy } from "./policies";

/** Emails are counted in this form, so "A@x.nl " and "a@x.nl" share one limit. */
export function normaliseEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

/**
 * The stored key: an HMAC of the scope and the value (an address, a user id, a client address). A leaked table
 * reveals neither addresses nor IPs, and without the secret nobody can test a guessed address against it.
 */
export function throttleKey(policy: ThrottlePolicy, value: string): string {
  return createHmac("sha256", requireAuthSecret()).update(`throttle:${policy.scope}:${value}`).digest("hex");
}
