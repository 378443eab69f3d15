import "server-only";

// Only the test runner may fall back to a fixed secret; the start script always sets NEXTAUTH_SECRET.
const TEST_ONLY_SECRET = "werkcentrum-test-secret-not-for-use-outside-tests";

/** The secret that signs sessions, or undefined (next-auth then refuses to issue sessions). */
export function authSecret(): string | undefined {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (secret) return secret;
  return process.env.NODE_ENV === "test" ? TEST_ONLY_SECRET : undefined;
}

export function requireAuthSecret(): string {
  const secret = authSecret();
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set");
  return secret;
}
