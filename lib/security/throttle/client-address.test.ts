import { describe, expect, it } from "vitest";
import { clientAddressFrom, PEER_ADDRESS_HEADER, trustedProxyHops, UNKNOWN_CLIENT } from "./client-address";

describe("clientAddressFrom", () => {
  it("ignores X-Forwarded-For and X-Real-IP entirely with 0 hops (the default)", () => {
    expect(clientAddressFrom({ "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" }, 0)).toBe(UNKNOWN_CLIENT);
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "198.51.100.1" }), 0)).toBe(UNKNOWN_CLIENT);
  });

  it("with 0 hops counts the TCP peer stamped by the portal's own server, and never a stamp the server did not vouch for", () => {
    const stamped = { [PEER_ADDRESS_HEADER]: "203.0.113.7", "x-forwarded-for": "198.51.100.1" };
    expect(clientAddressFrom(stamped, 0, true)).toBe("203.0.113.7");
    expect(clientAddressFrom(new Headers(stamped), 0, true)).toBe("203.0.113.7");
    // Under a bare `next start` anyone could send the header: it is ignored there.
    expect(clientAddressFrom(stamped, 0, false)).toBe(UNKNOWN_CLIENT);
    expect(clientAddressFrom({ "x-forwarded-for": "198.51.100.1" }, 0, true)).toBe(UNKNOWN_CLIENT);
    // Behind proxies the forwarding header decides, not the peer (which is the proxy itself).
    expect(clientAddressFrom({ ...stamped, "x-forwarded-for": "6.6.6.6, 192.0.2.4" }, 1, true)).toBe("192.0.2.4");
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
