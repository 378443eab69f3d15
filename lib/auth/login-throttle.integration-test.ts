import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser, TEST_PASSWORD } from "@/tests/factories/users";
import { authorizeCredentials } from "./authorize-credentials";
import { accountKeyFor, ipKeyFor, pruneLoginAttempts } from "./login-throttle";

const MINUTE = 60 * 1000;

async function insertFailures(email: string, count: number, at: Date) {
  await prisma.loginAttempt.createMany({
    data: Array.from({ length: count }, (_, i) => ({ accountKey: accountKeyFor(email), ipKey: ipKeyFor(`203.0.113.${i % 250}`), success: false, createdAt: at })),
  });
}

describe("login throttling", () => {
  it("after 100 failed attempts within an hour, refuses even the right password", async () => {
    const user = await createUser();
    // Through the real login path, spread over many IP addresses so only the account limit applies.
    for (let i = 0; i < 100; i += 1) {
      const result = await authorizeCredentials({ email: user.email, password: `fout-${i}`, ip: `10.2.${Math.floor(i / 10)}.${i % 10}` });
      expect(result).toEqual({ ok: false, reason: "INVALID_CREDENTIALS" });
    }
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD, ip: "10.3.0.1" })).toEqual({
      ok: false,
      reason: "TOO_MANY_ATTEMPTS",
    });
    // An unknown address is throttled the same way, so the answer does not reveal which accounts exist.
    const unknown = "niemand@test.werkcentrum.nl";
    await insertFailures(unknown, 100, new Date());
    expect(await authorizeCredentials({ email: unknown, password: "x", ip: "10.3.0.2" })).toEqual({ ok: false, reason: "TOO_MANY_ATTEMPTS" });
  }, 60_000);

  it("does not count attempts older than an hour, and 99 recent ones are still allowed", async () => {
    const now = new Date();
    const old = await createUser();
    await insertFailures(old.email, 150, new Date(now.getTime() - 61 * MINUTE));
    expect((await authorizeCredentials({ email: old.email, password: TEST_PASSWORD, ip: "10.4.0.1" }, { now })).ok).toBe(true);

    const recent = await createUser();
    await insertFailures(recent.email, 99, new Date(now.getTime() - 59 * MINUTE));
    expect((await authorizeCredentials({ email: recent.email, password: TEST_PASSWORD, ip: "10.4.0.2" }, { now })).ok).toBe(true);
  });

  it("limits one IP address to 20 failures per 15 minutes, across accounts", async () => {
    const user = await createUser();
    const ip = "10.5.0.1";
    for (let i = 0; i < 20; i += 1) await authorizeCredentials({ email: `spray-${i}@test.werkcentrum.nl`, password: "fout", ip });
    expect(await authorizeCredentials({ email: user.email, password: TEST_PASSWORD, ip })).toEqual({ ok: false, reason: "TOO_MANY_ATTEMPTS" });
    expect((await authorizeCredentials({ email: user.email, password: TEST_PASSWORD, ip: "10.5.0.2" })).ok).toBe(true);
    // 16 minutes later the IP may try again.
    const later = new Date(Date.now() + 16 * MINUTE);
    expect((await authorizeCredentials({ email: user.email, password: TEST_PASSWORD, ip }, { now: later })).ok).toBe(true);
  });

  it("prunes attempts older than a day", async () => {
    await insertFailures("oud@test.werkcentrum.nl", 3, new Date(Date.now() - 25 * 60 * MINUTE));
    expect(await pruneLoginAttempts()).toBeGreaterThanOrEqual(3);
  });
});
