import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";
import { openTotpSecret, sealTotpSecret } from "./secret-box";
import { delayAfter, THROTTLE } from "@/lib/security/throttle/policies";

import { groupSecret, matchTotpCode, newTotpSecret, totpUri } from "./totp";

const FIRST_WAIT_MS = THROTTLE.secondFactorAccount.firstDelayMs;
const MAX_WAIT_MS = THROTTLE.secondFactorAccount.maxDelayMs;
const secondFactorWaitMs = (failures: number) => delayAfter(THROTTLE.secondFactorAccount, failures);

const at = (seconds: number) => new Date(seconds * 1000);
/** The code an authenticator app shows at that moment, computed independently with otplib. */
const codeAt = (secret: string, seconds: number) => generate({ secret, epoch: seconds });
// The middle of a 30-second step, so "one step earlier/later" is unambiguous.
const T = 1_800_000_015;
const STEP = Math.floor(T / 30);

describe("TOTP (RFC 6238)", () => {
  it("accepts the current code and the codes of one step before and after, not two", async () => {
    const secret = newTotpSecret();
    expect(await matchTotpCode(secret, await codeAt(secret, T), { now: at(T) })).toBe(STEP);
    expect(await matchTotpCode(secret, await codeAt(secret, T - 30), { now: at(T) })).toBe(STEP - 1);
    expect(await matchTotpCode(secret, await codeAt(secret, T + 30), { now: at(T) })).toBe(STEP + 1);
    expect(await matchTotpCode(secret, await codeAt(secret, T - 60), { now: at(T) })).toBeNull();
    expect(await matchTotpCode(secret, await codeAt(secret, T + 60), { now: at(T) })).toBeNull();
  });

  it("refuses a code of a step at or before the last accepted one (replay)", async () => {
    const secret = newTotpSecret();
    const code = await codeAt(secret, T);
    expect(await matchTotpCode(secret, code, { now: at(T), afterTimeStep: STEP })).toBeNull();
    expect(await matchTotpCode(secret, await codeAt(secret, T - 30), { now: at(T), afterTimeStep: STEP - 1 })).toBeNull();
    expect(await matchTotpCode(secret, await codeAt(secret, T + 30), { now: at(T), afterTimeStep: STEP })).toBe(STEP + 1);
  });

  it("refuses malformed codes and another secret's code without throwing", async () => {
    const secret = newTotpSecret();
    for (const code of ["", "12345", "1234567", "abcdef", "12 345"]) expect(await matchTotpCode(secret, code, { now: at(T) })).toBeNull();
    expect(await matchTotpCode(secret, await codeAt(newTotpSecret(), T), { now: at(T) })).toBeNull();
  });

  it("makes a Base32 secret of 160 bits, an otpauth address and a grouped form for typing", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, "eva@voorbeeld.nl"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Werkcentrum Gooi en Vechtstreek");
    expect(groupSecret("ABCDEFGHIJ")).toBe("ABCD EFGH IJ");
    expect(groupSecret(secret).replace(/ /g, "")).toBe(secret);
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes like ABCDE-FGHJK from Crockford's alphabet", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it("are recognised however they are typed, and refused when they cannot be one", () => {
    expect(normaliseRecoveryCode("abcde-fghjk")).toBe("ABCDEFGHJK");
    expect(normaliseRecoveryCode(" ABCDE FGHJK ")).toBe("ABCDEFGHJK");
    expect(normaliseRecoveryCode("o1l2i-33333")).toBe("0112133333");
    expect(normaliseRecoveryCode("ABCDE-FGHJ")).toBeNull();
    expect(normaliseRecoveryCode("ABCDE-FGHJU")).toBeNull();
    expect(normaliseRecoveryCode("123456")).toBeNull();
  });

  it("are stored as a keyed hash that does not contain the code", () => {
    const hash = hashRecoveryCode("ABCDEFGHJK");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashRecoveryCode("ABCDEFGHJK"));
    expect(hash).not.toBe(hashRecoveryCode("ABCDEFGHJM"));
  });
});

describe("the encrypted TOTP secret", () => {
  it("round-trips, differs each time, and never contains the secret", () => {
    const secret = newTotpSecret();
    const sealed = sealTotpSecret(secret, "user-1");
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain(secret);
    expect(sealTotpSecret(secret, "user-1")).not.toBe(sealed);
    expect(openTotpSecret(sealed, "user-1")).toBe(secret);
  });

  it("detects tampering, another user's row and an unknown format", () => {
    const sealed = sealTotpSecret(newTotpSecret(), "user-1");
    const bytes = Buffer.from(sealed.slice(3), "base64url");
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    expect(() => openTotpSecret(`v1.${bytes.toString("base64url")}`, "user-1")).toThrow();
    expect(() => openTotpSecret(sealed, "user-2")).toThrow();
    expect(() => openTotpSecret(sealed.replace(/^v1/, "v9"), "user-1")).toThrow();
  });
});

describe("the growing delay after wrong codes", () => {
  it("costs nothing for five, then doubles from 30 seconds up to a quarter of an hour", () => {
    expect([0, 1, 4].map(secondFactorWaitMs)).toEqual([0, 0, 0]);
    expect(secondFactorWaitMs(5)).toBe(FIRST_WAIT_MS);
    expect(secondFactorWaitMs(6)).toBe(2 * FIRST_WAIT_MS);
    expect(secondFactorWaitMs(9)).toBe(16 * FIRST_WAIT_MS);
    expect(secondFactorWaitMs(10)).toBe(MAX_WAIT_MS);
    expect(secondFactorWaitMs(1000)).toBe(MAX_WAIT_MS);
  });
});
