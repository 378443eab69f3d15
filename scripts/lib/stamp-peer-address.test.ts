import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "../../lib/security/throttle/client-address";
import { stampPeerAddress } from "./stamp-peer-address";

const requestFrom = (remoteAddress: string | undefined, headers: Record<string, string> = {}) =>
  ({ socket: { remoteAddress }, headers: { ...headers } }) as unknown as IncomingMessage;

describe("stampPeerAddress", () => {
  it("writes the socket's address, replacing a value the client sent under the same name", () => {
    const request = requestFrom("198.51.100.23", { [PEER_ADDRESS_HEADER]: "6.6.6.6" });
    stampPeerAddress(request);
    expect(request.headers[PEER_ADDRESS_HEADER]).toBe("198.51.100.23");
  });

  it("removes a client's value when the socket has no address", () => {
    const request = requestFrom(undefined, { [PEER_ADDRESS_HEADER]: "6.6.6.6" });
    stampPeerAddress(request);
    expect(request.headers[PEER_ADDRESS_HEADER]).toBeUndefined();
  });
});
