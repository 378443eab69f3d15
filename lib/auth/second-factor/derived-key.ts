import "server-only";
import { hkdfSync } from "node:crypto";
import { requireAuthSecret } from "../secret";

/**
 * A 256-bit key for one purpose, derived from the auth secret with HKDF-SHA256. Each purpose has its own
 * info string, so the session-signing secret itself never encrypts or hashes anything of the second factor.
 * Rotating NEXTAUTH_SECRET therefore invalidates every TOTP secret and recovery code (decision 018).
 */
export function derivedKey(info: "werkcentrum:totp-secret:v1" | "werkcentrum:recovery-code:v1"): Buffer {
  return Buffer.from(hkdfSync("sha256", requireAuthSecret(), Buffer.alloc(0), info, 32));
}
