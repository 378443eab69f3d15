import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createUser, TEST_PASSWORD } from "@/tests/factories/users";
import { authorizeCredentials } from "./authorize-credentials";
import { authorizeLogin } from "./config";

const INVALID = { ok: false, reason: "INVALID_CREDENTIALS" };

describe("authorizeCredentials", () => {
  it("accepts the right password and returns only what the token needs", async () => {
    const user = await createUser({ role: "ACCOUNT_MANAGER", sessionVersion: 3 });
    const result = await authorizeCredentials({ email: user.email, password: TEST_PASSWORD, clientAddress: "10.1.0.1" });
    // A professional without a second factor yet: the session may only enrol (decision 018).
    expect(result).toEqual({ ok: true, user: { id: user.id, name: user.name, role: "ACCOUNT_MANAGER", sessionVersion: 3, mustEnrolSecondFactor: true } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("normalises the email address (case and spaces)", async () => {
    const user = await createUser();
    const result = await authorizeCredentials({ email: `  ${user.email.toUpperCase()} `, password: TEST_PASSWORD, clientAddress: "10.1.0.2" });
    expect(result.ok).toBe(true);
  });

  it("gives a wrong password, an unknown address and a disabled account the same answer", async () => {
    const user = await createUser();
    const disabled = await createUser({ disabledAt: new Date() });
    expect(await authorizeCredentials({ email: user.email, password: "fout-wachtwoord", clientAddress: "10.1.0.3" })).toEqual(INVALID);
    expect(await authorizeCredentials({ email: "bestaat-niet@test.werkcentrum.nl", password: "fout-wachtwoord", clientAddress: "10.1.0.3" })).toEqual(INVALID);
    expect(await authorizeCredentials({ email: disabled.email, password: TEST_PASSWORD, clientAddress: "10.1.0.3" })).toEqual(INVALID);
    expect(await authorizeCredentials({ email: "", password: "", clientAddress: "10.1.0.3" })).toEqual(INVALID);
  });

  it("records attempts with keyed hashes, never the address or IP", async () => {
    const user = await createUser();
    await authorizeCredentials({ email: user.email, password: "fout", clientAddress: "192.0.2.77" });
    const rows = await prisma.throttleEvent.findMany({ where: { outcome: "FAILURE" }, orderBy: { id: "desc" }, take: 2 });
    expect(rows.map((row) => row.scope).sort()).toEqual(["login.account", "login.client"]);
    for (const row of rows) {
      expect(row.key).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v))).not.toMatch(/@|192\.0\.2\.77/);
    }
  });
});

describe("authorizeLogin (the credentials provider's authorize step)", () => {
  it("returns the user, null for wrong credentials, and the throttle code when throttled", async () => {
    const user = await createUser();
    const req = { headers: { "x-forwarded-for": "198.51.100.9, 10.0.0.1" } };
    expect(await authorizeLogin({ email: user.email, password: TEST_PASSWORD }, req)).toMatchObject({ id: user.id });
    expect(await authorizeLogin({ email: user.email, password: "fout" }, req)).toBeNull();
    expect(await authorizeLogin({ email: "onbekend@test.werkcentrum.nl", password: "fout" }, req)).toBeNull();

    // Without TRUSTED_PROXY_HOPS every request is the same client: two failures above plus 18 more reach its 20 free failures.
    for (let i = 0; i < 18; i += 1) await authorizeLogin({ email: `spray-${i}@test.werkcentrum.nl`, password: "fout" }, req);
    await expect(authorizeLogin({ email: user.email, password: TEST_PASSWORD }, req)).rejects.toThrow("TooManyAttempts");
  });
});
