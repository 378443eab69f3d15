import { describe, expect, it } from "vitest";
import { consentEvents, consentState, isActiveConsent, type ConsentRow } from "./consent-state";

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));
const row = (overrides: Partial<ConsentRow>): ConsentRow => ({
  id: `c${Math.random()}`,
  grantedAt: null,
  declinedAt: null,
  revokedAt: null,
  createdAt: day(1),
  ...overrides,
});

describe("consentState", () => {
  it("is none without rows", () => {
    expect(consentState([])).toEqual({ kind: "none" });
  });

  it("is granted while a row is active, since its grant", () => {
    const rows = [row({ grantedAt: day(1), revokedAt: day(3) }), row({ grantedAt: day(5), createdAt: day(5) })];
    expect(consentState(rows)).toEqual({ kind: "granted", since: day(5) });
  });

  it("is revoked after the latest revoke, declined after a refusal, requested while unanswered", () => {
    expect(consentState([row({ grantedAt: day(1), revokedAt: day(3) })])).toEqual({ kind: "revoked", since: day(3) });
    expect(consentState([row({ declinedAt: day(2) })])).toEqual({ kind: "declined", since: day(2) });
    expect(consentState([row({ createdAt: day(4) })])).toEqual({ kind: "requested", since: day(4) });
  });

  it("stays granted when an older duplicate is active, even after a newer row was revoked", () => {
    const rows = [row({ grantedAt: day(1) }), row({ grantedAt: day(2), revokedAt: day(3) })];
    expect(consentState(rows)).toEqual({ kind: "granted", since: day(1) });
  });
});

describe("consentEvents", () => {
  it("lists every decision newest first, a revoke after its grant on the same moment", () => {
    const rows = [row({ grantedAt: day(1), revokedAt: day(2) }), row({ grantedAt: day(2), createdAt: day(2) }), row({ createdAt: day(3) })];
    expect(consentEvents(rows).map((event) => [event.kind, event.at.getUTCDate()])).toEqual([
      ["requested", 3],
      ["revoked", 2],
      ["granted", 2],
      ["granted", 1],
    ]);
  });
});

describe("isActiveConsent", () => {
  it("needs a grant and no revoke", () => {
    expect(isActiveConsent({ grantedAt: day(1), revokedAt: null })).toBe(true);
    expect(isActiveConsent({ grantedAt: day(1), revokedAt: day(2) })).toBe(false);
    expect(isActiveConsent({ grantedAt: null, revokedAt: null })).toBe(false);
  });
});
