import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createUser, TEST_PASSWORD } from "@/tests/factories/users";
import { authorizeCredentials } from "./authorize-credentials";
import { authorizeLogin } from "./config";

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Signs in through next-auth's authorize step, as a request with these headers would. */
async function signInThroughHeaders(email: string, password: string, headers: Record<string, string>): Promise<"ok" | "refused" | "throttled"> {
  try {
    return (await authorizeLogin({ email, password }, { headers })) ? "ok" : "refused";
  } catch (error) {
    if (error instanceof Error && error.message === "TooManyAttempts") return "throttled";
    throw error;
  }
}

describe("login throttling slows guessing without locking the owner out (finding 15.2)", () => {
  it("120 wrong passwords for an account from other clients do not keep the owner out longer than the capped delay", async () => {
    const owner = await createUser({ role: "ADMIN" });
    const start = new Date("2031-05-01T09:00:00Z").getTime();
    let last = start;
    for (let i = 0; i < 120; i += 1) {
      last = start + i * SECOND;
      const result = await authorizeCredentials({ email: owner.email, password: `fout-${i}`, clientAddress: `10.2.${i % 12}.1` }, { now: new Date(last) });
      expect(result.ok).toBe(false);
    }
    // During the delay even the right password waits (and is not checked)…
    expect(await authorizeCredentials({ email: owner.email, password: TEST_PASSWORD, clientAddress: "10.9.0.1" }, { now: new Date(last + SECOND) })).toEqual({
      ok: false,
      reason: "TOO_MANY_ATTEMPTS",
    });
    // …but never longer than the cap of one minute after the last failure.
    const owners = await authorizeCredentials({ email: owner.email, password: TEST_PASSWORD, clientAddress: "10.9.0.1" }, { now: new Date(last + MINUTE + SECOND) });
    expect(owners.ok).toBe(true);
  }, 120_000);

  it("guessing is slowed: after five free failures the account waits, and the wait grows", async () => {
    const user = await createUser();
    const at = new Date("2031-05-02T09:00:00Z");
    for (let i = 0; i < 5; i += 1) {
      expect(await authorizeCredentials({ email: user.email, password: "fout", clientAddress: `10.3.0.${i}` }, { now: at })).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    }
    const tooSoon = await authorizeCredentials({ email: user.email, password: "fout", clientAddress: "10.3.0.9" }, { now: at });
    expect(tooSoon).toEqual({ ok: false, reason: "TOO_MANY_ATTEMPTS" });
  });
});

describe("the per-client limit and TRUSTED_PROXY_HOPS (finding 15.2)", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-06-01T09:00:00Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it("with TRUSTED_PROXY_HOPS=0 a rotated X-Forwarded-For does not buy a fresh per-client limit", async () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "0");
    const outcomes: string[] = [];
    for (let i = 0; i < 25; i += 1) {
      const headers = { "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `198.51.100.${i}` };
      outcomes.push(await signInThroughHeaders(`spray-${i}@test.werkcentrum.nl`, "fout", headers));
    }
    expect(outcomes.slice(0, 20)).toEqual(Array(20).fill("refused"));
    expect(outcomes.slice(20)).toEqual(Array(5).fill("throttled"));
  }, 60_000);

  it("with TRUSTED_PROXY_HOPS=1 the address the proxy saw (the rightmost) is the client, whatever is forged to its left", async () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    const user = await createUser();
    for (let i = 0; i < 20; i += 1) {
      expect(await signInThroughHeaders(`spray-b-${i}@test.werkcentrum.nl`, "fout", { "x-forwarded-for": `6.6.${i}.6, 203.0.113.9` })).toBe("refused");
    }
    expect(await signInThroughHeaders(user.email, TEST_PASSWORD, { "x-forwarded-for": "6.6.99.6, 203.0.113.9" })).toBe("throttled");
    // Another client (another rightmost address) is not slowed by it.
    expect(await signInThroughHeaders(user.email, TEST_PASSWORD, { "x-forwarded-for": "203.0.113.9, 203.0.113.10" })).toBe("ok");
  }, 60_000);
});
