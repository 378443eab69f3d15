import { describe, expect, it } from "vitest";
import { clientAddressFrom, trustedProxyHops, UNKNOWN_CLIENT } from "./client-address";

describe("clientAddressFrom", () => {
  it("ignores X-Forwarded-For and X-Real-IP entirely with 0 hops (the default)", () => {
    expect(clientAddressFrom({ "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" }, 0)).toBe(UNKNOWN_CLIENT);
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "198.51.100.1" }), 0)).toBe(UNKNOWN_CLIENT);
  });

  it("takes the Nth address from the right behind N proxies; what the client put on the left is ignored", () => {
    expect(clientAddressFrom({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }, 1)).toBe("203.0.113.9");
    expect(clientAddressFrom({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" }, 2)).toBe("203.0.113.9");
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "6.6.6.6,203.0.113.9" }), 1)).toBe("203.0.113.9");
    expect(clientAddressFrom({ "x-forwarded-for": ["6.6.6.6", "203.0.113.9"] }, 1)).toBe("203.0.113.9");
  });

  it("uses the shared bucket when the header has fewer entries than hops or none", () => {
    expect(clientAddressFrom({ "x-forwarded-for": "203.0.113.9" }, 2)).toBe(UNKNOWN_CLIENT);
    expect(clientAddressFrom({}, 1)).toBe(UNKNOWN_CLIENT);
    expect(clientAddressFrom(undefined, 1)).toBe(UNKNOWN_CLIENT);
    expect(clientAddressFrom({ "x-forwarded-for": "6.6.6.6, " }, 1)).toBe(UNKNOWN_CLIENT);
  });
});

describe("trustedProxyHops", () => {
  it("reads a whole number from 0 to 10 and falls back to 0", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "1" })).toBe(1);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: " 2 " })).toBe(2);
    for (const bad of ["-1", "1.5", "twee", "11", ""]) expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: bad })).toBe(0);
  });
});
